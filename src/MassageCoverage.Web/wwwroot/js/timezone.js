// Where the page had to guess a time zone (the clinic's), the device's own zone is chosen instead when the list has
// it, and the hint says where the choice came from. Without scripts the clinic's zone stays, and the hint says so.
(function () {
  "use strict";
  let zone = "";
  try { zone = Intl.DateTimeFormat().resolvedOptions().timeZone || ""; } catch (e) { return; }
  document.querySelectorAll("select[data-browser-zone]").forEach(function (select) {
    const option = Array.prototype.find.call(select.options, function (o) { return o.value === zone; });
    if (!option) return;
    option.selected = true;
    const hint = document.getElementById(select.id + "-hint");
    if (hint && hint.dataset.browserHint) hint.textContent = hint.dataset.browserHint;
  });
})();
