"""Chinese personal names: a common surname followed by a given name made of Mandarin
syllables, in Palladius Cyrillic ("Чжан Вэйдун", "Ма Цзюньлин") or pinyin ("Liu Weiping").

The syllable check keeps Kazakh and Russian names out ("Ерлан", "Тимур" are not Mandarin),
so a surname that is also a place ("Линь", "Чжоу") or a word is taken only before such a name.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from kzcn.link.tsv import read_tsv, split_variants
from kzcn.link.translit import _palladius, syllable_to_cyrillic

DATA = Path(__file__).parent / "data"
MAX_SYLLABLES = 3  # given names have one or two syllables; three allows a Kazakh-press variant
#: Russian case endings a Palladius given name takes ("Цзюнем" <- "Цзюнь", "Вэйдуна" <- "Вэйдун").
RU_VOWELS = "аэеиоуыяю"  # a vowel before "-ем"/"-ю"/"-я": the nominative ends in "-й"
RU_NAME_ENDINGS = (("ем", "ь"), ("ем", ""), ("ом", ""), ("ым", ""), ("ю", "ь"), ("я", "ь"),
                   ("а", ""), ("у", ""), ("е", ""), ("ой", ""))


@lru_cache(maxsize=1)
def cn_surnames() -> frozenset[str]:
    """Lowercase Chinese surnames in pinyin and Cyrillic spellings."""
    out = set()
    for row in read_tsv(DATA / "cn_surnames.tsv", 2):
        out.add(row[0].lower())
        out.update(v.lower() for v in split_variants(row[1]))
    return frozenset(out)


@lru_cache(maxsize=1)
def _syllables() -> tuple[frozenset[str], frozenset[str]]:
    """(pinyin syllables, Cyrillic syllables) generated from the Palladius tables."""
    tables = _palladius()
    pinyin = set(tables["syllable"]) | set(tables["final"])
    pinyin |= {i + f for i in tables["initial"] for f in tables["final"]}
    cyrillic = {_cyrillic(p) for p in pinyin}
    pinyin = {p.replace("v", "u") for p in pinyin} | {p.replace("v", "ü") for p in pinyin}
    cyrillic |= {c.replace("э", "е") for c in cyrillic} | {c.rstrip("ь") for c in cyrillic}
    cyrillic |= {c.replace("н", "ң") for c in cyrillic if c.endswith("н")}
    return frozenset(pinyin), frozenset(c for c in cyrillic if c)


def _cyrillic(pinyin: str) -> str:
    try:
        return syllable_to_cyrillic(pinyin)
    except KeyError:  # "jv" + "o": not a Mandarin syllable
        return ""


def _splits(word: str, syllables: frozenset[str], depth: int) -> bool:
    if not word:
        return True
    if depth == 0:
        return False
    return any(word[:k] in syllables and _splits(word[k:], syllables, depth - 1)
               for k in range(min(6, len(word)), 0, -1))


def is_mandarin(word: str) -> bool:
    """True when ``word`` reads as one to three Mandarin syllables (pinyin or Palladius)."""
    low = word.lower().replace("'", "").replace("’", "")
    if len(low) < 2 or not low.isalpha():
        return False
    pinyin, cyrillic = _syllables()
    table = pinyin if low.isascii() or "ü" in low else cyrillic
    return _splits(low, table, MAX_SYLLABLES) or \
        table is cyrillic and _splits(_palladius_spelling(low), table, MAX_SYLLABLES)


@lru_cache(maxsize=1)
def _press_spellings() -> tuple[tuple[str, str], ...]:
    return tuple((row[0], row[1]) for row in read_tsv(DATA / "cn_press_spellings.tsv", 2))


def _palladius_spelling(word: str) -> str:
    """A press spelling of a Cyrillic syllable in Palladius letters ("джау" -> "чжао")."""
    for press, palladius in _press_spellings():
        word = word.replace(press, palladius)
    return word


def given_name_forms(word: str) -> list[str]:
    """``word`` and the nominatives it may be a Russian case form of, most likely first."""
    out = [word]
    if word[-2:] == "ем" and word[-3:-2] in RU_VOWELS or word[-1:] in "юя" and word[-2:-1] in RU_VOWELS:
        stem = word[:-2 if word.endswith("ем") else -1] + "й"  # "Юнфэем" <- "Юнфэй"
        if is_mandarin(stem):
            out.append(stem)
    for ending, replacement in RU_NAME_ENDINGS:
        if word.endswith(ending) and len(word) > len(ending) + 1:
            stem = word[: -len(ending)] + replacement
            if is_mandarin(stem) and stem not in out:
                out.append(stem)
    return out


def is_cn_name(surname: str, given: str) -> bool:
    """True for a known Chinese surname followed by a Mandarin given name in the same script."""
    if surname.lower() not in cn_surnames() or not given[:1].isupper() or given.isupper():
        return False
    if surname.isascii() != given.isascii():
        return False
    return any(is_mandarin(form) for form in given_name_forms(given))


def cn_name_nominative(surname: str, given: str, text: str) -> str:
    """The nominative of a Russian-declined Chinese name, preferring a form that ``text``
    also shows ("Ма Цзюнем" -> "Ма Цзюнь" when "Ма Цзюнь" occurs)."""
    forms = given_name_forms(given)
    for form in forms:
        if re.search(rf"\b{re.escape(surname)} {re.escape(form)}\b", text):
            if form != given or len(forms) == 1:
                return f"{surname} {form}"
    return f"{surname} {forms[1] if len(forms) > 1 and not is_mandarin(given) else given}"
