"""Comparison keys: names however spelled, kinds of facility, article shingles.

Names of organisations and Chinese parties arrive in Latin, Russian or Kazakh Cyrillic, with
quotes, legal forms and case endings. ``name_key`` folds all of that to one Latin key so the
same company meets itself; ``names_match`` adds a rapidfuzz similarity for what is left.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path

from rapidfuzz import fuzz

from kzcn.gazetteer.tsv import read_tsv
from kzcn.link.translit import to_latin

DATA = Path(__file__).parent / "data"
WORD = re.compile(r"\w+")
# Token-sort similarity at or above which two name keys are one name, and the key length
# below which only equal keys match (short names differ by one letter: Hubei/Hebei, Shanxi/
# Shaanxi). Chosen on the pairs in tests/merge/test_normalise.py.
NAME_SIMILARITY = 85.0
MIN_FUZZY_CHARS = 8


@lru_cache(maxsize=1)
def name_stopwords() -> frozenset[str]:
    """Legal forms and place heads dropped from name keys (ТОО, LLP, провинция …)."""
    return frozenset(row[0] for row in read_tsv(DATA / "name_stopwords.tsv"))


@lru_cache(maxsize=1)
def latin_folds() -> tuple[tuple[str, str], ...]:
    """Letter groups read alike across transliterations (``цз``/``j``, Kazakh ``q``/``k``)."""
    return tuple((row[0], row[1]) for row in read_tsv(DATA / "latin_fold.tsv", 2))


@lru_cache(maxsize=1)
def generic_facility_words() -> frozenset[str]:
    """Words that say "a facility" without saying which kind (plant, station …)."""
    return frozenset(row[0] for row in read_tsv(DATA / "facility_generic.tsv"))


def words(text: str) -> list[str]:
    """Lowercased word tokens, punctuation and quotes stripped (``ё`` read as ``е``)."""
    text = unicodedata.normalize("NFKC", text).lower().replace("ё", "е")
    return WORD.findall(text)


@lru_cache(maxsize=65536)
def name_key(name: str | None) -> str:
    """One Latin key per name: lowercase, no quotes, no legal forms, Cyrillic transliterated."""
    if not name:
        return ""
    kept = [w for w in words(name) if w not in name_stopwords()]
    latin = to_latin(" ".join(kept)).lower().replace("ı", "i")
    folded = "".join(c for c in unicodedata.normalize("NFKD", latin) if c.isalnum() or c == " ")
    for source, target in latin_folds():
        folded = folded.replace(source, target)
    return " ".join(folded.split())


def keys_match(key_a: str, key_b: str, fuzzy: bool = True) -> bool:
    """Whether two name keys are one name: equal, or (``fuzzy``) long and similar enough."""
    if not key_a or not key_b:
        return False
    if key_a == key_b:
        return True
    if not fuzzy or min(len(key_a), len(key_b)) < MIN_FUZZY_CHARS:
        return False
    return fuzz.token_sort_ratio(key_a, key_b) >= NAME_SIMILARITY


def is_latin(name: str) -> bool:
    """Whether a name is written in Latin letters only (no Cyrillic)."""
    return not any("\u0400" <= c <= "\u04ff" for c in name)


def spellings_may_vary(a: str, b: str) -> bool:
    """Whether two spellings may differ and still be one name: a name written in Latin by both
    sources is copied, not transliterated, so "Pinghai" and "Minghai" are two companies."""
    return not (is_latin(a) and is_latin(b))


def names_match(a: str | None, b: str | None) -> bool:
    """Whether two names denote the same party: equal keys, or keys similar enough."""
    if not a or not b:
        return False
    return keys_match(name_key(a), name_key(b), fuzzy=spellings_may_vary(a, b))


def parties_overlap(left: list[str] | tuple[str, ...], right: list[str] | tuple[str, ...]) -> bool:
    """Whether two lists of Chinese parties share at least one party."""
    if {name_key(p) for p in left} & {name_key(p) for p in right} - {""}:
        return True
    return any(names_match(a, b) for a in left for b in right)


@lru_cache(maxsize=65536)
def facility_words(what: str | None) -> frozenset[str]:
    """The words of a project's ``what`` that say which kind of facility it is."""
    if not what:
        return frozenset()
    return frozenset(w for w in words(what) if w not in generic_facility_words())


def same_facility(a: str | None, b: str | None) -> bool | None:
    """True when two ``what`` name one kind of facility, False when they differ, None when
    either says only "a plant" (no kind to compare)."""
    left, right = facility_words(a), facility_words(b)
    if not left or not right:
        return None
    if left <= right or right <= left:
        return True
    return len(left & right) / len(left | right) >= 0.5


def shingles(text: str, size: int) -> set[str]:
    """Word ``size``-shingles of the lowercased, punctuation-stripped text (whole text if shorter)."""
    tokens = words(text)
    if len(tokens) < size:
        return {" ".join(tokens)} if tokens else set()
    return {" ".join(tokens[i:i + size]) for i in range(len(tokens) - size + 1)}
