"""Which amounts of a sentence are figures, and of which metric.

A money amount belongs to the nearest metric trigger before it in its sentence ("тауар айналымы
412,5 млн", "из которых экспорт составил 73,06 млн"), else one just after it; a trigger inside a
parenthesis names only the amounts in it (``scope``). A sentence that only says "its volume" ("оның
көлемі", "его объем": an ``_its`` cue) takes the metric its previous sentence named without an
amount. A percentage of trade with a word of increase is ``trade_growth``; "N projects worth X" is
a ``project_count`` and an ``investment``. Trigger words: ``rules/<lang>/metrics.tsv``.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache

from kzcn.extract.common.grammar import compile_pattern, lexicon
from kzcn.extract.figures.scope import clause_start, number_before, reaches
from kzcn.model import Amount

#: Characters between a trigger and its amount; "объём взаимной торговли с Туркестанской
#: областью составил 148,9 млн" is 60, a whole clause rarely exceeds 150.
MAX_GAP_BEFORE, MAX_GAP_AFTER = 150, 40
#: A Kazakh verb of estimate follows its amount ("25 млн долларын құрауы мүмкін"): ~15 characters.
FORECAST_AFTER = 15

#: Characters between a count of projects and "with Chinese capital": " с " is 3, " with " 6.
CAPITAL_GAP = 8

#: Cue kinds that name a metric for a money amount only (never a figure of their own).
PORTFOLIO = {"_portfolio": "investment"}

Trigger = tuple[int, int, str]


@dataclass(frozen=True)
class SentenceView:
    """One sentence as the classifier sees it: its text, triggers and parentheses (document
    offsets), and the metric a previous amount-less sentence named (for an ``_its`` cue)."""

    text: str
    start: int
    triggers: list[Trigger]
    parens: list[tuple[int, int]]
    carried: str | None = None


@lru_cache(maxsize=1024)  # called three times per sentence
def triggers_in(text: str) -> list[Trigger]:
    """(start, stop, metric or cue kind) of every metrics-lexicon match in ``text``."""
    lex = lexicon("metrics")
    return [(m.start(), m.end(), lex.lookup(m.group(0))["metric"]) for m in compile_pattern(lex.pattern).finditer(text)]


def metric_of(amount: Amount, view: SentenceView) -> tuple[str, int] | None:
    """The metric of a money amount and its trigger's offset: nearest before, else just after."""
    usable = [(t[0], t[1], PORTFOLIO.get(t[2], t[2])) for t in view.triggers if reaches(t[0], amount.start, view.parens)]
    usable = [t for t in usable if not t[2].startswith("_") and t[2] != "companies"]
    before = [t for t in usable if t[1] <= amount.start and amount.start - t[1] <= MAX_GAP_BEFORE]
    if before:
        return before[-1][2], before[-1][0]
    after = [t for t in usable if t[0] >= amount.stop and t[0] - amount.stop <= MAX_GAP_AFTER]
    return (after[0][2], after[0][0]) if after else None


def _money_like(amount: Amount, currency: str | None) -> bool:
    """Money, or a scaled bare number continuing a money list ("импорт – 175,4 млн")."""
    return amount.kind == "money" or (amount.kind == "number" and currency is not None and amount.value >= 1000)


def _blocked(amount: Amount, offset: int, view: SentenceView, metric: str, counted: bool = False) -> bool:
    """Whether a forecast or plan word, a group of countries (or, for investment, one facility's
    cost) stands between trigger and amount or earlier in the amount's clause ("Бұл зауытқа
    компания 564 млрд теңге инвестиция салып", "область должна привлечь 1,5 трлн тенге инвестиций")."""
    low = min(offset, amount.start, clause_start(view.text, view.start, amount.start))
    high = amount.stop + FORECAST_AFTER
    # counted projects' total value is their portfolio, planned or not (CONVENTIONS.md: a bundle
    # "12 projects worth $2 bn" is a project_count and an investment figure)
    kinds = ({"_group"} if counted else {"_forecast", "_group"}) | ({"_project"} if metric == "investment" else set())
    return any(t[2] in kinds and low <= t[0] < high and not (amount.start <= t[0] < amount.stop)
               and not (t[2] == "_group" and _quoted(view.text, t[0])) for t in view.triggers)


#: How far a quotation is looked for around a word (a forum's or a programme's name).
QUOTE_REACH = 120


def _quoted(text: str, offset: int) -> bool:
    """Whether ``offset`` stands inside «...» or “...”: a group of countries in a name (the forum
    «Центральная Азия – Китай») is no subject of the figure."""
    for left, right in (("«", "»"), ("“", "”")):
        opened = text.rfind(left, max(0, offset - QUOTE_REACH), offset)
        if opened >= 0 and text.find(right, opened, offset) < 0 and 0 <= text.find(right, offset, offset + QUOTE_REACH):
            return True
    return False


def _growth(amount: Amount, view: SentenceView, inherited: str | None) -> tuple[Amount, int] | None:
    """A percentage of trade with a word of change ("вырос на 9,4%", "14,2 пайызға артық"), signed."""
    kinds = {t[2] for t in view.triggers}
    if amount.qualifier == "up_to" or not kinds & {"_growth", "_decline"}:
        return None  # "до 50%" is a level, not a change
    found = metric_of(amount, view)
    metric, offset = found if found else (inherited, amount.start)
    if metric != "trade_turnover":
        return None  # export growth is no SCHEMA metric; all annotated trade_growth is turnover
    sign = -1 if "_decline" in kinds and "_growth" not in kinds else 1
    return replace(amount, value=sign * amount.value, qualifier="exact"), offset


def elliptic_counts(view: SentenceView, amounts: list[Amount]) -> list[Amount]:
    """Counts of firms whose noun is left out: "компаний, в том числе 38 с участием китайского
    капитала" (the number stands a few words before the firms phrase, not part of any amount)."""
    found = []
    for start, _, metric in view.triggers:
        if metric != "companies":
            continue
        number = number_before(view.text, view.start, start)
        if number and not any(a.start <= number[0] < a.stop for a in amounts):
            text = view.text[number[0] : number[1]]
            found.append(Amount(number[0], number[1], text, number[2], "companies", "quantity"))
    return found


def classify(amounts: list[Amount], view: SentenceView, currency: str | None, inherited: str | None = None):
    """(amount, metric, trigger offset, currency) for every amount of a sentence that is a figure.

    ``inherited`` is the metric of the previous sentence's figure: "Бұл 14,2 пайызға артық" after
    a trade turnover is that turnover's growth.
    """
    metrics = {t[2] for t in view.triggers}
    bundle = "_bundle" in metrics  # "6 меморандумов на общую сумму 48 млрд": the documents are counted projects
    projects = [a for a in amounts if a.unit == "projects" or (bundle and a.unit == "documents")]
    one_facility = "_facility" in metrics and not projects  # "мощностью 40 тысяч, инвестиции – 32 млрд"
    has_money = False
    for amount in amounts:
        currency = amount.unit if amount.kind == "money" else currency
        if _money_like(amount, currency):
            found = metric_of(amount, view) or _fallback(amount, view, projects)
            if found and found[0] == "investment" and one_facility:
                continue
            if found and not _blocked(amount, found[1], view, found[0], counted=bool(projects)):
                has_money = True
                yield amount, found[0], found[1], currency
        elif amount.kind == "percent":
            growth = _growth(amount, view, inherited if not metric_of(amount, view) else None)
            if growth:
                yield growth[0], "trade_growth", growth[1], None
        elif amount.unit == "companies" and "companies" in metrics:
            yield amount, "companies", amount.start, None
    for amount in projects:
        if has_money or "investment" in metrics or _with_capital(amount, view) or _joint(amount, view):
            yield amount, "project_count", amount.start, None


#: How far before a count of projects a word making them joint may stand ("қазақстандық-қытайлық
#: ауқымды 12 жоба", "12 совместных проектов" has it inside the count).
JOINT_BEFORE = 40


def _joint(amount: Amount, view: SentenceView) -> bool:
    """A count of joint projects ("12 совместных проектов", "Kazakh-Chinese 12 large projects"):
    CONVENTIONS.md's project_count even without a value."""
    return any(t[2] == "_joint" and amount.start - JOINT_BEFORE <= t[0] < amount.stop for t in view.triggers)


def _with_capital(amount: Amount, view: SentenceView) -> bool:
    """Projects "with Chinese capital" right after their count ("пять проектов с китайским капиталом")."""
    return any(t[2] == "companies" and 0 <= t[0] - amount.stop <= CAPITAL_GAP for t in view.triggers)


def _fallback(amount: Amount, view: SentenceView, projects: list[Amount]) -> tuple[str, int] | None:
    """A money amount without a trigger: counted projects make it their total value; "its volume"
    takes the metric of the sentence before; a bracketed list's total stays unnamed."""
    if projects:
        return "investment", amount.start
    if view.carried and any(t[2] == "_its" and t[0] < amount.start for t in view.triggers):
        return view.carried, amount.start
    return None
