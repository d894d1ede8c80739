"""Reading the knowledge files: TSV with a ``# source:`` line and ``#`` comments."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path


class DataFileError(ValueError):
    """A knowledge file is malformed (no source line, too few columns)."""


def read_tsv(path: Path, min_columns: int = 1) -> Iterator[list[str]]:
    """Yield the tab-separated rows of ``path``, skipping ``#`` comment and blank lines."""
    with open(path, encoding="utf-8") as handle:
        first = handle.readline()
        if not first.startswith("# source:"):
            raise DataFileError(f"expected '# source:' first line, got {first[:40]!r} in {path}:1")
        for number, line in enumerate(handle, start=2):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            row = [cell.strip() for cell in line.split("\t")]
            if len(row) < min_columns:
                raise DataFileError(
                    f"expected {min_columns} columns, got {len(row)} in {path}:{number}"
                )
            yield row


def split_variants(cell: str) -> list[str]:
    """The ``|``-separated variants of a cell, without empties."""
    return [part.strip() for part in cell.split("|") if part.strip()]
