/* Starts every panel of the page just loaded (or swapped in by htmx). */
(function () {
  "use strict";
  var K = window.kzcn;

  function json(url) { return fetch(url).then(function (r) { if (!r.ok) { throw new Error(url + " answered " + r.status); } return r.json(); }); }

  function dashboard() {
    if (!document.getElementById("dashboard") || !window.echarts) { return; }
    Promise.all([K.get("/api/stats/regions"), json("/api/geo/kz_tiles.json")]).then(function (v) {
      K.kzMap(v[0], v[1]);
      var sel = document.getElementById("kz-measure");
      if (sel) { sel.onchange = function () { K.kzMap(v[0], v[1]); }; }
    }).catch(K.failed("chart-kz"));
    Promise.all([K.get("/api/stats/provinces"), json("/static/geo/cn_provinces.json")])
      .then(function (v) { K.cnMap(v[0], v[1]); }).catch(K.failed("chart-cn"));
    K.get("/api/stats/timeline").then(K.timeline).catch(K.failed("chart-timeline"));
    K.get("/api/stats/pipeline").then(function (rows) {
      K.pipeline(rows);
      var sel = document.getElementById("pipeline-measure");
      if (sel) { sel.onchange = function () { K.pipeline(rows); }; }
    }).catch(K.failed("chart-pipeline"));
    K.get("/api/stats/stale").then(K.stale);
    K.get("/api/stats/network").then(K.network).catch(K.failed("chart-network"));
    K.get("/api/stats/trade").then(K.trade).catch(K.failed("chart-trade"));
    K.initTables();
  }

  function all() { K.initFacetsToggle(); K.initSearch(); dashboard(); K.initReview(); }
  // loaded by app.js after the document was parsed: DOMContentLoaded may already be past
  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", all); } else { all(); }
  document.addEventListener("htmx:afterSettle", all);
  window.addEventListener("popstate", function () { window.location.reload(); });
  window.addEventListener("resize", function () { Object.keys(K.charts).forEach(function (k) { K.charts[k].resize(); }); });
})();
