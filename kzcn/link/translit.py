"""Transliteration rules read from data: pinyin -> Palladius Cyrillic, Cyrillic -> Latin,
and a coarse phonetic key that lets Kazakh-press spellings of Chinese names meet Palladius."""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from pathlib import Path

from kzcn.link.tsv import read_tsv

DATA = Path(__file__).parent / "data"


@lru_cache(maxsize=1)
def _palladius() -> dict[str, dict[str, str]]:
    tables: dict[str, dict[str, str]] = {"initial": {}, "final": {}, "syllable": {}}
    for kind, pinyin, cyrillic in read_tsv(DATA / "palladius.tsv", 3):
        tables[kind][pinyin] = cyrillic
    return tables


def syllable_to_cyrillic(syllable: str) -> str:
    """One toneless pinyin syllable (``ü`` as ``v``) in Palladius Cyrillic."""
    tables = _palladius()
    syllable = syllable.lower().replace("ü", "v")
    if syllable in tables["syllable"]:
        return tables["syllable"][syllable]
    for size in (2, 1):
        initial, final = syllable[:size], syllable[size:]
        if initial in tables["initial"] and final in tables["final"]:
            if initial in ("j", "q", "x") and final.startswith("u"):
                final = "v" + final[1:]
            if initial in ("zh", "ch", "sh", "r") and final == "uo":
                return tables["initial"][initial] + "о"
            return tables["initial"][initial] + tables["final"][final]
    return syllable


def pinyin_to_cyrillic(syllables: list[str]) -> str:
    """A name given as pinyin syllables, in Palladius Cyrillic, capitalised."""
    text = "".join(syllable_to_cyrillic(s) for s in syllables)
    return text[:1].upper() + text[1:]


@lru_cache(maxsize=1)
def _cyr2lat() -> dict[str, str]:
    return {row[0]: (row[1] if len(row) > 1 else "") for row in read_tsv(DATA / "cyr2lat.tsv", 1)}


def to_latin(text: str) -> str:
    """Cyrillic (Kazakh or Russian) text in Latin letters; other characters pass through."""
    table = _cyr2lat()
    out = []
    for char in text:
        latin = table.get(char.lower())
        if latin is None:
            out.append(char)
        else:
            out.append(latin.capitalize() if char.isupper() else latin)
    return "".join(out)


def ascii_slug(text: str) -> str:
    """Lowercase ASCII words joined by hyphens: the tail of a stable entity id."""
    folded = unicodedata.normalize("NFKD", to_latin(text))
    plain = "".join(c for c in folded if c.isascii()).lower()
    words = "".join(c if c.isalnum() else " " for c in plain).split()
    return "-".join(words)


@lru_cache(maxsize=1)
def _key_rules() -> list[tuple[str, str]]:
    rows = [(row[0], row[1] if len(row) > 1 else "") for row in read_tsv(DATA / "phonetic_key.tsv")]
    return sorted(rows, key=lambda pair: -len(pair[0]))


def phonetic_key(text: str) -> str:
    """A coarse sound key of a Cyrillic Chinese name: ``Гуанджоу`` and ``Гуанчжоу`` agree."""
    text = text.lower()
    rules = _key_rules()
    out: list[str] = []
    i = 0
    while i < len(text):
        for source, target in rules:
            if text.startswith(source, i):
                out.append(target)
                i += len(source)
                break
        else:
            out.append(text[i])
            i += 1
    key = "".join(out)
    collapsed = [c for j, c in enumerate(key) if j == 0 or c != key[j - 1]]
    return "".join(collapsed)
