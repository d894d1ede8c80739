"""A live server (uvicorn in a thread on 127.0.0.1, free port, temp SQLite with sample data) and
Debian's chromium driven by Playwright; any request leaving 127.0.0.1 fails the test."""

from __future__ import annotations

import os
import socket
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import urlparse

import pytest

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run", "--disable-sync"]
# Screenshots go to docs/screenshots only when asked (KZCN_SCREENSHOTS=1), so a test run does not
# rewrite tracked files; otherwise to a scratch folder.
SCREENSHOTS = (Path(__file__).resolve().parents[2] / "docs" / "screenshots"
               if os.environ.get("KZCN_SCREENSHOTS") == "1"
               else Path(tempfile.gettempdir()) / "kzcn-screenshots")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def live_server(tmp_path_factory):
    """(base URL, reviewer token) of a running kzcn server over the sample store."""
    import uvicorn

    from kzcn.api.app import create_app
    from kzcn.settings import Settings
    from kzcn.store.review import add_user
    from tests.api.sample import sample_store

    store = sample_store(f"sqlite:///{tmp_path_factory.mktemp('web') / 'kzcn.sqlite'}")
    token = add_user(store.engine, "reviewer")
    port = _free_port()
    config = uvicorn.Config(create_app(Settings(database_url=store.url), store=store),
                            host="127.0.0.1", port=port, log_level="warning")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.time() + 15
    while not server.started and time.time() < deadline:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}", token
    server.should_exit = True
    thread.join(timeout=5)


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        pytest.skip("Debian's chromium is missing: apt-get install chromium (make system-deps)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser, live_server):
    """A page whose every request must stay on 127.0.0.1 (others are aborted and recorded)."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    escaped, errors = [], []

    def guard(route):
        host = urlparse(route.request.url).hostname
        if route.request.url.startswith(("data:", "blob:")) or host == "127.0.0.1":
            route.continue_()
        else:
            escaped.append(route.request.url)
            route.abort()

    context.route("**/*", guard)
    page = context.new_page()
    page.on("pageerror", lambda e: errors.append(str(e)))
    yield page
    context.close()
    assert not escaped, f"requests left 127.0.0.1: {escaped}"
    assert not errors, f"JavaScript errors: {errors}"
