"""Atom feeds of facts (the feedgen adapter): one entry per fact, its English line as the
title, the evidence sentence as text content, a link to the article page."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from feedgen.feed import FeedGenerator


def facts_atom(facts: list[dict[str, Any]], feed_url: str, site_url: str, title: str) -> bytes:
    """The Atom XML of ``facts`` (from ``matching_facts``); ``site_url`` prefixes article pages."""
    feed = FeedGenerator()
    feed_url = _plain(feed_url)  # filter values come from the query string: anything at all
    feed.id(feed_url)
    feed.title(_plain(title))
    feed.link(href=feed_url, rel="self")
    feed.link(href=site_url.rstrip("/") + "/", rel="alternate")
    feed.updated(facts[0]["stored_at"] if facts else datetime(2000, 1, 1, tzinfo=timezone.utc))
    for fact in reversed(facts):  # feedgen prepends: the newest ends up first
        entry = feed.add_entry()
        page = f"{site_url.rstrip('/')}/articles/{fact['doc_id']}"
        entry.id(f"{page}#{fact['kind']}-{fact['id']}")
        entry.title(_plain(fact["summary"]) or f"{fact['kind']} in {fact['article']['title'] or fact['doc_id']}")
        entry.link(href=page, rel="alternate")
        entry.updated(fact["stored_at"])
        entry.content(_plain(f"{fact['evidence']}\n\n{fact['article']['title'] or ''}"), type="text")
    return feed.atom_str(pretty=True)


def _plain(text: str) -> str:
    """Text safe for XML 1.0: control characters (other than newline and tab) dropped."""
    return "".join(ch for ch in text or "" if ch in "\n\t" or ch.isprintable())
