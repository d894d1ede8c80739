"""Listing pages (a section front, an akimat's news page): article links chosen by a CSS
selector, or by default same-site links whose path looks like an article's (the lxml and
cssselect adapter of the monitor)."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import lxml.html
from cssselect import SelectorError
from lxml.etree import ParserError

from kzcn.monitor.model import Item
from kzcn.monitor.readers import ReaderError, absolute_link, clean_title, same_site

#: Path words of section, tag, paging and account pages: never articles.
_NOT_ARTICLE = re.compile(
    r"/(tags?|category|categories|rubric|section|author|authors|search|page|login|register|"
    r"about|contacts?|advert\w*|rss|feed|archive|privacy)(/|$)", re.I)
_STATIC = re.compile(r"\.(jpe?g|png|gif|webp|svg|pdf|docx?|xlsx?|zip|rar|mp[34]|css|js|xml)$", re.I)
#: A path looks like an article's when it carries an id or a date (4+ digits) or a slug of at
#: least three words ("/news/akim-met-the-delegation").
_ID_OR_DATE = re.compile(r"\d{4,}")
_SLUG = re.compile(r"[^/]*[-_][^/]*[-_][^/]+/?$")


def listing_items(html: str, url: str, selector: str | None = None) -> list[Item]:
    """Article links of the page ``html`` fetched from ``url``, in page order."""
    try:
        root = lxml.html.fromstring(html)
    except (ParserError, ValueError) as err:
        raise ReaderError(f"expected an HTML page, got unparseable markup from {url}") from err
    anchors = _selected(root, selector, url) if selector else root.iter("a")
    items, seen = [], set()
    for anchor in anchors:
        link = absolute_link(url, anchor.get("href"))
        if link is None or link in seen or link.rstrip("/") == url.rstrip("/"):
            continue
        if not selector and not (same_site(link, url) and looks_like_article(link)):
            continue
        seen.add(link)
        items.append(Item(link, clean_title(anchor.text_content())))
    return items


def _selected(root, selector: str, url: str):
    try:
        chosen = root.cssselect(selector)
    except SelectorError as err:
        raise ReaderError(f"expected a CSS selector, got {selector!r} ({err}) for {url}") from err
    for element in chosen:
        if element.tag == "a":
            yield element
        else:
            yield from element.iter("a")


def looks_like_article(url: str) -> bool:
    """Whether a same-site link's path looks like an article rather than a section or a file."""
    path = urlsplit(url).path
    if path in ("", "/") or _STATIC.search(path) or _NOT_ARTICLE.search(path):
        return False
    return bool(_ID_OR_DATE.search(path) or _SLUG.search(path))
