"""RSS/Atom sources: each entry's link, title, date, and its text when the feed carries the
whole article (``content:encoded`` or Atom ``content`` long enough). Feeds are read through
``kzcn.ingest.feeds`` (the feedparser adapter), which reads them as articles; this reads them as
link lists."""

from __future__ import annotations

import re

from kzcn.ingest.feeds import check_xml, entry_date, parsed_feed
from kzcn.ingest.limits import checked_published
from kzcn.monitor.model import Item
from kzcn.monitor.readers import ReaderError, absolute_link, clean_title

#: A feed's ``content`` counts as the full article from this many characters of text. Unmeasured
#: guess: summaries are one or two sentences (well under 600 characters); full articles longer.
FULL_TEXT_CHARS = 600
_TAGS = re.compile(r"<[^>]*>")


def feed_items(data: bytes, url: str) -> list[Item]:
    """The entries of the feed in ``data`` (fetched from ``url``), in feed order."""
    refused = check_xml(data, url)
    if refused:
        raise ReaderError(f"expected a well-formed RSS/Atom feed, got {refused.reason} from {url}")
    parsed = parsed_feed(data)
    if not parsed.entries and parsed.get("bozo"):
        raise ReaderError(f"expected an RSS/Atom feed, got unreadable XML from {url}")
    items, seen = [], set()
    for number, entry in enumerate(parsed.entries, 1):
        link = absolute_link(url, entry.get("link"))
        if link is None or link in seen:
            continue
        seen.add(link)
        items.append(Item(link, clean_title(entry.get("title", "")),
                          checked_published(entry_date(entry), f"{url}#item{number}"), full_text(entry)))
    return items


def full_text(entry: dict) -> str:
    """The entry's content when it is the whole article, else '' (then the page is fetched)."""
    contents = entry.get("content") or []
    body = "\n".join(c.get("value", "") for c in contents)
    return body if len(_TAGS.sub(" ", body).strip()) >= FULL_TEXT_CHARS else ""
