"""Reported statistics (SCHEMA.md ``figures``) from amounts, dates, mentions and trigger words.

A money amount belongs to the nearest metric trigger before it in its sentence ("тауар айналымы
412,5 млн", "из которых экспорт составил 73,06 млн"); a percentage of trade with a word of
increase is ``trade_growth``; "N projects worth X" is a ``project_count`` and an ``investment``.
Subject: a Kazakh unit, a city or Kazakhstan, from ``doc.mentions`` in the same sentence, else the
nearest earlier sentence; a sentence without its own subject or period continues the figure
before it ("Оның ішінде экспорт – 601,4 млн доллар"). Trigger words: ``rules/<lang>/metrics.tsv``.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import ClassVar

from kzcn.extract.dates.find import comparison_year, is_comparison_base
from kzcn.extract.common.grammar import compile_pattern, lexicon
from kzcn.model import Amount, Document, Evidence, Figure, Mention, Sentence

BILATERAL = frozenset({"trade_turnover", "export", "import", "trade_growth", "investment", "companies", "project_count"})
#: Characters between a trigger and its amount; "объём взаимной торговли с Туркестанской
#: областью составил 148,9 млн" is 60, a whole clause rarely exceeds 150.
MAX_GAP_BEFORE, MAX_GAP_AFTER = 150, 40
#: Sentences looked back for a bilateral figure's subject; further back, the article's own unit.
#: 2 keeps "Китай – инвестор № 5 в Казахстане. За 15 лет инвестиции составили 24 млрд" (seed 003).
SUBJECT_LOOKBACK = 2
#: A Kazakh verb of estimate follows its amount ("25 млн долларын құрауы мүмкін"): ~15 characters.
FORECAST_AFTER = 15
KAZAKH = "Kazakhstan"
LOCAL = -2


@dataclass(frozen=True)
class _Context:
    """What a figure may inherit from the one before it."""

    sentence: int
    subject: str
    counterpart: str | None
    period: str | None
    currency: str | None
    metric: str | None = None


@lru_cache(maxsize=1024)  # called three times per sentence
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
    """The subject mention and how many sentences back it stands (-1: none; ``LOCAL``: the
    sentence names the article's own unit without its name, a new passage).

    In the sentence: the nearest before ``offset``. A bilateral figure looks back only at
    sentences of the same statistics passage (a metric or ``_topic`` word) and never past a
    ``_local`` word ("в экономику региона"); other metrics (a city's GDP) take the last place named.
    """
    bilateral = metric in BILATERAL
    sentence = doc.sentences[index]
    found = [m for m in _in(sentence, doc.mentions) if _subject_of(m, bilateral)]
    if found:
        return ([m for m in found if m.start < offset] or found)[-1], 0
    if bilateral and _has_cue(doc, sentence, "_local"):
        return None, LOCAL
    depth = min(index, SUBJECT_LOOKBACK) if bilateral else index
    for back in range(1, depth + 1):
        earlier = doc.sentences[index - back]
        if bilateral and not _is_statistics(doc, earlier):
            continue
        found = [m for m in _in(earlier, doc.mentions) if _subject_of(m, bilateral)]
        if found:
            return found[-1], back
    return None, -1


def _sentence_triggers(doc: Document, sentence: Sentence) -> list[tuple[int, int, str]]:
    text = doc.text[sentence.start : sentence.stop]
    return [(s + sentence.start, e + sentence.start, m) for s, e, m in _triggers(text)]


def _has_cue(doc: Document, sentence: Sentence, kind: str) -> bool:
    return any(t[2] == kind for t in _sentence_triggers(doc, sentence))


def _is_statistics(doc: Document, sentence: Sentence) -> bool:
    return any(not t[2].startswith("_") or t[2] == "_topic" for t in _sentence_triggers(doc, sentence))


def _default_subject(doc: Document) -> str:
    """The article's own unit: its most named Kazakh unit (first named on a tie), else Kazakhstan."""
    regions = Counter(m.canonical for m in doc.mentions if m.kind == "kz_region")
    return regions.most_common(1)[0][0] if regions else KAZAKH


def _counterpart(doc: Document, index: int, metric: str, inherited: str | None) -> str | None:
    if metric not in BILATERAL:
        return None
    for back in range(min(index, 2) + 1):
        if any(_is_china(m) for m in _in(doc.sentences[index - back], doc.mentions)):
            return "China"
    return inherited


def _period(doc: Document, index: int, amount: Amount, metric: str) -> tuple[bool, str | None]:
    """(found, period) from the sentence's dates: nearest before the amount, comparison base + 1.

    A count of firms is a stock: only a date in its own clause (no comma between) dates it. "In
    the same period" ("осы кезеңде", "за этот период") takes the previous sentence's period.
    """
    sentence = doc.sentences[index]
    usable = _usable_dates(doc, sentence)
    if metric == "companies":
        usable = [d for d in usable if "," not in doc.text[min(d.stop, amount.stop) : max(d.start, amount.start)]]
    if usable:
        before = [d for d in usable if d.start < amount.start] or usable
        return True, _as_period(before[-1].value)
    base = comparison_year(doc.text, sentence.start, window=1)
    if base is not None and base < 2100:
        return True, str(base + 1)
    if index and _same_period().search(doc.text, sentence.start, sentence.stop):
        earlier = _usable_dates(doc, doc.sentences[index - 1])
        if earlier:
            return True, _as_period(earlier[-1].value)
    return False, None


def _usable_dates(doc: Document, sentence: Sentence):
    dates = [d for d in doc.dates if sentence.start <= d.start and d.stop <= sentence.stop]
    return [d for d in dates if not is_comparison_base(doc.text, d) and (d.value is None or len(d.value) != 10)]


@lru_cache(maxsize=1)
def _same_period() -> re.Pattern[str]:
    return compile_pattern(lexicon("periods", (("kind", "anaphor"),)).pattern)


def _as_period(value: str | None) -> str | None:
    if value and re.fullmatch(r"\d{4}-\d\d-\d\d/\d{4}-\d\d-\d\d", value):
        return f"{value[:7]}/{value[11:18]}" if value[:7] != value[11:18] else value[:7]
    return value


def _money_like(amount: Amount, currency: str | None) -> bool:
    """Money, or a scaled bare number continuing a money list ("импорт – 175,4 млн")."""
    return amount.kind == "money" or (amount.kind == "number" and currency is not None and amount.value >= 1000)


def _blocked(amount: Amount, offset: int, triggers: list[tuple[int, int, str]], metric: str) -> bool:
    """Whether a forecast word (or, for investment, one facility's cost) stands between trigger and amount."""
    low, high = min(offset, amount.start), amount.stop + FORECAST_AFTER
    kinds = {"_forecast", "_project"} if metric == "investment" else {"_forecast"}
    return any(t[2] in kinds and low <= t[0] < high and not (amount.start <= t[0] < amount.stop) for t in triggers)


def _growth(amount: Amount, triggers, inherited: str | None) -> tuple[Amount, int] | None:
    """A percentage of trade with a word of change ("вырос на 9,4%", "14,2 пайызға артық"), signed."""
    kinds = {t[2] for t in triggers}
    if amount.qualifier == "up_to" or not kinds & {"_growth", "_decline"}:
        return None  # "до 50%" is a level, not a change
    found = _metric(amount, triggers)
    metric, offset = found if found else (inherited, amount.start)
    if metric != "trade_turnover":
        return None  # export growth is no SCHEMA metric; all annotated trade_growth is turnover
    sign = -1 if "_decline" in kinds and "_growth" not in kinds else 1
    return replace(amount, value=sign * amount.value, qualifier="exact"), offset


def _classify(amounts: list[Amount], triggers: list[tuple[int, int, str]], currency: str | None,
              inherited: str | None = None):
    """(amount, metric, trigger offset, currency) for every amount of a sentence that is a figure.

    ``inherited`` is the metric of the previous sentence's figure: "Бұл 14,2 пайызға артық" after
    a trade turnover is that turnover's growth.
    """
    metrics = {t[2] for t in triggers}
    bundle = "_bundle" in metrics  # "6 меморандумов на общую сумму 48 млрд": the documents are counted projects
    projects = [a for a in amounts if a.unit == "projects" or (bundle and a.unit == "documents")]
    one_facility = "_facility" in metrics and not projects  # "мощностью 40 тысяч, инвестиции – 32 млрд"
    has_money = False
    for amount in amounts:
        currency = amount.unit if amount.kind == "money" else currency
        if _money_like(amount, currency):
            found = _metric(amount, triggers) or ((("investment", amount.start)) if projects else None)
            if found and found[0] == "investment" and one_facility:
                continue
            if found and not _blocked(amount, found[1], triggers, found[0]):
                has_money = True
                yield amount, found[0], found[1], currency
        elif amount.kind == "percent":
            growth = _growth(amount, triggers, inherited if not _metric(amount, triggers) else None)
            if growth:
                yield growth[0], "trade_growth", growth[1], None
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
    if back == LOCAL:
        inherit = None  # "the region's portfolio" starts a passage of its own
    if mention and back == 0 or (mention and not inherit):
        subject, confidence = _subject_of(mention, metric in BILATERAL), 0.9 if back == 0 else 0.7
    elif inherit:
        subject, confidence = inherit.subject, 0.8
    else:
        subject, confidence = _default_subject(doc), 0.5
    found, period = _period(doc, index, amount, metric)
    stock = metric == "investment" and _has_cue(doc, sentence, "_stock")  # "жалпы көлемі": all years
    if not found and inherit and metric != "companies" and not stock:
        period = inherit.period
    counterpart = _counterpart(doc, index, metric, inherit.counterpart if inherit else None)
    spans = ((amount.start, amount.stop),) + (((mention.start, mention.stop),) if mention and back == 0 else ())
    figure = Figure(
        metric, subject, amount.value, _unit(amount, currency), counterpart, period, amount.qualifier,
        amount.value_usd, Evidence(sentence.start, sentence.stop, spans, confidence),
    )
    return figure, _Context(index, subject, counterpart, period, currency, metric)


def find_figures(doc: Document) -> list[Figure]:
    """Reported statistics of ``doc`` (needs its sentences, mentions, amounts and dates)."""
    if not doc.sentences:
        doc = doc.add(sentences=[Sentence(0, len(doc.text), doc.lang)])
    figures, seen, context = [], set(), None
    for index, sentence in enumerate(doc.sentences):
        amounts = [a for a in doc.amounts if sentence.start <= a.start and a.stop <= sentence.stop]
        if not amounts:
            continue
        triggers = _sentence_triggers(doc, sentence)
        recent = context if context and context.sentence >= index - 1 else None
        currency, inherited = (recent.currency, recent.metric) if recent else (None, None)
        for amount, metric, offset, unit in _classify(amounts, triggers, currency, inherited):
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
