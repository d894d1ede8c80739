"""RSS/Atom feeds (feedparser), from a file or a URL; XML with entity declarations is refused."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import defusedxml.ElementTree as SafeET
import feedparser
from defusedxml import DefusedXmlException

from kzcn.ingest.limits import checked_published, read_bounded
from kzcn.ingest.raw import RawArticle
from kzcn.model import Rejection


def check_xml(data: bytes, where: str) -> Rejection | None:
    """Refuse DTD entities (billion laughs, external entities) before feedparser sees the bytes."""
    try:
        SafeET.fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as err:
        return Rejection(f"unsafe XML refused ({type(err).__name__})", where)
    except SafeET.ParseError as err:
        return Rejection(f"malformed XML ({err})", where)
    except (ValueError, RecursionError) as err:
        return Rejection(f"malformed XML ({type(err).__name__})", where)
    return None


def parse_feed(data: bytes, where: str) -> Iterator[RawArticle | Rejection]:
    """Yield one RawArticle per feed entry; an entry's ``link`` is its source."""
    refused = check_xml(data, where)
    if refused:
        yield refused
        return
    feed = parsed_feed(data)
    if not feed.entries:
        yield Rejection("feed has no entries", where)
        return
    for number, entry in enumerate(feed.entries, 1):
        item_where = f"{where}#item{number}"
        body = _entry_body(entry)
        if not body.strip():
            yield Rejection("feed item without text", item_where)
            continue
        link = entry.get("link") or item_where
        yield RawArticle(link, item_where, html=body if "<" in body else "",
                         text="" if "<" in body else body, title=entry.get("title", ""),
                         published=checked_published(entry_date(entry), item_where), url=entry.get("link", ""))


def _entry_body(entry: dict) -> str:
    contents = entry.get("content") or []
    if contents:
        return "\n".join(c.get("value", "") for c in contents)
    return entry.get("summary", "") or entry.get("description", "")


def parsed_feed(data: bytes):
    """feedparser's reading of ``data``: the one place kzcn calls feedparser (after ``check_xml``)."""
    return feedparser.parse(data)


def entry_date(entry: dict) -> str | None:
    """The entry's date (published, else updated) as YYYY-MM-DD, or None."""
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    try:
        return time.strftime("%Y-%m-%d", parsed) if parsed else None
    except (TypeError, ValueError, OverflowError):
        return None


def read_feed_file(path: Path) -> Iterator[RawArticle | Rejection]:
    """Yield the entries of a feed file."""
    data = read_bounded(path)
    if isinstance(data, Rejection):
        yield data
        return
    yield from parse_feed(data, str(path))
