/* Timeline of events (every month between the first and last shown, undated events counted and
   said, fixed colour per type), the project pipeline (bars and labels measure the same thing) and
   the stale promises list. */
(function () {
  "use strict";
  var K = window.kzcn;

  /* Every YYYY-MM from the first to the last month given, so an empty month shows as a gap. */
  K.monthRange = function (months) {
    if (!months.length) { return []; }
    var sorted = months.slice().sort(), out = [];
    var y = +sorted[0].slice(0, 4), m = +sorted[0].slice(5, 7), last = sorted[sorted.length - 1];
    for (var guard = 0; guard < 1200; guard++) {
      var key = y + "-" + (m < 10 ? "0" : "") + m;
      out.push(key);
      if (key >= last) { break; }
      m += 1; if (m > 12) { m = 1; y += 1; }
    }
    return out;
  };

  /* {months, series:[{type, counts}], undated} from the API's answer; an answer without an
     `undated` count is rebuilt from the events list, placing only events with their own date. */
  function timelineData(api) {
    if (api.left_out) { return Promise.resolve(Object.assign({}, api, { undated: api.left_out.undated, yearOnly: api.left_out.year_only })); }
    if (typeof api.undated === "number") { return Promise.resolve(api); }
    return K.get("/api/events", "limit=10000").then(function (list) {
      var counts = {}, undated = 0;
      (list.items || []).forEach(function (e) {
        var month = (e.date || "").split("/")[0].slice(0, 7);
        if (month.length !== 7) { undated += 1; return; }
        counts[e.type] = counts[e.type] || {};
        counts[e.type][month] = (counts[e.type][month] || 0) + 1;
      });
      var months = Object.keys(counts).reduce(function (all, t) { return all.concat(Object.keys(counts[t])); }, []);
      months = Array.from(new Set(months)).sort();
      return { months: months, undated: undated,
               series: Object.keys(counts).sort().map(function (t) { return { type: t, counts: months.map(function (m) { return counts[t][m] || 0; }) }; }) };
    });
  }

  K.timeline = function (api) {
    return timelineData(api).then(function (data) {
      var c = K.chart("chart-timeline"); if (!c) { return; }
      var months = K.monthRange(data.months);
      var types = data.series.map(function (s) { return s.type; }).filter(function (t) {
        return data.series.some(function (s) { return s.type === t && s.counts.some(Boolean); }) || K.TYPE_ORDER.indexOf(t) < 0; }).sort(function (a, b) {
        var ia = K.TYPE_ORDER.indexOf(a), ib = K.TYPE_ORDER.indexOf(b);
        return (ia < 0 ? 99 : ia) - (ib < 0 ? 99 : ib) || (a < b ? -1 : 1);
      });
      var byType = {};
      data.series.forEach(function (s) { byType[s.type] = {}; data.months.forEach(function (m, i) { byType[s.type][m] = s.counts[i]; }); });
      var note = document.getElementById("timeline-undated");
      if (note) {
        var parts = [];
        if (data.undated) { parts.push(data.undated + (data.undated === 1 ? " event has" : " events have") + " no date of its own"); }
        if (data.yearOnly) { parts.push(data.yearOnly + (data.yearOnly === 1 ? " event is" : " events are") + " dated by year only"); }
        note.textContent = parts.length ? "Not on the timeline: " + parts.join("; ") + " (they are in the events table, marked “undated”)." :
          "Every event under these filters has its own date and is on the timeline.";
      }
      K.empty("chart-timeline", months.length ? null : "No dated events under these filters.");
      c.setOption({ tooltip: K.tip({ trigger: "axis", formatter: function (ps) { return K.esc(ps.length ? ps[0].axisValue : "") +
          ps.filter(function (p) { return p.value; }).map(function (p) { return "<br>" + K.esc(K.short(p.seriesName, 200)) + ": " + K.esc(p.value); }).join(""); } }),
        legend: { top: 0, type: "scroll", textStyle: { color: "#1a202c" } }, grid: { left: 30, right: 10, top: 34, bottom: 25 },
        xAxis: { type: "category", data: months }, yAxis: { type: "value", minInterval: 1 },
        series: types.map(function (t) { return { name: t, type: "bar", stack: "all", itemStyle: { color: K.typeColor(t) },
                                                  data: months.map(function (m) { return byType[t][m] || 0; }) }; }) });
      c.on("click", function (p) { if (p.seriesName) { K.navigate("type", p.seriesName); } });
      K.tableView("chart-timeline", "Events per month and type (" + ((data.undated || 0) + (data.yearOnly || 0)) + " without a month not shown)", ["month"].concat(types).concat(["total"]),
        months.map(function (m) { var n = types.map(function (t) { return byType[t][m] || 0; });
                                  return [m].concat(n).concat([n.reduce(function (a, b) { return a + b; }, 0)]); }));
    });
  };

  K.pipeline = function (rows) {
    var c = K.chart("chart-pipeline"); if (!c) { return; }
    var select = document.getElementById("pipeline-measure");
    var money = select && select.value === "value_usd";
    function v(r) { return money ? (r.value_usd || 0) : r.count; }
    function label(x) { return money ? (x ? K.amount(x, "USD") : "") : String(x); }
    function valued(r) { return typeof r.valued === "number" && r.valued !== r.count ? " (" + r.valued + " of " + r.count + " with a value)" : ""; }
    c.setOption({ tooltip: K.tip({ formatter: function (p) { var r = rows[p.dataIndex]; return K.esc(K.short(r.stage, 200)) + ": " + K.esc(r.count) +
        " projects, announced " + K.esc(K.amount(r.value_usd || 0, "USD")) + K.esc(valued(r)); } }),
      grid: { left: 120, right: 70, top: 10, bottom: 20 }, xAxis: { type: "value", minInterval: 1, axisLabel: { formatter: money ? K.number : null } },
      yAxis: { type: "category", data: rows.map(function (r) { return r.stage.replace("_", " "); }), inverse: true },
      series: [{ type: "bar", data: rows.map(v), itemStyle: { color: "#2f855a" },
                 label: { show: true, position: "right", color: "#1a202c", formatter: function (p) { return label(p.value); } } }] });
    c.on("click", function (p) { K.navigate("stage", rows[p.dataIndex].stage); });
    K.tableView("chart-pipeline", "Projects per stage", ["stage", "projects", "announced value (USD)"],
      rows.map(function (r) { return [r.stage.replace("_", " "), r.count, r.value_usd ? K.amount(r.value_usd, "USD") + valued(r) : "—"]; }));
  };

  K.stale = function (data) {
    var ul = document.getElementById("stale"); if (!ul) { return; }
    ul.replaceChildren();
    data.items.slice(0, 12).forEach(function (r) {
      var text = (r.published || r.first_reported || "") + " · " + (r.kz_region || "?") + " · " + r.what + (r.partner ? " (" + r.partner + ")" : "");
      ul.appendChild(K.el("li", {}, [K.el("a", { href: K.articleHref(r.doc_id), text: text })]));
    });
    if (!data.items.length) { ul.appendChild(K.el("li", { className: "muted", text: "None." })); }
  };
})();
