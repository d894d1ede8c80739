"""Trigger lexicons (TSV word lists under ``rules/<lang>/``) and the sentence context they are read in.

A pattern cell is a phrase of words separated by spaces; ``*`` inside or at the end of a word
stands for any word characters (Kazakh and Russian endings), spaces match any whitespace, and a
pattern always starts at a word start. A cell starting with ``re:`` is a raw regular expression.
Matching is case-insensitive. ``find`` keeps the longest match at each place; rows sharing the
very same span are all kept, so one phrase can carry several labels.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from kzcn.gazetteer.tsv import read_tsv
from kzcn.model import Document, Mention

RULES = Path(__file__).parent / "rules"
LANGS = ("kk", "ru", "en")
_WORD = re.compile(r"[\w\-]+")


@dataclass(frozen=True, slots=True)
class Cue:
    """One lexicon match: its span, the row's label and the row's further cells."""

    start: int
    stop: int
    label: str
    extra: tuple[str, ...] = ()

    def cell(self, index: int, default: str = "") -> str:
        """The ``index``-th extra cell (after the label), or ``default``."""
        return self.extra[index] if index < len(self.extra) and self.extra[index] else default


def compile_pattern(cell: str) -> re.Pattern[str]:
    """The regular expression for one pattern cell (see the module docstring)."""
    if cell.startswith("re:"):
        return re.compile(r"(?<![\w])(?:" + cell[3:] + ")", re.IGNORECASE)
    words = []
    for word in cell.split():
        words.append(re.escape(word).replace(r"\*", r"[\w\-]*"))
    tail = "" if cell.endswith("*") else r"(?![\w])"
    return re.compile(r"(?<![\w])" + r"\s+".join(words) + tail, re.IGNORECASE)


class Lexicon:
    """A list of (pattern, label, extra cells) rows, matched as one unit."""

    def __init__(self, rows: list[list[str]]) -> None:
        self.rows = [(compile_pattern(row[0]), row[1], tuple(row[2:])) for row in rows]

    def find(self, text: str, start: int = 0, stop: int | None = None) -> list[Cue]:
        """Longest non-overlapping matches inside ``text[start:stop]``, in text order."""
        stop = len(text) if stop is None else stop
        found = []
        for pattern, label, extra in self.rows:
            for match in pattern.finditer(text, start, stop):
                found.append(Cue(match.start(), match.end(), label, extra))
        found.sort(key=lambda cue: (cue.start, cue.start - cue.stop))
        kept: list[Cue] = []
        for cue in found:
            if kept and cue.start < kept[-1].stop:
                if (cue.start, cue.stop) == (kept[-1].start, kept[-1].stop):
                    kept.append(cue)
                continue
            kept.append(cue)
        return kept

    def labels(self, text: str, start: int = 0, stop: int | None = None) -> set[str]:
        """The set of labels found in ``text[start:stop]``."""
        return {cue.label for cue in self.find(text, start, stop)}


def lexicon_langs(lang: str | None) -> tuple[str, ...]:
    """The rule folders to use for a text in ``lang``: its own, or all of them if unknown."""
    return (lang,) if lang in LANGS else LANGS


@lru_cache(maxsize=64)
def load_rows(name: str, lang: str | None) -> tuple[tuple[str, ...], ...]:
    """The rows of ``rules/<lang>/<name>.tsv`` (all languages merged when ``lang`` is unknown)."""
    rows: list[tuple[str, ...]] = []
    for code in lexicon_langs(lang):
        path = RULES / code / f"{name}.tsv"
        if path.exists():
            rows.extend(tuple(row) for row in read_tsv(path, min_columns=2))
    return tuple(rows)


@lru_cache(maxsize=64)
def load_lexicon(name: str, lang: str | None) -> Lexicon:
    """The lexicon compiled from ``load_rows(name, lang)``."""
    return Lexicon([list(row) for row in load_rows(name, lang)])


def words_between(text: str, left: int, right: int) -> int:
    """How many words lie in ``text[left:right]`` (0 when the range is empty or reversed)."""
    if right <= left:
        return 0
    return len(_WORD.findall(text, left, right))


class Context:
    """Per-document lookups over the mention and date layers, shared by events and projects."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.mentions: list[Mention] = sorted(doc.mentions, key=lambda m: (m.start, -m.stop))
        self._starts = [m.start for m in self.mentions]
        self.units = {m.canonical for m in self.mentions if m.kind == "kz_region"}
        self.main_region = self._main_region()

    def in_span(self, start: int, stop: int) -> list[Mention]:
        """Mentions that start inside ``[start, stop)``."""
        index = bisect_left(self._starts, start)
        found = []
        while index < len(self.mentions) and self.mentions[index].start < stop:
            found.append(self.mentions[index])
            index += 1
        return found

    def is_unit(self, name: str | None) -> bool:
        """Whether ``name`` is a canonical first-level Kazakh unit."""
        return bool(name) and (name in self.units or name.endswith(" Region"))

    def _units_of(self, mention: Mention) -> str | None:
        if mention.kind == "kz_region" and mention.participant:
            return mention.canonical
        if mention.kind == "kz_place" and self.is_unit(mention.region):
            return mention.region
        if mention.kind == "person" and self.is_unit(mention.of):
            return mention.of
        return None

    def _main_region(self) -> str | None:
        """The article's Kazakh unit: the most often named (officials' units included)."""
        counts = Counter(unit for m in self.mentions if (unit := self._units_of(m)))
        return counts.most_common(1)[0][0] if counts else None

    def kz_region_at(self, start: int, stop: int) -> str | None:
        """The acting Kazakh unit of a sentence: an official's unit, a named unit, else the main one."""
        found = self.in_span(start, stop)
        for mention in found:
            if mention.kind == "person" and self.is_unit(mention.of):
                return mention.of
        for mention in found:
            if mention.kind in ("kz_region", "kz_place") and (unit := self._units_of(mention)):
                return unit
        return self.main_region

    def cn_parties(self, start: int, stop: int) -> list[tuple[str, tuple[int, int]]]:
        """Chinese companies and places taking part, with the province of each city named."""
        parties: list[tuple[str, tuple[int, int]]] = []
        for m in self.in_span(start, stop):
            chinese_org = m.kind == "org" and m.country == "CN"
            if not m.participant or not (chinese_org or m.kind == "cn_place"):
                continue
            names = [m.canonical] + ([m.region] if m.kind == "cn_place" and m.region else [])
            parties += [(name, (m.start, m.stop)) for name in names if name not in dict(parties)]
        return parties

    def place_in(self, start: int, stop: int) -> tuple[str, tuple[int, int]] | None:
        """Where a sentence says something happened: a place named with a locative cue."""
        cues = [c for c in load_lexicon("modality", self.doc.lang).find(self.doc.text, start, stop)
                if c.label == "at"]
        for m in self.in_span(start, stop):
            is_city = m.kind == "kz_region" and not m.canonical.endswith(" Region")
            if m.kind not in ("cn_place", "kz_place") and not is_city:
                continue
            if any(_locates(self.doc.text, cue, m) for cue in cues):
                return m.canonical, (m.start, m.stop)
        return None

    def date_in(self, start: int, stop: int, prefer_range: bool = False):
        """The first resolved date of a sentence (a range first when ``prefer_range``)."""
        dates = [d for d in self.doc.dates if start <= d.start < stop and d.value]
        if prefer_range:
            dates.sort(key=lambda d: "/" not in d.value)
        return (dates[0].value, (dates[0].start, dates[0].stop)) if dates else None

    def people_in(self, start: int, stop: int) -> list[str]:
        """Names of the persons mentioned in a sentence."""
        return list(dict.fromkeys(m.canonical for m in self.in_span(start, stop) if m.kind == "person"))

    def about_china(self) -> bool:
        """Whether the article names a Chinese place, company or China itself."""
        if any(m.country == "CN" or m.kind == "cn_place" for m in self.mentions):
            return True
        return "china" in load_lexicon("modality", self.doc.lang).labels(self.doc.text)


def _locates(text: str, cue: Cue, mention: Mention) -> bool:
    """Whether a locative ``cue`` touches ``mention`` on the side its row names."""
    if cue.cell(0) == "after":
        return mention.start < cue.stop and (cue.start < mention.stop or not text[mention.stop:cue.start].strip())
    return cue.stop <= mention.start and not text[cue.stop:mention.start].strip()
