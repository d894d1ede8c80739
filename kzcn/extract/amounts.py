"""Money, percentages and other quantities: "150 млн АҚШ долларынан асатын", "более $2 bn", "11%".

Grammar: [qualifier] [sign] NUMBER[-ending] [-NUMBER] [scale] [qualifier] [currency|unit] [qualifier].
Every lexicon is data: ``rules/<lang>/{numbers,currencies,units,qualifiers}.tsv``. A bare number
is kept only with a scale word or a qualifier ("50-ге жуық"); years, days and durations
("2023 жылы", "более 10 лет", "до 17 октября") are not amounts.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import ClassVar

from kzcn.extract.fx import FxTable, default_table
from kzcn.extract.grammar import HYPHEN_SUFFIX, SPACE, compile_pattern, lexicon
from kzcn.extract.numbers import DIGITS, digits_value, group_value, number_group, pieces, scale_value
from kzcn.model import Amount, Document, Sentence

#: Units counted in whole things; a number word before them ("бір компания") is an article, not a count.
COUNT_UNITS = frozenset({"companies", "projects", "people", "head"})
_S = SPACE


def _lex(name: str, **where: str):
    return lexicon(name, tuple(where.items()))


@lru_cache(maxsize=1)
def amount_regex() -> re.Pattern[str]:
    """The compiled amount grammar (named groups pre, sign, ad/aw, bd, scale, post1, unit, post2)."""
    pre, post = _lex("qualifiers", position="pre").pattern, _lex("qualifiers", position="post").pattern
    signs = _lex("currencies", position="any").pattern
    units = f"{_lex('currencies').pattern}|{_lex('units').pattern}"
    return compile_pattern(
        r"(?<!\w)"  # amounts start at a word start: skips mid-word positions cheaply
        f"(?:(?P<pre>{pre}){_S}+)?"
        f"(?:(?P<sign>{signs}){_S}?)?"
        f"{number_group('a')}{HYPHEN_SUFFIX}"
        f"(?:{_S}*[-–—]{_S}*(?P<bd>{DIGITS}){HYPHEN_SUFFIX})?"
        f"(?:{_S}*(?P<scale>{pieces()['scale']}))?"
        f"(?:{_S}+(?P<post1>{post}))?"
        f"(?:{_S}*(?P<unit>{units}){HYPHEN_SUFFIX})?"
        f"(?:{_S}+(?P<post2>{post}))?"
    )


@lru_cache(maxsize=1)
def _after_date_word() -> re.Pattern[str]:
    return compile_pattern(f"{_S}*(?:{lexicon('months').pattern})")


def _unit_of(match: re.Match[str]) -> tuple[str | None, str]:
    """(currency code or None, unit) from the sign or the unit word."""
    for group in ("sign", "unit"):
        text = match.group(group)
        if text:
            row = _lex("currencies").lookup(text)
            if row:
                return row["code"], row["code"]
    if match.group("unit"):
        row = _lex("units").lookup(match.group("unit"))
        return None, row["unit"] if row else ""
    return None, ""


def _qualifier(match: re.Match[str]) -> str:
    for group in ("pre", "post1", "post2"):
        text = match.group(group)
        row = _lex("qualifiers").lookup(text) if text else None
        if row:
            return row["qualifier"]
    return "exact"


def _accept(match: re.Match[str], text: str, currency: str | None, unit: str, value: float) -> bool:
    """Whether a grammar match is an amount rather than a year, a day, a duration or an article."""
    if unit == "_time" or value is None:
        return False
    has_scale, digits = bool(match.group("scale")), bool(match.group("ad"))
    if currency or has_scale or unit == "%":
        return True
    if unit:
        return digits or unit not in COUNT_UNITS
    if not digits or _after_date_word().match(text, match.end()):
        return False
    is_year = value.is_integer() and 1900 <= value <= 2100
    return match.group("pre") is not None or match.group("post1") is not None and not is_year


def find_amounts(
    text: str, lang: str | None = None, month: str | None = None, fx: FxTable | None = None
) -> list[Amount]:
    """Money, percentages and quantities in ``text``; money also in USD at ``month``'s rate."""
    found = []
    for match in amount_regex().finditer(text):
        currency, unit = _unit_of(match)
        low = group_value(match, "a", lang)
        if low is None or not _accept(match, text, currency, unit, low):
            continue
        scale = scale_value(match.group("scale"))
        high = digits_value(match.group("bd"), lang) * scale if match.group("bd") else None
        kind = "money" if currency else "percent" if unit == "%" else "quantity" if unit else "number"
        amount = Amount(
            match.start(), match.end(), match.group(0), round(low * scale, 6), unit, kind,
            _qualifier(match), high,
        )
        found.append(_with_usd(amount, month, fx) if currency else amount)
    return found


def _with_usd(amount: Amount, month: str | None, fx: FxTable | None) -> Amount:
    usd, used = (fx or default_table()).to_usd(amount.value, amount.unit, month)
    return replace(amount, value_usd=usd, rate_date=used)


def _shift(amount: Amount, offset: int) -> Amount:
    return replace(amount, start=amount.start + offset, stop=amount.stop + offset)


class AmountStage:
    """Adds ``amounts``: every money amount, percentage and quantity, sentence by sentence."""

    name: ClassVar[str] = "amounts"
    requires: ClassVar[frozenset[str]] = frozenset({"text", "sentences"})
    provides: ClassVar[frozenset[str]] = frozenset({"amounts"})

    def __init__(self, fx: FxTable | None = None) -> None:
        self.fx = fx or default_table()

    def __call__(self, doc: Document) -> Document:
        month = doc.published[:7] if doc.published else None
        amounts = []
        for sentence in doc.sentences or (Sentence(0, len(doc.text), doc.lang),):
            piece = doc.text[sentence.start : sentence.stop]
            found = find_amounts(piece, sentence.lang or doc.lang, month, self.fx)
            amounts += [_shift(a, sentence.start) for a in found]
        return doc.add(amounts=amounts)
