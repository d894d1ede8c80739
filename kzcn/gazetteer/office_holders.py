"""Who held which office when: akims of the Kazakh units, Chinese governors and party secretaries.

An akim named without his region ("аким Асхат X провёл встречу") means that akim's region at the
article's date; this is general knowledge, kept as data (``data/office_holders.tsv``, one row per
term with its dates and source). Names are matched in any spelling through ``name_key``: the
first name (or its initial) and the surname, each possibly followed by a case ending.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from kzcn.link.name_key import name_key
from kzcn.link.tsv import read_tsv

DATA = Path(__file__).parent / "data" / "office_holders.tsv"
#: Letters a case ending may add to a surname ("Жұмабаевпен", "Жумабаевым") or a first name.
SURNAME_ENDING, FIRST_ENDING = 6, 4
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_HANZI = re.compile(r"[\u4e00-\u9fff]")


@dataclass(frozen=True, slots=True)
class OfficeHolder:
    """One term of office: ``of`` is a canonical Kazakh unit or a Chinese place (pinyin)."""

    name: str  # in Latin script
    role: str
    of: str
    country: str
    start: str  # YYYY-MM
    stop: str | None  # YYYY-MM, None while in office
    variants: tuple[str, ...]

    def held_on(self, date: str | None) -> bool:
        """Whether the term covers ``date`` (YYYY-MM-DD or YYYY-MM); an unknown date: always."""
        if not date:
            return True
        month = date[:7]
        return self.start <= month and (self.stop is None or month <= self.stop)


@dataclass(frozen=True, slots=True)
class HolderMatch:
    """A name of ``holder`` found at ``[start, stop)``; ``written`` is the variant it matched."""

    start: int
    stop: int
    holder: OfficeHolder
    written: str


class OfficeHolders:
    """The knowledge base, indexed by the folded first name and surname of every variant."""

    def __init__(self, holders: list[OfficeHolder]) -> None:
        self.holders = holders
        # surname key -> [(first-name key, variant, holder)]
        self._by_surname: dict[str, list[tuple[str, str, OfficeHolder]]] = {}
        self._hanzi: list[tuple[str, OfficeHolder]] = []
        for holder in holders:
            for variant in holder.variants:
                if _HANZI.search(variant):
                    self._hanzi.append((variant, holder))
                    continue
                words = [w for w in _WORD.findall(variant)]
                if len(words) >= 2 and len(words[0]) > 1:
                    first, surname = name_key(words[0]), name_key(words[-1])
                    self._by_surname.setdefault(surname, []).append((first, variant, holder))

    @classmethod
    def load(cls, path: Path | str | None = None) -> OfficeHolders:
        return _load(str(path or DATA))

    def find(self, text: str, date: str | None = None) -> list[HolderMatch]:
        """Office holders named in ``text`` in office on ``date``: "Серік Жұмабаев",
        "С. Жұмабаев", "Жұмабаев Серік", "Serik Zhumabayev", with case endings."""
        # Names are written capitalised: other words get no key (and cost no folding).
        words = [(m.start(), m.end(), name_key(m.group()) if m.group()[:1].isupper() else "")
                 for m in _WORD.finditer(text)]
        found: list[HolderMatch] = []
        for i, (start, stop, key) in enumerate(words):
            if not key:
                continue
            for holder, written in self._surname_at(key):
                first = self._first_beside(words, i, holder, written, text)
                if first is not None and holder.held_on(date):
                    found.append(HolderMatch(min(first[0], start), max(first[1], stop), holder, written))
        for variant, holder in self._hanzi:
            at = text.find(variant)
            if at >= 0 and holder.held_on(date):
                found.append(HolderMatch(at, at + len(variant), holder, variant))
        if not date:  # undated: a name that held offices in several places says nothing
            places: dict[str, set[str]] = {}
            for match in found:
                places.setdefault(match.holder.name, set()).add(match.holder.of)
            found = [m for m in found if len(places[m.holder.name]) == 1]
        return _best_terms(found)

    def _surname_at(self, key: str) -> list[tuple[OfficeHolder, str]]:
        out = []
        for cut in range(len(key), max(2, len(key) - SURNAME_ENDING) - 1, -1):
            for first, variant, holder in self._by_surname.get(key[:cut], ()):
                out.append((holder, variant))
        return out

    def _first_beside(self, words, i, holder, written, text) -> tuple[int, int] | None:
        """The first name (or its initial) standing right before or right after the surname."""
        first_key = name_key(_WORD.findall(written)[0])
        for j in (i - 1, i + 1):
            if not 0 <= j < len(words):
                continue
            start, stop, key = words[j]
            gap = text[min(stop, words[i][1]):max(start, words[i][0])] if j < i else \
                text[words[i][1]:start]
            if len(gap) > 3 or "\n" in gap:
                continue
            initial = len(key) == 1 and j == i - 1 and key == first_key[:1] and "." in gap
            if initial or (key.startswith(first_key) and len(key) - len(first_key) <= FIRST_ENDING):
                return start, stop
        return None


def _best_terms(found: list[HolderMatch]) -> list[HolderMatch]:
    """One match per place in the text: the term that began last (the office held on the date)."""
    best: dict[tuple[int, int], HolderMatch] = {}
    for match in found:
        key = (match.start, match.stop)
        if key not in best or match.holder.start > best[key].holder.start:
            best[key] = match
    return sorted(best.values(), key=lambda m: m.start)


@lru_cache(maxsize=2)
def _load(path: str) -> OfficeHolders:
    holders = []
    if not Path(path).exists():
        return OfficeHolders([])
    for row in read_tsv(Path(path), 7):
        name, role, of, country, start, stop, variants = row[:7]
        holders.append(OfficeHolder(name, role, of, country, start, stop or None,
                                    tuple(v.strip() for v in [name, *variants.split("|")] if v.strip())))
    return OfficeHolders(holders)
