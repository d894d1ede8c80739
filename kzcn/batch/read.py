"""A worker reads its own partition: a byte range of a JSONL file, a row range of a Parquet
file, or a list of article files."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from kzcn.batch.partitions import Partition
from kzcn.ingest import RawArticle, read_paths
from kzcn.ingest.decode import decode_bytes
from kzcn.ingest.records import record_to_article
from kzcn.model import Rejection

Item = RawArticle | Rejection


def read_partition(part: Partition, max_line: int = 50_000_000) -> Iterator[Item]:
    """The articles (or rejections) of ``part`` in input order."""
    if part.kind == "jsonl":
        yield from _jsonl_range(part, max_line)
    elif part.kind == "parquet":
        yield from _parquet_rows(part)
    else:
        yield from read_paths(part.files)


def _jsonl_range(part: Partition, max_line: int) -> Iterator[Item]:
    with open(part.path, "rb") as stream:
        stream.seek(part.start)
        data = stream.read(part.stop - part.start)
    name = Path(part.path).name
    for number, line in enumerate(data.split(b"\n"), start=part.first_line):
        if not line.strip():
            continue
        yield _jsonl_record(line, name, f"{part.path}:{number}", max_line)


def _jsonl_record(line: bytes, name: str, where: str, max_line: int) -> Item:
    if len(line) > max_line:
        return Rejection(f"line longer than {max_line} bytes", where)
    decoded = decode_bytes(line, where)
    if isinstance(decoded, Rejection):
        return decoded
    try:
        record = json.loads(decoded)
    except (ValueError, RecursionError) as err:
        return Rejection(f"malformed JSON ({type(err).__name__}: {str(err)[:80]})", where)
    return record_to_article(record, name, where)


def _parquet_rows(part: Partition) -> Iterator[Item]:
    """Rows ``start``..``stop``, reading only the row groups that overlap them."""
    import pyarrow.parquet as pq

    file = pq.ParquetFile(part.path)
    name, offset = Path(part.path).name, 0
    for group in range(file.metadata.num_row_groups):
        rows = file.metadata.row_group(group).num_rows
        if offset + rows > part.start and offset < part.stop:
            records = file.read_row_group(group).to_pylist()
            for i, record in enumerate(records, start=offset):
                if part.start <= i < part.stop:
                    yield record_to_article(record, name, f"{part.path}:row{i + 1}")
        offset += rows
        if offset >= part.stop:
            return
