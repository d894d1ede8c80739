"""HTML pages: decoded here, turned into text by ``kzcn.clean.html_to_text`` during cleaning."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from kzcn.ingest.decode import decode_bytes
from kzcn.ingest.limits import read_bounded
from kzcn.ingest.raw import RawArticle
from kzcn.model import Rejection


def read_html_file(path: Path) -> Iterator[RawArticle | Rejection]:
    """Yield the page in ``path`` as a RawArticle carrying its HTML."""
    data = read_bounded(path)
    decoded = data if isinstance(data, Rejection) else decode_bytes(data, str(path))
    if isinstance(decoded, Rejection):
        yield decoded
    elif not decoded.strip():
        yield Rejection("empty or whitespace-only file", str(path))
    else:
        yield RawArticle(path.name, str(path), html=decoded)
