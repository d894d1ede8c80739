"""Dashboard follow-ups in Debian's chromium, every page strict (tests/web/ui_support.py: any failed
request, console error or JavaScript error fails the test): the sources page and the subscribe
link (issue 15), /docs' favicon, a bad date typed into the URL, and the article legend (issue 16).
Store: tests/web/monitor_sample.py."""

from __future__ import annotations

import json
import threading
import time
from urllib.parse import parse_qs, urlsplit
from urllib.request import urlopen

import pytest

from tests.web.conftest import SCREENSHOTS, _free_port
from tests.web.monitor_sample import FEED_URL, PAGE_URL
from tests.web.ui_support import DESKTOP, PHONE, watched_page

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """Base URL of a kzcn server over the monitor sample store."""
    import uvicorn

    from kzcn.api.app import create_app
    from kzcn.settings import Settings
    from tests.web.monitor_sample import monitor_store

    store = monitor_store(f"sqlite:///{tmp_path_factory.mktemp('monitor-ui') / 'kzcn.sqlite'}")
    app = create_app(Settings(database_url=store.url, api_cache_seconds=0), store=store)
    running = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=_free_port(), log_level="warning"))
    thread = threading.Thread(target=running.run, daemon=True)
    thread.start()
    deadline = time.time() + 15
    while not running.started and time.time() < deadline:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{running.config.port}"
    running.should_exit = True
    thread.join(timeout=5)


@pytest.fixture
def desk(browser, server):
    yield from watched_page(browser, DESKTOP)


@pytest.fixture
def phone(browser, server):
    yield from watched_page(browser, PHONE)


def _api(base, path):
    with urlopen(base + path) as r:
        return json.load(r)


def _dashboard_drawn(page):
    page.wait_for_function("() => window.kzcn && window.kzcn.charts && window.kzcn.charts['chart-timeline'] && "
                           "document.getElementById('events-table').dataset.ready")


# 1. issue 15: the sources page, linked from the header
def test_sources_page_lists_each_source_with_its_health(desk, server):
    page = desk.page
    page.goto(server + "/")
    page.locator("header a#sources-link").click()
    page.wait_for_selector("#sources-table")
    assert urlsplit(page.url).path == "/sources" and page.locator("h1").count() == 1
    api = {s["url"]: s for s in _api(server, "/api/sources")["sources"]}
    rows = page.locator("#sources-table tbody tr")
    assert rows.count() == len(api) == 2
    feed = page.locator("#sources-table tr", has_text="Example Region News")
    cells = feed.locator("td").all_inner_texts()
    assert cells[1:5] == ["feed", "Kostanay Region", "Russian", "verified"]
    assert cells[5] == "2025-09-01 06:15 UTC" == api[FEED_URL]["last_success_at"][:16].replace("T", " ") + " UTC"
    assert "2025-09-02 08:30 UTC (HTTP 503): HTTP 503 <script>alert(1)</script>" == cells[6]  # shown as text
    assert cells[7:10] == ["12", "3", "7"]
    assert feed.locator("a").get_attribute("href") == FEED_URL
    never = page.locator("#sources-table tr", has_text="Example akimat").locator("td").all_inner_texts()
    assert never[1:10] == ["page", "Aktobe Region", "Kazakh", "unverified", "never", "—", "0", "0", "0"]
    assert api[PAGE_URL]["status"] == "unverified"
    assert page.evaluate("() => document.querySelectorAll('#sources-table script').length") == 0
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "sources_desktop.png"), full_page=False)


def test_sources_page_fits_a_phone(phone, server):
    page = phone.page
    page.goto(server + "/sources")
    page.wait_for_selector("#sources-table")
    assert page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth")  # the table scrolls in its box
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "sources_phone.png"), full_page=False)


# 1. issue 15: "Subscribe" follows the filter
def _feed_params(page):
    href = page.locator("a#subscribe").get_attribute("href")
    parts = urlsplit(href)
    assert parts.path == "/feeds/facts.atom", href
    return {k: v[0] for k, v in parse_qs(parts.query).items()}


def test_subscribe_link_carries_the_current_filter(desk, server):
    page = desk.page
    page.goto(server + "/")
    _dashboard_drawn(page)
    assert _feed_params(page) == {}
    page.locator("a.facet[data-facet=region][data-value='Kostanay Region']").click()
    page.wait_for_function("() => document.querySelector('a#subscribe').href.includes('region=')")
    assert _feed_params(page) == {"region": "Kostanay Region"}
    page.locator("a.facet[data-facet=type][data-value=meeting]").click()
    page.wait_for_function("() => document.querySelector('a#subscribe').href.includes('type=')")
    assert _feed_params(page) == {"region": "Kostanay Region", "type": "meeting"}
    page.goto(server + "/?cn=Henan&date_from=2023-01&lang=kk")
    _dashboard_drawn(page)
    params = _feed_params(page)
    assert params == {"cn": "Henan", "date_from": "2023-01", "lang": "kk"}
    feed = page.request.get(server + page.locator("a#subscribe").get_attribute("href"))
    assert feed.status == 200 and "atom" in feed.headers["content-type"]
    assert "<entry>" in feed.text() and "Henan" in feed.text()


# 2. /docs has a favicon (no request for /favicon.ico, which would be a 404)
def test_docs_page_has_the_favicon(desk, server):
    page = desk.page
    asked = []
    page.on("request", lambda r: asked.append(urlsplit(r.url).path))
    page.goto(server + "/docs")
    page.wait_for_selector(".opblock", timeout=20_000)
    icon = page.evaluate("() => document.querySelector('link[rel=icon]').getAttribute('href')")
    assert icon == "/static/favicon.svg" and page.request.get(server + icon).status == 200
    assert "/favicon.ico" not in asked


# 3. a bad date typed into the URL: the dashboard, with the reason, not raw JSON
@pytest.mark.parametrize("query, reason, kept", [
    ("date_from=2025-13", "expected an existing date YYYY[-MM[-DD]], got '2025-13'", {}),
    ("date_from=2025-05-01&date_to=2025-01-01", "date_from 2025-05-01 is after date_to 2025-01-01", {}),
    ("date_from=May&region=Aktobe+Region", "got “May”", {"region": "Aktobe Region"}),
    ("date_from=2025-02-30&date_to=2025-12", "got '2025-02-30'", {"date_to": "2025-12"}),
])
def test_bad_date_in_url_shows_dashboard_with_reason(desk, server, query, reason, kept):
    page = desk.page
    response = page.goto(server + "/?" + query)
    assert response.status == 200 and "text/html" in response.headers["content-type"]
    _dashboard_drawn(page)  # every panel drew: the API calls carry only the filters that apply
    banner = page.locator("#page-error")
    assert banner.is_visible() and reason in banner.inner_text(), banner.inner_text()
    assert page.locator("h1").count() == 1 and not page.locator("pre").count()
    assert page.locator("[aria-invalid=true]").count() >= 1
    typed = dict(p.split("=", 1) for p in query.split("&"))
    assert page.locator("input[name=date_from]").input_value() == typed["date_from"]  # left to correct
    assert _feed_params(page) == kept  # the subscribe link only carries filters that apply


# 4. money: each USD value says which kind of rate it used
@pytest.mark.parametrize("when, label", [
    ("2024-05-01", "at 469 KZT/USD, 2024 annual average"),
    ("2023-07-15", "at 452.51 KZT/USD, NBK official day rate, 2023-07"),
    ("2025-01-20", "KZT/USD, mean of 4 NBK official rates (day and month-end), 2025-01"),
    ("2024-03-02", "at 446.77 KZT/USD, NBK month-end rate, 2024-03"),
    ("2019-06-01", "at 382.7 KZT/USD, 2019 annual average"),
])
def test_money_rate_labelled_by_what_it_is(when, label):
    from kzcn.api.shapes.money import money

    shown = money(9.4e9, "KZT", when)
    assert label in shown["text"] and shown["rate"]["label"] in shown["text"]
    assert "average" not in shown["text"] or shown["rate"]["source_key"] != "nbk_days"


def test_money_day_rate_count_is_the_tables_days_column():
    from kzcn.api.shapes.money import rate_for

    rate = rate_for("KZT", "2025-01-10")
    assert rate["source_key"] == "nbk_days" and rate["label"].startswith("mean of 4 ")
    cny = rate_for("CNY", "2024-04-10")
    assert cny["label"] == "NBK official day rate, 2024-04"  # CNY has one day in April 2024


def test_money_fx_route_describes_both_kinds_of_rate(desk, server):
    kind = _api(server, "/api/stats/fx")["kind"]
    assert "NBK official day rates" in kind and "annual averages" in kind
    page = desk.page
    page.goto(server + "/")
    _dashboard_drawn(page)
    legend = page.locator(".money-legend").inner_text()
    assert "NBK official day rates" in legend and "2024 annual average" in legend
    cell = page.locator("#projects-table span.money", has_text="KZT")
    assert "annual average" in cell.inner_text() or "NBK" in cell.inner_text()


# 5. article legend: every highlight kind, each with its own look
KINDS = ["kz_region", "kz_place", "cn_place", "country", "org", "person", "role", "money", "percent",
         "quantity", "number", "date", "period", "relative"]
LOOK = """el => { const c = getComputedStyle(el); return [c.backgroundColor, c.textDecorationLine, c.textDecorationStyle,
    c.borderBottomStyle, c.boxShadow, c.fontStyle, c.fontWeight].join('|'); }"""


def _without_border(look):
    parts = look.split("|")
    return parts[:3] + parts[4:]


def test_article_legend_has_every_highlight_kind_each_distinct(desk, server):
    page = desk.page
    page.goto(server + "/?region=Kostanay+Region")
    _dashboard_drawn(page)
    page.locator("a.article-link", has_text="Every highlight").click()
    page.wait_for_selector("#article-text")
    on_page = set(page.evaluate("() => Array.from(document.querySelectorAll('#article-text .m'))"
                                ".flatMap(s => Array.from(s.classList)).filter(c => c !== 'm' && c !== 'ev')"))
    assert on_page == set(KINDS)  # the document has them all
    legend = page.evaluate(f"() => Array.from(document.querySelectorAll('.legend [data-kind]')).map(s => [s.dataset.kind, ({LOOK})(s)])")
    kinds = [k for k, _ in legend]
    assert kinds == KINDS + ["ev"]
    looks = [look for _, look in legend]
    assert len(set(looks)) == len(looks), legend
    # the legend's sample looks like the text it explains (fact evidence adds only its dotted border)
    for kind, look in legend[:-1]:
        in_text = page.evaluate(f"() => ({LOOK})(document.querySelector('#article-text .m.{kind}'))")
        assert _without_border(in_text) == _without_border(look), (kind, in_text, look)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "article_legend.png"), full_page=False)
