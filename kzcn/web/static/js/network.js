/* Network of Kazakh units and Chinese provinces/companies: only the N heaviest links (a control),
   labels that would overlap are hidden (the tooltip and the matrix still name every node), the
   legend above the drawing area; the table view is a region-by-partner matrix. */
(function () {
  "use strict";
  var K = window.kzcn;
  var SIDES = { kz: { label: "Kazakh unit", color: "#2b6cb0" }, cn_province: { label: "Chinese province", color: "#c53030" },
                cn_company: { label: "Chinese company or other partner", color: "#975a16" } };

  /* The n heaviest links (ties by name, so the cut is stable) and the nodes they touch. */
  K.topLinks = function (data, n) {
    var links = data.links.slice().sort(function (a, b) { return b.value - a.value || (a.source + a.target < b.source + b.target ? -1 : 1); });
    links = n ? links.slice(0, n) : links;
    var keep = {}; links.forEach(function (l) { keep[l.source] = 1; keep[l.target] = 1; });
    return { links: links, nodes: data.nodes.filter(function (x) { return keep[x.name]; }) };
  };

  function matrix(data) {
    var rows = {}, cols = {};
    data.links.forEach(function (l) { rows[l.source] = rows[l.source] || {}; rows[l.source][l.target] = l.value; cols[l.target] = (cols[l.target] || 0) + l.value; });
    var partners = Object.keys(cols).sort(function (a, b) { return cols[b] - cols[a] || (a < b ? -1 : 1); });
    var regions = Object.keys(rows).sort();
    K.tableView("chart-network", "Events and projects linking each Kazakh unit (rows) to each Chinese partner (columns)", ["Kazakh unit"].concat(partners),
      regions.map(function (r) { return [r].concat(partners.map(function (p) { return rows[r][p] || ""; })); }));
  }

  K.network = function (data) {
    var c = K.chart("chart-network"); if (!c) { return; }
    var select = document.getElementById("network-top");
    var n = select ? parseInt(select.value, 10) || 0 : 15;
    var shown = K.topLinks(data, n);
    var note = document.getElementById("network-note");
    if (note) { note.textContent = "Showing the " + shown.links.length + " heaviest of " + data.links.length + " links."; }
    var max = Math.max.apply(null, shown.nodes.map(function (x) { return x.value; }).concat([1]));
    K.empty("chart-network", data.links.length ? null : "No links between Kazakh units and Chinese partners under these filters.");
    c.setOption({ tooltip: K.tip({ formatter: function (p) {
        if (p.dataType === "edge") { return K.esc(K.short(p.data.source, 200)) + " – " + K.esc(K.short(p.data.target, 200)) + ": " + K.esc(p.data.value); }
        return K.esc(K.short(p.name, 200)) + ": " + K.esc(p.value); } }),
      legend: [{ data: Object.keys(SIDES).map(function (s) { return SIDES[s].label; }), top: 0, textStyle: { color: "#1a202c" } }],
      series: [{ type: "graph", layout: "force", top: 40, bottom: 10, left: 10, right: 10, roam: true, draggable: true,
        force: { repulsion: 160, edgeLength: [40, 110], gravity: 0.12 },
        categories: Object.keys(SIDES).map(function (s) { return { name: SIDES[s].label, itemStyle: { color: SIDES[s].color } }; }),
        labelLayout: { hideOverlap: true }, emphasis: { focus: "adjacency", label: { show: true } },
        label: { show: true, fontSize: 10, color: "#1a202c", position: "right", formatter: function (p) { return K.short(p.name.replace(/ Region$/, ""), 24); } },
        lineStyle: { opacity: 0.55, width: 1.5, color: "#718096" },
        data: shown.nodes.map(function (x) { return { name: x.name, value: x.value, category: SIDES[x.side] ? SIDES[x.side].label : SIDES.cn_company.label,
                                                      side: x.side, symbolSize: 8 + 24 * x.value / max }; }),
        links: shown.links.map(function (l) { return { source: l.source, target: l.target, value: l.value, lineStyle: { width: 1 + 3 * l.value / max } }; }) }] });
    c.on("click", function (p) { if (p.dataType === "node") { K.navigate(p.data.side === "kz" ? "region" : "cn", p.name); } });
    if (select) { select.onchange = function () { K.network(data); }; }
    matrix(data);
  };
})();
