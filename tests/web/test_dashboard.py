"""The dashboard in a real browser: panels render, a region click filters everything, the article
view highlights facts, a correction persists after reload, nothing leaves 127.0.0.1."""

from __future__ import annotations

import pytest

from tests.web.conftest import SCREENSHOTS

pytestmark = pytest.mark.browser


def _charts_ready(page):
    page.wait_for_function("() => window.kzcn && window.kzcn.charts['chart-kz'] && "
                           "window.kzcn.charts['chart-kz'].getOption().series[0].data.length === 20")


def test_dashboard_loads_every_panel(page, live_server):
    base, _ = live_server
    page.goto(base + "/")
    _charts_ready(page)
    page.wait_for_function("() => document.querySelectorAll('#trade-table tr').length > 1")
    for panel in ("#chart-kz canvas", "#chart-cn canvas", "#chart-timeline canvas", "#chart-network canvas",
                  "#chart-pipeline canvas", "#events-table", "#projects-table", "#documents-table"):
        assert page.locator(panel).count() >= 1, panel
    assert page.locator("#events-total").inner_text() == "4"
    assert "⚠" in page.locator("#trade-table").inner_text()  # two reports disagree on Aktobe 2025
    assert page.locator("#stale li").first.inner_text().startswith("2023-01-15")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "dashboard.png"), full_page=False)


def test_dashboard_region_click_on_map_filters_all_panels(page, live_server):
    base, _ = live_server
    page.goto(base + "/")
    _charts_ready(page)
    # the tile of Pavlodar Region sits at column 6, row 1 of the schematic map
    x, y = page.evaluate("() => { const c = window.kzcn.charts['chart-kz'];"
                         " return c.convertToPixel({seriesIndex: 0}, [6.47, -1.47]); }")
    box = page.locator("#chart-kz").bounding_box()
    page.mouse.click(box["x"] + x, box["y"] + y)
    page.wait_for_url("**/?region=Pavlodar+Region")
    _charts_ready(page)
    assert page.locator("#events-total").inner_text() == "1"
    assert page.locator("#projects-total").inner_text() == "1"
    assert page.locator("#documents-total").inner_text() == "1"
    assert set(page.locator("#events-table tbody tr").evaluate_all(
        "rows => rows.map(r => r.dataset.region)")) == {"Pavlodar Region"}
    assert "region: Pavlodar Region" in page.locator(".chips").inner_text()
    page.screenshot(path=str(SCREENSHOTS / "dashboard_region_filter.png"), full_page=False)


def test_dashboard_facet_link_filters_and_url_is_permalink(page, live_server):
    base, _ = live_server
    page.goto(base + "/")
    page.locator("a.facet[data-facet='lang'][data-value='kk']").click()
    page.wait_for_url("**/?lang=kk")
    assert page.locator("#events-total").inner_text() == "2"
    page.goto(base + "/?lang=kk")  # the URL alone restores the view
    assert page.locator("#events-total").inner_text() == "2"


def test_article_view_highlights_facts_and_correction_persists(page, live_server):
    base, token = live_server
    page.goto(base + "/?lang=ru")
    page.locator("a.article-link").first.click()
    page.wait_for_selector("#article-text")
    assert page.locator("#article-text .m.kz_region").first.inner_text() == "Павлодарской области"
    assert page.locator("#article-text .ev").count() >= 3
    fact = page.locator(".fact.project").first
    assert "power plant" in fact.locator(".summary").inner_text()
    page.fill("#token", token)
    page.dispatch_event("#token", "change")
    fact.locator("summary").click()
    fact.locator("input[name=stage]").fill("operating")
    fact.locator("button[data-action=correct]").click()
    page.wait_for_selector(".fact.project .badge.review-correct")
    page.reload()
    fact = page.locator(".fact.project").first
    assert "corrected by reviewer" in fact.locator(".badge").inner_text()
    assert fact.locator("dd[data-key=stage] .corrected").inner_text() == "operating"
    page.screenshot(path=str(SCREENSHOTS / "article_review.png"), full_page=True)


def test_article_review_without_token_shows_error(page, live_server):
    base, _ = live_server
    page.goto(base + "/?lang=en")
    page.locator("a.article-link").first.click()
    page.wait_for_selector(".fact.event")
    page.evaluate("() => localStorage.removeItem('kzcn-token')")
    page.locator(".fact.event button[data-action=confirm]").first.click()
    page.wait_for_selector(".status.error")
    assert "token" in page.locator(".status.error").first.inner_text()
