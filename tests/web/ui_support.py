"""Fixtures for the dashboard UI tests: a server over tests/web/ui_sample.py's store and pages that
fail the test on any failed request (network error or HTTP status >= 400), any console error,
any uncaught JavaScript error and any request leaving 127.0.0.1."""

from __future__ import annotations

import threading
import time
from urllib.parse import urlparse

import pytest

from tests.web.conftest import _free_port

DESKTOP = {"width": 1400, "height": 900}
PHONE = {"width": 390, "height": 844}


@pytest.fixture(scope="session")
def ui_server(tmp_path_factory):
    """Base URL of a kzcn server over the UI sample store."""
    import uvicorn

    from kzcn.api.app import create_app
    from kzcn.settings import Settings
    from tests.web.ui_sample import ui_store

    store = ui_store(f"sqlite:///{tmp_path_factory.mktemp('ui') / 'kzcn.sqlite'}")
    server = uvicorn.Server(uvicorn.Config(create_app(Settings(database_url=store.url), store=store),
                                           host="127.0.0.1", port=_free_port(), log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.time() + 15
    while not server.started and time.time() < deadline:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{server.config.port}"
    server.should_exit = True
    thread.join(timeout=5)


class Watched:
    """A page plus what went wrong on it; ``allow(status)`` lets a test expect one refusal."""

    def __init__(self, page):
        self.page, self.problems, self.allowed = page, [], set()

    def allow(self, status: int) -> None:
        self.allowed.add(status)


def open_page(browser, viewport):
    context = browser.new_context(viewport=viewport)
    watched = Watched(context.new_page())

    def guard(route):
        url = route.request.url
        if url.startswith(("data:", "blob:")) or urlparse(url).hostname == "127.0.0.1":
            route.continue_()
        else:
            watched.problems.append(f"left 127.0.0.1: {url}")
            route.abort()

    def response(r):
        if r.status >= 400 and r.status not in watched.allowed:
            watched.problems.append(f"HTTP {r.status} {r.url}")

    context.route("**/*", guard)
    page = watched.page
    page.on("pageerror", lambda e: watched.problems.append(f"JavaScript error: {e}"))
    page.on("console", lambda m: watched.problems.append(f"console error: {m.text}") if m.type == "error" else None)
    # a fetch cut short because the test navigated away (net::ERR_ABORTED) is no failure of the app
    page.on("requestfailed", lambda r: None if "ERR_ABORTED" in (r.failure or "") else
            watched.problems.append(f"request failed: {r.url} {r.failure}"))
    page.on("response", response)
    return context, watched


def watched_page(browser, viewport):
    """A page at ``viewport`` whose problems (failed requests, console errors) fail the test."""
    context, watched = open_page(browser, viewport)
    yield watched
    context.close()
    assert not watched.problems, watched.problems


@pytest.fixture
def desk(browser, ui_server):
    yield from watched_page(browser, DESKTOP)


@pytest.fixture
def phone(browser, ui_server):
    yield from watched_page(browser, PHONE)


def ready(page):
    """Wait until every chart and table of the dashboard has drawn."""
    page.wait_for_function("() => window.kzcn && window.kzcn.charts && ['chart-kz', 'chart-cn', 'chart-timeline', "
                           "'chart-pipeline', 'chart-network', 'chart-trade'].every(id => window.kzcn.charts[id]) && "
                           "document.getElementById('chart-trade-table') && document.getElementById('chart-kz-table') && "
                           "['events', 'projects', 'documents'].every(k => document.getElementById(k + '-table').dataset.ready)")
