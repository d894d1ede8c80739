"""Heads that name a kind of thing rather than one body: a Kazakh head in the plural
("халықаралық компаниялар": companies), a facility's head ("жылу электр орталығы": a heat and power
plant, a project told by ``kzcn.extract.projects``, not a body named "centre")."""

from __future__ import annotations

import re

from kzcn.extract.projects.facilities import find_facilities
from kzcn.extract.projects.find import GENERIC_HEADS, OFFICE_KINDS

#: Kazakh plural suffixes right after a head's stem ("компаниялар", "компанияларды").
KK_PLURAL = re.compile(r"(?:лар|лер|дар|дер|тар|тер)")


def kk_plural(word: str, head: str) -> bool:
    """Whether a Kazakh head word is in the plural (its stem, then a plural suffix)."""
    stem = head.split()[-1].lower()[:-1]  # "компания" -> "компани": the stem before -я/-ы/-і
    word = word.lower()
    return word.startswith(stem) and bool(KK_PLURAL.match(word, len(stem) + 1))


def facility_head(text: str, start: int, stop: int, head: int) -> bool:
    """Whether the phrase's head is a facility's ("Павлодар жылу электр орталығы": a heat and
    power plant, a project, not a body named "centre")."""
    return any(f.head.start <= head < f.head.stop and f.head.cell(0) == "head"
               and f.kind not in GENERIC_HEADS | OFFICE_KINDS
               for f in find_facilities(text, start, stop, "kk"))
