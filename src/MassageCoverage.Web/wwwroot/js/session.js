// Warns two minutes before the automatic sign-out after idle time, and lets the person stay signed in.
// The server enforces the timeout by itself (a sliding 15-minute cookie); this only announces it.
(function () {
  "use strict";
  const seconds = Number(document.body.dataset.idleSeconds || 0);
  const warning = document.getElementById("idle-warning");
  const stay = document.getElementById("idle-stay");
  if (!seconds || !warning || !stay) return;

  let warnTimer = 0;
  let outTimer = 0;
  function arm() {
    window.clearTimeout(warnTimer);
    window.clearTimeout(outTimer);
    warning.hidden = true;
    warnTimer = window.setTimeout(function () { warning.hidden = false; stay.focus(); }, Math.max(0, seconds - 120) * 1000);
    outTimer = window.setTimeout(function () { window.location.assign("/account/sign-out?idle=true"); }, seconds * 1000);
  }

  stay.addEventListener("click", function () {
    fetch("/account/keep-alive", { credentials: "same-origin" }).then(function (r) {
      if (r.ok) arm(); else window.location.assign("/account/sign-out?idle=true");
    });
  });
  arm();
})();
