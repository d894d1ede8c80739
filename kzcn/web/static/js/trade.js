/* Trade figures, like with like: one metric and one kind of period at a time (two controls, sent
   to /api/stats/trade/series), Kazakh units side by side in their fixed colours, national figures
   listed apart (never in a region's colour), the API's own message when nothing fits; the table
   below lists every trade figure group with every value reported. */
(function () {
  "use strict";
  var K = window.kzcn;
  var KINDS = { annual: "calendar years", ytd: "year to date (January to a month)", month: "single months" };
  var METRICS = { trade_turnover: "trade turnover", "export": "exports", "import": "imports" };

  function choice(id, fallback) { var el = document.getElementById(id); return el && el.value ? el.value : fallback; }
  /* The chart's own metric and period kind, added to the page's filters (a metric filter set on
     the page wins: the metric control then shows only it). */
  function seriesParams() {
    var extra = new URLSearchParams();
    if (!new URLSearchParams(K.query()).get("metric")) { extra.set("metric", choice("trade-metric", "trade_turnover")); }
    extra.set("period_kind", choice("trade-period", "annual"));
    return extra.toString();
  }
  function cellText(cell) {
    return cell.text + (cell.conflict ? " (⚠ reports disagree: " + cell.reported.join(" vs ") + ")" : "");
  }

  function drawSeries(s) {
    var c = K.chart("chart-trade"); if (!c) { return; }
    var kindSel = document.getElementById("trade-period");
    if (kindSel) {
      Array.from(kindSel.options).forEach(function (o) {
        var n = (s.period_kinds || {})[o.value] || 0;
        o.textContent = KINDS[o.value] + " (" + n + ")";
      });
    }
    K.empty("chart-trade", s.empty || !s.regions.length ? (s.message || "No regional trade figures of this kind under these filters.") +
      (s.national.length ? " National figures are listed below." : "") : null);
    c.setOption({
      tooltip: K.tip({ trigger: "item", formatter: function (p) { var cell = p.data.cell;
        return K.esc(K.short(p.seriesName, 200)) + " · " + K.esc(METRICS[s.metric] || s.metric) + "<br>" + K.esc(cell.period) + ": " +
          K.esc(cellText(cell)) + "<br>" + K.esc(cell.n_reports) + " report" + (cell.n_reports === 1 ? "" : "s"); } }),
      legend: { type: "scroll", top: 0, textStyle: { color: "#1a202c" }, formatter: function (n) { return K.short(n, 40); }, tooltip: { show: false } },
      grid: { left: 64, right: 10, top: 34, bottom: 25 },
      xAxis: { type: "category", data: s.periods }, yAxis: { type: "value", name: s.unit || "", axisLabel: { formatter: K.number } },
      series: s.regions.map(function (row) {
        return { name: row.subject, type: "bar", itemStyle: { color: K.regionColor(row.subject) }, barMaxWidth: 36,
                 label: { show: true, position: "top", color: "#1a202c", formatter: function (p) { return p.data.cell ? (p.data.cell.conflict ? "⚠ " : "") + p.data.cell.text : ""; } },
                 data: row.values.map(function (cell) { return cell ? { value: cell.value, cell: cell } : { value: null, cell: null }; }) };
      })
    });
    K.tableView("chart-trade", (METRICS[s.metric] || s.metric) + ", " + KINDS[s.period_kind] + ", Kazakh units (" + (s.unit || "") + ")",
      ["Kazakh unit"].concat(s.periods), s.regions.map(function (row) { return [row.subject].concat(row.values.map(function (cell) { return cell ? cellText(cell) : "—"; })); }));
    var ul = document.getElementById("trade-national");
    if (ul) {
      ul.replaceChildren();
      s.national.concat(s.other).forEach(function (row) {
        row.values.forEach(function (cell, i) {
          if (cell) { ul.appendChild(K.el("li", { className: cell.conflict ? "conflict" : "" }, [row.subject + " · " + s.periods[i] + ": " + cellText(cell)])); }
        });
      });
      ul.parentNode.hidden = !ul.childNodes.length;
    }
  }

  K.loadTradeSeries = function () {
    return K.get("/api/stats/trade/series", seriesParams()).then(drawSeries).catch(K.failed("chart-trade"));
  };

  /* Every trade figure group: region or country, metric, period, every value reported. */
  K.trade = function (groups) {
    var t = document.getElementById("trade-table");
    if (t) {
      t.replaceChildren(K.el("caption", { text: "Every trade figure under these filters (regions and national), one row per figure" }));
      t.appendChild(K.el("tr", {}, ["region or country", "metric", "counterpart", "period", "reported values", "reports"].map(function (h) { return K.el("th", { scope: "col", text: h }); })));
      groups.forEach(function (g) {
        var values = (g.values || []).map(function (v) { return v.text; }).join(" vs ");
        t.appendChild(K.el("tr", { className: g.conflict ? "conflict" : "" },
          [g.subject, METRICS[g.metric] || g.metric, g.counterpart || "—", g.period || "—", (g.conflict ? "⚠ " : "") + values,
           String(g.n_sources || (g.reports || []).length)].map(function (v) { return K.el("td", { text: v }); })));
      });
      if (!groups.length) { t.appendChild(K.el("tr", {}, [K.el("td", { colSpan: 6, className: "muted", text: "No trade figures under these filters." })])); }
    }
    ["trade-metric", "trade-period"].forEach(function (id) {
      var sel = document.getElementById(id);
      if (sel) { sel.onchange = K.loadTradeSeries; }
    });
    var metricSel = document.getElementById("trade-metric"), pageMetric = new URLSearchParams(K.query()).get("metric");
    if (metricSel && pageMetric) {
      if (!Array.from(metricSel.options).some(function (o) { return o.value === pageMetric; })) { metricSel.appendChild(K.el("option", { value: pageMetric, text: pageMetric })); }
      metricSel.value = pageMetric; metricSel.disabled = true;
    }
    return K.loadTradeSeries();
  };
})();
