"""Kazakh word endings, read from ``data/kk_endings.tsv`` (knowledge as data)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

DATA = Path(__file__).parent / "data"


@cache
def kazakh_endings(path: Path = DATA / "kk_endings.tsv") -> tuple[str, ...]:
    """Kazakh case, possessive, plural and derivational endings, longest first."""
    endings: set[str] = set()
    with open(path, encoding="utf-8") as lines:
        for lineno, line in enumerate(lines, 1):
            if line.startswith("#") or not line.strip() or line.startswith("ending\t"):
                continue
            ending, sep, _kind = line.rstrip("\n").partition("\t")
            if not sep or not ending.isalpha():
                raise ValueError(f"expected 'ending<TAB>kind', got {line!r} in {path}:{lineno}")
            endings.add(ending)
    return tuple(sorted(endings, key=lambda e: (-len(e), e)))
