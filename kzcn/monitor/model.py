"""Values of the monitor: a followed source and one article link found on it."""

from __future__ import annotations

from dataclasses import dataclass

KINDS = ("feed", "sitemap", "page")
#: Source statuses: nothing fetched yet, fetched fine at least once, failing since.
STATUSES = ("unverified", "verified", "failing")


@dataclass(frozen=True, slots=True)
class Source:
    """A feed, sitemap or listing page followed by ``kzcn watch``."""

    id: int
    url: str
    kind: str
    name: str | None = None
    region: str | None = None
    lang: str | None = None
    links: str | None = None  # CSS selector of article links (listing pages)
    status: str = "unverified"
    origin: str = "user"

    @property
    def label(self) -> str:
        """How log lines name the source."""
        return f"#{self.id} {self.name or self.url}"


@dataclass(frozen=True, slots=True)
class Item:
    """An article link found on a source, with what the source said about it. ``body`` is the
    feed's full text when it carries one; otherwise the page is fetched."""

    url: str
    title: str = ""
    published: str | None = None
    body: str = ""


def guess_kind(url: str) -> str:
    """The kind a URL most likely is when ``--kind`` is not given (checked on first fetch)."""
    lower = url.lower().split("?", 1)[0]
    if "sitemap" in lower and lower.endswith((".xml", ".xml.gz", "sitemap")):
        return "sitemap"
    if any(part in lower for part in ("rss", "atom", "/feed", ".xml")):
        return "feed"
    return "page"
