/* kzcn dashboard, shared helpers: escaping, numbers, fixed colours, fetching with the page's
   filters, DOM building (text only, never innerHTML) and the table view every chart carries. */
(function () {
  "use strict";
  var K = window.kzcn = window.kzcn || {};
  K.charts = K.charts || {};

  /* Text from articles is hostile: ECharts tooltips are HTML, so every value put into a tooltip
     string goes through esc(); tables and lists are built with textContent, never innerHTML. */
  var ESCAPES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&#39;", "`": "&#96;" };
  K.esc = function (v) { return String(v === undefined || v === null ? "" : v).replace(/[&<>"'`]/g, function (c) { return ESCAPES[c]; }); };
  K.short = function (v, n) { v = String(v === undefined || v === null ? "" : v); return v.length > n ? v.slice(0, n - 1) + "…" : v; };
  K.articleHref = function (id) { return "/articles/" + encodeURIComponent(String(id)); };
  /* Tooltip options: kept inside the chart and wrapped, so a 10 kB name cannot widen the page. */
  var TIP = { confine: true, transitionDuration: 0, extraCssText: "max-width: 360px; white-space: normal; overflow-wrap: anywhere;" };
  K.tip = function (options) { return Object.assign({}, TIP, options); };

  /* Numbers for people: 85000000 -> "85 m", 1234567890 -> "1.23 bn", 12500 -> "12,500"
     (three significant digits, as kzcn/api/shapes/money.py writes them). */
  var SCALES = [[1e12, "tn"], [1e9, "bn"], [1e6, "m"]];
  function significant(v) { var s = Number(v.toPrecision(3)); return s >= 1000 ? Math.round(s).toLocaleString("en") : String(s); }
  K.number = function (v) {
    if (v === null || v === undefined || v === "" || isNaN(v)) { return ""; }
    v = Number(v);
    for (var i = 0; i < SCALES.length; i++) { if (Math.abs(v) >= SCALES[i][0]) { return significant(v / SCALES[i][0]) + " " + SCALES[i][1]; } }
    return v === Math.round(v) ? v.toLocaleString("en") : significant(v);
  };
  /* "85 m USD", "12.5%", "14" (a count has no unit). */
  K.amount = function (v, unit) {
    var n = K.number(v);
    if (!n) { return ""; }
    if (!unit || unit === "count") { return n; }
    return unit === "%" ? n + "%" : n + " " + unit;
  };

  /* Fixed colours: an event type or a region keeps its colour whatever the filter. Region colours
     follow the tile map's unit order (data-units on #dashboard); national figures are never drawn
     in a region's colour. Checked for >= 3:1 against white (graphics), see tests/web. */
  K.TYPE_COLORS = { meeting: "#0b61a4", visit: "#b35900", agreement: "#007a5a", office_opening: "#b8327a",
                    forum: "#5b3f99", site_visit: "#a61b1b", project_launch: "#5c6b00", other: "#4a5568" };
  K.TYPE_ORDER = ["meeting", "visit", "agreement", "office_opening", "forum", "site_visit", "project_launch"];
  K.typeColor = function (type) { return K.TYPE_COLORS[type] || K.TYPE_COLORS.other; };
  var REGION_PALETTE = ["#1f77b4", "#d35400", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#c2185b", "#827717",
                        "#00838f", "#393b79", "#637939", "#8c6d31", "#843c39", "#7b4173", "#3182bd", "#b15928",
                        "#31a354", "#756bb1", "#01665e", "#e6550d"];
  K.NATIONAL_COLOR = "#6b7280";
  K.units = function () {
    var el = document.getElementById("dashboard");
    try { return JSON.parse(el && el.getAttribute("data-units") || "[]"); } catch (e) { return []; }
  };
  K.isRegion = function (name) { return K.units().indexOf(name) >= 0; };
  K.regionColor = function (name) {
    var i = K.units().indexOf(name);
    return i >= 0 ? REGION_PALETTE[i % REGION_PALETTE.length] : K.NATIONAL_COLOR;
  };

  K.query = function () {
    var el = document.getElementById("dashboard");
    return el ? el.getAttribute("data-query") || "" : "";
  };
  /* The API's error envelope as one plain sentence: "date_from: expected an existing date …". */
  K.errorText = function (body, status) {
    var e = body && body.error;
    if (!e) { return "The server answered " + status + "."; }
    var details = (e.details || []).map(function (d) { return (d.where ? d.where.replace(/^query\./, "") + ": " : "") + d.message; });
    return details.length ? details.join("; ") : e.message;
  };
  /* GET path with the page's filters (plus extra parameters); rejects with a readable Error. */
  K.get = function (path, extra) {
    var q = K.query();
    if (extra) { q = q ? q + "&" + extra : extra; }
    return fetch(path + (q ? (path.indexOf("?") >= 0 ? "&" : "?") + q : "")).then(function (r) {
      return r.json().then(function (body) {
        if (!r.ok) { throw new Error(K.errorText(body, r.status)); }
        return body;
      });
    });
  };
  K.navigate = function (key, value) {
    var params = new URLSearchParams(window.location.search);
    if (params.get(key) === value) { params.delete(key); } else { params.set(key, value); }
    var url = "/" + (params.toString() ? "?" + params.toString() : "");
    if (window.htmx) { htmx.ajax("GET", url, { target: "body", swap: "innerHTML" }).then(function () { history.pushState({}, "", url); }); }
    else { window.location.assign(url); }
  };
  K.chart = function (id) {
    var el = document.getElementById(id);
    if (!el) { return null; }
    if (K.charts[id]) { K.charts[id].dispose(); }
    K.charts[id] = echarts.init(el, null, { renderer: "canvas" });
    K.charts[id].setOption({ animation: false, aria: { enabled: true } });  // panels redraw on every filter change
    return K.charts[id];
  };

  /* el("td", {className: "x"}, ["text", child]) — strings become text nodes. */
  K.el = function (tag, props, children) {
    var node = document.createElement(tag);
    Object.keys(props || {}).forEach(function (k) {
      if (k === "text") { node.textContent = props[k]; }
      else if (k.indexOf("data-") === 0 || k.indexOf("aria-") === 0 || k === "role" || k === "scope") { node.setAttribute(k, props[k]); }
      else { node[k] = props[k]; }
    });
    (children || []).forEach(function (c) { if (c !== null && c !== undefined) { node.appendChild(typeof c === "string" ? document.createTextNode(c) : c); } });
    return node;
  };

  /* A message in place of a chart ("No trade figures under these filters."), or null to clear it. */
  K.empty = function (chartId, message) {
    var chartEl = document.getElementById(chartId);
    if (!chartEl) { return; }
    var note = document.getElementById(chartId + "-empty");
    if (!note) {
      note = K.el("p", { id: chartId + "-empty", className: "empty-state", role: "status" });
      chartEl.parentNode.insertBefore(note, chartEl.nextSibling);
    }
    note.textContent = message || "";
    note.hidden = !message;
    chartEl.classList.toggle("is-empty", !!message);
    if (K.charts[chartId]) { K.charts[chartId].resize(); }
  };

  /* The text alternative of a chart: a <details> table after it with the same numbers. */
  K.tableView = function (chartId, caption, headers, rows) {
    var chartEl = document.getElementById(chartId);
    if (!chartEl) { return null; }
    var id = chartId + "-table", box = document.getElementById(id);
    if (!box) {
      box = K.el("details", { id: id, className: "table-view" }, [K.el("summary", { text: "Table view" })]);
      var after = document.getElementById(chartId + "-empty") || chartEl;
      after.parentNode.insertBefore(box, after.nextSibling);
    }
    while (box.childNodes.length > 1) { box.removeChild(box.lastChild); }
    var table = K.el("table", { className: "small" }, [K.el("caption", { text: caption })]);
    table.appendChild(K.el("thead", {}, [K.el("tr", {}, headers.map(function (h) { return K.el("th", { scope: "col", text: h }); }))]));
    var body = K.el("tbody");
    rows.forEach(function (r) { body.appendChild(K.el("tr", {}, r.map(function (v) { return K.el("td", { text: String(v === null || v === undefined ? "" : v) }); }))); });
    if (!rows.length) { body.appendChild(K.el("tr", {}, [K.el("td", { colSpan: headers.length, className: "muted", text: "No data under these filters." })])); }
    table.appendChild(body);
    box.appendChild(K.el("div", { className: "scroll" }, [table]));
    return box;
  };

  /* A fetch that failed: the reason in the panel, not silence. */
  K.failed = function (chartId) {
    return function (err) { K.empty(chartId, "Could not load: " + (err && err.message ? err.message : err)); };
  };
})();
