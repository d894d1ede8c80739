"""The fetcher: polite (User-Agent, robots.txt, per-host delay) and refusing unsafe targets."""

from __future__ import annotations

import httpx
import pytest

from kzcn.errors import FetchError
from kzcn.ingest.fetch import Fetcher
from kzcn.settings import Settings


def _fetcher(handler, **overrides):
    settings = Settings(fetch_allow_private=True, fetch_delay=1.0, **overrides)
    sleeps: list[float] = []
    clock = iter([0.0, 0.2, 1.0, 5.0, 5.0]).__next__
    fetcher = Fetcher(settings, transport=httpx.MockTransport(handler), clock=clock, sleep=sleeps.append)
    return fetcher, sleeps


def test_fetch_sends_user_agent_and_waits_between_requests_to_one_host():
    seen = []

    def handler(request):
        seen.append(request.headers["user-agent"])
        return httpx.Response(200, text="User-agent: *\nAllow: /\n" if request.url.path == "/robots.txt" else "ok")

    fetcher, sleeps = _fetcher(handler)
    assert fetcher.get("http://127.0.0.1/a") == b"ok"
    fetcher.get("http://127.0.0.1/b")
    assert all(ua.startswith("kzcn/") for ua in seen)
    assert sleeps == [pytest.approx(0.8)]


def test_fetch_respects_robots_txt():
    def handler(request):
        if request.url.path == "/robots.txt":
            return httpx.Response(200, text="User-agent: *\nDisallow: /private\n")
        return httpx.Response(200, text="ok")

    fetcher, _ = _fetcher(handler)
    with pytest.raises(FetchError, match="robots.txt"):
        fetcher.get("http://127.0.0.1/private/feed.xml")


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.kz/x", "gopher://x", "javascript:alert(1)"])
def test_fetch_refuses_non_http_schemes(url):
    fetcher, _ = _fetcher(lambda r: httpx.Response(200))
    with pytest.raises(FetchError, match="http"):
        fetcher.get(url)


def test_fetch_refuses_private_addresses_by_default():
    fetcher = Fetcher(Settings(), transport=httpx.MockTransport(lambda r: httpx.Response(200)))
    with pytest.raises(FetchError, match="private"):
        fetcher.get("http://127.0.0.1/feed.xml")


def test_fetch_http_error_is_a_fetch_error():
    fetcher, _ = _fetcher(lambda r: httpx.Response(404 if r.url.path != "/robots.txt" else 404))
    with pytest.raises(FetchError, match="404"):
        fetcher.get("http://127.0.0.1/missing")
