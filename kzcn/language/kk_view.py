"""The aligned view shared by Kazakh's Latin and Arabic scripts: ``ScriptView`` (a Cyrillic text
and, for each of its characters, the range of the original it came from), the builder that makes
one, the letter-table reader and the loanwords both scripts spell as Russian does."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).parent / "data"
VARIANTS = ("2017", "2018", "2021")
AMBIGUOUS_I = "и|й"
CYRILLIC_VOWELS = frozenset("аәеёиоөуұүыіэюя")
BACK = frozenset("аоұыуяёю")
FRONT = frozenset("әеөүіэ")
APOSTROPHES = "'’ʼ‘"
HAMZA = "\u0674\u0621"
LATIN_WORD = re.compile(f"[A-Za-zÀ-ɏ]+(?:[{APOSTROPHES}][A-Za-zÀ-ɏ]*)*")
ARABIC_WORD = re.compile("[\u0621-\u064a\u0674-\u06ff\u0640]+")
DIGITS = {ord(a): str(i % 10) for i, a in enumerate("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹")}


@dataclass(frozen=True)
class ScriptView:
    """A Cyrillic rendering of ``original``; output character i came from
    ``original[starts[i]:stops[i]]``."""

    text: str
    original: str
    starts: tuple[int, ...]
    stops: tuple[int, ...]

    def original_span(self, start: int, stop: int) -> tuple[int, int]:
        """The span of the original text that the view's ``[start, stop)`` came from."""
        if start >= len(self.text):
            return len(self.original), len(self.original)
        if stop <= start:
            return self.starts[start], self.starts[start]
        return self.starts[start], self.stops[stop - 1]


class Builder:
    """Collects output pieces with the source range of each."""

    def __init__(self) -> None:
        self.chars: list[str] = []
        self.starts: list[int] = []
        self.stops: list[int] = []

    def emit(self, piece: str, start: int, stop: int) -> None:
        for i, char in enumerate(piece):  # n output chars share a source unit, spread evenly
            n = len(piece)
            a = start + (stop - start) * i // n
            b = max(a + 1, start + (stop - start) * (i + 1) // n) if stop > start else a
            self.chars.append(char)
            self.starts.append(a)
            self.stops.append(min(b, stop) if stop > start else b)

    def view(self, original: str) -> ScriptView:
        return ScriptView("".join(self.chars), original, tuple(self.starts), tuple(self.stops))


def rows(name: str) -> list[list[str]]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]


@lru_cache(maxsize=2)
def loan_spellings(script: str) -> tuple[tuple[str, str], ...]:
    """(spelling, cyrillic stem) pairs for ``script``, longest spelling first."""
    from kzcn.language.kk_arabic import cyrillic_to_arabic
    from kzcn.language.kk_script import cyrillic_to_latin

    pairs = set()
    for row in rows("kk_loanwords.tsv"):
        stem = row[0]
        extra = row[1].split(",") if len(row) > 1 and row[1] else []
        if script == "latn":
            spelled = [cyrillic_to_latin(stem, v) for v in VARIANTS] + extra
        else:
            spelled = [cyrillic_to_arabic(stem)] + extra
        pairs |= {(s.lower(), stem) for s in spelled if s and is_script(s, script)}
    return tuple(sorted(pairs, key=lambda p: -len(p[0])))


def is_script(word: str, script: str) -> bool:
    return bool(ARABIC_WORD.fullmatch(word) if script == "arab" else LATIN_WORD.match(word))


def loan_prefix(word: str, script: str) -> tuple[str, int] | None:
    lower = word.lower()
    if script == "arab":
        lower = lower.lstrip(HAMZA)
    for spelling, stem in loan_spellings(script):
        if lower.startswith(spelling):
            return stem, len(spelling) + (len(word) - len(word.lstrip(HAMZA)) if script == "arab" else 0)
    return None
