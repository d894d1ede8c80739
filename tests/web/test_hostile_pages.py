"""Hostile articles in a real browser: the folder tests/reliability/data/hostile goes through
`kzcn ingest`, hand-built documents put the same payloads into every fact field, and Chromium
opens every page (dashboard, filtered views, search, each article, the API docs and lists).

Twice: once under the app's Content-Security-Policy (no violation may be reported) and once with
the CSP bypassed, so escaping alone must keep every payload inert. In both, a payload that ran
would set ``window.__kzcn_pwned`` or open a dialog; neither may happen, and no element may stick
out of the window (a 10 kB name must wrap or be cut).
"""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.parse import quote, urlparse

import pytest
from sqlalchemy import select

from tests.reliability.hostile import FLAG, LONG_NAME, PAYLOADS, hostile_documents
from tests.web.conftest import _free_port

pytestmark = pytest.mark.browser
ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "reliability" / "data" / "hostile"

WATCH = """
window.__csp = [];
document.addEventListener('securitypolicyviolation', e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));
"""
#: Elements sticking out of the window that no clipping ancestor hides.
OVERFLOW = """() => {
  const W = document.documentElement.clientWidth, out = [];
  for (const el of document.body.querySelectorAll('*')) {
    const r = el.getBoundingClientRect();
    if (!r.width || r.right <= W + 1) continue;
    let clipped = false;
    for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
      const s = getComputedStyle(a);
      if (s.overflowX !== 'visible' && a.getBoundingClientRect().right <= W + 1) { clipped = true; break; }
    }
    if (!clipped) out.push(el.tagName + '#' + el.id + '.' + el.className + ' right=' + Math.round(r.right));
  }
  return {scroll: document.documentElement.scrollWidth, width: W, out: out.slice(0, 5)};
}"""
#: Markup that only data could have put there: a foreign tag or an inline handler attribute.
FOREIGN = """() => {
  const bad = [];
  for (const el of document.querySelectorAll('img, svg, iframe, object, embed, script:not([src])')) bad.push(el.outerHTML.slice(0, 80));
  for (const el of document.querySelectorAll('*'))
    for (const a of el.attributes) if (a.name.startsWith('on') || a.name === 'autofocus') bad.push(el.tagName + ' ' + a.name);
  return bad;
}"""
#: Show every chart's tooltip for every data item: ECharts tooltips are HTML built from names.
TOOLTIPS = """() => {
  let shown = 0;
  for (const chart of Object.values(window.kzcn.charts)) {
    const series = chart.getOption().series || [];
    series.forEach((s, si) => {
      const n = Math.min((s.data || []).length, 60);
      for (let i = 0; i < n; i++) { chart.dispatchAction({type: 'showTip', seriesIndex: si, dataIndex: i}); shown++; }
    });
  }
  return shown;
}"""


@pytest.fixture(scope="module")
def hostile_server(tmp_path_factory):
    """Base URL of a server over the hostile corpus (ingested by the CLI) and hostile documents."""
    import uvicorn

    from kzcn.api.app import create_app
    from kzcn.settings import Settings
    from kzcn.store import Store
    from kzcn.store import tables as t

    url = f"sqlite:///{tmp_path_factory.mktemp('hostile-web') / 'kzcn.sqlite'}"
    run = subprocess.run([sys.executable, "-m", "kzcn.cli", "ingest", str(CORPUS), "--db", url],
                         capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert run.returncode == 0, run.stderr[-2000:]
    store = Store(url).migrate()
    with store.engine.connect() as conn:
        ingested = [row.id for row in conn.execute(select(t.documents.c.id))]
    assert len(ingested) >= 8, run.stderr[-2000:]
    docs = hostile_documents()
    for doc in docs:
        store.save_document(doc)
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(Settings(database_url=url), store=store),
                                           host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.time() + 15
    while not server.started and time.time() < deadline:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}", ingested + [d.id for d in docs]
    server.should_exit = True
    thread.join(timeout=5)


@pytest.fixture(params=["csp", "csp-bypassed"])
def hostile_page(request, browser, hostile_server):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, bypass_csp=request.param != "csp")
    context.route("**/*", lambda route: route.continue_() if urlparse(route.request.url).hostname == "127.0.0.1"
                  or route.request.url.startswith(("data:", "blob:")) else route.abort())
    context.add_init_script(WATCH)
    page = context.new_page()
    dialogs, errors = [], []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.on("pageerror", lambda e: errors.append(str(e)))
    yield page, request.param
    context.close()
    assert not dialogs, f"a payload opened a dialog: {dialogs}"
    assert not errors, f"JavaScript errors: {errors}"


def _check(page, mode, where):
    assert page.evaluate(f"() => window.{FLAG}") is None, f"a payload ran on {where}"
    assert page.evaluate(FOREIGN) == [], where
    if mode == "csp":
        assert page.evaluate("() => window.__csp") == [], f"CSP violations on {where}"
    layout = page.evaluate(OVERFLOW)
    assert layout["scroll"] <= layout["width"] + 1 and not layout["out"], (where, layout)


def _dashboard(page, base, query=""):
    page.goto(base + "/" + query)
    page.wait_for_function("() => window.kzcn && window.kzcn.charts['chart-network'] && "
                           "window.kzcn.charts['chart-trade'] && window.kzcn.charts['chart-timeline']")
    page.wait_for_function("() => document.querySelectorAll('#trade-table tr').length >= 1")


def test_dashboard_and_tooltips_with_hostile_names(hostile_page, hostile_server):
    page, mode = hostile_page
    base, _ = hostile_server
    _dashboard(page, base)
    page.wait_for_function("() => document.querySelectorAll('#trade-table tr').length > 1")
    assert page.evaluate(TOOLTIPS) > 20
    page.locator("#chart-network").hover()
    _check(page, mode, "dashboard")
    # the stale-promises list and the trade table are built by app.js from hostile names
    assert PAYLOADS["attr_break"] in page.locator("#trade-table").inner_text() + page.locator("#stale").inner_text()


@pytest.mark.parametrize("param", ["region", "cn", "sector", "type", "q"])
def test_dashboard_filtered_by_hostile_values(hostile_page, hostile_server, param):
    page, mode = hostile_page
    base, _ = hostile_server
    for value in (PAYLOADS["attr_inject"], PAYLOADS["script"], LONG_NAME[:3000]):
        value = value[:400] if param == "q" else value  # q longer than 400 is refused (422)
        _dashboard(page, base, f"?{param}={quote(value)}")
        page.evaluate(TOOLTIPS)
        _check(page, mode, f"/?{param}={value[:40]}")


def test_search_lists_hostile_titles(hostile_page, hostile_server):
    page, mode = hostile_page
    base, _ = hostile_server
    page.goto(base + "/?q=" + quote("Павлодар"))
    assert page.locator("#search-results li").count() >= 5
    _check(page, mode, "search")


def test_every_article_page(hostile_page, hostile_server):
    page, mode = hostile_page
    base, ids = hostile_server
    for doc_id in ids:
        page.goto(f"{base}/articles/{doc_id}")
        for details in page.locator("details").all()[:6]:
            details.click()  # the correction forms show the hostile values in inputs
        page.locator("#article-text").hover()
        _check(page, mode, f"/articles/{doc_id}")
        hrefs = page.locator("a[href]").evaluate_all("links => links.map(a => a.href)")
        assert all(h.startswith(("http://", "https://")) for h in hrefs), hrefs


@pytest.mark.parametrize("path", ["/api/events?limit=1000", "/api/projects?limit=1000", "/api/documents?limit=1000",
                                  "/api/stats/network", "/docs"])
def test_api_lists_and_docs(hostile_page, hostile_server, path):
    page, mode = hostile_page
    base, _ = hostile_server
    page.goto(base + path)
    if path == "/docs":
        page.wait_for_selector(".opblock", timeout=20_000)  # Swagger UI rendered its operations
        assert page.locator(".opblock").count() > 5
    assert page.evaluate(f"() => window.{FLAG}") is None
    if mode == "csp":
        assert page.evaluate("() => window.__csp") == [], path
