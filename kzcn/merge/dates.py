"""Dates as intervals: ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD`` and ranges ``A/B``.

Two reports of one happening may give "2025-03" and "2025-03-14"; both are read as intervals so
"within N days" and "compatible" mean the same thing at any precision.
"""

from __future__ import annotations

import calendar
from collections import Counter
from datetime import date
from typing import Any


def interval(value: str | None) -> tuple[date, date] | None:
    """The first and last day ``value`` covers, or None if it is not a date we read."""
    if not value:
        return None
    if "/" in value:
        left, right = interval(value.split("/", 1)[0]), interval(value.split("/", 1)[1])
        return (left[0], right[1]) if left and right else None
    try:
        parts = [int(p) for p in value.split("-")]
        if len(parts) == 1:
            return date(parts[0], 1, 1), date(parts[0], 12, 31)
        if len(parts) == 2:
            last = calendar.monthrange(parts[0], parts[1])[1]
            return date(parts[0], parts[1], 1), date(parts[0], parts[1], last)
        day = date(parts[0], parts[1], parts[2])
        return day, day
    except (ValueError, IndexError):
        return None


def gap_days(a: tuple[date, date] | None, b: tuple[date, date] | None) -> int | None:
    """Days between two intervals (0 when they overlap); None when either is unknown."""
    if a is None or b is None:
        return None
    return max(0, (b[0] - a[1]).days, (a[0] - b[1]).days)


def specificity(value: str | None) -> int:
    """How precise a date is: 3 for a day, 2 a month, 1 a year or range, 0 unknown."""
    if not value or interval(value) is None:
        return 0
    if "/" in value:
        return 1
    return value.count("-") + 1


def compatible(a: str, b: str) -> bool:
    """Whether two dates can denote the same day (one contains the other)."""
    left, right = interval(a), interval(b)
    if left is None or right is None:
        return True
    inner, outer = sorted((left, right), key=lambda iv: (iv[1] - iv[0]).days)
    return outer[0] <= inner[0] and inner[1] <= outer[1]


def reconcile_date(values: list[str | None]) -> tuple[str | None, bool]:
    """The most specific date most reports agree with, and whether some reports disagree.

    Each candidate is scored by how many reports are compatible with it, then by precision:
    "2025-03" and "2025-03-14" give "2025-03-14"; "2025-03-14" against "2025-03-15" is a
    disagreement, resolved to the date more reports support (ties: the earlier date).
    """
    known = [v for v in values if interval(v) is not None]
    if not known:
        return None, False
    counts = Counter(known)
    support = {v: sum(n for w, n in counts.items() if compatible(v, w)) for v in counts}
    best = sorted(counts, key=lambda v: (-support[v], -specificity(v), v))[0]
    disagree = any(not compatible(a, b) for a in counts for b in counts if a < b)
    return best, disagree


def sort_key(value: Any) -> str:
    """Dates sort as strings; unknown dates last."""
    return value if isinstance(value, str) and value else "9999"
