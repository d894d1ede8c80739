"""What a reader yields before cleaning: text or HTML plus whatever metadata the source had."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class RawArticle:
    """One article as read. ``where`` is ``FILE`` or ``FILE:LINE`` for error messages."""

    source: str  # file name or URL: becomes ``doc`` in records
    where: str
    text: str = ""
    html: str = ""
    title: str = ""
    published: str | None = None
    url: str = ""
