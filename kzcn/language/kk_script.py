"""Kazakh in Latin (2017, 2018, 2021 alphabets) and Arabic script (töte) <-> Cyrillic.

``to_cyrillic(text, script)`` returns a ``ScriptView``: the Cyrillic text and, for each of its
characters, the range of the original text it came from, so that any span of the Cyrillic view
maps back to a span of the original (``view.original_span(start, stop)``). Characters outside the
source alphabet (digits, punctuation, Cyrillic, Chinese) are copied one for one. The letter tables
are data (``data/kk_latn.tsv``, ``data/kk_arab.tsv``, ``data/kk_loanwords.tsv``).

    >>> view = to_cyrillic("Qytaı delegasııasy Aqtóbege keldi", "latn")
    >>> view.text
    'Қытай делегациясы Ақтөбеге келді'
    >>> view.original_span(0, 5)
    (0, 5)
"""

from __future__ import annotations

import re
from functools import lru_cache

from kzcn.language.kk_arabic import arabic_to_cyrillic, cyrillic_to_arabic
from kzcn.language.kk_view import (AMBIGUOUS_I, APOSTROPHES, CYRILLIC_VOWELS, LATIN_WORD, VARIANTS, Builder,
                                   ScriptView, loan_prefix, rows)

@lru_cache(maxsize=None)
def latin_table(variant: str, direction: str) -> dict[str, tuple[str, bool]]:
    """``to_cyrl``: latin unit -> (cyrillic, word-start only); ``to_latn``: cyrillic -> (latin, _)."""
    table: dict[str, tuple[str, bool]] = {}
    for variants, latin, cyrillic, way in rows("kk_latn.tsv"):
        if variants != "*" and variant not in variants.split(","):
            continue
        if direction == "to_cyrl" and way in ("both", "to_cyrl", "start"):
            table.setdefault(latin, (cyrillic, way == "start"))
        elif direction == "to_latn" and way != "to_cyrl":
            for letter in cyrillic.split("|"):
                table.setdefault(letter, (latin, False))
    return table


def latin_variant(text: str) -> str:
    """Which Latin alphabet ``text`` is written in: the one whose own letters occur most
    (ties and none: 2018, the alphabet of the Latin editions of national outlets)."""
    lower = text.lower()
    marks = {"2017": len(re.findall(f"[agnouysci][{APOSTROPHES}]", lower)),
             "2018": sum(lower.count(c) for c in "áǵńóúý"),
             "2021": sum(lower.count(c) for c in "äğñöüūşçŋǧ") + text.count("İ")}
    best = max(VARIANTS, key=lambda v: (marks[v], v == "2018"))
    return best if marks[best] else "2018"


def latin_to_cyrillic(text: str, variant: str | None = None) -> ScriptView:
    """Cyrillic view of Latin-script Kazakh (variant guessed from the text when not given)."""
    variant = variant or latin_variant(text)
    keep = foreign_runs(text, variant)
    out, pos = Builder(), 0
    for match in LATIN_WORD.finditer(text):
        if any(a <= match.start() < b for a, b in keep):
            continue  # copied below with the text between words
        for i in range(pos, match.start()):
            out.emit(text[i], i, i + 1)
        _latin_word(match.group(), match.start(), variant, out)
        pos = match.end()
    for i in range(pos, len(text)):
        out.emit(text[i], i, i + 1)
    return out.view(text)


_NAME_TOKEN = re.compile(r"\(?[A-Z][A-Za-z\u00c0-\u024f&.'’-]*\)?(?![\w])")
#: Letters no company name in pinyin or English has; q only where pinyin cannot have it (qi- of
#: Qingdao is pinyin; Kazakh қ never stands before і).
_KAZAKH_ONLY = re.compile("[qQ](?!i)|[ǵńáóúýıäöüğñūşǴŃÁÓÚÝÄÖÜĞÑŪŞ]|[aiysncuog]'")
#: Kazakh and Russian surnames (Bekov, Ahmetova, Serikuly), which are no company's words.
_SURNAME = re.compile("(?:ov|ev|ova|eva|uly|ulı|ūly|qyzy|qızı)$")
_NAME_GAP = re.compile(r"[ ,]*")


@lru_cache(maxsize=1)
def _keep_words() -> frozenset[str]:
    return frozenset(row[0] for row in rows("latin_keep.tsv"))


def foreign_runs(text: str, variant: str) -> list[tuple[int, int]]:
    """Spans of capitalised runs that name a foreign organisation (kept in Latin letters)."""
    runs, current = [], []
    for token in _NAME_TOKEN.finditer(text):
        if current and not _NAME_GAP.fullmatch(text[current[-1].end() : token.start()]):
            runs.append(current)
            current = []
        current.append(token)
    runs.append(current)
    spans = []
    for run in filter(None, runs):
        for part in _split_kazakh(run):
            words = [t.group().strip("().,-").lower() for t in part]
            if any(w in _keep_words() or (variant != "2017" and re.search("[cwx]", w)) for w in words):
                spans.append((part[0].start(), part[-1].end()))
    return spans


def _split_kazakh(run: list[re.Match]) -> list[list[re.Match]]:
    """A run cut at words with letters only Kazakh writes (a Kazakh name before a company's)."""
    parts: list[list[re.Match]] = [[]]
    for i, token in enumerate(run):
        following = run[i + 1].group() if i + 1 < len(run) else ""
        if _KAZAKH_ONLY.search(token.group()) or _SURNAME.search(token.group()) \
                or _SURNAME.search(following):
            parts.append([])
        else:
            parts[-1].append(token)
    return [p for p in parts if p]


def _lower_latin(word: str, variant: str) -> str:
    """Lower case one for one; 2021's I/İ and 2018's ambiguous I read by the word's vowels."""
    chars = []
    for char in word:
        if char == "İ":
            chars.append("i")
        elif char == "I" and variant == "2021":
            chars.append("ı")
        elif char == "I" and variant == "2018":
            back = re.search("[aouy]", word.lower()) and not re.search("[eáóúäöü]|i(?!')", word[1:])
            chars.append("ı" if back else "i")
        else:
            chars.append(char.lower() if len(char.lower()) == 1 else char)
    return "".join(chars)


def _latin_word(word: str, offset: int, variant: str, out: Builder) -> None:
    loan = loan_prefix(word, "latn")
    lower = _lower_latin(word, variant)
    table = latin_table(variant, "to_cyrl")
    longest = max(map(len, table))
    j, previous = 0, ""
    if loan:
        stem, length = loan
        out.emit(_cased(stem, word[:length], whole=word.isupper() and len(word) > 1), offset, offset + length)
        j, previous = length, stem[-1]
    while j < len(word):
        for size in range(min(longest, len(word) - j), 0, -1):
            hit = table.get(lower[j : j + size])
            if hit and not (hit[1] and j):
                break
        else:
            hit, size = (word[j], False), 1  # not a Kazakh letter: copied
        cyrillic = hit[0]
        if cyrillic == AMBIGUOUS_I:
            cyrillic = "й" if previous in CYRILLIC_VOWELS else "и"
        out.emit(_cased(cyrillic, word[j : j + size], whole=word.isupper() and len(word) > 1),
                 offset + j, offset + j + size)
        previous = cyrillic[-1:] or previous
        j += size


def _cased(cyrillic: str, source: str, whole: bool) -> str:
    if whole:
        return cyrillic.upper()
    return cyrillic[:1].upper() + cyrillic[1:] if source[:1].isupper() else cyrillic


def cyrillic_to_latin(text: str, variant: str = "2018") -> str:
    """``text`` in the Latin alphabet ``variant`` (Cyrillic letters only; the rest copied)."""
    table = latin_table(variant, "to_latn")
    pieces = []
    for i, char in enumerate(text):
        lower = char.lower()
        latin = table.get(lower, (char,))[0] if lower in table else char
        if char != lower and latin:
            following = text[i + 1 : i + 2]
            whole = following.isupper() or (i and text[i - 1].isupper())
            latin = latin.upper() if whole else latin[0].upper() + latin[1:]
            if variant == "2021" and lower in "ий":
                latin = "İ" + latin[1:]
        pieces.append(latin)
    return "".join(pieces)


def to_cyrillic(text: str, script: str, variant: str | None = None) -> ScriptView:
    """Cyrillic view of Kazakh ``text`` written in ``script`` (``latn`` or ``arab``)."""
    if script == "arab":
        return arabic_to_cyrillic(text)
    if script == "latn":
        return latin_to_cyrillic(text, variant)
    raise ValueError(f"expected script 'latn' or 'arab', got {script!r}")


def from_cyrillic(text: str, script: str, variant: str = "2018") -> str:
    """``text`` written back in ``script`` (names found in the Cyrillic view)."""
    return cyrillic_to_arabic(text) if script == "arab" else cyrillic_to_latin(text, variant)
