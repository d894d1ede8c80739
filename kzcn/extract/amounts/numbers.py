"""Numbers as written in Kazakh, Russian and English news.

Digits with decimal commas or points and spaces (also NBSP and thin spaces) as thousand
separators, number words (``бір жарым``, ``полтора``, ``three``) and scale words with their case
endings (``млн``, ``миллиарда``, ``млрд-тан``, ``bn``). Lexicons: ``rules/<lang>/numbers.tsv``.
"""

from __future__ import annotations

import math

import re
from functools import lru_cache

from kzcn.extract.common.grammar import HYPHEN_SUFFIX, SPACE, Lexicon, compile_pattern, lexicon

#: Digits not glued to other digits: "60,09", "1 000 000", "2,000,000"; "22.10.2025" is not a number.
DIGITS = (
    r"(?<![\d.,])(?:\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?|\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?"
    r"|\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)"
    r"(?![.,]?\d)"
)
_SEPARATORS = re.compile(r"[ \u00a0\u202f\u2009]")
WORD_KINDS = ("unit", "hundred", "half")
#: A scale abbreviation this short may be glued to its digits ("$1.2bn", "5млн").
GLUED_MAX = 4


@lru_cache(maxsize=1)
def words_lexicon() -> Lexicon:
    """Number words that are not scale words (units, hundreds, halves)."""
    return Lexicon(tuple(e for e in lexicon("numbers").entries if e["kind"] in WORD_KINDS))


@lru_cache(maxsize=1)
def pieces() -> dict[str, str]:
    """Regex sources: ``words`` (a run of number words) and ``scale`` (a scale word)."""
    word = words_lexicon().pattern
    return {
        "words": f"{word}(?:{SPACE}+{word})*",
        "scale": lexicon("numbers", (("kind", "scale"),)).pattern + HYPHEN_SUFFIX,
        "glued": "(?:" + "|".join(re.escape(t) for t in _glued_terms()) + r")(?!\w)",
        "from": lexicon("numbers", (("kind", "range_from"),)).pattern,
        "to": lexicon("numbers", (("kind", "range_to"),)).pattern,
    }


def _glued_terms() -> list[str]:
    scales = [e["term"] for e in lexicon("numbers", (("kind", "scale"),)).entries]
    short = [t for t in scales if len(t) <= GLUED_MAX and t.isalpha()]
    glued = [e["term"] for e in lexicon("numbers", (("kind", "glued"),)).entries]
    return sorted(set(short + glued), key=lambda t: (-len(t), t))


def number_group(tag: str) -> str:
    """A number in digits (group ``<tag>d``) or in words (group ``<tag>w``)."""
    return f"(?:(?P<{tag}d>{DIGITS})|(?P<{tag}w>{pieces()['words']}))"


@lru_cache(maxsize=1)
def _phrase() -> re.Pattern[str]:
    return compile_pattern(
        number_group("n") + HYPHEN_SUFFIX + f"(?:{SPACE}*(?P<scale>{pieces()['scale']}))?"
    )


def digits_value(digits: str, lang: str | None = None) -> float:
    """The value of a digit string: a comma is decimal except in English thousands ("1,500")."""
    text = _SEPARATORS.sub("", digits)
    if "," in text and "." in text:
        decimal = max(text.rfind(","), text.rfind("."))
        text = re.sub(r"[.,]", "", text[:decimal]) + "." + text[decimal + 1 :]
    for mark in (",", "."):
        parts = text.split(mark)
        if len(parts) > 2 or (mark == "," and lang == "en" and len(parts[-1]) == 3):
            text = "".join(parts)
    return float(text.replace(",", "."))


def words_value(words: str) -> float | None:
    """The value of number words: "бір жарым" 1.5, "бес жүз" 500, "сто пятьдесят" 150."""
    current = 0.0
    lex = words_lexicon()
    for token in words.split():
        row = lex.lookup(token)
        if row is None:
            return None
        value = float(row["value"])
        if row["kind"] == "hundred":
            current = (current or 1.0) * value
        else:
            current += value
    return current or None


def scale_value(scale: str | None) -> float:
    """The multiplier of a scale word with or without its case ending (``млрд-тан`` 1e9)."""
    if not scale:
        return 1.0
    word = (scale.split("-")[0] if not scale.startswith("-") else scale).strip()
    row = lexicon("numbers", (("kind", "scale"),)).lookup(word) or lexicon("numbers", (("kind", "glued"),)).lookup(word)
    return float(row["value"]) if row else 1.0


def group_value(match: re.Match[str], tag: str, lang: str | None) -> float | None:
    """The unscaled value of a ``number_group(tag)`` inside ``match``."""
    if match.group(f"{tag}d"):
        return digits_value(match.group(f"{tag}d"), lang)
    if match.group(f"{tag}w"):
        return words_value(match.group(f"{tag}w"))
    return None


#: Larger magnitudes are typos or garbage, not news figures (Kazakhstan's GDP is about 1.2e14
#: tenge; China's about 1.3e14 yuan): such numbers are dropped rather than stored.
MAX_AMOUNT = 1e16


def is_plausible(value: float) -> bool:
    """A finite magnitude no larger than MAX_AMOUNT."""
    return math.isfinite(value) and abs(value) <= MAX_AMOUNT


def parse_number(phrase: str, lang: str | None = None) -> float | None:
    """The value of the first number in ``phrase`` with its scale ("1,5 млрд" -> 1.5e9), or None."""
    match = _phrase().search(phrase)
    if match is None:
        return None
    value = group_value(match, "n", lang)
    if value is None:
        return None
    value = value * scale_value(match.group("scale"))
    return round(value, 6) if is_plausible(value) else None
