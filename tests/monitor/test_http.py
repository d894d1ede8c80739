"""The conditional fetcher against the loopback site: 304s, statuses, timeouts, redirects,
robots.txt, huge pages; redirects to refused addresses with only the test site allowed."""

from __future__ import annotations

import ipaddress

import pytest

import kzcn.ingest.fetch as fetch
from kzcn.errors import FetchError
from kzcn.monitor.http import ConditionalFetcher, HttpStatusError, TransientFetchError
from kzcn.settings import Settings
from tests.monitor.server import Route


def _fetcher(**overrides) -> ConditionalFetcher:
    values = {"fetch_allow_private": True, "fetch_delay": 0.0, "fetch_timeout": 0.3, **overrides}
    return ConditionalFetcher(Settings(**values))


def test_fetch_conditional_get_answers_304_with_validators(site):
    site.routes["/rss.xml"] = Route(b"<rss/>", etag='"abc"', last_modified="Tue, 04 Mar 2025 10:00:00 GMT")
    fetcher = _fetcher()
    first = fetcher.fetch(site.base + "/rss.xml")
    assert (first.status, first.body, first.etag) == (200, b"<rss/>", '"abc"')
    second = fetcher.fetch(site.base + "/rss.xml", first.etag, first.last_modified)
    assert second.not_modified and second.body == b""
    sent = site.hits("/rss.xml")[-1]
    assert sent["if-none-match"] == '"abc"' and sent["if-modified-since"] == first.last_modified


@pytest.mark.parametrize(("status", "gone"), [(404, True), (410, True), (500, False), (503, False)])
def test_fetch_error_status_kept(site, status, gone):
    site.routes["/x"] = Route(b"no", status=status)
    with pytest.raises(HttpStatusError) as caught:
        _fetcher().fetch(site.base + "/x")
    assert caught.value.status == status and caught.value.gone is gone


def test_fetch_slow_answer_beyond_timeout_is_transient(site):
    site.routes["/slow"] = Route(b"late", delay=0.8)
    with pytest.raises(TransientFetchError):
        _fetcher(fetch_timeout=0.2).fetch(site.base + "/slow")


def test_fetch_redirect_followed_and_final_url_kept(site):
    site.routes["/old"] = Route(status=301, location="/new")
    site.routes["/new"] = Route(b"here")
    answer = _fetcher().fetch(site.base + "/old")
    assert answer.body == b"here" and answer.url == site.base + "/new"


def test_fetch_robots_txt_disallowing_a_path(site):
    site.routes["/robots.txt"] = Route(b"User-agent: *\nDisallow: /private/\n", content_type="text/plain")
    site.routes["/private/a"] = Route(b"secret")
    with pytest.raises(FetchError, match="robots.txt"):
        _fetcher().fetch(site.base + "/private/a")
    assert not site.hits("/private/a")


def test_fetch_page_of_50_mb_refused_without_reading_it_all(site):
    site.routes["/huge"] = Route(stream_bytes=50_000_000)
    with pytest.raises(FetchError, match="at most 20000000 bytes"):
        _fetcher(fetch_timeout=5.0).fetch(site.base + "/huge")


@pytest.fixture
def only_test_site_public(monkeypatch):
    """127.0.0.1 counts as public; every other private address stays refused (as in production)."""
    real = fetch.is_refused_address
    monkeypatch.setattr(fetch, "is_refused_address",
                        lambda address: address != ipaddress.ip_address("127.0.0.1") and real(address))


@pytest.mark.parametrize("target", ["http://169.254.169.254/latest/meta-data/", "http://10.0.0.1/feed",
                                    "http://[::1]/feed", "file:///etc/passwd"])
def test_fetch_redirect_to_refused_address_refused(site, only_test_site_public, target):
    site.routes["/feed"] = Route(status=302, location=target)
    fetcher = _fetcher(fetch_allow_private=False)
    with pytest.raises(FetchError, match="private|http"):
        fetcher.fetch(site.base + "/feed")
    assert site.hits("/feed")  # the first hop was fetched; the refused one never is


def test_fetch_loopback_refused_unless_allowed(site):
    site.routes["/feed"] = Route(b"<rss/>")
    with pytest.raises(FetchError, match="private"):
        _fetcher(fetch_allow_private=False).fetch(site.base + "/feed")
    assert not site.requests
