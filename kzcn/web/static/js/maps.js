/* The two maps: Kazakhstan's 20 units as a schematic tile map, China's partner provinces.
   Each carries a table view with the same numbers. Clicking a shape filters the dashboard. */
(function () {
  "use strict";
  var K = window.kzcn;

  /* Tile labels: the short English name where a tile is wide enough, else an abbreviation, so
     labels never overlap (a tile is about 1/8 of the chart's width: 40 px on a phone). */
  var ABBR = { "North Kazakhstan Region": "N.Kaz", "West Kazakhstan Region": "W.Kaz", "East Kazakhstan Region": "E.Kaz",
               "Almaty Region": "Alm.R", "Almaty": "Alm", "Astana": "Ast", "Shymkent": "Shym" };
  function shortName(name) { return name === "Almaty Region" ? "Almaty reg." : name.replace(" Region", "").replace(" Kazakhstan", " Kaz."); }
  function abbreviation(name) { return ABBR[name] || name.replace(" Region", "").slice(0, 4); }
  K.kzLabel = function (name, tilePx) {
    var full = shortName(name);
    var fontSize = tilePx >= 60 ? 9 : 8;
    // ~0.58 em per character in the system sans at 8-9 px; two pixels of margin each side
    var text = full.length * fontSize * 0.58 <= tilePx - 4 ? full : abbreviation(name);
    return { text: text, fontSize: fontSize };
  };

  var measures = { events: "events", projects: "projects", investment_usd: "announced investment (USD)" };

  K.kzMap = function (rows, geo) {
    echarts.registerMap("kz_tiles", geo);
    var c = K.chart("chart-kz"); if (!c) { return; }
    var select = document.getElementById("kz-measure");
    var measure = select ? select.value : "events";
    var names = {}; rows.forEach(function (r) { names[r.name] = r; });
    var data = rows.map(function (r) { return { name: r.name, value: r[measure] || 0 }; });
    var max = Math.max.apply(null, data.map(function (d) { return d.value; }).concat([1]));
    var selected = new URLSearchParams(window.location.search).get("region");
    var width = document.getElementById("chart-kz").clientWidth || 400;
    var tilePx = (width - 20) / 8 * 0.94;
    function fmt(v) { return measure === "investment_usd" ? K.amount(v, "USD") : String(v); }
    c.setOption({
      tooltip: K.tip({ formatter: function (p) { var r = names[p.name] || {}; return K.esc(p.name) + "<br>" + K.esc(r.kk) + " / " + K.esc(r.ru) +
        "<br>events: " + K.esc(r.events || 0) + " · projects: " + K.esc(r.projects || 0) + "<br>announced investment: " + K.esc(K.amount(r.investment_usd || 0, "USD")); } }),
      visualMap: { min: 0, max: max, calculable: false, orient: "horizontal", left: "left", bottom: 0, itemHeight: 80,
                   inRange: { color: ["#eef3f8", "#2b6cb0"] }, text: [fmt(max), "0"], textStyle: { color: "#1a202c" } },
      series: [{ type: "map", map: "kz_tiles", aspectScale: 1, roam: false, selectedMode: false, data: data, left: 10, right: 10, top: 10, bottom: 40,
                 label: { show: true, fontSize: K.kzLabel("Astana", tilePx).fontSize, color: "#1a202c",
                          formatter: function (p) { return K.kzLabel(p.name, tilePx).text; } },
                 itemStyle: { borderColor: "#fff", borderWidth: 2 },
                 emphasis: { label: { show: true }, itemStyle: { areaColor: "#f6ad55" } },
                 regions: selected ? [{ name: selected, itemStyle: { borderColor: "#c05621", borderWidth: 3 } }] : [] }]
    });
    c.on("click", function (p) { if (p.name) { K.navigate("region", p.name); } });
    K.kzTilePx = tilePx;
    K.tableView("chart-kz", "Kazakhstan's units: " + measures[measure] + " under the current filters",
      ["unit", "Kazakh", "Russian", "events", "projects", "announced investment"],
      rows.map(function (r) { return [r.name, r.kk, r.ru, r.events || 0, r.projects || 0, r.investment_usd ? K.amount(r.investment_usd, "USD") : "—"]; }));
  };

  K.cnMap = function (rows, geo) {
    echarts.registerMap("cn_provinces", geo);
    var c = K.chart("chart-cn"); if (!c) { return; }
    var drawn = {}; geo.features.forEach(function (f) { drawn[f.properties.name] = 1; });
    var shown = rows.filter(function (r) { return drawn[r.name]; });  // a name with no province shape has no place here
    var max = Math.max.apply(null, shown.map(function (r) { return r.count; }).concat([1]));
    c.setOption({
      tooltip: K.tip({ formatter: function (p) { return K.esc(K.short(p.name, 200)) + ": " + K.esc(p.value || 0) + " events and projects as partner"; } }),
      visualMap: { min: 0, max: max, orient: "horizontal", left: "left", bottom: 0, itemHeight: 80, inRange: { color: ["#fdf2f2", "#c53030"] },
                   textStyle: { color: "#1a202c" } },
      series: [{ type: "map", map: "cn_provinces", roam: false, selectedMode: false, data: shown.map(function (r) { return { name: r.name, value: r.count }; }),
                 itemStyle: { borderColor: "#999", borderWidth: 0.5 }, emphasis: { itemStyle: { areaColor: "#f6ad55" } } }]
    });
    c.on("click", function (p) { if (p.name) { K.navigate("cn", p.name); } });
    K.tableView("chart-cn", "Chinese provinces named as partners under the current filters", ["province", "events and projects"],
      rows.map(function (r) { return [r.name, r.count]; }));
    K.empty("chart-cn", rows.length ? null : "No Chinese partner province under these filters.");
  };
})();
