/* The dashboard's tables (events, projects, articles): every row under the filters is loaded from
   the API, then sorted (column buttons), filtered per column (text boxes), paged, with "showing x
   of y". Cells are text; links are built with DOM APIs. The server-rendered rows stay for no-JS. */
(function () {
  "use strict";
  var K = window.kzcn;
  var PAGE = 20;
  /* Rows loaded per table; past it the status says so and points to the CSV (which has them all). */
  var LOAD = 2000;

  function link(href, text, className) { return K.el("a", { href: href, text: text, className: className || "" }); }
  /* The reports behind a merged record: a link to each article (three at most, then a count). */
  function sources(r) {
    var pages = r.reports ? r.reports.map(function (x) { return x.page || K.articleHref(x.doc_id); }) : (r.doc_id ? [K.articleHref(r.doc_id)] : []);
    pages = Array.from(new Set(pages));
    var span = K.el("span", { className: "sources" });
    pages.slice(0, 3).forEach(function (p, i) { span.appendChild(link(p, pages.length > 1 ? "report " + (i + 1) : "article")); span.appendChild(document.createTextNode(" ")); });
    if (pages.length > 3) { span.appendChild(document.createTextNode("+" + (pages.length - 3) + " more")); }
    if (r.n_reposts) { span.appendChild(K.el("small", { className: "muted", text: " (" + r.n_reposts + " repost" + (r.n_reposts > 1 ? "s" : "") + " not counted)" })); }
    return span;
  }
  /* A project's value as the API writes it: "1.5 bn KZT (3.2 m USD at 470 KZT/USD, 2023 annual
     average)" or "(… at 549 KZT/USD, mean of 3 NBK official day rates, 2025-09)"; the hover names
     the rate's source. */
  K.moneyText = function (r) {
    if (typeof r.value === "string") { return r.value; }
    if (r.amount === null || r.amount === undefined) { return ""; }
    var text = K.amount(r.amount, r.currency);
    if (r.currency && r.currency !== "USD" && r.value_usd) { text += " (" + K.amount(r.value_usd, "USD") + ")"; }
    return text;
  };
  K.moneySource = function (r) {
    if (r.usd_rate) { return "in USD at " + r.usd_rate + "; rates: kzcn/extract/rules/fx_rates.tsv (monthly means of NBK official day rates where there are any, else published annual averages; each row cites its source)"; }
    return r.currency === "USD" ? "reported in USD" : "";
  };

  /* Column: key (the API's column: sorted and filtered by the server), label, text(row), and
     cell(row) when the cell is more than text. Documents are sorted and filtered here. */
  var COLUMNS = {
    events: [
      { key: "date", label: "date", text: function (r) { return r.date || "undated"; },
        cell: function (r) { return r.date && r.date !== "undated" ? r.date : K.el("span", { className: "undated", title: "the article gives no date for it; first reported " + (r.first_reported || "?"), text: "undated" }); } },
      { key: "type", label: "type", text: function (r) { return r.type || ""; } },
      { key: "kz_region", label: "region", text: function (r) { return r.kz_region || ""; } },
      { key: "cn_parties", label: "Chinese side", text: function (r) { return Array.isArray(r.cn_parties) ? r.cn_parties.join("; ") : r.cn_parties || ""; } },
      { key: "summary", label: "summary", text: function (r) { return r.summary || ""; } },
      { key: "n_reports", label: "reports", text: function (r) { return String(r.n_reports || 1); }, cell: sources }],
    projects: [
      { key: "what", label: "what", text: function (r) { return r.what || ""; } },
      { key: "kz_region", label: "region", text: function (r) { return r.kz_region || ""; } },
      { key: "partner", label: "partner", text: function (r) { return r.partner || ""; } },
      { key: "value_usd", filterKey: "value", label: "value", text: K.moneyText,
        cell: function (r) { var t = K.moneyText(r); return t ? K.el("span", { className: "money", title: K.moneySource(r), text: t }) : ""; } },
      { key: "stage", label: "stage", text: function (r) { return (r.stage || "").replace("_", " "); } },
      { key: "last_reported", label: "last reported", text: function (r) { return r.last_reported || ""; } },
      { key: "n_reports", label: "reports", text: function (r) { return String(r.n_reports || 1); }, cell: sources }],
    documents: [
      { key: "published", label: "published", text: function (r) { return r.published || ""; } },
      { key: "lang", label: "lang", text: function (r) { return r.lang || ""; } },
      { key: "title", label: "title", text: function (r) { return r.title || r.id; }, cell: function (r) { return link(K.articleHref(r.id), r.title || r.id, "article-link"); } },
      { key: "source", label: "source", text: function (r) { return r.url || r.source || ""; }, cell: function (r) { return K.el("span", { className: "src", title: r.url || r.source || "", text: r.url || r.source || "" }); } }]
  };
  var REMOTE = { events: "/api/records/events", projects: "/api/records/projects" };

  function Table(kind, table) {
    this.kind = kind; this.table = table; this.columns = COLUMNS[kind]; this.remote = REMOTE[kind];
    this.all = []; this.rows = []; this.total = 0; this.matching = 0; this.sortBy = null; this.desc = false; this.page = 0;
    this.filters = this.columns.map(function () { return ""; }); this.timer = null; this.seq = 0; this.size = PAGE;
  }
  Table.prototype.header = function () {
    var self = this, head = K.el("thead"), labels = K.el("tr"), filters = K.el("tr", { className: "col-filters" });
    this.columns.forEach(function (col, i) {
      var th = K.el("th", { scope: "col", "aria-sort": self.sortBy === i ? (self.desc ? "descending" : "ascending") : "none" });
      th.appendChild(K.el("button", { type: "button", className: "sort", text: col.label + (self.sortBy === i ? (self.desc ? " ▼" : " ▲") : ""),
        "aria-label": "sort " + self.kind + " by " + col.label,
        onclick: function () { self.desc = self.sortBy === i ? !self.desc : false; self.sortBy = i; self.page = 0; self.load(true); } }));
      labels.appendChild(th);
      filters.appendChild(K.el("td", {}, [K.el("input", { type: "search", value: self.filters[i], placeholder: "filter", "aria-label": "filter " + self.kind + " by " + col.label,
        oninput: function (e) { self.filters[i] = e.target.value; self.page = 0; clearTimeout(self.timer); self.timer = setTimeout(function () { self.load(false); }, self.remote ? 250 : 0); } })]));
    });
    head.appendChild(labels); head.appendChild(filters);
    return head;
  };
  /* Local tables (articles): filter, sort and page the rows loaded once. */
  Table.prototype.localPage = function () {
    var self = this, needles = this.filters.map(function (f) { return f.trim().toLowerCase(); });
    var rows = this.all.filter(function (r) {
      return needles.every(function (n, i) { return !n || self.columns[i].text(r).toLowerCase().indexOf(n) >= 0; });
    });
    if (this.sortBy !== null) {
      var key = this.columns[this.sortBy].text, sign = this.desc ? -1 : 1;
      rows = rows.map(function (r, i) { return [key(r).toLowerCase(), i, r]; }).sort(function (a, b) {
        return a[0] === b[0] ? a[1] - b[1] : (a[0] < b[0] ? -1 : 1) * sign;
      }).map(function (x) { return x[2]; });
    }
    return Promise.resolve({ items: rows.slice(this.page * this.size, (this.page + 1) * this.size), total: rows.length });
  };
  /* Remote tables (merged records): the API sorts, filters per column and pages. */
  Table.prototype.remotePage = function () {
    var self = this, params = new URLSearchParams();
    params.set("limit", this.size); params.set("offset", this.page * this.size);
    if (this.sortBy !== null) { params.set("sort", (this.desc ? "-" : "") + this.columns[this.sortBy].key); }
    this.filters.forEach(function (f, i) { if (f.trim()) { params.set("col." + (self.columns[i].filterKey || self.columns[i].key), f.trim()); } });
    return K.get(this.remote, params.toString());
  };
  Table.prototype.load = function (rebuildHead) {
    var self = this, seq = ++this.seq;
    return (this.remote ? this.remotePage() : this.localPage()).then(function (body) {
      if (seq !== self.seq) { return; }  // a later request (typing on) supersedes this one
      self.rows = body.items || []; self.matching = body.total || 0;
      self.render(rebuildHead);
      self.table.setAttribute("data-ready", "1");
    }).catch(function (err) { self.pager("Could not load: " + err.message, 1); });
  };
  Table.prototype.render = function (rebuildHead) {
    var self = this, pages = Math.max(1, Math.ceil(this.matching / this.size)), first = this.page * this.size;
    if (rebuildHead || !this.table.querySelector("tr.col-filters")) {
      var focused = document.activeElement && this.table.contains(document.activeElement) ? document.activeElement.getAttribute("aria-label") : null;
      this.table.replaceChild(this.header(), this.table.querySelector("thead"));
      if (focused) { var again = this.table.querySelector("[aria-label='" + focused.replace(/'/g, "") + "']"); if (again) { again.focus(); } }
    }
    var body = K.el("tbody");
    this.rows.forEach(function (r) {
      var tr = K.el("tr", { "data-region": r.kz_region || "" });
      self.columns.forEach(function (col) { tr.appendChild(K.el("td", {}, [col.cell ? col.cell(r) : col.text(r)])); });
      body.appendChild(tr);
    });
    if (!this.rows.length) { body.appendChild(K.el("tr", {}, [K.el("td", { colSpan: this.columns.length, className: "muted", text: "No " + this.kind + " match." })])); }
    this.table.replaceChild(body, this.table.querySelector("tbody"));
    var filtered = this.filters.some(function (f) { return f.trim(); });
    this.pager("Showing " + (this.rows.length ? (first + 1) + "–" + (first + this.rows.length) : "0") + " of " + this.matching +
      (filtered ? " (filtered from " + this.total + ")" : ""), pages);
  };
  Table.prototype.pager = function (status, pages) {
    var self = this, id = this.table.id + "-pager", nav = document.getElementById(id);
    if (!nav) {
      nav = K.el("div", { id: id, className: "pager" });
      var after = this.table.closest(".scroll") || this.table;
      after.parentNode.insertBefore(nav, after.nextSibling);
    }
    nav.replaceChildren(
      K.el("span", { className: "showing", role: "status", text: status }),
      K.el("button", { type: "button", text: "‹ previous", disabled: this.page === 0, "aria-label": "previous page of " + this.kind,
                       onclick: function () { self.page -= 1; self.load(); } }),
      K.el("span", { text: " page " + (this.page + 1) + " of " + pages + " " }),
      K.el("button", { type: "button", text: "next ›", disabled: this.page >= pages - 1, "aria-label": "next page of " + this.kind,
                       onclick: function () { self.page += 1; self.load(); } }));
  };

  K.tables = {};
  K.initTables = function () {
    Object.keys(COLUMNS).forEach(function (kind) {
      var table = document.getElementById(kind + "-table");
      if (!table) { return; }
      var t = new Table(kind, table);
      K.tables[kind] = t;
      var first = t.remote ? K.get(t.remote, "limit=" + PAGE) : K.get("/api/" + kind, "limit=" + LOAD).then(function (body) { t.all = body.items || []; return t.localPage(); });
      first.then(function (body) {
        t.total = body.total || 0;
        var total = document.getElementById(kind + "-total");
        if (total) { total.textContent = String(t.total); }
        t.rows = body.items || []; t.matching = t.total;
        t.render(true);
        table.setAttribute("data-ready", "1");
      }).catch(function (err) { t.pager("Could not load: " + err.message, 1); });
    });
  };
})();
