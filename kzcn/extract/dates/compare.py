"""Comparison bases of statistics: "по сравнению с 2023 годом", "өткен жылдың сәйкес кезеңімен
салыстырғанда" (the figure is about a later period than the year named)."""

from __future__ import annotations

import re
from functools import lru_cache

from kzcn.extract.common.grammar import SPACE as S, compile_pattern, lexicon
from kzcn.model import DateMention


def _lex(kind: str) -> str:
    return lexicon("periods", (("kind", kind),)).pattern


@lru_cache(maxsize=1)
def _comparison() -> re.Pattern[str]:
    year = r"(?<!\d)((?:19|20)\d{2})(?!\d)"
    return compile_pattern(
        rf"(?:{_lex('compare_pre')}){S}+{year}|{year}{S}*{_lex('year_word')}{S}+(?:{_lex('compare_post')})"
    )



def comparison_year(text: str, start: int, window: int = 2) -> int | None:
    """The base year of a comparison ("по сравнению с 2023 годом") within ``window`` sentences."""
    stops = [m.end() for m in re.finditer(r"[.!?](?:\s|$)|\n", text[start:])]
    end = start + (stops[window - 1] if len(stops) >= window else len(text) - start)
    match = _comparison().search(text, start, end)
    return int(match.group(1) or match.group(2)) if match else None


@lru_cache(maxsize=1)
def _relative_comparison() -> re.Pattern[str]:
    """A relative year as a comparison base: "по сравнению с аналогичным периодом прошлого года",
    "өткен жылдың сәйкес кезеңімен салыстырғанда" (up to three words between)."""
    words = rf"(?:{S}+[\w-]+){{0,3}}?"
    offset = _lex("offset")
    return compile_pattern(
        rf"(?:{_lex('compare_pre')}){words}{S}+(?P<a>{offset})|(?P<b>{offset}){words}{S}+(?:{_lex('compare_post')})"
    )


def is_comparison_base(text: str, mention: DateMention) -> bool:
    """Whether ``mention`` is the base of a comparison (its figure is about a later period)."""
    window = (max(0, mention.start - 60), min(len(text), mention.stop + 60))
    match = _comparison().search(text, *window)
    if match and match.start() <= mention.start < match.end():
        return True
    return any(
        m.start(g) <= mention.start < m.end(g)
        for m in _relative_comparison().finditer(text, *window) for g in ("a", "b") if m.group(g)
    )
