"""Kazakh public bodies named with the place they serve.

A party or government body, a consulate or a maslikhat is named after its place, and the
place is part of the name: "Павлодар қаласы мәслихаты", "Ганьсу провинциясы партия
комитеті", "Қазақстанның Гуанчжоу қаласындағы Бас консулдығы"; a body inside another keeps the
outer one ("X қаласы Халық үкіметінің Сыртқы істер канцеляриясы").
"""

from __future__ import annotations

import re
from functools import lru_cache

from kzcn.extract.entities.orgs.heads import RULES
from kzcn.gazetteer import Token
from kzcn.gazetteer.tsv import read_tsv
from kzcn.model import Mention

PLACE_KINDS = ("country", "kz_region", "kz_place", "cn_place")
#: Words that close a place's name ("қаласы", "провинциясының", "ауданы", "қаласындағы").
PLACE_TYPE = ("провинция", "облыс", "қала", "өлке", "аудан", "автоном", "округ")
MAX_PLACE_TAIL = 3  # "ұйғыр автономдық ауданы" after "Шыңжаң"
MAX_MODIFIERS = 3  # "қалалық партия", "реформа және даму"
GENITIVE = ("ның", "нің", "дың", "дің", "тың", "тің")
BREAK = re.compile(r"[.!?:;,\n«»\"“”()]")


@lru_cache(maxsize=1)
def civic_heads() -> frozenset[str]:
    """Nominatives of heads whose place alone names the body (kind ``civic``)."""
    return frozenset(row[2] for row in read_tsv(RULES / "org_heads.tsv", 4) if row[3] == "civic")


@lru_cache(maxsize=1)
def outer_heads() -> frozenset[str]:
    """Heads (kinds ``civic`` and ``outer``) of a body that holds the one named after it."""
    return frozenset(row[0].lower() for row in read_tsv(RULES / "org_heads.tsv", 4)
                     if row[3] in ("civic", "outer"))


def _outer_head(token: Token) -> bool:
    from kzcn.link.morph import stems

    return token.text.endswith(GENITIVE) and any(s in outer_heads() for s in stems(token.text))


def _joined(text: str, left: Token, right: Token) -> bool:
    gap = text[left.stop:right.start]
    return not BREAK.search(gap) and len(gap) <= 2


def place_before(text: str, tokens: list[Token], k: int, places: list[Mention]) -> int | None:
    """Index of the first token of a place whose name ends at token ``k`` (its type words
    included: "Шаңхай қаласы", "Шыңжаң ұйғыр автономдық ауданы"), else None."""
    for tail in range(MAX_PLACE_TAIL + 1):
        last = k - tail
        if last < 0 or tail and not tokens[k].text.lower().startswith(PLACE_TYPE):
            return None
        if tail and not all(tokens[i].text.islower() and _joined(text, tokens[i - 1], tokens[i])
                            for i in range(last + 1, k + 1)):
            return None
        for m in places:
            if m.kind in PLACE_KINDS and m.start <= tokens[last].start < m.stop:
                return next(i for i, t in enumerate(tokens) if t.stop > m.start)
    return None


def civic_start(text: str, tokens: list[Token], j: int, places: list[Mention]) -> int | None:
    """First token of "<place> [≤3 lowercase words] <civic head>" ending at head ``j``."""
    k = j - 1
    while k >= 0 and j - k <= MAX_MODIFIERS and tokens[k].text.islower() and \
            _joined(text, tokens[k], tokens[k + 1]) and not tokens[k].text.endswith(GENITIVE) and \
            place_before(text, tokens, k, places) is None:
        k -= 1
    if k < 0 or not _joined(text, tokens[k], tokens[k + 1]):
        return None
    return place_before(text, tokens, k, places)


def extend_left(text: str, tokens: list[Token], start: int, places: list[Mention]) -> int:
    """The body's name widened over the outer body in the genitive and the place before it."""
    for _ in range(3):
        k = start - 1
        if k < 0 or not _joined(text, tokens[k], tokens[k + 1]):
            return start
        place = place_before(text, tokens, k, places)
        if place is not None:
            start = place
            continue
        if _outer_head(tokens[k]):
            outer = k
            while outer > 0 and tokens[outer - 1].text[:1].isupper() and \
                    _joined(text, tokens[outer - 1], tokens[outer]):
                outer -= 1
            if outer == k:
                return start
            start = outer
            continue
        return start
    return start
