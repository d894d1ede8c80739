"""Layout and accessibility of the dashboard (issue 16): phone (390x844) and desktop (1400x900),
one h1, a skip link, a table view for every chart, keyboard routes to every filter, text contrast
>= 4.5:1, /docs offline; screenshots to docs/screenshots with KZCN_SCREENSHOTS=1."""

from __future__ import annotations

import pytest

from tests.web.conftest import SCREENSHOTS
from tests.web.ui_support import desk, phone, ready, ui_server  # noqa: F401 - fixtures

pytestmark = pytest.mark.browser
CHARTS = ("chart-kz", "chart-cn", "chart-timeline", "chart-pipeline", "chart-network", "chart-trade")

#: Page wider than the window, and tile labels wider than their tile (measured with the chart's font).
LAYOUT = """() => {
  const c = window.kzcn.charts['chart-kz'], tile = window.kzcn.kzTilePx, ctx = document.createElement('canvas').getContext('2d');
  const wide = c.getOption().series[0].data.map(d => { const l = window.kzcn.kzLabel(d.name, tile);
    ctx.font = l.fontSize + 'px sans-serif'; return [d.name, l.text, ctx.measureText(l.text).width]; }).filter(x => x[2] > tile - 2);
  return {scroll: document.documentElement.scrollWidth, width: document.documentElement.clientWidth, wide: wide, tile: tile};
}"""
#: Text whose colour is below 4.5:1 against the first opaque background behind it.
CONTRAST = """() => {
  const rgb = s => (s.match(/[\\d.]+/g) || []).map(Number);
  const lum = c => { const [r, g, b] = c.slice(0, 3).map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; }); return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
  const bad = [];
  for (const el of document.querySelectorAll('body *')) {
    if (!Array.from(el.childNodes).some(n => n.nodeType === 3 && n.textContent.trim())) continue;
    const s = getComputedStyle(el);
    if (s.visibility === 'hidden' || s.display === 'none' || !el.getClientRects().length) continue;
    let bg = null;
    for (let a = el; a; a = a.parentElement) { const c = rgb(getComputedStyle(a).backgroundColor); if (c.length === 3 || c[3] > 0.9) { bg = c; break; } }
    bg = bg || [255, 255, 255];
    const fg = rgb(s.color), op = parseFloat(s.opacity);
    const [l1, l2] = [lum(fg), lum(bg)].sort((a, b) => b - a), ratio = (l1 + 0.05) / (l2 + 0.05);
    if (ratio < 4.5 && op > 0.9) bad.push(el.tagName + '.' + el.className + ' ' + s.color + ' on ' + bg + ' = ' + ratio.toFixed(2));
  }
  return bad;
}"""


def _shot(page, name):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / name), full_page=False)


# 7. phone and desktop layout
def test_phone_layout_search_facets_tables_and_tile_labels(phone, ui_server):
    page = phone.page
    page.goto(ui_server + "/")
    ready(page)
    search = page.locator("header input[type=search]")
    assert search.is_visible() and search.bounding_box()["width"] > 300
    assert page.locator("#facets").is_hidden()
    toggle = page.locator("#facets-toggle")
    assert toggle.is_visible() and toggle.get_attribute("aria-expanded") == "false"
    _shot(page, "phone_dashboard.png")
    toggle.click()
    assert page.locator("#facets").is_visible() and toggle.get_attribute("aria-expanded") == "true"
    layout = page.evaluate(LAYOUT)
    assert layout["scroll"] <= layout["width"] and not layout["wide"], layout
    box = page.locator("#projects-panel").bounding_box()
    scroller = page.locator("#projects-table").evaluate("t => { const s = t.closest('.scroll'); return [getComputedStyle(s).overflowX, s.scrollWidth, s.clientWidth]; }")
    assert scroller[0] == "auto" and box["x"] + box["width"] <= 390
    page.locator("#facets a.facet[data-facet='region']").first.click()
    page.wait_for_url("**/?region=*")
    ready(page)
    _shot(page, "phone_dashboard_region_filter.png")


def test_desktop_layout_no_overflow_and_tile_labels(desk, ui_server):
    page = desk.page
    page.goto(ui_server + "/")
    ready(page)
    assert page.locator("#facets").is_visible() and page.locator("#facets-toggle").is_hidden()
    layout = page.evaluate(LAYOUT)
    assert layout["scroll"] <= layout["width"] and not layout["wide"], layout
    _shot(page, "dashboard_desktop.png")
    page.goto(ui_server + "/?region=Pavlodar+Region")
    ready(page)
    _shot(page, "dashboard_desktop_region_filter.png")


# 8. accessibility
def test_one_h1_skip_link_and_table_view_for_every_chart(desk, ui_server):
    page = desk.page
    page.goto(ui_server + "/")
    ready(page)
    assert page.locator("h1").count() == 1
    page.keyboard.press("Tab")
    focused = page.evaluate("() => [document.activeElement.className, document.activeElement.getAttribute('href')]")
    assert focused == ["skip-link", "#main"]
    assert page.locator(".skip-link").is_visible()
    for chart in CHARTS:
        view = page.locator(f"#{chart}-table")
        assert view.count() == 1, chart
        view.locator("summary").click()
        assert view.locator("table caption").is_visible(), chart
    link = page.locator("a.article-link").first.get_attribute("href")
    page.goto(ui_server + link)
    assert page.locator("h1").count() == 1


def test_keyboard_reaches_every_filter(desk, ui_server):
    page = desk.page
    page.goto(ui_server + "/?q=Henan")
    ready(page)
    wanted = page.evaluate("""() => Array.from(document.querySelectorAll(
        '#q, a.chip, a.facet, form.dates input:not([type=hidden]), form.dates button, #kz-measure, #pipeline-measure, #network-top, '
        + '#trade-metric, #trade-period, tr.col-filters input, button.sort')).map(e => e.id || e.getAttribute('aria-label') || e.getAttribute('href') || e.name)""")
    reached = set()
    for _ in range(len(wanted) + 40):
        page.keyboard.press("Tab")
        reached.add(page.evaluate("() => { const e = document.activeElement; return e.id || e.getAttribute('aria-label') || e.getAttribute('href') || e.name; }"))
    missing = [w for w in wanted if w not in reached]
    assert not missing, missing


@pytest.mark.parametrize("path", ["/", "/?q=Henan&region=Aktobe+Region", "/?region=Jetisu+Region"])
def test_text_contrast_at_least_4_5(desk, ui_server, path):
    page = desk.page
    page.goto(ui_server + path)
    ready(page)
    page.locator("#chart-kz-table summary").click()
    assert page.evaluate(CONTRAST) == []


def test_article_highlight_kinds_told_apart_and_in_legend(desk, ui_server):
    page = desk.page
    page.goto(ui_server + "/?lang=en")
    ready(page)
    page.locator("a.article-link", has_text="Jetisu forum").click()
    page.wait_for_selector("#article-text")
    styles = page.evaluate("""() => Array.from(document.querySelectorAll('.legend span')).map(s => {
        const c = getComputedStyle(s); return [s.className, c.backgroundColor + c.textDecorationLine + c.borderBottomStyle + c.boxShadow + c.fontStyle]; })""")
    looks = [look for _, look in styles]
    assert len(set(looks)) == len(looks), styles  # every highlight kind looks different
    kinds = set(page.evaluate("() => Array.from(document.querySelectorAll('#article-text .m')).flatMap(s => Array.from(s.classList)).filter(c => c !== 'm')"))
    legend = {c for cls, _ in styles for c in cls.split() if c != "m"}
    assert kinds <= legend, kinds - legend
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "article_desktop.png"), full_page=False)


# 9. /docs offline
def test_docs_served_from_the_package(desk, ui_server):
    page = desk.page
    page.goto(ui_server + "/docs")
    page.wait_for_selector(".opblock", timeout=20_000)
    assert page.locator(".opblock").count() > 5
    scripts = page.evaluate("() => Array.from(document.scripts).map(s => new URL(s.src).pathname)")
    assert all(s.startswith("/static/") for s in scripts), scripts
    page.goto(ui_server + "/")
    icon = page.evaluate("() => document.querySelector('link[rel=icon]').href")
    assert page.request.get(icon).status == 200
