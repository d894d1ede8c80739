"""Dispatch paths (files, folders recursively, URLs) to the reader for their format."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from kzcn.errors import FetchError
from kzcn.ingest.feeds import parse_feed, read_feed_file
from kzcn.ingest.fetch import redact
from kzcn.ingest.html import read_html_file
from kzcn.ingest.raw import RawArticle
from kzcn.ingest.records import read_csv_file, read_jsonl_file
from kzcn.ingest.text import read_text_file
from kzcn.model import Rejection

Reader = Callable[[Path], Iterator[RawArticle | Rejection]]

READERS: dict[str, Reader] = {
    ".txt": read_text_file,
    ".text": read_text_file,
    ".md": read_text_file,
    ".html": read_html_file,
    ".htm": read_html_file,
    ".jsonl": read_jsonl_file,
    ".ndjson": read_jsonl_file,
    ".csv": read_csv_file,
    ".xml": read_feed_file,
    ".rss": read_feed_file,
    ".atom": read_feed_file,
}
#: Files in a folder that are not articles (annotations, docs) and are skipped quietly.
SKIPPED_NAMES = {"gold.jsonl", "readme.md", "merge_groups.json"}


def read_path(path: Path) -> Iterator[RawArticle | Rejection]:
    """Read one file with the reader for its suffix."""
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        yield Rejection(f"expected one of {sorted(READERS)}, got suffix {path.suffix!r}", str(path))
        return
    try:
        yield from reader(path)
    except OSError as err:
        yield Rejection(f"unreadable: {err.strerror or err}", str(path))
    except Exception as err:  # noqa: BLE001 - a batch records a reader fault and goes on
        yield Rejection(f"reader failed ({type(err).__name__}: {str(err)[:120]})", str(path))


def iter_files(root: Path) -> Iterator[Path]:
    """Article files below ``root`` in a stable order (sorted, recursive)."""
    for path in sorted(root.rglob("*")):
        if path.is_file() and path.suffix.lower() in READERS and path.name.lower() not in SKIPPED_NAMES:
            yield path


def read_paths(paths: Iterable[str | Path], fetcher=None) -> Iterator[RawArticle | Rejection]:
    """Read every path: a file, a folder (recursively) or an http(s) URL of a feed."""
    for item in paths:
        text = str(item)
        if text.startswith(("http://", "https://")):
            if fetcher is None:
                yield Rejection("no fetcher configured for URLs", text)
                continue
            try:
                data = fetcher.get(text)
            except FetchError as err:
                yield Rejection(str(err), redact(text))
                continue
            yield from parse_feed(data, redact(text))
            continue
        path = Path(item)
        if path.is_dir():
            for file in iter_files(path):
                yield from read_path(file)
        elif path.exists():
            yield from read_path(path)
        else:
            yield Rejection("no such file or folder", text)
