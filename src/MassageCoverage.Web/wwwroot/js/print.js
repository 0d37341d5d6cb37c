// The print button of a letter page (Pages/Shared/_LetterLayout.cshtml). Without scripts the button stays hidden and
// the browser's own Print command prints the same letter: css/letter.css leaves everything else off the paper.
(function () {
  "use strict";
  document.querySelectorAll("[data-print]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () { window.print(); });
  });
})();
