"""The dashboard an analyst can quote from (issue 16, front-end), in Debian's chromium on the UI
sample store (tests/web/ui_sample.py): every page opened fails the test on a failed request, a
console error or a JavaScript error (tests/web/ui_support.py)."""

from __future__ import annotations

import json
from urllib.request import urlopen

import pytest

from tests.web.ui_support import desk, phone, ready, ui_server  # noqa: F401 - fixtures

pytestmark = pytest.mark.browser

SERIES = "id => window.kzcn.charts[id].getOption().series"


def _api(base, path):
    with urlopen(base + path) as r:
        return json.load(r)


def _trade_series(page):
    return page.evaluate("() => window.kzcn.charts['chart-trade'].getOption().series.map(s => [s.name, s.itemStyle.color])")


# 1. trade chart: like with like, national apart, fixed colours, empty state
def test_trade_chart_one_period_kind_regions_only_national_apart(desk, ui_server):
    page = desk.page
    page.goto(ui_server + "/")
    ready(page)
    series = _trade_series(page)
    assert [name for name, _ in series] == ["Aktobe Region"]  # annual: the region; the nation is not drawn
    aktobe = page.evaluate("() => window.kzcn.regionColor('Aktobe Region')")
    assert series[0][1] == aktobe and aktobe != page.evaluate("() => window.kzcn.NATIONAL_COLOR")
    assert "Kazakhstan · 2025: 43 bn USD" in page.locator("#trade-national").inner_text()
    assert page.locator("#trade-national").is_visible()
    page.select_option("#trade-period", "ytd")  # year to date is another quantity: its own view
    page.wait_for_function("() => window.kzcn.charts['chart-trade'].getOption().series.map(s => s.name).join() === 'Pavlodar Region'")
    assert page.evaluate("() => window.kzcn.charts['chart-trade'].getOption().xAxis[0].data") == ["2025-01/2025-06"]
    assert "Pavlodar Region" in page.locator("#chart-trade-table").text_content()


def test_trade_and_timeline_colours_fixed_across_filters(desk, ui_server):
    page = desk.page
    colours = {}
    for query in ("/", "/?lang=kk", "/?region=Aktobe+Region"):
        page.goto(ui_server + query)
        ready(page)
        for s in page.evaluate(f"() => ({SERIES})('chart-timeline').map(s => [s.name, s.itemStyle.color])"):
            colours.setdefault(s[0], set()).add(s[1])
        for name, colour in _trade_series(page):
            colours.setdefault(name, set()).add(colour)
    assert all(len(c) == 1 for c in colours.values()), colours
    assert colours["meeting"] != colours["agreement"]


def test_trade_chart_empty_state_says_so(desk, ui_server):
    page = desk.page
    page.goto(ui_server + "/?region=Jetisu+Region")
    ready(page)
    note = page.locator("#chart-trade-empty")
    assert note.is_visible() and "No annual figures" in note.inner_text()


# 2. search is a removable filter; entity hits link onwards
def test_search_shows_as_removable_chip_and_links_entities(desk, ui_server):
    page = desk.page
    page.goto(ui_server + "/?q=Henan&lang=kk")
    ready(page)
    chip = page.locator("a.search-chip")
    assert "Henan" in chip.inner_text()
    assert "q=Henan" in page.locator("a.facet[data-facet='type']").first.get_attribute("href")  # facets keep the search
    page.wait_for_selector("#search-results a.entity-hit")
    entity = page.locator("a.entity-hit", has_text="Henan").first.get_attribute("href")
    assert entity.startswith("/entity/cn_place/")
    chip.click()
    page.wait_for_url("**/?lang=kk")
    assert page.locator("#search-results").count() == 0 and page.locator("a.search-chip").count() == 0
    page.goto(ui_server + entity)  # the entity's page opens cleanly, with one h1 naming it
    assert page.locator("h1").count() == 1 and "Henan" in page.locator("h1").inner_text()


# 3. tables: sortable, paginated, "showing x of y", column filters, CSV
def test_tables_sort_filter_page_and_csv(desk, ui_server):
    page = desk.page
    page.goto(ui_server + "/")
    ready(page)
    pager = page.locator("#events-table-pager .showing")
    assert pager.inner_text() == "Showing 1–5 of 5"
    page.get_by_role("button", name="sort events by region").click()
    page.wait_for_function("() => document.querySelector('#events-table th[aria-sort=ascending]')")
    regions = page.locator("#events-table tbody tr").evaluate_all("rows => rows.map(r => r.dataset.region)")
    assert regions == sorted(regions)
    page.get_by_label("filter events by region").fill("pavlo")
    page.wait_for_function("() => document.querySelector('#events-table-pager .showing').textContent.includes('of 2 (filtered from 5)')")
    assert set(page.locator("#events-table tbody tr").evaluate_all("rows => rows.map(r => r.dataset.region)")) == {"Pavlodar Region"}
    page.get_by_label("filter events by region").fill("")
    page.evaluate("() => { const t = window.kzcn.tables.events; t.size = 2; t.page = 0; return t.load(); }")
    page.wait_for_function("() => document.querySelector('#events-table-pager .showing').textContent === 'Showing 1–2 of 5'")
    page.get_by_role("button", name="next page of events").click()
    page.wait_for_function("() => document.querySelector('#events-table-pager .showing').textContent === 'Showing 3–4 of 5'")
    href = page.locator("#events-panel .exports a", has_text="CSV").get_attribute("href")
    with urlopen(ui_server + href) as r:
        header = r.read().decode().splitlines()[0]
    assert header.startswith("id,date,type,kz_region,cn_parties")


def test_dashboard_totals_equal_merged_records(desk, ui_server):
    page = desk.page
    page.goto(ui_server + "/")
    ready(page)
    for kind in ("events", "projects"):
        assert int(page.locator(f"#{kind}-total").inner_text()) == _api(ui_server, f"/api/records/{kind}?limit=1")["total"]
    tiles = page.evaluate("() => window.kzcn.charts['chart-kz'].getOption().series[0].data.reduce((n, d) => n + d.value, 0)")
    events = _api(ui_server, "/api/records/events?limit=1000")["items"]
    assert tiles == sum(1 for e in events if e["kz_region"])


# 4. timeline: undated counted, empty months, bad dates say why
def test_timeline_counts_undated_and_shows_empty_months(desk, ui_server):
    page = desk.page
    page.goto(ui_server + "/")
    ready(page)
    assert "1 event has no date of its own" in page.locator("#timeline-undated").inner_text()
    months = page.evaluate("() => window.kzcn.charts['chart-timeline'].getOption().xAxis[0].data")
    assert months[0] == "2023-01" and months[-1] == "2025-06" and len(months) == 30  # every month, empty ones too
    assert page.locator("#events-table .undated").inner_text() == "undated"


@pytest.mark.parametrize("date_from, date_to, reason", [
    ("2025-13", "", "has no month 13"),
    ("2025/03", "", "YYYY, YYYY-MM or YYYY-MM-DD"),
    ("2025-02-30", "", "does not exist"),
    ("2025-06", "2024", "is after"),
])
def test_bad_date_filter_says_why(desk, ui_server, date_from, date_to, reason):
    page = desk.page
    page.goto(ui_server + "/")
    ready(page)
    page.fill("input[name=date_from]", date_from)
    page.fill("input[name=date_to]", date_to)
    page.click("form.dates button")
    error = page.locator("#date-error")
    error.wait_for(state="visible")
    assert reason in error.inner_text() and "{" not in error.inner_text()
    assert page.url == ui_server + "/"  # nothing was sent
    assert page.locator("input[name=date_from][aria-invalid=true], input[name=date_to][aria-invalid=true]").count() == 1 \
        or reason == "is after"


def test_good_date_filter_applies(desk, ui_server):
    page = desk.page
    page.goto(ui_server + "/")
    ready(page)
    page.fill("input[name=date_from]", "2025-01")
    page.click("form.dates button")
    page.wait_for_url("**/?date_from=2025-01")
    assert page.locator("#date-error").is_hidden()


# 5. money
def test_money_in_currency_with_usd_and_rate_source(desk, ui_server):
    page = desk.page
    page.goto(ui_server + "/")
    ready(page)
    values = page.locator("#projects-table span.money").all_inner_texts()
    assert "200 m USD" in values
    kzt = [v for v in values if "KZT" in v][0]
    assert kzt.startswith("40 bn KZT (") and "m USD at" in kzt
    title = page.locator("#projects-table span.money", has_text="KZT").get_attribute("title")
    assert "KZT/USD" in title and "fx_rates.tsv" in title
    legend = page.locator(".money-legend").inner_text()
    assert "85 m USD" in legend and "National Bank of Kazakhstan" in legend
    page.select_option("#pipeline-measure", "value_usd")  # bars and labels measure the same thing
    page.wait_for_function("() => window.kzcn.charts['chart-pipeline'].getOption().series[0].data[2] === 200000000")


# 6. network
def test_network_top_n_control_legend_clear_and_matrix(desk, ui_server):
    page = desk.page
    page.goto(ui_server + "/")
    ready(page)
    total = len(_api(ui_server, "/api/stats/network")["links"])
    assert page.locator("#network-note").inner_text() == f"Showing the {total} heaviest of {total} links."
    page.evaluate("() => { const s = document.getElementById('network-top'); s.add(new Option('2', '2')); s.value = '2'; s.dispatchEvent(new Event('change')); }")
    page.wait_for_function("() => window.kzcn.charts['chart-network'].getOption().series[0].links.length === 2")
    option = page.evaluate("() => { const o = window.kzcn.charts['chart-network'].getOption(); return {legendTop: o.legend[0].top, top: o.series[0].top, hide: o.series[0].labelLayout.hideOverlap}; }")
    assert option == {"legendTop": 0, "top": 40, "hide": True}
    matrix = page.locator("#chart-network-table table")
    assert matrix.locator("th").first.text_content() == "Kazakh unit"
    assert "Henan" in matrix.locator("thead").text_content() and "Aktobe Region" in matrix.locator("tbody").text_content()
