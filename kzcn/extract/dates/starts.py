"""Where each rule of the date grammar (``dates.rules()``) may start: a prefilter that tries a rule
only at words that can begin it (``grammar.StartFilter``)."""

from __future__ import annotations

from functools import lru_cache

from kzcn.extract.common.grammar import StartFilter, lexicon
from kzcn.extract.amounts.numbers import words_lexicon

#: What the first word of each rule's match may be: ``#`` a digit, a lexicon (``@name``) or a word.
#: A rule is tried only where such a word starts (same matches; 3.1 -> 1.0 ms per article on the
#: 70 seed/sample/dev2 articles, one AMD EPYC core, /tmp/fs/dtime.py).
STARTERS: dict[str, tuple[str, ...]] = {
    "iso": ("#",), "day": ("#",), "day_en": ("@months",), "span": ("#", "с", "со", "from"), "span_kk": ("#", "@months"), "months": ("#", "@months"),
    "n_months": ("#", "@offset", "@numbers", "за", "первые", "алғашқы", "the", "first"),
    "part": ("#", "@part"), "month_year": ("#", "@months"), "years": ("#",),
    "year": ("#", "in", "since", "during", "for", "by", "until"),
    "month": ("в", "во", "in", "@months"), "offset": ("@offset",), "vague": ("@vague_lead",),
}


def _starter_terms(starter: str) -> list[str]:
    if starter == "@months":
        return [e["term"] for e in lexicon("months").entries]
    if starter == "@numbers":
        return [e["term"] for e in words_lexicon().entries]
    if starter.startswith("@"):
        return [e["term"] for e in lexicon("periods", (("kind", starter[1:]),)).entries]
    return [starter]


@lru_cache(maxsize=1)
def start_filter() -> StartFilter:
    """The start filter of the date grammar: where each rule of ``dates.rules()`` may begin."""
    return StartFilter({
        rule: [term for starter in starters for term in (["#"] if starter == "#" else _starter_terms(starter))]
        for rule, starters in STARTERS.items()
    })
