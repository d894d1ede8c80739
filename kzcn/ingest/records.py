"""JSONL and CSV records with fields url, title, date, text or html — streamed line by line."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from kzcn.ingest.decode import decode_bytes
from kzcn.ingest.limits import checked_published, read_bounded
from kzcn.ingest.raw import RawArticle
from kzcn.ingest.text import parse_text
from kzcn.model import Rejection

DEFAULT_MAX_LINE = 50_000_000
_CHUNK = 1 << 20
# The csv module refuses fields over 128 KiB by default; an article of 1M characters is legal.
csv.field_size_limit(DEFAULT_MAX_LINE)


def bounded_lines(stream: BinaryIO, limit: int) -> Iterator[tuple[int, bytes | None]]:
    """Yield ``(line_number, bytes)``; a line longer than ``limit`` yields ``None`` and is skipped
    without being held in memory."""
    number = 0
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        number += 1
        if len(line) > limit and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):
                line = stream.readline(_CHUNK)
            yield number, None
        else:
            yield number, line


def record_to_article(record: object, source_name: str, where: str) -> RawArticle | Rejection:
    """Map one record (dict) to a RawArticle; the record's URL, else ``FILE:LINE``, is its source."""
    if not isinstance(record, dict):
        return Rejection(f"expected a JSON object, got {type(record).__name__}", where)
    text, html = record.get("text") or "", record.get("html") or ""
    if not isinstance(text, str) or not isinstance(html, str):
        return Rejection("expected text/html to be strings", where)
    if not text.strip() and not html.strip():
        return Rejection("record has neither text nor html", where)
    url = str(record.get("url") or "")
    source = url or f"{source_name}:{where.rsplit(':', 1)[-1]}"
    title = str(record.get("title") or "")
    date = checked_published(record.get("date") or record.get("published"), where)
    if html.strip():
        return RawArticle(source, where, html=html, title=title, published=date, url=url)
    parsed = parse_text(text, source, where) if not title else RawArticle(source, where, text=text)
    if isinstance(parsed, Rejection):
        return parsed
    return RawArticle(source, where, text=parsed.text, title=title or parsed.title,
                      published=date or parsed.published, url=url)


def read_jsonl_file(path: Path, max_line: int = DEFAULT_MAX_LINE) -> Iterator[RawArticle | Rejection]:
    """Yield one article or rejection per non-blank line of a JSONL file."""
    with path.open("rb") as stream:
        for number, line in bounded_lines(stream, max_line):
            where = f"{path}:{number}"
            if line is None:
                yield Rejection(f"line longer than {max_line} bytes", where)
                continue
            if not line.strip():
                continue
            decoded = decode_bytes(line, where)
            if isinstance(decoded, Rejection):
                yield decoded
                continue
            try:
                record = json.loads(decoded)
            except json.JSONDecodeError as err:
                yield Rejection(f"malformed JSON ({err.msg} at column {err.colno})", where)
                continue
            except (ValueError, RecursionError) as err:  # 5,000-digit numbers, 100k nested lists
                yield Rejection(f"unreadable JSON ({type(err).__name__}: {str(err)[:80]})", where)
                continue
            yield record_to_article(record, path.name, where)


def read_csv_file(path: Path) -> Iterator[RawArticle | Rejection]:
    """Yield one article or rejection per CSV row (header required: url,title,date,text|html)."""
    data = read_bounded(path)
    decoded = data if isinstance(data, Rejection) else decode_bytes(data, str(path))
    if isinstance(decoded, Rejection):
        yield decoded
        return
    reader = csv.DictReader(io.StringIO(decoded.lstrip("\ufeff")))
    try:
        header = reader.fieldnames
    except csv.Error as err:
        header = [f"unreadable ({err})"]
    if not header or not {"text", "html"} & set(header):
        yield Rejection(f"expected a CSV header with text or html, got {header}", f"{path}:1")
        return
    yield from _csv_rows(reader, path)


def _csv_rows(reader: csv.DictReader, path: Path) -> Iterator[RawArticle | Rejection]:
    """One article or rejection per row; a row the csv module cannot parse is rejected
    with its line and reading goes on at the next line."""
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as err:
            yield Rejection(f"malformed CSV row ({err})", f"{path}:{reader.line_num}")
            continue
        yield record_to_article(row, path.name, f"{path}:{reader.line_num}")
