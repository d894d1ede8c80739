"""Chinese figures: trade, investment and counts of Chinese firms and projects from the amounts,
dates and mentions layers of a Chinese text.

A money amount is a figure of the nearest metric word before it in its sentence
(``rules/zh/metrics.tsv``); a count of firms with Chinese capital (143家中资企业) is ``companies``,
a count of projects (300个投资项目) ``project_count``, and money told with such a count is that
portfolio's ``investment`` (CONVENTIONS.md). Forecasts (预计, 计划吸引) and a single project's
own cost (该项目的投资额) are no reported figures; trade figures need China or 双边 in their
sentence, except a unit's total foreign trade (外贸总额), whose counterpart is null. Subject: the Kazakh unit named in the sentence, else the article's own unit.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kzcn.extract.amounts.zh import FIRMS_DESCRIBED
from kzcn.extract.common.grammar import rows
from kzcn.language.zh_script import simplified
from kzcn.model import Amount, Document, Evidence, Figure

ZH = ("zh",)
TRADE = frozenset({"trade_turnover", "export", "import"})
#: Counted nouns of a count amount and the metric they make.
COUNTED = (("中资企业", "companies"), ("中国企业", "companies"), ("中资", "companies"), ("项目", "project_count"))
#: Trade in all directions (``world_trade`` rows of metrics.tsv) and its growth: a unit's total
#: foreign trade is a trade figure with no counterpart (CONVENTIONS.md).
WORLD = {"world_trade": ("trade_turnover", None), "world_growth": ("trade_growth", None)}
#: Firms counted with a description of Chinese capital ("约3500家含中国资本的企业"): what the
#: count amount ends with.
FIRMS_COUNTED = re.compile(FIRMS_DESCRIBED + "$")
#: A count of one ("一个项目库") is no count of projects or firms.
MIN_COUNT = 2
#: Where a clause ends: a forecast word only governs its own clause.
_CLAUSE = re.compile(r"[，。；：！？,;]")


@lru_cache(maxsize=1)
def _cues() -> re.Pattern[str]:
    terms = sorted((r["term"] for r in rows("metrics", ZH)), key=len, reverse=True)
    return re.compile("|".join(re.escape(t) for t in terms), re.IGNORECASE)


@lru_cache(maxsize=1)
def _metric_of() -> dict[str, str]:
    return {r["term"].lower(): r["metric"] for r in rows("metrics", ZH)}


def _clause_start(view: str, start: int, floor: int) -> int:
    before = [m.end() for m in _CLAUSE.finditer(view, floor, start)]
    return before[-1] if before else floor


def _metric(view: str, amount: Amount, sentence: tuple[int, int], cues: list[tuple[int, int, str]],
            counts: list[Amount], facility: bool = False) -> str | None:
    """The metric of one amount, or None when it is no reported figure."""
    clause = _clause_start(view, amount.start, sentence[0])
    end = _CLAUSE.search(view, amount.stop, sentence[1])
    kinds = {label for start, _, label in cues if clause <= start < (end.start() if end else sentence[1])}
    if amount.kind == "quantity" and amount.unit == "count":
        if amount.value < MIN_COUNT or "_part" in kinds:
            return None  # one project is no count; "其中3个" is a part of a count told before
        found = next((metric for noun, metric in COUNTED if noun in amount.text), None)
        return found or ("companies" if FIRMS_COUNTED.search(amount.text) else None)
    if amount.kind == "percent" and "_growth" in kinds:
        before = [label for start, _, label in cues if start < amount.start and label in TRADE | {"world_trade"}]
        if before and before[-1] == "world_trade":
            return "world_growth"
        return "trade_growth" if before and before[-1] == "trade_turnover" else None
    if amount.kind != "money":
        return None
    if "_forecast" in kinds or "_project" in kinds:
        return None
    if any(c.unit == "count" and "项目" in c.text and c.value >= MIN_COUNT for c in counts):
        return "investment"  # the value of a portfolio of projects told with their count
    if facility:
        return None  # the cost of the facility its sentence names (a project's value)
    before = [(start, label) for start, _, label in cues if start < amount.start and not label.startswith("_")]
    if not before:
        return None
    metric = before[-1][1]
    if metric == "world_trade":
        return metric  # a unit's trade in all directions: no China needed
    if metric in TRADE and not any(label == "_bilateral" for _, _, label in cues):
        return None  # a region's or a country's trade in all directions
    return metric


def _names_facility(doc: Document, start: int, stop: int) -> bool:
    """Whether a sentence names a facility (a plant, a wind farm): its money is that facility's cost."""
    from kzcn.extract.common.triggers import load_lexicon

    return any(c.cell(0) == "head" for c in load_lexicon("facilities", "zh").find(doc.text, start, stop))


def _subject(doc: Document, start: int, stop: int) -> str:
    for m in doc.mentions:
        if start <= m.start < stop and m.participant and m.kind in ("kz_region", "kz_place"):
            return m.region if m.kind == "kz_place" and m.region else m.canonical
    return doc.principal_unit or "Kazakhstan"


def _period(doc: Document, start: int, stop: int) -> str | None:
    """A figure's period: a period of months in its sentence, else a year ("2024年", "去年")."""
    dated = [d for d in doc.dates if start <= d.start < stop and d.value]
    for date in dated:
        if date.kind == "period" and "-" in date.value.split("/")[0]:
            return date.value
    return next((d.value for d in dated if len(d.value) == 4 and d.value.isdigit()), None)


def find_figures_zh(doc: Document) -> list[Figure]:
    """The reported figures of a Chinese article."""
    view, figures, seen = simplified(doc.text), [], set()
    metrics = _metric_of()
    for sentence in doc.sentences:
        start, stop = sentence.start, sentence.stop
        amounts = [a for a in doc.amounts if start <= a.start < stop]
        if not amounts:
            continue
        cues = [(m.start(), m.end(), metrics[m.group().lower()]) for m in _cues().finditer(view, start, stop)]
        counts = [a for a in amounts if a.kind == "quantity" and a.unit == "count"]
        for amount in amounts:
            metric = _metric(view, amount, (start, stop), cues, counts, _names_facility(doc, start, stop))
            if metric is None:
                continue
            metric, counterpart = WORLD.get(metric, (metric, "China"))
            unit = "count" if amount.unit == "count" else amount.unit
            subject = _subject(doc, start, stop)
            if (metric, subject, amount.value) in seen:
                continue  # told again (a lead repeated in the body)
            seen.add((metric, subject, amount.value))
            evidence = Evidence(start, stop, ((amount.start, amount.stop),), 0.7)
            figures.append(Figure(metric, subject, amount.value, unit,
                                  counterpart=counterpart, period=_period(doc, start, stop),
                                  qualifier=amount.qualifier, value_usd=amount.value_usd, evidence=evidence))
    return figures
