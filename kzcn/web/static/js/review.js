/* Article view: reviewer token kept in this browser only; verdicts posted to the API; hovering a
   fact lights up its evidence in the text. */
(function () {
  "use strict";
  var K = window.kzcn;

  function parseField(raw) {
    raw = raw.trim();
    if (raw === "") { return null; }
    if (/^[\[{"]/.test(raw) || /^-?\d+(\.\d+)?(e\d+)?$/.test(raw)) { try { return JSON.parse(raw); } catch (e) { return raw; } }
    return raw;
  }
  K.initReview = function () {
    var token = document.getElementById("token");
    if (!token) { return; }
    token.value = localStorage.getItem("kzcn-token") || "";
    token.onchange = function () { localStorage.setItem("kzcn-token", token.value.trim()); };
    document.querySelectorAll("form.review button[data-action]").forEach(function (button) {
      button.onclick = function () {
        var form = button.closest("form"), action = button.getAttribute("data-action"), fields = {};
        if (action === "correct") {
          form.querySelectorAll("input[name]").forEach(function (input) {
            if (input.name !== "note" && input.value !== input.defaultValue) { fields[input.name] = parseField(input.value); }
          });
        }
        var note = form.querySelector("input[name=note]");
        var status = form.querySelector(".status");
        fetch("/api/facts/" + form.getAttribute("data-kind") + "/" + encodeURIComponent(form.getAttribute("data-fact")) + "/review", {
          method: "POST", headers: { "Content-Type": "application/json", "Authorization": "Bearer " + token.value.trim() },
          body: JSON.stringify({ action: action, fields: fields, note: note && note.value ? note.value : null })
        }).then(function (r) { return r.json().then(function (body) { return { ok: r.ok, body: body }; }); })
          .then(function (res) {
            if (res.ok) { status.textContent = "saved"; window.location.reload(); }
            else { status.textContent = res.body.error ? res.body.error.message : "failed"; status.className = "status error"; }
          });
      };
    });
    document.querySelectorAll(".fact").forEach(function (fact) {
      fact.onmouseenter = function () { document.querySelectorAll(".ev").forEach(function (s) {
        if ((" " + s.getAttribute("data-facts") + " ").indexOf(" " + fact.getAttribute("data-fact") + " ") >= 0) { s.classList.add("hot"); } }); };
      fact.onmouseleave = function () { document.querySelectorAll(".ev.hot").forEach(function (s) { s.classList.remove("hot"); }); };
    });
  };
})();
