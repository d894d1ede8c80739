"""Sectors: the fields of cooperation an article discusses (SCHEMA.md's list of 25).

Stems in ``rules/<lang>/sectors.tsv``; the longest phrase wins, so "қала құрылысы" (urban
development) is not also "құрылыс" (construction), and phrases labelled ``-`` mask words that
name no field ("сауда-экономикалық", trade turnover figures).
"""

from __future__ import annotations

from typing import ClassVar

from kzcn.extract.triggers import load_lexicon
from kzcn.model import Document

MASK = "-"


def find_sectors(text: str, lang: str | None) -> list[str]:
    """Sectors named in ``text``, in order of first mention."""
    cues = load_lexicon("sectors", lang).find(text)
    masked = {(cue.start, cue.stop) for cue in cues if cue.label == MASK}
    sectors: list[str] = []
    for cue in cues:
        if (cue.start, cue.stop) in masked:
            continue
        for sector in cue.label.split("|"):
            if sector != MASK and sector not in sectors:
                sectors.append(sector)
    return sectors


class SectorStage:
    """Pipeline stage adding the ``sectors`` layer."""

    name: ClassVar[str] = "sectors"
    requires: ClassVar[frozenset[str]] = frozenset({"text", "sentences"})
    provides: ClassVar[frozenset[str]] = frozenset({"sectors"})

    def __call__(self, doc: Document) -> Document:
        return doc.add(sectors=find_sectors(doc.text, doc.lang))
