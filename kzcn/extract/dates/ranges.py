"""Spans of days: a day mention widened to the span of days the text gives ("from 19 to 23 May")."""

from __future__ import annotations

import re

#: "с 21 по 25 апреля", "from 19 to 23 May": the first day stands before the dated day.
_FIRST_DAY = re.compile(r"(?:^|[\s(])(?:с|со|from|between)\s+(\d{1,2})\s+(?:по|до|to|till|until|and|[-–—])\s*$",
                        re.IGNORECASE)
#: "June 16-20", "May 19 to 23, 2025": the last day follows the dated day.
_LAST_DAY = re.compile(r"\s*(?:[-–—]|to|till|until|по)\s*(\d{1,2})(?!\d)(?![.:,]\d)(?!\s*[^\W\d_]{3,})", re.IGNORECASE)
#: How far left of a dated day its first day may stand ("с 21 по " is 8 characters).
_LEFT = 16
_DAY = re.compile(r"\d{4}-\d\d-\d\d")


def day_range(text: str, start: int, stop: int, value: str) -> str:
    """``value`` widened to ``first/last`` when the text gives a span of days around the day mention
    at ``[start, stop)`` ("С 22 по 27 февраля" -> "2025-02-22/2025-02-27"); else ``value``."""
    if not _DAY.fullmatch(value):
        return value
    day = int(value[8:])
    first = _FIRST_DAY.search(text, max(0, start - _LEFT), start)
    if first and first.end() == start and 0 < int(first.group(1)) < day:
        return f"{value[:8]}{int(first.group(1)):02d}/{value}"
    last = _LAST_DAY.match(text, stop)
    if last and day < int(last.group(1)) <= 31:
        return f"{value}/{value[:8]}{int(last.group(1)):02d}"
    return value
