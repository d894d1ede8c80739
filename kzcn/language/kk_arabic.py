"""Kazakh in the Arabic script (töte) <-> Cyrillic: the letter table (``data/kk_arab.tsv``), the
front or back reading of each letter (the hamza, ە ك گ against ق ع), and the way back."""

from __future__ import annotations

import re
from functools import lru_cache

from kzcn.language.kk_view import (AMBIGUOUS_I, ARABIC_WORD, BACK, CYRILLIC_VOWELS, DIGITS, FRONT, HAMZA, Builder,
                                   ScriptView, loan_prefix, rows)


@lru_cache(maxsize=1)
def arabic_table() -> dict[str, tuple[str, str]]:
    """Arabic letter -> (back-vowel reading, front-vowel reading)."""
    return {row[0]: (row[1], row[2] if len(row) > 2 else row[1]) for row in rows("kk_arab.tsv")}


_BACK_MARKS = "قعغ"
_FRONT_MARKS = "كکگە"


def is_front_arabic(word: str) -> bool:
    """A töte word reads with front vowels if it has the hamza or one of ە ك ک گ."""
    return any(c in word for c in HAMZA + _FRONT_MARKS)


def arabic_fronts(word: str) -> list[bool]:
    """Front (True) or back reading for each letter of ``word``: all front after the hamza; else
    as the nearest of ق ع (back) and ە ك گ (front), so a compound (келісімшарт) or a name
    (Тұрсынов) reads each part right; no mark at all reads back. A Russian surname's ending
    (-ов, -ова, -ев, -ева) is read as Cyrillic writes it and marks nothing."""
    if any(c in word for c in HAMZA):
        return [True] * len(word)
    marks = [(i, c in _FRONT_MARKS) for i, c in enumerate(word)
             if c in _BACK_MARKS or (c in _FRONT_MARKS and word[i : i + 2] != "ەۆ")]
    fronts = []
    for j in range(len(word)):
        near = sorted(marks, key=lambda m: abs(m[0] - j))[:2]
        if not near:
            fronts.append(False)
        elif len(near) == 2 and abs(near[0][0] - j) == abs(near[1][0] - j) and near[0][1] != near[1][1]:
            fronts.append(any(front for _, front in marks))
        else:
            fronts.append(near[0][1])
    for match in re.finditer("[وە]ۆا?", word):  # -ов/-ова/-ев/-ева of a surname (в only in loans)
        fronts[match.start() : match.end()] = [False] * (match.end() - match.start())
    return fronts


def arabic_to_cyrillic(text: str) -> ScriptView:
    """Cyrillic view of Arabic-script (töte) Kazakh."""
    out, pos = Builder(), 0
    for match in ARABIC_WORD.finditer(text):
        for i in range(pos, match.start()):
            _arabic_other(text[i], i, out)
        _arabic_word(match.group(), match.start(), out)
        pos = match.end()
    for i in range(pos, len(text)):
        _arabic_other(text[i], i, out)
    return out.view(text)


def _arabic_other(char: str, i: int, out: Builder) -> None:
    piece = arabic_table().get(char, (char.translate(DIGITS),))[0]
    if char not in "\u200e\u200f\u061c":  # direction marks carry nothing
        out.emit(piece, i, i + 1)


@lru_cache(maxsize=1)
def known_words() -> dict[str, str]:
    """töte spelling (no hamza) -> the Kazakh word the letter rules would misread
    (``data/kk_arab_words.tsv``, built from the KazNERD corpus by ``scripts/build_tote_words.py``)."""
    return {cyrillic_to_arabic(row[0]).lstrip(HAMZA): row[0] for row in rows("kk_arab_words.tsv")}


def _arabic_word(word: str, offset: int, out: Builder) -> None:
    known = known_words().get(word.replace("\u0640", "").lstrip(HAMZA))
    if known:  # контейнер, теміржол, қазір: a word the corpus spells otherwise than the rules read
        out.emit(known, offset, offset + len(word))
        return
    table, fronts = arabic_table(), arabic_fronts(word)
    j, previous = 0, ""
    loan = loan_prefix(word, "arab")
    if loan:
        stem, j = loan
        out.emit(stem, offset, offset + j)
        previous = stem[-1]
        vowels = [c for c in stem if c in FRONT or c in BACK]
        fronts = [bool(vowels) and vowels[-1] in FRONT] * len(word)
    pending = j  # source offset where the current unit starts (hamza and tatweel join the next)
    while j < len(word):
        char = word[j]
        if char in HAMZA + "\u0640":
            j += 1
            continue
        reading = table.get(char, (char, char))[1 if fronts[j] else 0]
        size = 1
        if reading == AMBIGUOUS_I:
            after_vowel = previous in CYRILLIC_VOWELS
            if word[j + 1 : j + 2] == "ا" and after_vowel:
                reading, size = "я", 2
            else:
                reading = "й" if after_vowel else "и"
        elif char == "ت" and word[j + 1 : j + 3] == "سز":  # цз of Chinese names (Цзянсу)
            reading, size = "ц", 2
        elif char == "ش" and word[j + 1 : j + 2] == "ش":  # щ (тұщы): Kazakh has no шш
            reading, size = "щ", 2
        elif char == "ا" and previous == "и" and j and word[j - 1] in "يی":
            reading = "я"
        out.emit(reading, offset + pending, offset + j + size)
        previous = reading[-1]
        j += size
        pending = j


_TO_ARABIC = {"а": "ا", "ә": "ا", "о": "و", "ө": "و", "ұ": "ۇ", "ү": "ۇ", "ы": "ى", "і": "ى",
              "е": "ە", "э": "ە", "и": "ي", "й": "ي", "я": "يا", "ю": "يۋ", "ё": "يو", "ц": "تس",
              "щ": "شش", "ь": "", "ъ": "", "һ": "ھ", "х": "ح"}


def cyrillic_to_arabic(text: str) -> str:
    """``text`` in töte: one Arabic letter per Cyrillic letter, the hamza before a front-vowel
    word without ە ك گ."""
    back = {v[0]: k for k, v in reversed(arabic_table().items()) if len(k) == 1 and v[0] != AMBIGUOUS_I}

    def word(match: re.Match) -> str:
        w = match.group().lower().replace("ия", "я")  # töte writes one ي: كومپانيا
        letters = "".join(_TO_ARABIC.get(c, back.get(c, c)) for c in w)
        front = any(c in "әөүі" for c in w) and not any(c in "екгэ" for c in w)
        return ("\u0674" if front else "") + letters

    return re.sub("[а-яёәғқңөұүһі]+", word, text, flags=re.IGNORECASE)
