"""Plain-text articles, including the ``' date YYYY-MM-DD Title'`` first-line layout."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from kzcn.ingest.decode import decode_bytes
from kzcn.ingest.limits import checked_published, read_bounded
from kzcn.ingest.raw import RawArticle
from kzcn.model import Rejection

DATE_LINE = re.compile(r"^\s*date\s+(\d{4}-\d{2}(?:-\d{2})?)\s*(.*)$")


def parse_text(text: str, source: str, where: str) -> RawArticle | Rejection:
    """Split an optional date line off ``text``; the title is that line's rest, else unset."""
    if not text.strip():
        return Rejection("empty or whitespace-only text", where)
    first, _, rest = text.lstrip("\ufeff").partition("\n")
    match = DATE_LINE.match(first)
    if match:
        return RawArticle(source, where, text=rest, title=match.group(2).strip(),
                          published=checked_published(match.group(1), where))
    return RawArticle(source, where, text=text)


def read_text_file(path: Path) -> Iterator[RawArticle | Rejection]:
    """Yield the one article in a text file (or a Rejection saying why not)."""
    data = read_bounded(path)
    decoded = data if isinstance(data, Rejection) else decode_bytes(data, str(path))
    if isinstance(decoded, Rejection):
        yield decoded
        return
    yield parse_text(decoded, path.name, str(path))
