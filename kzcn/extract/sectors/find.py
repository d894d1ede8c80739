"""Sectors: the fields of cooperation an article discusses (SCHEMA.md's list of 25).

Stems in ``rules/<lang>/sectors.tsv``; the longest phrase wins, so "қала құрылысы" (urban
development) is not also "құрылыс" (construction), and phrases labelled ``-`` mask words that
name no field ("сауда-экономикалық", trade turnover figures). Three kinds of context decide the rest:

- a word of a body's name (``<body`` before it, ``>body`` after it) makes a sector word an office's
  name: "управление энергетики", "сауда басқармасы";
- a ``weak`` word is as often an activity or a utility as a field ("строительство завода",
  "оборудование заказано", "газ құбырын тарту"): it counts only in a sentence with a cooperation
  word (``@frame``: "сотрудничество", "салаларында", "discussed"), right before a word of firms
  (``@kind``: "строительные компании") or next to another sector in a list, and never beside a
  facility word (``@facility``: "строительство цементного завода");
- a ``@profile`` phrase ("основу экономики составляют", "экономикасының негізі") makes its sentence
  a description of a place's economy, not of the cooperation: no sector counts there; so does a
  ``@showcase`` word ("павильон", "pavilion"): goods on show at a region's stand are no field.

An article with no event, project or figure discusses no field of cooperation (the gold of every
annotated set agrees: sport, weather and China-in-passing articles carry no sectors).
"""

from __future__ import annotations

import re
from typing import ClassVar

from kzcn.extract.common.triggers import Cue, load_lexicon
from kzcn.model import Document

MASK, FRAME, KIND, FACILITY, PROFILE, SHOWCASE = "-", "@frame", "@kind", "@facility", "@profile", "@showcase"
BODY_BEFORE, BODY_AFTER = "<body", ">body"
SPECIAL = frozenset({MASK, FRAME, KIND, FACILITY, PROFILE, SHOWCASE, BODY_BEFORE, BODY_AFTER})
#: Words allowed between a facility word and a weak sector word: "строительство в регионе завода" is 3.
FACILITY_WORDS = 3
#: Words this short ("of", "a", "в", "on") are function words, not counted between a facility and a sector word.
FUNCTION_WORD = 2
#: What may stand between two members of a list of sectors: "металлургии, энергетике и сельском хозяйстве".
LIST_GAP = re.compile(r"[\s,;]*(?:(?:и|или|а также|және|мен|пен|бен|немесе|and|or|as well as)[\s,]+)?", re.IGNORECASE)
#: What may stand between an office word and a sector word of its name: nothing, "по"/"of"/"for",
#: or earlier members of a list ("управление промышленности и сельского хозяйства", "комитет по торговле").
BODY_GAP_BEFORE = re.compile(r"\s*(?:(?:по|of|for)\s+)?(?:[\w-]+(?:\s+[\w-]+){0,2}\s*(?:,|\s(?:и|and))\s+)?", re.IGNORECASE)
#: ... and between a sector word and the office word after it: nothing, or later members of a list
#: ("энергетика және тұрғын үй-коммуналдық шаруашылық басқармасы", "ауыл шаруашылығы, кәсіпкерлік басқармалары").
BODY_GAP_AFTER = re.compile(r"\s*(?:(?:,|\s(?:және|мен|пен|бен|and))\s*[\w-]+(?:\s+[\w-]+){0,2}\s+)?", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?»](?=\s)|\n")


def _sentence_bounds(text: str, sentences) -> list[tuple[int, int]]:
    if sentences:
        return [(s.start, s.stop) for s in sentences]
    bounds, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        bounds.append((start, match.end()))
        start = match.end()
    return bounds + [(start, len(text))]


def _within(cue: Cue, bounds: list[tuple[int, int]]) -> tuple[int, int]:
    return next(((s, e) for s, e in bounds if s <= cue.start < e), (0, 0))


def _words(text: str) -> int:
    """Content words: "construction of a joint oil plant" is 2 apart (articles and prepositions skipped)."""
    return sum(1 for word in text.split() if len(word.strip(".,;:«»\"'()")) > FUNCTION_WORD)


def _is_body(cue: Cue, cues: list[Cue], text: str) -> bool:
    """Whether the sector word is part of an office's name ("управлению энергетики")."""
    for other in cues:
        if other.label == BODY_BEFORE and other.stop <= cue.start and BODY_GAP_BEFORE.fullmatch(text, other.stop, cue.start):
            return True
        if other.label == BODY_AFTER and cue.stop <= other.start and BODY_GAP_AFTER.fullmatch(text, cue.stop, other.start):
            return True
    return False


def _gap(text: str, cue: Cue, other: Cue) -> str:
    return text[cue.stop : other.start] if other.start >= cue.stop else text[other.stop : cue.start]


def _weak_holds(cue: Cue, cues: list[Cue], text: str, sentence: tuple[int, int]) -> bool:
    """Whether a weak sector word is a field of cooperation in its sentence.

    In order: a field or firm word right after it ("құрылыс саласына", "строительные компании")
    makes it a field; a facility word near it ("строительство в регионе завода") an activity; then
    a cooperation word in the sentence, a list ("металлургии, энергетике и строительству") or a
    sector word before it ("логистикалық инфрақұрылым") make it a field.
    """
    inside = [c for c in cues if sentence[0] <= c.start < sentence[1] and c is not cue]
    after = [c for c in inside if c.start >= cue.stop and not text[cue.stop : c.start].strip()]
    if any(c.label in (FRAME, KIND) for c in after):
        return True
    if any(c.label == FACILITY and _words(_gap(text, cue, c)) <= FACILITY_WORDS for c in inside):
        return False
    if any(c.label == FRAME for c in inside):
        return True
    # A list or a modifier joins different fields: "банками ... и Банком развития" is one.
    for other in (c for c in inside if c.label not in SPECIAL and c.label != cue.label):
        gap = _gap(text, cue, other)
        modifier = other.stop <= cue.start and not gap.strip()
        if modifier or (gap.strip() and LIST_GAP.fullmatch(gap)):
            return True
    return False


def find_sectors(text: str, lang: str | None, sentences=None) -> list[str]:
    """Sectors named as fields in ``text``, in order of first mention (``sentences``: spans with
    ``start``/``stop``; split at sentence punctuation when not given)."""
    cues = load_lexicon("sectors", lang).find(text)
    masked = {(cue.start, cue.stop) for cue in cues if cue.label == MASK}
    bounds = _sentence_bounds(text, sentences)
    profiles = {_within(cue, bounds) for cue in cues if cue.label in (PROFILE, SHOWCASE)}
    sectors: list[str] = []
    for cue in cues:
        if cue.label in SPECIAL or (cue.start, cue.stop) in masked or _is_body(cue, cues, text):
            continue
        if profiles and _within(cue, bounds) in profiles:
            continue
        if cue.cell(0) == "weak" and not _weak_holds(cue, cues, text, _within(cue, bounds)):
            continue
        for sector in cue.label.split("|"):
            if sector not in sectors:
                sectors.append(sector)
    return sectors


class SectorStage:
    """Pipeline stage adding the ``sectors`` layer (empty where no fact of cooperation was found)."""

    name: ClassVar[str] = "sectors"
    requires: ClassVar[frozenset[str]] = frozenset({"text", "sentences", "events", "projects", "figures"})
    provides: ClassVar[frozenset[str]] = frozenset({"sectors"})

    def __call__(self, doc: Document) -> Document:
        if not (doc.events or doc.projects or doc.figures):
            return doc.add(sectors=[])
        return doc.add(sectors=find_sectors(doc.text, doc.lang, doc.sentences))
