"""Money, percentages and other quantities: "320 млн АҚШ долларынан асатын", "более $2 bn", "11%".

Grammar: [qualifier [в|на]] [from] [sign] NUMBER[-ending] [scale [NUMBER scale] | glued scale]
[-|to [sign] NUMBER [scale]] [qualifier] [currency|unit] [qualifier]: "примерно в 30 млрд тенге",
"1 млрд 200 млн теңге", "от 10 до 17 млрд", "between $10 million and $17 million", "$1.2bn".
Every lexicon is data: ``rules/<lang>/{numbers,currencies,units,qualifiers}.tsv``. A bare number
is kept only with a scale word or a qualifier ("50-ге жуық"); years, days and durations
("2023 жылы", "более 10 лет", "до 17 октября") are not amounts.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import ClassVar

from kzcn.extract.amounts.fx import FxTable, default_table
from kzcn.extract.common.grammar import HYPHEN_SUFFIX, SPACE, compile_pattern, lexicon
from kzcn.extract.amounts.numbers import (
    DIGITS,
    digits_value,
    group_value,
    is_plausible,
    number_group,
    pieces,
    scale_value,
)
from kzcn.model import Amount, Document, Sentence

#: Units counted in whole things; a number word before them ("бір компания") is an article, not a count.
COUNT_UNITS = frozenset({"companies", "projects", "people", "head"})
#: Adjectives allowed between a count and its noun: "6 бірлескен инвестициялық жоба" is 2.
MODIFIERS = 2
#: A preposition between an approximator and its number:
#: Russian "оценивается примерно в", "выросла почти на"; English "in excess of" is itself a qualifier.
PREPOSITIONS = "в|на"
#: Kazakh dative endings: "14,2 пайызға артық" is "by 14.2% more", a difference, not "more than".
DATIVE = re.compile(r"(?:ға|ге|қа|ке)\W*$", re.IGNORECASE)
_S = SPACE


def _lex(name: str, **where: str):
    return lexicon(name, tuple(where.items()))


@lru_cache(maxsize=1)
def amount_regex() -> re.Pattern[str]:
    """The compiled amount grammar (named groups pre, frm, sign, ad/aw, scale, cd, scale2, bd,
    scale_b, post1, unit, post2)."""
    pre, post = _lex("qualifiers", position="pre").pattern, _lex("qualifiers", position="post").pattern
    signs = _lex("currencies", position="any").pattern
    units = f"{_lex('currencies').pattern}|{_lex('units').pattern}"
    p = pieces()
    scale = rf"(?P<glued>{p['glued']})|{_S}*(?P<scale>{p['scale']})(?:{_S}+(?P<cd>\d{{1,3}}){_S}*(?P<scale2>{p['scale']}))?"
    joint = rf"{_S}*[-–—]{_S}*|(?(frm){_S}+(?:{p['to']}){_S}+|(?!))"
    return compile_pattern(
        r"(?<!\w)"  # amounts start at a word start: skips mid-word positions cheaply
        f"(?:(?P<pre>{pre}){_S}+(?:(?:{PREPOSITIONS}){_S}+)?)?"
        f"(?:(?P<frm>{p['from']}){_S}+)?"
        f"(?:(?P<sign>{signs}){_S}?)?"
        f"{number_group('a')}{HYPHEN_SUFFIX}"
        f"(?:{scale})?"
        f"(?:(?:{joint})(?:{signs}{_S}?)?(?P<bd>{DIGITS}){HYPHEN_SUFFIX}"
        f"(?:(?P<glued_b>{p['glued']})|{_S}*(?P<scale_b>{p['scale']}))?)?"
        f"(?:{_S}+(?P<post1>{post}))?"
        f"(?:{_S}*(?P<mods>(?:{_lex('count_modifiers').pattern}){_S}+){{0,{MODIFIERS}}}(?P<unit>{units}){HYPHEN_SUFFIX})?"
        f"(?:{_S}+(?P<post2>{post}))?"
    )


def _values(match: re.Match[str], lang: str | None) -> tuple[float | None, float | None]:
    """(low, high) in whole units: a scale after either end of a range scales both ends."""
    low = group_value(match, "a", lang)
    if low is None:
        return None, None
    first = match.group("glued") or match.group("scale")
    second = match.group("glued_b") or match.group("scale_b")
    low *= scale_value(first or second)
    if match.group("cd") and scale_value(match.group("scale2")) < scale_value(first):
        low += float(match.group("cd")) * scale_value(match.group("scale2"))  # "1 млрд 200 млн"
    high = digits_value(match.group("bd"), lang) * scale_value(second or first) if match.group("bd") else None
    return round(low, 6), (round(high, 6) if high is not None else None)


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
            before = match.string[match.start() : match.start(group)]
            if group != "pre" and row["qualifier"] == "more_than" and DATIVE.search(before):
                return "exact"
            return row["qualifier"]
    return "exact"


def _accept(match: re.Match[str], text: str, currency: str | None, unit: str, value: float) -> bool:
    """Whether a grammar match is an amount rather than a year, a day, a duration or an article."""
    if unit == "_time" or value is None:
        return False
    if len(match.group("glued") or "xx") == 1 and not match.group("sign"):
        return False  # "$5m" is money, "5m" or "Block 2b" is not
    has_scale = bool(match.group("scale") or match.group("glued") or match.group("scale_b"))
    digits = bool(match.group("ad"))
    if currency or has_scale or unit == "%":
        return True
    if match.group("mods") and unit not in COUNT_UNITS:
        return False  # "5 новых тонн" is no phrase; only counted things take adjectives
    if unit:
        return digits or unit not in COUNT_UNITS or value >= 2  # "пять проектов"; "бір компания" is "a company"
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
        low, high = _values(match, lang)
        if low is None or not is_plausible(low) or not _accept(match, text, currency, unit, low):
            continue
        if high is not None and not is_plausible(high):
            high = None
        kind = "money" if currency else "percent" if unit == "%" else "quantity" if unit else "number"
        amount = Amount(match.start(), match.end(), match.group(0), low, unit, kind, _qualifier(match), high)
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
        if doc.lang == "zh":
            from kzcn.extract.amounts.zh import find_amounts_zh

            return doc.add(amounts=find_amounts_zh(doc.text, month, self.fx))
        amounts = []
        for sentence in doc.sentences or (Sentence(0, len(doc.text), doc.lang),):
            piece = doc.text[sentence.start : sentence.stop]
            found = find_amounts(piece, sentence.lang or doc.lang, month, self.fx)
            amounts += [_shift(a, sentence.start) for a in found]
        return doc.add(amounts=amounts)
