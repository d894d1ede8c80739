"""The fetcher checks every redirect hop: scheme, address and robots.txt; bodies are bounded;
URLs in errors carry no credentials."""

from __future__ import annotations

import socket

import httpx
import pytest

from kzcn.errors import FetchError
from kzcn.ingest import read_paths
from kzcn.ingest.fetch import Fetcher, is_refused_address, redact
from kzcn.model import Rejection
from kzcn.settings import Settings

PUBLIC = "93.184.216.34"


@pytest.fixture(autouse=True)
def fake_dns(monkeypatch):
    """Resolve names locally: *.public -> a public address, anything else as an IP literal."""
    real = socket.getaddrinfo

    def resolve(host, *args, **kwargs):
        if host.endswith(".public") or host.endswith(".kz"):
            return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (PUBLIC, 0))]
        if host.endswith(".internal"):
            return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("10.1.2.3", 0))]
        return real(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", resolve)


def _fetcher(routes: dict[str, httpx.Response], **settings) -> tuple[Fetcher, list[str]]:
    requested: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        requested.append(str(request.url))
        if request.url.path == "/robots.txt":
            return httpx.Response(404)
        return routes.get(str(request.url), httpx.Response(200, content=b"ok"))

    fetcher = Fetcher(Settings(fetch_delay=0, **settings), transport=httpx.MockTransport(handler),
                      sleep=lambda s: None)
    return fetcher, requested


@pytest.mark.parametrize(
    "target",
    [
        "http://127.0.0.1/admin",
        "http://169.254.169.254/latest/meta-data/",
        "http://[::1]/x",
        "http://[::ffff:127.0.0.1]/x",
        "http://10.0.0.1/x",
        "http://100.64.0.1/x",
        "http://0.0.0.0/x",
        "http://db.internal/x",
        "file:///etc/passwd",
        "gopher://news.public/x",
    ],
)
def test_fetch_redirect_to_private_or_non_http_refused_at_that_hop(target):
    routes = {"https://news.public/feed": httpx.Response(302, headers={"Location": target})}
    fetcher, requested = _fetcher(routes)
    with pytest.raises(FetchError, match="private|http"):
        fetcher.get("https://news.public/feed")
    assert all(not url.startswith(target.split("/x")[0]) for url in requested[1:] if "robots" not in url)
    assert not any(target in url for url in requested)


def test_fetch_redirect_chain_to_private_refused_at_third_hop():
    routes = {
        "https://news.public/a": httpx.Response(301, headers={"Location": "https://mirror.kz/b"}),
        "https://mirror.kz/b": httpx.Response(307, headers={"Location": "/c"}),
        "https://mirror.kz/c": httpx.Response(302, headers={"Location": "http://127.0.0.1:8000/"}),
    }
    fetcher, requested = _fetcher(routes)
    with pytest.raises(FetchError, match="private"):
        fetcher.get("https://news.public/a")
    assert "https://mirror.kz/c" in requested and not any("127.0.0.1" in u for u in requested)


def test_fetch_redirects_followed_when_public():
    routes = {"https://news.public/a": httpx.Response(301, headers={"Location": "https://mirror.kz/feed"}),
              "https://mirror.kz/feed": httpx.Response(200, content=b"<rss/>")}
    fetcher, _ = _fetcher(routes)
    assert fetcher.get("https://news.public/a") == b"<rss/>"


def test_fetch_redirect_loop_is_bounded():
    routes = {"https://news.public/a": httpx.Response(302, headers={"Location": "https://news.public/a"})}
    fetcher, requested = _fetcher(routes)
    with pytest.raises(FetchError, match="redirects"):
        fetcher.get("https://news.public/a")
    assert len([u for u in requested if "robots" not in u]) == 6


def test_fetch_body_size_bounded():
    routes = {"https://news.public/big": httpx.Response(200, content=b"x" * 50_000)}
    fetcher, _ = _fetcher(routes)
    fetcher.max_bytes = 10_000
    with pytest.raises(FetchError, match="bytes"):
        fetcher.get("https://news.public/big")


def test_fetch_private_allowed_only_by_setting():
    routes = {"https://news.public/a": httpx.Response(302, headers={"Location": "http://127.0.0.1/x"})}
    fetcher, _ = _fetcher(routes, fetch_allow_private=True)
    assert fetcher.get("https://news.public/a") == b"ok"


@pytest.mark.parametrize(("url", "shown"), [
    ("https://user:s3cret@news.public/feed?token=abc", "https://news.public/feed"),
    ("http://news.public:8080/rss", "http://news.public:8080/rss"),
])
def test_fetch_errors_never_show_credentials(url, shown):
    assert redact(url) == shown
    fetcher = Fetcher(Settings(fetch_delay=0), transport=httpx.MockTransport(lambda r: httpx.Response(500)))
    with pytest.raises(FetchError) as caught:
        fetcher.get(url)
    assert "s3cret" not in str(caught.value) and "token=abc" not in str(caught.value)


def test_fetch_failure_is_a_rejection_and_the_batch_continues(tmp_path):
    routes = {"https://news.public/feed": httpx.Response(302, headers={"Location": "http://10.0.0.1/"})}
    fetcher, _ = _fetcher(routes)
    good = tmp_path / "a.txt"
    good.write_text("Аким области встретился с делегацией из Китая.", encoding="utf-8")
    first, second = read_paths(["https://news.public/feed", good], fetcher=fetcher)
    assert isinstance(first, Rejection) and "private" in first.reason and not isinstance(second, Rejection)


@pytest.mark.parametrize(("address", "refused"), [
    ("8.8.8.8", False), ("2a00:1450:4001::1", False), ("127.0.0.1", True), ("::ffff:10.0.0.1", True),
    ("224.0.0.1", True), ("fe80::1", True), ("100.64.0.1", True), ("192.168.1.1", True),
])
def test_fetch_refused_address_table(address, refused):
    import ipaddress

    assert is_refused_address(ipaddress.ip_address(address)) is refused


def test_fetch_dns_rebinding_refused_by_connected_peer(monkeypatch):
    """The name 'resolved' public at check time (is_private_host patched) but the connection
    lands on a loopback server: the peer address check refuses it. Traffic stays on 127.0.0.1."""
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    import kzcn.ingest.fetch as fetch

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 - http.server API
            self.send_response(200)
            self.end_headers()
            self.wfile.write(b"internal secret")

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        monkeypatch.setattr(fetch, "is_private_host", lambda host: False)
        fetcher = Fetcher(Settings(fetch_delay=0), sleep=lambda s: None)
        with pytest.raises(FetchError, match="private peer"):
            fetcher.get(f"http://127.0.0.1:{server.server_address[1]}/feed")
        allowed = Fetcher(Settings(fetch_delay=0, fetch_allow_private=True), sleep=lambda s: None)
        assert allowed.get(f"http://127.0.0.1:{server.server_address[1]}/feed") == b"internal secret"
    finally:
        server.shutdown()
