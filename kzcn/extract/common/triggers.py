"""Trigger lexicons (TSV word lists under ``rules/<lang>/``); the per-document context is in ``context``.

A pattern cell is a phrase of words separated by spaces; ``*`` inside or at the end of a word
stands for any word characters (Kazakh and Russian endings), spaces match any whitespace, and a
pattern always starts at a word start. A cell starting with ``re:`` is a raw regular expression.
Matching is case-insensitive. ``find`` keeps the longest match at each place; rows sharing the
very same span are all kept, so one phrase can carry several labels.

Chinese (``rules/zh/``) writes no spaces, so there are no word starts: its patterns match
anywhere, ``*`` stands for a few characters inside a clause ("签署*备忘录"), and they are matched
against the text's simplified-script view (same offsets, ``kzcn.language.zh_script``).
"""

from __future__ import annotations

import re
import threading
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import ahocorasick

from kzcn.gazetteer.tsv import read_tsv
from kzcn.language.zh_script import simplified
from kzcn.model import Mention

RULES = Path(__file__).parent.parent / "rules"
LANGS = ("kk", "ru", "en")
#: Languages written without spaces between words: no word boundaries in their patterns.
UNSPACED = ("zh",)
_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
#: A word: a run of letters, or two Chinese characters (the average Chinese word length).
_WORD = re.compile(rf"[{_HAN}]{{1,2}}|(?:(?![{_HAN}])[\w\-])+")
#: What a ``*`` spans in an unspaced pattern: up to this many characters of one clause.
UNSPACED_GAP = 12


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


def compile_pattern(cell: str, spaced: bool = True) -> re.Pattern[str]:
    """The regular expression for one pattern cell (see the module docstring)."""
    if not spaced:
        if cell.startswith("re:"):
            return re.compile(cell[3:], re.IGNORECASE)
        gap = rf"[^，。！？；：,;!?\n]{{0,{UNSPACED_GAP}}}?"
        body = r"\s*".join(re.escape(word).replace(r"\*", gap) for word in cell.split())
        return re.compile(body.rstrip("?") if cell.endswith("*") else body, re.IGNORECASE)
    if cell.startswith("re:"):
        return re.compile(r"(?<![\w])(?:" + cell[3:] + ")", re.IGNORECASE)
    words = []
    for word in cell.split():
        words.append(re.escape(word).replace(r"\*", r"[\w\-]*"))
    tail = "" if cell.endswith("*") else r"(?![\w])"
    return re.compile(r"(?<![\w])" + r"\s+".join(words) + tail, re.IGNORECASE)


class Lexicon:
    """A list of (pattern, label, extra cells) rows, matched as one unit."""

    def __init__(self, rows: list[list[str]], spaced: bool = True) -> None:
        self.spaced = spaced
        self.rows = [(compile_pattern(row[0], spaced), row[1], tuple(row[2:])) for row in rows]
        self.literals = [first_literal(row[0]) for row in rows]
        # Rows without a literal always run; the others only when their first literal occurs
        # in the window, found for all rows in one Aho-Corasick pass (one substring test per
        # row per call cost 0.5 of 2.0 CPU-s on press-length articles; same matches).
        self.always = [index for index, literal in enumerate(self.literals) if not literal]
        by_literal: dict[str, list[int]] = defaultdict(list)
        for index, literal in enumerate(self.literals):
            if literal:
                by_literal[literal].append(index)
        self._recent = threading.local()
        self.automaton = None
        if by_literal:
            self.automaton = ahocorasick.Automaton()
            for literal, indexes in by_literal.items():
                self.automaton.add_word(literal, tuple(indexes))
            self.automaton.make_automaton()

    def candidates(self, window: str) -> list[int]:
        """Indexes of the rows that can match in ``window`` (lower-cased), in row order."""
        if self.automaton is None:
            return self.always
        chosen = set(self.always)
        for _, indexes in self.automaton.iter(window):
            chosen.update(indexes)
        return sorted(chosen)

    def find(self, text: str, start: int = 0, stop: int | None = None) -> list[Cue]:
        """Longest non-overlapping matches inside ``text[start:stop]``, in text order."""
        stop = len(text) if stop is None else stop
        # Stages ask about the same sentence of one article many times (stage, modality, place
        # cues): answers are kept for the latest text only, so nothing carries across articles.
        # Kept per thread: threaded executors share one Lexicon.
        recent = self._recent
        if getattr(recent, "text", None) is not text:
            recent.text, recent.answers = text, {}
        if (cached := recent.answers.get((start, stop))) is not None:
            return list(cached)
        kept = self._find(text, start, stop)
        recent.answers[(start, stop)] = tuple(kept)
        return kept

    def _find(self, text: str, start: int, stop: int) -> list[Cue]:
        if not self.spaced:
            text = simplified(text)  # same length: offsets hold in the original
        found = []
        for index in self.candidates(text[start:stop].lower()):
            pattern, label, extra = self.rows[index]
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


def first_literal(cell: str) -> str:
    """The first word of a plain pattern up to any ``*``, lower-cased ("" for ``re:`` rows)."""
    if cell.startswith("re:"):
        return ""
    return cell.split()[0].split("*")[0].lower() if cell.split() else ""


def lexicon_langs(lang: str | None) -> tuple[str, ...]:
    """The rule folders to use for a text in ``lang``: its own, or all of them if unknown."""
    return (lang,) if lang in LANGS or lang in UNSPACED else LANGS


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
    return Lexicon([list(row) for row in load_rows(name, lang)], spaced=lang not in UNSPACED)


def words_between(text: str, left: int, right: int) -> int:
    """How many words lie in ``text[left:right]`` (0 when the range is empty or reversed)."""
    if right <= left:
        return 0
    return len(_WORD.findall(text, left, right))


def locates(text: str, cue: Cue, mention: Mention) -> bool:
    """Whether a locative ``cue`` touches ``mention`` on the side its row names."""
    if cue.cell(0) == "after":
        return mention.start < cue.stop and (cue.start < mention.stop or not text[mention.stop:cue.start].strip())
    if cue.start < mention.start < cue.stop <= mention.stop:
        return True  # the cue's last word opens the mention ("в городе" + "городе Туркестан")
    return cue.stop <= mention.start and not text[cue.stop:mention.start].strip()
