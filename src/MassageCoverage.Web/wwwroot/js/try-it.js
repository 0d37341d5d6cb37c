// The rule editor's "Try it" (Pages/Shared/_RuleEditor.cshtml): after the answer comes back, focus moves to it so the
// reader is where the answer is and a screen reader reads it. Without scripts the #try-answer fragment lands there.
(function () {
  "use strict";
  var answer = document.querySelector("#try-answer[data-answered]");
  if (answer) {
    answer.focus();
  }
})();
