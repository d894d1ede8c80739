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
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).parent / "data"
VARIANTS = ("2017", "2018", "2021")
AMBIGUOUS_I = "и|й"
CYRILLIC_VOWELS = frozenset("аәеёиоөуұүыіэюя")
_BACK = frozenset("аоұыуяёю")
_FRONT = frozenset("әеөүіэ")
APOSTROPHES = "'’ʼ‘"
HAMZA = "\u0674\u0621"
_LATIN_WORD = re.compile(f"[A-Za-zÀ-ɏ]+(?:[{APOSTROPHES}][A-Za-zÀ-ɏ]*)*")
_ARABIC_WORD = re.compile("[\u0621-\u064a\u0674-\u06ff\u0640]+")
_DIGITS = {ord(a): str(i % 10) for i, a in enumerate("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹")}


@dataclass(frozen=True)
class ScriptView:
    """A Cyrillic rendering of ``original``; output character i came from
    ``original[starts[i]:stops[i]]``."""

    text: str
    original: str
    starts: tuple[int, ...]
    stops: tuple[int, ...]

    def original_span(self, start: int, stop: int) -> tuple[int, int]:
        """The span of the original text that the view's ``[start, stop)`` came from."""
        if start >= len(self.text):
            return len(self.original), len(self.original)
        if stop <= start:
            return self.starts[start], self.starts[start]
        return self.starts[start], self.stops[stop - 1]


class _Builder:
    """Collects output pieces with the source range of each."""

    def __init__(self) -> None:
        self.chars: list[str] = []
        self.starts: list[int] = []
        self.stops: list[int] = []

    def emit(self, piece: str, start: int, stop: int) -> None:
        for i, char in enumerate(piece):  # n output chars share a source unit, spread evenly
            n = len(piece)
            a = start + (stop - start) * i // n
            b = max(a + 1, start + (stop - start) * (i + 1) // n) if stop > start else a
            self.chars.append(char)
            self.starts.append(a)
            self.stops.append(min(b, stop) if stop > start else b)

    def view(self, original: str) -> ScriptView:
        return ScriptView("".join(self.chars), original, tuple(self.starts), tuple(self.stops))


def _rows(name: str) -> list[list[str]]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]


@lru_cache(maxsize=None)
def latin_table(variant: str, direction: str) -> dict[str, tuple[str, bool]]:
    """``to_cyrl``: latin unit -> (cyrillic, word-start only); ``to_latn``: cyrillic -> (latin, _)."""
    table: dict[str, tuple[str, bool]] = {}
    for variants, latin, cyrillic, way in _rows("kk_latn.tsv"):
        if variants != "*" and variant not in variants.split(","):
            continue
        if direction == "to_cyrl" and way in ("both", "to_cyrl", "start"):
            table.setdefault(latin, (cyrillic, way == "start"))
        elif direction == "to_latn" and way != "to_cyrl":
            for letter in cyrillic.split("|"):
                table.setdefault(letter, (latin, False))
    return table


@lru_cache(maxsize=1)
def arabic_table() -> dict[str, tuple[str, str]]:
    """Arabic letter -> (back-vowel reading, front-vowel reading)."""
    return {row[0]: (row[1], row[2] if len(row) > 2 else row[1]) for row in _rows("kk_arab.tsv")}


def latin_variant(text: str) -> str:
    """Which Latin alphabet ``text`` is written in: the one whose own letters occur most
    (ties and none: 2018, the alphabet of the Latin editions of national outlets)."""
    lower = text.lower()
    marks = {"2017": len(re.findall(f"[agnouysci][{APOSTROPHES}]", lower)),
             "2018": sum(lower.count(c) for c in "áǵńóúý"),
             "2021": sum(lower.count(c) for c in "äğñöüūşç") + text.count("İ")}
    best = max(VARIANTS, key=lambda v: (marks[v], v == "2018"))
    return best if marks[best] else "2018"


def latin_to_cyrillic(text: str, variant: str | None = None) -> ScriptView:
    """Cyrillic view of Latin-script Kazakh (variant guessed from the text when not given)."""
    variant = variant or latin_variant(text)
    keep = foreign_runs(text, variant)
    out, pos = _Builder(), 0
    for match in _LATIN_WORD.finditer(text):
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
    return frozenset(row[0] for row in _rows("latin_keep.tsv"))


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


def _latin_word(word: str, offset: int, variant: str, out: _Builder) -> None:
    loan = _loan_prefix(word, "latn")
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
    out, pos = _Builder(), 0
    for match in _ARABIC_WORD.finditer(text):
        for i in range(pos, match.start()):
            _arabic_other(text[i], i, out)
        _arabic_word(match.group(), match.start(), out)
        pos = match.end()
    for i in range(pos, len(text)):
        _arabic_other(text[i], i, out)
    return out.view(text)


def _arabic_other(char: str, i: int, out: _Builder) -> None:
    piece = arabic_table().get(char, (char.translate(_DIGITS),))[0]
    if char not in "\u200e\u200f\u061c":  # direction marks carry nothing
        out.emit(piece, i, i + 1)


def _arabic_word(word: str, offset: int, out: _Builder) -> None:
    table, fronts = arabic_table(), arabic_fronts(word)
    j, previous = 0, ""
    loan = _loan_prefix(word, "arab")
    if loan:
        stem, j = loan
        out.emit(stem, offset, offset + j)
        previous = stem[-1]
        vowels = [c for c in stem if c in _FRONT or c in _BACK]
        fronts = [bool(vowels) and vowels[-1] in _FRONT] * len(word)
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


@lru_cache(maxsize=2)
def _loan_spellings(script: str) -> tuple[tuple[str, str], ...]:
    """(spelling, cyrillic stem) pairs for ``script``, longest spelling first."""
    pairs = set()
    for row in _rows("kk_loanwords.tsv"):
        stem = row[0]
        extra = row[1].split(",") if len(row) > 1 and row[1] else []
        if script == "latn":
            spelled = [cyrillic_to_latin(stem, v) for v in VARIANTS] + extra
        else:
            spelled = [cyrillic_to_arabic(stem)] + extra
        pairs |= {(s.lower(), stem) for s in spelled if s and _is_script(s, script)}
    return tuple(sorted(pairs, key=lambda p: -len(p[0])))


def _is_script(word: str, script: str) -> bool:
    return bool(_ARABIC_WORD.fullmatch(word) if script == "arab" else _LATIN_WORD.match(word))


def _loan_prefix(word: str, script: str) -> tuple[str, int] | None:
    lower = word.lower()
    if script == "arab":
        lower = lower.lstrip(HAMZA)
    for spelling, stem in _loan_spellings(script):
        if lower.startswith(spelling):
            return stem, len(spelling) + (len(word) - len(word.lstrip(HAMZA)) if script == "arab" else 0)
    return None


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
