"""The trafilatura adapter: main text, title and date of an HTML page (the only trafilatura import)."""

from __future__ import annotations

from dataclasses import dataclass

import trafilatura


@dataclass(frozen=True, slots=True)
class PageText:
    text: str
    title: str
    published: str | None


def html_to_text(html: str) -> PageText:
    """Extract the article body of ``html`` with paragraph breaks kept as newlines."""
    result = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=False, deduplicate=True
    )
    if result is None:
        return PageText("", "", None)
    title = (result.title or "").strip()
    text = result.text or ""
    first, _, rest = text.partition("\n")
    if title and first.strip() == title:
        text = rest
    date = result.date if result.date and len(result.date) >= 7 else None
    return PageText(text, title, date)
