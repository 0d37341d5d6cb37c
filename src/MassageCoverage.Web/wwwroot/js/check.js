// Progressive enhancement of the coverage check. Every path works without this file: the searches are form
// posts and printing is the browser's own. Here: a plan combobox (WAI-ARIA APG "list autocomplete"), hiding
// the plan question when it does not apply, focus on the error summary, and a print button.
(function () {
  "use strict";

  const summary = document.getElementById("error-summary");
  if (summary) summary.focus();

  document.querySelectorAll("[data-print]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () { window.print(); });
  });

  const form = document.getElementById("check-form");
  if (!form) return;

  const planQuestion = form.querySelector("[data-needs=plan]");
  function showPlanQuestion() {
    const chosen = form.querySelector("input[name=coverage]:checked");
    const needsPlan = !chosen || chosen.value === "private" || chosen.value === "medicareAdvantage";
    planQuestion.hidden = !needsPlan;
  }
  form.querySelectorAll("input[name=coverage]").forEach(function (r) { r.addEventListener("change", showPlanQuestion); });
  showPlanQuestion();

  const input = form.querySelector("[data-plan-search]");
  const choices = document.getElementById("plan-choices");
  if (!input || !choices) return;

  const listbox = document.createElement("ul");
  listbox.id = "plan-suggestions";
  listbox.setAttribute("role", "listbox");
  // The page's own words, in its language: the form writes them on the search box.
  const text = input.dataset;
  // Plan and insurer names are shown as entered, in English: marked so on a page in another language.
  const englishData = document.documentElement.lang !== "en";
  listbox.setAttribute("aria-label", text.textList);
  listbox.className = "suggestions";
  listbox.hidden = true;
  input.parentElement.after(listbox);

  const status = document.createElement("p");
  status.className = "visually-hidden";
  status.setAttribute("role", "status");
  listbox.after(status);

  input.setAttribute("role", "combobox");
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-expanded", "false");
  input.setAttribute("aria-controls", listbox.id);

  let active = -1;
  let timer = 0;
  let plans = [];

  function close() {
    listbox.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  }

  function highlight(index) {
    const options = listbox.querySelectorAll("[role=option]");
    options.forEach(function (o, i) { o.setAttribute("aria-selected", i === index ? "true" : "false"); });
    active = index;
    if (index >= 0 && options[index]) {
      input.setAttribute("aria-activedescendant", options[index].id);
      options[index].scrollIntoView({ block: "nearest" });
    } else {
      input.removeAttribute("aria-activedescendant");
    }
  }

  function choose(plan) {
    let radio = document.getElementById("plan-" + plan.code);
    if (!radio) {
      const wrap = document.createElement("div");
      wrap.className = "choice";
      radio = document.createElement("input");
      radio.type = "radio";
      radio.name = "plan";
      radio.id = "plan-" + plan.code;
      radio.value = plan.code;
      const label = document.createElement("label");
      label.htmlFor = radio.id;
      label.textContent = plan.name + " (" + plan.insurer + ")";
      if (englishData) label.lang = "en";
      wrap.append(radio, label);
      choices.prepend(wrap);
    }
    radio.checked = true;
    input.value = plan.name;
    status.textContent = text.textChosen.replace("{0}", plan.name);
    close();
  }

  function render() {
    listbox.replaceChildren();
    plans.forEach(function (plan, i) {
      const option = document.createElement("li");
      option.id = "plan-suggestion-" + i;
      option.setAttribute("role", "option");
      option.setAttribute("aria-selected", "false");
      option.textContent = plan.name + " (" + plan.insurer + ")";
      if (englishData) option.lang = "en";
      option.addEventListener("mousedown", function (e) { e.preventDefault(); choose(plan); });
      listbox.append(option);
    });
    const open = plans.length > 0;
    listbox.hidden = !open;
    input.setAttribute("aria-expanded", open ? "true" : "false");
    status.textContent = plans.length === 0 ? text.textNone
      : plans.length === 1 ? text.textOne : text.textMany.replace("{0}", String(plans.length));
    active = -1;
  }

  function search() {
    const query = input.value.trim();
    if (query.length < 2) { plans = []; close(); return; }
    const state = form.querySelector("#state").value;
    const url = "?handler=Plans&query=" + encodeURIComponent(query) + "&state=" + encodeURIComponent(state);
    fetch(url, { headers: { Accept: "application/json" } })
      .then(function (r) { return r.ok ? r.json() : []; })
      .then(function (found) { plans = found; render(); })
      .catch(function () { plans = []; close(); });
  }

  input.addEventListener("input", function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(search, 200);
  });
  input.addEventListener("keydown", function (e) {
    const count = listbox.querySelectorAll("[role=option]").length;
    if (e.key === "ArrowDown" && count > 0) { e.preventDefault(); if (listbox.hidden) render(); highlight((active + 1) % count); }
    else if (e.key === "ArrowUp" && count > 0) { e.preventDefault(); highlight(active <= 0 ? count - 1 : active - 1); }
    else if (e.key === "Enter") {
      e.preventDefault();
      if (!listbox.hidden && active >= 0) choose(plans[active]); else search();
    }
    else if (e.key === "Escape") { close(); }
  });
  input.addEventListener("blur", function () { window.setTimeout(close, 100); });
})();
