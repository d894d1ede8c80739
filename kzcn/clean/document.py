"""RawArticle -> Document: HTML extraction, normalisation, boilerplate, title and date."""

from __future__ import annotations

import re

from kzcn.clean.boilerplate import is_chrome, remove_boilerplate
from kzcn.clean.html_to_text import html_to_text
from kzcn.clean.normalise import normalise_text
from kzcn.ingest.raw import RawArticle
from kzcn.model import Document, Rejection

_DATE = re.compile(r"^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$")
#: Years outside this window in a date line are treated as errors, not dates.
MIN_YEAR, MAX_YEAR = 1991, 2100


def valid_published(value: str | None) -> str | None:
    """``value`` if it is a plausible YYYY-MM(-DD) publication date, else None."""
    if not value or not _DATE.match(value):
        return None
    return value if MIN_YEAR <= int(value[:4]) <= MAX_YEAR else None


def make_document(raw: RawArticle, max_chars: int = 1_000_000) -> Document | Rejection:
    """Clean ``raw`` into a frozen Document, or say why it cannot be one."""
    title, published, body = raw.title, raw.published, raw.text
    if raw.html:
        page = html_to_text(raw.html)
        body, title, published = page.text, title or page.title, published or page.published
    lines = remove_boilerplate(normalise_text(body).split("\n"))
    title = normalise_text(title)
    if not title or is_chrome(title):
        title, lines = _title_from_body(lines)
    text = "\n".join(lines).strip()
    if title and not text.startswith(title):
        # The headline is part of what the article says (and a title-less first paragraph that a
        # date line carried is the lead itself): extraction reads it as the first line.
        text = title + "\n" + text
    if not text:
        return Rejection("no article text after cleaning", raw.where)
    if len(text) > max_chars:
        return Rejection(f"text of {len(text)} characters exceeds {max_chars}", raw.where)
    meta = (("url", raw.url),) if raw.url else ()
    return Document(text=text, source=raw.source, title=title,
                    published=valid_published(published), meta=meta)


def _title_from_body(lines: list[str]) -> tuple[str, list[str]]:
    """The first non-blank line is the title; it stays in the body as the headline."""
    for line in lines:
        if line.strip():
            return line.strip(), lines
    return "", lines
