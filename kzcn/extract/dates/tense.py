"""Whether a date's sentence reports a past happening: "Напомним, 15 апреля ... подписал",
"15 сәуірде ... қол қойылды", "On April 15 ... signed". A date without a year that would fall after
the publication date in such a sentence belongs to the year before (a reminder, a recap).
Words in ``rules/<lang>/periods.tsv`` (kinds ``past`` and ``future``); a future word wins.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kzcn.extract.common.grammar import compile_pattern, lexicon

_CLAUSE_END = re.compile(r"[.!?](?=\s|$)|\n")


@lru_cache(maxsize=2)
def _words(kind: str) -> re.Pattern[str]:
    return compile_pattern(rf"(?<!\w)(?:{lexicon('periods', (('kind', kind),)).pattern})")


def _sentence(text: str, start: int, stop: int) -> tuple[int, int]:
    begin = max((m.end() for m in _CLAUSE_END.finditer(text, max(0, start - 400), start)), default=max(0, start - 400))
    end = _CLAUSE_END.search(text, stop)
    return begin, end.start() if end else len(text)


def reported_past(text: str, start: int, stop: int) -> bool:
    """Whether the sentence around ``text[start:stop]`` tells of a past happening (a past word, no future word)."""
    begin, end = _sentence(text, start, stop)
    return bool(_words("past").search(text, begin, end)) and not _words("future").search(text, begin, end)


def after(value: str, published: str) -> bool:
    """Whether a resolved date or period (its first day or month) lies after the publication date."""
    first = value.split("/")[0]
    return first > published[: len(first)]
