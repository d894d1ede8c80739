"""Inputs cut into partitions of a few hundred articles, described cheaply (file + byte or row
range, or a list of files) so a worker reads its own share and a re-run names them the same."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from kzcn.ingest.paths import READERS, iter_files

#: Articles per partition. 250 relevant articles take ~5-10 s on one core: long enough that
#: scheduling costs vanish, short enough that a crash loses little and the bar moves.
DEFAULT_SIZE = 250
PARQUET_SUFFIXES = (".parquet", ".pq")


@dataclass(frozen=True, slots=True)
class Partition:
    """One unit of work. ``kind`` is ``jsonl`` (bytes ``start``..``stop`` of ``path``, first line
    ``first_line``), ``parquet`` (rows ``start``..``stop``) or ``files`` (``files``)."""

    id: str
    kind: str
    path: str = ""
    start: int = 0
    stop: int = 0
    first_line: int = 1
    files: tuple[str, ...] = ()
    fingerprint: str = ""


def _fingerprint(*parts: object) -> str:
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:16]


def _stat(path: Path) -> str:
    st = path.stat()
    return f"{path.resolve()}:{st.st_size}:{st.st_mtime_ns}"


def jsonl_partitions(path: Path, size: int, number: int) -> Iterator[Partition]:
    """Byte ranges of ``size`` lines each (the driver only counts newlines)."""
    stat, start, line, first, count, part = _stat(path), 0, 1, 1, 0, 0
    with path.open("rb") as stream:
        offset = 0
        for raw in stream:
            offset += len(raw)
            line += 1
            count += 1
            if count == size:
                yield Partition(f"{number:03d}-{part:06d}", "jsonl", str(path), start, offset, first,
                                fingerprint=_fingerprint(stat, start, offset))
                part, start, first, count = part + 1, offset, line, 0
        if count:
            yield Partition(f"{number:03d}-{part:06d}", "jsonl", str(path), start, offset, first,
                            fingerprint=_fingerprint(stat, start, offset))


def parquet_partitions(path: Path, size: int, number: int) -> Iterator[Partition]:
    """Row ranges of ``size`` rows each."""
    import pyarrow.parquet as pq

    rows, stat = pq.ParquetFile(path).metadata.num_rows, _stat(path)
    for part, start in enumerate(range(0, rows, size)):
        stop = min(rows, start + size)
        yield Partition(f"{number:03d}-{part:06d}", "parquet", str(path), start, stop,
                        fingerprint=_fingerprint(stat, start, stop))


def file_partitions(files: list[Path], size: int, number: int) -> Iterator[Partition]:
    """Groups of ``size`` article files (txt, html, feeds, csv)."""
    for part, i in enumerate(range(0, len(files), size)):
        group = files[i:i + size]
        yield Partition(f"{number:03d}-{part:06d}", "files", files=tuple(map(str, group)),
                        fingerprint=_fingerprint(*map(_stat, group)))


def plan(inputs: list[str], size: int = DEFAULT_SIZE) -> list[Partition]:
    """Every partition of every input (files, folders recursively), in a stable order."""
    out: list[Partition] = []
    loose: list[Path] = []
    paths: list[Path] = []
    for item in inputs:
        path = Path(item)
        if not path.exists():
            raise FileNotFoundError(f"expected a file or folder, got {item!r}")
        paths += list(_expand(path)) if path.is_dir() else [path]
    for number, path in enumerate(paths):
        suffix = path.suffix.lower()
        if suffix in (".jsonl", ".ndjson"):
            out += jsonl_partitions(path, size, number)
        elif suffix in PARQUET_SUFFIXES:
            out += parquet_partitions(path, size, number)
        else:
            loose.append(path)
    out += file_partitions(loose, size, len(paths))
    return out


def _expand(folder: Path) -> Iterator[Path]:
    yield from iter_files(folder)
    yield from sorted(p for p in folder.rglob("*") if p.suffix.lower() in PARQUET_SUFFIXES)


def is_readable(path: Path) -> bool:
    """Whether some reader (or the Parquet reader) accepts ``path``'s suffix."""
    return path.suffix.lower() in READERS or path.suffix.lower() in PARQUET_SUFFIXES
