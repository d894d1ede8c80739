/* kzcn dashboard: charts from /api/stats/* with the page's filters; clicks set filters in the URL. */
(function () {
  "use strict";
  var charts = {};
  window.kzcn = { charts: charts };

  /* Text from articles is hostile: ECharts tooltips are HTML, so every value put into a tooltip
     string goes through esc(); tables and lists are built with textContent, never innerHTML. */
  var ESCAPES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&#39;", "`": "&#96;" };
  function esc(v) { return String(v === undefined || v === null ? "" : v).replace(/[&<>"'`]/g, function (c) { return ESCAPES[c]; }); }
  function short(v, n) { v = String(v === undefined || v === null ? "" : v); return v.length > n ? v.slice(0, n - 1) + "…" : v; }
  function articleHref(id) { return "/articles/" + encodeURIComponent(String(id)); }
  window.kzcn.esc = esc;
  /* Tooltip options: kept inside the chart and wrapped, so a 10 kB name cannot widen the page. */
  var TIP = { confine: true, transitionDuration: 0, extraCssText: "max-width: 360px; white-space: normal; overflow-wrap: anywhere;" };
  function tip(options) { return Object.assign({}, TIP, options); }

  function query() {
    var el = document.getElementById("dashboard");
    return el ? el.getAttribute("data-query") || "" : "";
  }
  function get(path) {
    var q = query();
    return fetch(path + (q ? "?" + q : "")).then(function (r) { return r.json(); });
  }
  function navigate(key, value) {
    var params = new URLSearchParams(window.location.search);
    if (params.get(key) === value) { params.delete(key); } else { params.set(key, value); }
    var url = "/" + (params.toString() ? "?" + params.toString() : "");
    if (window.htmx) { htmx.ajax("GET", url, { target: "body", swap: "innerHTML" }).then(function () { history.pushState({}, "", url); }); }
    else { window.location.assign(url); }
  }
  window.kzcn.navigate = navigate;
  function chart(id) {
    var el = document.getElementById(id);
    if (!el) { return null; }
    if (charts[id]) { charts[id].dispose(); }
    charts[id] = echarts.init(el, null, { renderer: "canvas" });
    charts[id].setOption({ animation: false });  // panels redraw on every filter change
    return charts[id];
  }
  function money(v) {
    if (!v) { return "0"; }
    if (v >= 1e9) { return (v / 1e9).toFixed(1) + " bn"; }
    if (v >= 1e6) { return (v / 1e6).toFixed(1) + " m"; }
    return Math.round(v).toLocaleString("en");
  }

  function kzMap(rows, geo) {
    echarts.registerMap("kz_tiles", geo);
    var c = chart("chart-kz"); if (!c) { return; }
    var select = document.getElementById("kz-measure");
    var measure = select ? select.value : "events";
    var names = {}; rows.forEach(function (r) { names[r.name] = r; });
    var data = rows.map(function (r) { return { name: r.name, value: r[measure] }; });
    var max = Math.max.apply(null, data.map(function (d) { return d.value; }).concat([1]));
    var selected = new URLSearchParams(window.location.search).get("region");
    c.setOption({
      tooltip: tip({ formatter: function (p) { var r = names[p.name] || {}; return esc(p.name) + "<br>" + esc(r.kk) + " / " + esc(r.ru) +
        "<br>events: " + esc(r.events || 0) + " · projects: " + esc(r.projects || 0) + "<br>investment: " + esc(money(r.investment_usd)) + " USD"; } }),
      visualMap: { min: 0, max: max, calculable: false, orient: "horizontal", left: "left", bottom: 0, itemHeight: 80,
                   inRange: { color: ["#eef3f8", "#2b6cb0"] }, text: [measure === "events" ? String(max) : money(max), "0"] },
      series: [{ type: "map", map: "kz_tiles", aspectScale: 1, roam: false, selectedMode: false, data: data,
                 label: { show: true, fontSize: 9, formatter: function (p) { return p.name === "Almaty Region" ? "Almaty reg." : p.name.replace(" Region", "").replace(" Kazakhstan", " Kaz."); } },
                 itemStyle: { borderColor: "#fff", borderWidth: 2 },
                 emphasis: { label: { show: true }, itemStyle: { areaColor: "#f6ad55" } },
                 regions: selected ? [{ name: selected, itemStyle: { borderColor: "#c05621", borderWidth: 3 } }] : [] }]
    });
    c.on("click", function (p) { if (p.name) { navigate("region", p.name); } });
  }

  function cnMap(rows, geo) {
    echarts.registerMap("cn_provinces", geo);
    var c = chart("chart-cn"); if (!c) { return; }
    var drawn = {}; geo.features.forEach(function (f) { drawn[f.properties.name] = 1; });
    rows = rows.filter(function (r) { return drawn[r.name]; });  // a name with no province shape has no place here
    var max = Math.max.apply(null, rows.map(function (r) { return r.count; }).concat([1]));
    c.setOption({
      tooltip: tip({ formatter: function (p) { return esc(short(p.name, 200)) + ": " + esc(p.value || 0) + " mentions as partner"; } }),
      visualMap: { min: 0, max: max, orient: "horizontal", left: "left", bottom: 0, itemHeight: 80, inRange: { color: ["#fdf2f2", "#c53030"] } },
      series: [{ type: "map", map: "cn_provinces", roam: false, selectedMode: false, data: rows.map(function (r) { return { name: r.name, value: r.count }; }),
                 itemStyle: { borderColor: "#999", borderWidth: 0.5 }, emphasis: { itemStyle: { areaColor: "#f6ad55" } } }]
    });
    c.on("click", function (p) { if (p.name) { navigate("cn", p.name); } });
  }

  function timeline(data) {
    var c = chart("chart-timeline"); if (!c) { return; }
    c.setOption({ tooltip: tip({ trigger: "axis", formatter: function (ps) { return esc(ps.length ? ps[0].axisValue : "") +
        ps.map(function (p) { return "<br>" + esc(short(p.seriesName, 200)) + ": " + esc(p.value); }).join(""); } }), legend: { top: 0 }, grid: { left: 30, right: 10, top: 30, bottom: 25 },
      xAxis: { type: "category", data: data.months }, yAxis: { type: "value", minInterval: 1 },
      series: data.series.map(function (s) { return { name: s.type, type: "bar", stack: "all", data: s.counts }; }) });
    c.on("click", function (p) { if (p.seriesName) { navigate("type", p.seriesName); } });
  }

  function pipeline(rows) {
    var c = chart("chart-pipeline"); if (!c) { return; }
    c.setOption({ tooltip: tip({ formatter: function (p) { var r = rows[p.dataIndex]; return esc(short(r.stage, 200)) + ": " + esc(r.count) + " projects, " + esc(money(r.value_usd)) + " USD"; } }),
      grid: { left: 120, right: 40, top: 10, bottom: 20 }, xAxis: { type: "value", minInterval: 1 },
      yAxis: { type: "category", data: rows.map(function (r) { return r.stage.replace("_", " "); }), inverse: true },
      series: [{ type: "bar", data: rows.map(function (r) { return r.count; }), itemStyle: { color: "#2f855a" },
                 label: { show: true, position: "right", formatter: function (p) { var v = rows[p.dataIndex].value_usd; return v ? money(v) + " $" : ""; } } }] });
    c.on("click", function (p) { navigate("stage", rows[p.dataIndex].stage); });
  }

  function stale(data) {
    var ul = document.getElementById("stale"); if (!ul) { return; }
    ul.replaceChildren();
    data.items.slice(0, 12).forEach(function (r) {
      var li = document.createElement("li"), a = document.createElement("a");
      a.href = articleHref(r.doc_id); a.textContent = (r.published || "") + " · " + (r.kz_region || "?") + " · " + r.what + (r.partner ? " (" + r.partner + ")" : "");
      li.appendChild(a); ul.appendChild(li);
    });
    if (!data.items.length) { var none = document.createElement("li"); none.className = "muted"; none.textContent = "None."; ul.appendChild(none); }
  }

  function network(data) {
    var c = chart("chart-network"); if (!c) { return; }
    var colors = { kz: "#2b6cb0", cn_province: "#c53030", cn_company: "#d69e2e" };
    c.setOption({ tooltip: tip({ formatter: function (p) {
        if (p.dataType === "edge") { return esc(short(p.data.source, 200)) + " – " + esc(short(p.data.target, 200)) + ": " + esc(p.data.value); }
        return esc(short(p.name, 200)) + ": " + esc(p.value); } }), legend: [{ data: ["kz", "cn_province", "cn_company"], top: 0 }],
      series: [{ type: "graph", layout: "force", roam: true, draggable: true, force: { repulsion: 90, edgeLength: 50, gravity: 0.15 },
        categories: ["kz", "cn_province", "cn_company"].map(function (n) { return { name: n, itemStyle: { color: colors[n] } }; }),
        label: { show: true, fontSize: 9, formatter: function (p) { return short(p.name, 40); } }, lineStyle: { opacity: 0.5, width: 1.5 },
        data: data.nodes.map(function (n) { return { name: n.name, value: n.value, category: n.side, symbolSize: 8 + Math.min(30, n.value * 3), itemStyle: { color: colors[n.side] } }; }),
        links: data.links.map(function (l) { return { source: l.source, target: l.target, value: l.value }; }) }] });
    c.on("click", function (p) { if (p.dataType === "node") { navigate(p.data.category === "kz" ? "region" : "cn", p.name); } });
  }

  function trade(rows) {
    var c = chart("chart-trade"); if (!c) { return; }
    var series = {}, periods = {};
    rows.forEach(function (g) {
      var key = g.subject + " · " + g.metric + " (" + g.unit + ")";
      series[key] = series[key] || {};
      g.reports.forEach(function (r) { var p = g.period || r.published || "?"; periods[p] = 1; (series[key][p] = series[key][p] || []).push(r.value); });
    });
    var xs = Object.keys(periods).sort();
    var out = [];
    Object.keys(series).forEach(function (k) {
      out.push({ name: k, type: "scatter", symbolSize: 9, data: [].concat.apply([], xs.map(function (p) { return (series[k][p] || []).map(function (v) { return [p, v]; }); })) });
    });
    c.setOption({ tooltip: tip({ trigger: "item", formatter: function (p) { return esc(short(p.seriesName, 200)) + "<br>" + esc(p.value[0]) + ": " + esc(money(p.value[1])); } }),
      legend: { type: "scroll", top: 0, formatter: function (n) { return short(n, 60); }, tooltip: { show: false } }, grid: { left: 60, right: 10, top: 30, bottom: 25 },
      xAxis: { type: "category", data: xs }, yAxis: { type: "value", axisLabel: { formatter: money } }, series: out });
    var table = document.getElementById("trade-table");
    if (table) {
      table.replaceChildren();
      var head = document.createElement("tr");
      ["region", "metric", "period", "reported values"].forEach(function (v) { var th = document.createElement("th"); th.textContent = v; head.appendChild(th); });
      table.appendChild(head);
      rows.forEach(function (g) {
        var tr = document.createElement("tr"); if (g.conflict) { tr.className = "conflict"; }
        [g.subject, g.metric, g.period || "—", (g.conflict ? "⚠ " : "") + g.reports.map(function (r) { return money(r.value) + " " + g.unit; }).join(" vs ")]
          .forEach(function (v) { var td = document.createElement("td"); td.textContent = v; tr.appendChild(td); });
        table.appendChild(tr);
      });
    }
  }

  function init() {
    if (!document.getElementById("dashboard") || !window.echarts) { return; }
    Promise.all([get("/api/stats/regions"), fetch("/api/geo/kz_tiles.json").then(function (r) { return r.json(); })])
      .then(function (v) {
        kzMap(v[0], v[1]);
        var sel = document.getElementById("kz-measure");
        if (sel) { sel.onchange = function () { kzMap(v[0], v[1]); }; }
      });
    Promise.all([get("/api/stats/provinces"), fetch("/static/geo/cn_provinces.json").then(function (r) { return r.json(); })])
      .then(function (v) { cnMap(v[0], v[1]); });
    get("/api/stats/timeline").then(timeline);
    get("/api/stats/pipeline").then(pipeline);
    get("/api/stats/stale").then(stale);
    get("/api/stats/network").then(network);
    get("/api/stats/trade").then(trade);
  }

  /* Article view: reviewer token kept in this browser only; verdicts posted to the API. */
  function parseField(raw, original) {
    raw = raw.trim();
    if (raw === "") { return null; }
    if (/^[\[{"]/.test(raw) || /^-?\d+(\.\d+)?(e\d+)?$/.test(raw)) { try { return JSON.parse(raw); } catch (e) { return raw; } }
    return raw;
  }
  function initReview() {
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
  }

  function all() { init(); initReview(); }
  document.addEventListener("DOMContentLoaded", all);
  document.addEventListener("htmx:afterSettle", all);
  window.addEventListener("popstate", function () { window.location.reload(); });
  window.addEventListener("resize", function () { Object.keys(charts).forEach(function (k) { charts[k].resize(); }); });
})();
