"""Case endings as data: reduce Kazakh and Russian word forms to candidate stems.

Kazakh has no offline lemmatiser, so a word's nominative is found by stripping a known
chain of endings (plural + possessive + case, or a derivational -лық) from ``kk_endings.tsv``.
"""

from __future__ import annotations

from functools import lru_cache
from itertools import product
from pathlib import Path

from kzcn.link.tsv import read_tsv, split_variants

DATA = Path(__file__).parent / "data"
MIN_STEM = 2  # "Ли", "Ху": Chinese surnames are two letters


@lru_cache(maxsize=1)
def kk_endings() -> frozenset[str]:
    """Every Kazakh ending chain the data allows (plural? possessive? case?) or a derivation."""
    slots = {row[0]: split_variants(row[1]) for row in read_tsv(DATA / "kk_endings.tsv", 2)}
    chains = set(slots["derivation"])
    for plural, poss, case in product([""] + slots["plural"], [""] + slots["possessive"],
                                      [""] + slots["case"]):
        chain = plural + poss + case
        if chain and " " not in chain:
            chains.add(chain)
    return frozenset(chains)


@lru_cache(maxsize=1)
def ru_endings() -> frozenset[str]:
    """Russian noun and adjective inflection endings."""
    return frozenset(row[0] for row in read_tsv(DATA / "ru_endings.tsv", 1))


@lru_cache(maxsize=65536)
def stems(word: str) -> frozenset[str]:
    """The lowercased word and every stem left by stripping one known ending chain."""
    low = word.lower().replace("ё", "е")
    out = {low}
    if low.endswith(("'s", "’s")) and len(low) > 3:
        out.add(low[:-2])  # English possessive: "Kazakhstan's", "Xinjiang's"
    endings = kk_endings() | ru_endings()
    for cut in range(MIN_STEM, len(low)):
        if low[cut:] in endings:
            out.add(low[:cut])
    return frozenset(out)


def kk_nominative(word: str) -> str:
    """A Kazakh personal name without its case ending, when the ending fits the stem's sound.

    ``Тойшыбайдың`` -> ``Тойшыбай``, ``Серікбаевтың`` -> ``Серікбаев``, ``Линның`` -> ``Лин``;
    nominative names pass through (``Тілеуберді``, ``Ерден``).
    """
    low = word.lower()
    for cut in range(3, len(word) - 1):
        allowed = _name_endings().get(low[cut:])
        if allowed is not None and low[cut - 1] in allowed:
            return word[:cut]
    return word


@lru_cache(maxsize=1)
def _name_endings() -> dict[str, str]:
    """Name case endings and the letters the stem before each may end in."""
    return {row[0]: row[1] for row in read_tsv(DATA / "kk_name_endings.tsv", 2)}
