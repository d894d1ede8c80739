"""The period of a figure: the sentence's own dates, a comparison base, or "the same period"."""

from __future__ import annotations

import re
from functools import lru_cache

from kzcn.extract.common.grammar import compile_pattern, lexicon
from kzcn.extract.dates.find import comparison_year, is_comparison_base
from kzcn.model import Amount, Document, Sentence


def find_period(doc: Document, index: int, amount: Amount, metric: str) -> tuple[bool, str | None]:
    """(found, period) from the sentence's dates: nearest before the amount, comparison base + 1.

    A count of firms is a stock: only a date in its own clause (no comma between) dates it. "In
    the same period" ("осы кезеңде", "за этот период") takes the previous sentence's period.
    """
    sentence = doc.sentences[index]
    usable = usable_dates(doc, sentence)
    if metric == "companies":
        usable = [d for d in usable if "," not in doc.text[min(d.stop, amount.stop) : max(d.start, amount.start)]]
    if usable:
        before = [d for d in usable if d.start < amount.start] or usable
        return True, as_period(before[-1].value)
    base = comparison_year(doc.text, sentence.start, window=1)
    if base is not None and base < 2100:
        return True, str(base + 1)
    if index and _same_period().search(doc.text, sentence.start, sentence.stop):
        earlier = usable_dates(doc, doc.sentences[index - 1])
        if earlier:
            return True, as_period(earlier[-1].value)
    return False, None


def usable_dates(doc: Document, sentence: Sentence):
    """The sentence's dates that can date a statistic: no comparison base, no single day."""
    dates = [d for d in doc.dates if sentence.start <= d.start and d.stop <= sentence.stop]
    return [d for d in dates if not is_comparison_base(doc.text, d) and (d.value is None or len(d.value) != 10)]


@lru_cache(maxsize=1)
def _same_period() -> re.Pattern[str]:
    return compile_pattern(lexicon("periods", (("kind", "anaphor"),)).pattern)


def as_period(value: str | None) -> str | None:
    """A date range of whole months as SCHEMA's ``YYYY-MM/YYYY-MM`` (one month: ``YYYY-MM``)."""
    if value and re.fullmatch(r"\d{4}-\d\d-\d\d/\d{4}-\d\d-\d\d", value):
        return f"{value[:7]}/{value[11:18]}" if value[:7] != value[11:18] else value[:7]
    return value
