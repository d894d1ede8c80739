"""One reader per source kind: the article links (``Item``) a fetched answer lists.

A reader raises ``ReaderError`` when the answer is not what the source's kind promises (a
malformed feed, HTML where a sitemap was expected); the poller records it as the source's error.
"""

from __future__ import annotations

from urllib.parse import urldefrag, urljoin, urlsplit

from kzcn.errors import FetchError

#: URLs longer than this are not article links (and would not fit a database key comfortably).
MAX_URL_CHARS = 2000


class ReaderError(FetchError):
    """A fetched answer could not be read as the source's kind."""


def sniff_kind(data: bytes) -> str | None:
    """'feed', 'sitemap' or 'page' from the first bytes of an answer; None when unclear."""
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if b"<urlset" in head or b"<sitemapindex" in head:
        return "sitemap"
    if b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head:
        return "feed"
    if b"<html" in head or b"<!doctype html" in head:
        return "page"
    return None


def absolute_link(base: str, href: str | None) -> str | None:
    """``href`` made absolute against ``base`` without its #fragment; None unless http(s)."""
    if not href:
        return None
    try:
        url = urldefrag(urljoin(base, href.strip())).url
        scheme = urlsplit(url).scheme
    except ValueError:
        return None
    if scheme not in ("http", "https") or len(url) > MAX_URL_CHARS:
        return None
    return url


def same_site(a: str, b: str) -> bool:
    """Whether two URLs are on the same site ('www.' aside)."""
    host_a, host_b = (urlsplit(u).hostname or "" for u in (a, b))
    return host_a.removeprefix("www.") == host_b.removeprefix("www.")


def clean_title(value: str, limit: int = 500) -> str:
    """Whitespace collapsed, control characters dropped, at most ``limit`` characters."""
    text = "".join(ch if ch.isprintable() else " " for ch in value or "")
    return " ".join(text.split())[:limit]
