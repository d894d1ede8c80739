/* Filters that say why: a date filter is checked before it is sent (the reason shown beside the
   boxes, not raw JSON and not silence), a request the server refuses shows its message, and on a
   phone the facets sit behind a button. */
(function () {
  "use strict";
  var K = window.kzcn;
  var DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
  var NAMES = { date_from: "from", date_to: "to" };

  /* null when `value` is a date YYYY[-MM[-DD]] that exists, else the reason in words. */
  K.dateProblem = function (name, value) {
    var m = DATE.exec(value);
    if (!m) { return "“" + NAMES[name] + "” must be a year, a month or a day written YYYY, YYYY-MM or YYYY-MM-DD; got “" + value + "”."; }
    var month = m[2] ? +m[2] : 1, day = m[3] ? +m[3] : 1;
    if (month < 1 || month > 12) { return "“" + NAMES[name] + "”: " + value + " has no month " + m[2] + " (months run 01 to 12)."; }
    var last = new Date(Date.UTC(+m[1], month, 0)).getUTCDate();
    if (day < 1 || day > last) { return "“" + NAMES[name] + "”: " + value + " does not exist (" + m[1] + "-" + m[2] + " has " + last + " days)."; }
    return null;
  };
  function lastDay(value) {
    var m = DATE.exec(value), month = m[2] || "12";
    return m[1] + "-" + month + "-" + (m[3] || String(new Date(Date.UTC(+m[1], +month, 0)).getUTCDate()));
  }
  K.dateFormProblems = function (form) {
    var problems = [], values = {};
    ["date_from", "date_to"].forEach(function (name) {
      var input = form.querySelector("input[name=" + name + "]");
      if (!input) { return; }
      var v = input.value.trim(), p = v ? K.dateProblem(name, v) : null;
      input.setAttribute("aria-invalid", p ? "true" : "false");
      if (p) { problems.push(p); } else if (v) { values[name] = v; }
    });
    if (!problems.length && values.date_from && values.date_to && values.date_from.length >= 4 &&
        DATE.exec(values.date_from) && (values.date_from + "-01-01").slice(0, 10) > lastDay(values.date_to)) {
      problems.push("“from” (" + values.date_from + ") is after “to” (" + values.date_to + ").");
    }
    return problems;
  };
  function showProblems(problems) {
    var box = document.getElementById("date-error");
    if (!box) { return; }
    box.textContent = problems.join(" ");
    box.hidden = !problems.length;
  }
  /* Capture phase: runs before htmx's boosted submit, so a bad date never leaves the page. */
  document.addEventListener("submit", function (e) {
    var form = e.target;
    if (!form.classList || !form.classList.contains("dates")) { return; }
    var problems = K.dateFormProblems(form);
    showProblems(problems);
    if (problems.length) {
      e.preventDefault(); e.stopImmediatePropagation();
      var bad = form.querySelector("[aria-invalid=true]");
      if (bad) { bad.focus(); }
      return;
    }
    // an empty box means "no bound": it is not sent at all (the API refuses date_to= as no date)
    var empty = Array.from(form.querySelectorAll("input[name]")).filter(function (i) { return !i.value.trim(); });
    empty.forEach(function (i) { i.disabled = true; });
    setTimeout(function () { empty.forEach(function (i) { i.disabled = false; }); }, 0);
  }, true);

  /* A boosted request the server refused (htmx leaves the page as it was): say why. */
  document.addEventListener("htmx:responseError", function (e) {
    var xhr = e.detail.xhr, text;
    try { text = K.errorText(JSON.parse(xhr.responseText), xhr.status); } catch (err) { text = "The server answered " + xhr.status + "."; }
    var box = document.getElementById("page-error");
    if (box) { box.textContent = "That filter was refused: " + text; box.hidden = false; box.focus(); }
  });

  /* Search reaches things as well as text: entities whose name starts with the query, each a link
     to its page (or, where there is none, to the dashboard filtered by it). */
  K.entityHref = function (e) {
    if (e.page) { return e.page; }
    var key = e.kind === "kz_region" ? "region" : "cn";
    return "/?" + new URLSearchParams([[key, e.canonical]]).toString();
  };
  K.initSearch = function () {
    var panel = document.getElementById("search-results"), q = new URLSearchParams(window.location.search).get("q");
    if (!panel || !q || panel.querySelector(".entity-hits")) { return; }
    K.get("/api/entities", "q=" + encodeURIComponent(q) + "&limit=8").then(function (body) {
      var hits = (body.items || []).filter(function (e) { return ["kz_region", "cn_place", "org"].indexOf(e.kind) >= 0; });
      if (!hits.length || panel.querySelector(".entity-hits")) { return; }
      var p = K.el("p", { className: "entity-hits" }, ["Places and companies: "]);
      hits.forEach(function (e, i) { if (i) { p.appendChild(document.createTextNode(" · ")); } p.appendChild(K.el("a", { className: "entity-hit", href: K.entityHref(e), text: e.canonical })); });
      panel.insertBefore(p, panel.querySelector("ol"));
    }).catch(function () { /* the articles found still show */ });
  };

  K.initFacetsToggle = function () {
    var button = document.getElementById("facets-toggle"), facets = document.getElementById("facets");
    if (!button || !facets) { return; }
    button.onclick = function () {
      var open = !facets.classList.contains("open");
      facets.classList.toggle("open", open);
      button.setAttribute("aria-expanded", open ? "true" : "false");
    };
  };
})();
