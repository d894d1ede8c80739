"""Latin-script organisation names: one name per member of a Latin list, acronym aliases of a
longer name, short names of a company met again (moved unchanged from ``org_phrases``)."""

from __future__ import annotations

import re
from collections import Counter

from kzcn.model import Mention


def drop_acronym_aliases(orgs: list[Mention]) -> list[Mention]:
    """Drop an all-capitals acronym whose letters all come from the initials of a longer
    organisation in the same text ("SCEGCS" beside "Shaanxi Construction ... Group Co.")."""
    initials = [Counter(w[0].upper() for w in m.canonical.split() if w[:1].isalpha())
                for m in orgs if len(m.canonical.split()) > 2]
    kept = []
    for m in orgs:
        word = m.canonical
        if word.isupper() and word.isalpha() and len(word) >= 3 and \
                any(not Counter(word) - pool for pool in initials):
            continue
        kept.append(m)
    return kept


#: A list member ends in a legal form, a company noun or a place's unit word ("X Co., Ltd, Y
#: Group", "Aktobe Region and X Group"); "Grain & Oil", "Industry and Trade" are one name.
LIST_LEFT_END = re.compile(r"\b(?:Ltd\.?|LLC|LLP|JSC|Inc\.?|Corp\.?|Group|Company|Corporation|"
                           r"Holding|Region|Province|Oblast|City)$")
LIST_BREAK = re.compile(r",? and |, | & ")


def split_listed(run: str) -> list[tuple[int, str]]:
    """(offset, member) for each member of a Latin list joined by "," / "and" / "&"."""
    parts, start = [], 0
    for match in LIST_BREAK.finditer(run):
        if match.start() >= start and LIST_LEFT_END.search(run[start:match.start()]):
            parts.append((start, run[start:match.start()]))
            start = match.end()
    parts.append((start, run[start:]))
    return [(offset, part) for offset, part in parts if part.strip()]


def expand_short_aliases(orgs: list[Mention]) -> list[Mention]:
    """A Latin name of two or more words that begins a longer organisation's name in the same
    text is that organisation met again by its short name ("X Y" after "X Y Machinery Co.,
    Ltd"): it takes the full name."""
    from dataclasses import replace

    full = [m for m in orgs if m.canonical.isascii()]
    out = []
    for m in orgs:
        words = m.canonical.split()
        longer = [n for n in full if len(n.canonical.split()) > len(words) >= 2
                  and n.canonical.split()[:len(words)] == words]
        if m.canonical.isascii() and longer:
            top = max(longer, key=lambda n: len(n.canonical))
            m = replace(m, canonical=top.canonical, entity_id=top.entity_id,
                        country=m.country or top.country)
        out.append(m)
    return out
