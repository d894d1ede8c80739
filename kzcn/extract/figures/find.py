"""Reported statistics (SCHEMA.md ``figures``) from amounts, dates, mentions and trigger words.

Which amounts are figures of which metric: ``classify`` (trigger words, scoped by ``scope``); the
period: ``period``. This module settles the subject and what a figure inherits from the one before.
Subject: a Kazakh unit, a city or Kazakhstan, from ``doc.mentions`` in the same sentence, else the
nearest earlier sentence; a sentence without its own subject or period continues the figure
before it ("Оның ішінде экспорт – 601,4 млн доллар"). Trigger words: ``rules/<lang>/metrics.tsv``.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import ClassVar

from kzcn.extract.figures.classify import SentenceView, classify, elliptic_counts, triggers_in
from kzcn.extract.figures.period import find_period
from kzcn.extract.figures.scope import parentheses, reaches
from kzcn.model import Amount, Document, Evidence, Figure, Mention, Sentence

BILATERAL = frozenset({"trade_turnover", "export", "import", "trade_growth", "investment", "companies", "project_count"})
#: Sentences looked back for a bilateral figure's subject; further back, the article's own unit.
#: 2 keeps "Китай – инвестор № 5 в Казахстане. За 15 лет инвестиции составили 24 млрд" (seed 003).
SUBJECT_LOOKBACK = 2
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


def _subject(doc: Document, index: int, offset: int, metric: str, target: int) -> tuple[Mention | None, int]:
    """The subject mention and how many sentences back it stands (-1: none; ``LOCAL``: the
    sentence names the article's own unit without its name, a new passage).

    In the sentence: the nearest before ``offset`` that reaches the amount at ``target`` (a name in
    brackets is the subject of the bracketed amount only: "(РК – 3427)"). A bilateral figure looks back only at
    sentences of the same statistics passage (a metric or ``_topic`` word) and never past a
    ``_local`` word ("в экономику региона"); other metrics (a city's GDP) take the last place named.
    """
    bilateral = metric in BILATERAL
    sentence = doc.sentences[index]
    spans = parentheses(doc.text, sentence.start, sentence.stop)
    found = [m for m in _in(sentence, doc.mentions) if _subject_of(m, bilateral) and reaches(m.start, target, spans)]
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
    return [(s + sentence.start, e + sentence.start, m) for s, e, m in triggers_in(text)]


def _has_cue(doc: Document, sentence: Sentence, kind: str) -> bool:
    return any(t[2] == kind for t in _sentence_triggers(doc, sentence))


def _is_statistics(doc: Document, sentence: Sentence) -> bool:
    return any(not t[2].startswith("_") or t[2] == "_topic" for t in _sentence_triggers(doc, sentence))


def _default_subject(doc: Document) -> str:
    """The article's own unit as the actors stage resolved it; without that layer its most named
    Kazakh unit (first named on a tie); else Kazakhstan."""
    if doc.principal_unit:
        return doc.principal_unit
    regions = Counter(m.canonical for m in doc.mentions if m.kind == "kz_region")
    return regions.most_common(1)[0][0] if regions else KAZAKH


def _counterpart(doc: Document, index: int, metric: str, inherited: str | None) -> str | None:
    if metric not in BILATERAL:
        return None
    for back in range(min(index, 2) + 1):
        if any(_is_china(m) for m in _in(doc.sentences[index - back], doc.mentions)):
            return "China"
    return inherited


def _unit(amount: Amount, currency: str | None) -> str:
    if amount.kind == "percent":
        return "%"
    return currency or amount.unit if amount.kind in ("money", "number") else "count"


def _build(doc: Document, index: int, amount: Amount, metric: str, offset: int, currency: str | None,
           context: _Context | None) -> tuple[Figure, _Context]:
    sentence = doc.sentences[index]
    inherit = context if context and context.sentence >= index - 1 else None
    mention, back = _subject(doc, index, offset, metric, amount.start)
    if back == LOCAL:
        inherit = None  # "the region's portfolio" starts a passage of its own
    if mention and back == 0 or (mention and not inherit):
        subject, confidence = _subject_of(mention, metric in BILATERAL), 0.9 if back == 0 else 0.7
    elif inherit:
        subject, confidence = inherit.subject, 0.8
    else:
        subject, confidence = _default_subject(doc), 0.5
    found, period = find_period(doc, index, amount, metric)
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


def _view(doc: Document, index: int) -> SentenceView:
    """The classifier's view of a sentence; ``carried`` is the last metric the sentence before
    named without any amount ("Тауар айналымы өсуде. Оның көлемі 622 млн ...")."""
    sentence = doc.sentences[index]
    carried = None
    if index:
        earlier = doc.sentences[index - 1]
        named = [t[2] for t in _sentence_triggers(doc, earlier) if not t[2].startswith("_")]
        if named and not any(earlier.start <= a.start < earlier.stop for a in doc.amounts):
            carried = named[-1]
    spans = parentheses(doc.text, sentence.start, sentence.stop)
    return SentenceView(doc.text, sentence.start, _sentence_triggers(doc, sentence), spans, carried)


def find_figures(doc: Document) -> list[Figure]:
    """Reported statistics of ``doc`` (needs its sentences, mentions, amounts and dates)."""
    if not doc.sentences:
        doc = doc.add(sentences=[Sentence(0, len(doc.text), doc.lang)])
    figures, seen, context = [], set(), None
    for index, sentence in enumerate(doc.sentences):
        amounts = [a for a in doc.amounts if sentence.start <= a.start and a.stop <= sentence.stop]
        view = _view(doc, index)
        amounts = sorted(amounts + elliptic_counts(view, amounts), key=lambda a: a.start)
        if not amounts:
            continue
        recent = context if context and context.sentence >= index - 1 else None
        currency, inherited = (recent.currency, recent.metric) if recent else (None, None)
        for amount, metric, offset, unit in classify(amounts, view, currency, inherited):
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
        if doc.lang == "zh":
            from kzcn.extract.figures.zh import find_figures_zh

            return doc.add(figures=find_figures_zh(doc))
        return doc.add(figures=find_figures(doc))
