"""Reported statistics (SCHEMA.md ``figures``) from amounts, dates, mentions and trigger words.

A money amount belongs to the nearest metric trigger before it in its sentence ("тауар айналымы
776,8 млн", "из которых экспорт составил 60,09 млн"); a percentage of trade with a word of
increase is ``trade_growth``; "N projects worth X" is a ``project_count`` and an ``investment``.
Subject: a Kazakh unit, a city or Kazakhstan, from ``doc.mentions`` in the same sentence, else the
nearest earlier sentence; a sentence without its own subject or period continues the figure
before it ("Оның ішінде экспорт – 601,4 млн доллар"). Trigger words: ``rules/<lang>/metrics.tsv``.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import ClassVar

from kzcn.extract.dates import comparison_year, is_comparison_base
from kzcn.extract.grammar import compile_pattern, lexicon
from kzcn.model import Amount, Document, Evidence, Figure, Mention, Sentence

BILATERAL = frozenset({"trade_turnover", "export", "import", "trade_growth", "investment", "companies", "project_count"})
TRADE = frozenset({"trade_turnover", "export", "import"})
#: Characters between a trigger and its amount; "объём взаимной торговли с Туркестанской
#: областью составил 148,9 млн" is 60, a whole clause rarely exceeds 150.
MAX_GAP_BEFORE, MAX_GAP_AFTER = 150, 40
KAZAKH = "Kazakhstan"


@dataclass(frozen=True)
class _Context:
    """What a figure may inherit from the one before it."""

    sentence: int
    subject: str
    counterpart: str | None
    period: str | None
    currency: str | None


def _triggers(text: str) -> list[tuple[int, int, str]]:
    lex = lexicon("metrics")
    return [(m.start(), m.end(), lex.lookup(m.group(0))["metric"]) for m in compile_pattern(lex.pattern).finditer(text)]


def _metric(amount: Amount, triggers: list[tuple[int, int, str]]) -> tuple[str, int] | None:
    """The metric of a money amount and its trigger's offset: nearest before, else just after."""
    usable = [t for t in triggers if not t[2].startswith("_") and t[2] != "companies"]
    before = [t for t in usable if t[1] <= amount.start and amount.start - t[1] <= MAX_GAP_BEFORE]
    if before:
        return before[-1][2], before[-1][0]
    after = [t for t in usable if t[0] >= amount.stop and t[0] - amount.stop <= MAX_GAP_AFTER]
    return (after[0][2], after[0][0]) if after else None


def _is_china(m: Mention) -> bool:
    return m.kind == "cn_place" or (m.kind == "country" and m.canonical == "China")


def _subject_of(m: Mention, bilateral: bool) -> str | None:
    if m.kind == "kz_region":
        return m.canonical
    if m.kind == "kz_place":
        return m.region or m.canonical
    if m.kind == "country" and m.canonical == KAZAKH:
        return KAZAKH
    if not bilateral and (m.kind == "cn_place" or m.kind == "country"):
        return m.canonical
    return None


def _in(sentence: Sentence, mentions: tuple[Mention, ...]) -> list[Mention]:
    return [m for m in mentions if sentence.start <= m.start and m.stop <= sentence.stop]


def _subject(doc: Document, index: int, offset: int, metric: str) -> tuple[Mention | None, int]:
    """The subject mention (nearest before ``offset``, then earlier sentences) and its distance."""
    bilateral = metric in BILATERAL
    for back in range(index + 1):
        sentence = doc.sentences[index - back]
        found = [m for m in _in(sentence, doc.mentions) if _subject_of(m, bilateral)]
        if back == 0:
            found = [m for m in found if m.start < offset] or found
        if found:
            return found[-1], back
    return None, -1


def _default_subject(doc: Document) -> str:
    regions = Counter(m.canonical for m in doc.mentions if m.kind == "kz_region")
    return regions.most_common(1)[0][0] if regions else KAZAKH


def _counterpart(doc: Document, index: int, metric: str, inherited: str | None) -> str | None:
    if metric not in BILATERAL:
        return None
    for back in range(min(index, 2) + 1):
        if any(_is_china(m) for m in _in(doc.sentences[index - back], doc.mentions)):
            return "China"
    return inherited


def _period(doc: Document, sentence: Sentence, amount: Amount, metric: str) -> tuple[bool, str | None]:
    """(found, period) from the sentence's dates: nearest before the amount, comparison base + 1."""
    dates = [d for d in doc.dates if sentence.start <= d.start and d.stop <= sentence.stop]
    usable = [d for d in dates if not is_comparison_base(doc.text, d) and (d.value is None or len(d.value) != 10)]
    if usable:
        before = [d for d in usable if d.start < amount.start] or usable
        return True, _as_period(before[-1].value)
    base = comparison_year(doc.text, sentence.start, window=1)
    if base is not None and base < 2100:
        return True, str(base + 1)
    return False, None


def _as_period(value: str | None) -> str | None:
    if value and re.fullmatch(r"\d{4}-\d\d-\d\d/\d{4}-\d\d-\d\d", value):
        return f"{value[:7]}/{value[11:18]}" if value[:7] != value[11:18] else value[:7]
    return value


def _money_like(amount: Amount, currency: str | None) -> bool:
    """Money, or a scaled bare number continuing a money list ("импорт – 175,4 млн")."""
    return amount.kind == "money" or (amount.kind == "number" and currency is not None and amount.value >= 1000)


def _classify(amounts: list[Amount], triggers: list[tuple[int, int, str]], currency: str | None):
    """(amount, metric, trigger offset, currency) for every amount of a sentence that is a figure."""
    metrics = {t[2] for t in triggers}
    projects = [a for a in amounts if a.unit == "projects"]
    has_money = False
    for amount in amounts:
        currency = amount.unit if amount.kind == "money" else currency
        if _money_like(amount, currency):
            found = _metric(amount, triggers) or ((("investment", amount.start)) if projects else None)
            if found:
                has_money = True
                yield amount, found[0], found[1], currency
        elif amount.kind == "percent" and "_growth" in metrics and _metric(amount, triggers):
            metric, offset = _metric(amount, triggers)
            if metric in TRADE:
                yield amount, "trade_growth", offset, None
        elif amount.unit == "companies" and "companies" in metrics:
            yield amount, "companies", amount.start, None
    for amount in projects:
        if has_money or "investment" in metrics:
            yield amount, "project_count", amount.start, None


def _unit(amount: Amount, currency: str | None) -> str:
    if amount.kind == "percent":
        return "%"
    return currency or amount.unit if amount.kind in ("money", "number") else "count"


def _build(doc: Document, index: int, amount: Amount, metric: str, offset: int, currency: str | None,
           context: _Context | None) -> tuple[Figure, _Context]:
    sentence = doc.sentences[index]
    inherit = context if context and context.sentence >= index - 1 else None
    mention, back = _subject(doc, index, offset, metric)
    if mention and back == 0 or (mention and not inherit):
        subject, confidence = _subject_of(mention, metric in BILATERAL), 0.9 if back == 0 else 0.7
    elif inherit:
        subject, confidence = inherit.subject, 0.8
    else:
        subject, confidence = _default_subject(doc), 0.5
    found, period = _period(doc, sentence, amount, metric)
    if not found and inherit:
        period = inherit.period
    counterpart = _counterpart(doc, index, metric, inherit.counterpart if inherit else None)
    spans = ((amount.start, amount.stop),) + (((mention.start, mention.stop),) if mention and back == 0 else ())
    figure = Figure(
        metric, subject, amount.value, _unit(amount, currency), counterpart, period, amount.qualifier,
        amount.value_usd, Evidence(sentence.start, sentence.stop, spans, confidence),
    )
    return figure, _Context(index, subject, counterpart, period, currency)


def find_figures(doc: Document) -> list[Figure]:
    """Reported statistics of ``doc`` (needs its sentences, mentions, amounts and dates)."""
    if not doc.sentences:
        doc = doc.add(sentences=[Sentence(0, len(doc.text), doc.lang)])
    figures, seen, context = [], set(), None
    for index, sentence in enumerate(doc.sentences):
        amounts = [a for a in doc.amounts if sentence.start <= a.start and a.stop <= sentence.stop]
        if not amounts:
            continue
        text = doc.text[sentence.start : sentence.stop]
        triggers = [(s + sentence.start, e + sentence.start, m) for s, e, m in _triggers(text)]
        currency = context.currency if context and context.sentence >= index - 1 else None
        for amount, metric, offset, unit in _classify(amounts, triggers, currency):
            figure, context = _build(doc, index, amount, metric, offset, unit, context)
            key = (figure.metric, figure.subject, figure.value)
            if key not in seen:
                seen.add(key)
                figures.append(figure)
    return figures


class FigureStage:
    """Adds ``figures``: trade, investment and output statistics with subject, period and value."""

    name: ClassVar[str] = "figures"
    requires: ClassVar[frozenset[str]] = frozenset({"text", "sentences", "mentions", "amounts", "dates"})
    provides: ClassVar[frozenset[str]] = frozenset({"figures"})

    def __call__(self, doc: Document) -> Document:
        return doc.add(figures=find_figures(doc))
