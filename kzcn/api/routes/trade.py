"""Trade figures like with like: one metric, one counterpart and one kind of period at a time.

An annual total, a January-November total and one month are different quantities; a national
total is not a region's. ``/api/stats/trade/series`` therefore answers one metric (``metric``,
default trade turnover) for one period kind (``annual``, ``ytd``: year to date, ``month``) and
one counterpart (China, or ``none``: a region's total foreign trade), Kazakh units side by side
(all in USD at the rate table's averages, or in % for growth), Kazakhstan's national figures
apart, and an explicit empty answer saying what was asked when nothing fits.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any, Literal

from fastapi import APIRouter, Depends, Query

from kzcn.api.http.filters import Filters, filters_dependency
from kzcn.api.shapes.money import human_amount
from kzcn.api.routes.places import kz_units
from kzcn.api.shapes.records import select_records

PeriodKind = Literal["annual", "ytd", "month"]
PERIOD_KINDS = ("annual", "ytd", "month", "other")
NATIONAL = "Kazakhstan"
DEFAULT_METRIC = "trade_turnover"
RANGE = re.compile(r"^(\d{4})-(\d{2})/(\d{4})-(\d{2})$")


def period_kind(period: str | None) -> tuple[str, str | None]:
    """The kind of a figure's period and the label it is compared under:
    ``2024`` and ``2024-01/2024-12`` are annual "2024"; ``2025-01/2025-11`` is year to date;
    ``2025-03`` (or ``2025-03/2025-03``) a month; other ranges and none are "other"."""
    if not period:
        return "other", None
    if re.fullmatch(r"\d{4}", period):
        return "annual", period
    if re.fullmatch(r"\d{4}-\d{2}", period):
        return "month", period
    found = RANGE.match(period)
    if not found:
        return "other", period
    y1, m1, y2, m2 = found.groups()
    if y1 == y2 and m1 == m2:
        return "month", f"{y1}-{m1}"
    if y1 == y2 and m1 == "01":
        return ("annual", y1) if m2 == "12" else ("ytd", period)
    return "other", period


def _counterpart_ok(record: dict[str, Any], counterpart: str) -> bool:
    if counterpart == "none":
        return not record["counterpart"]
    return (record["counterpart"] or "").lower() == counterpart.lower()


def _cell(record: dict[str, Any], label: str) -> dict[str, Any] | None:
    """A record's value as the chart compares it: USD for money, else its own unit."""
    if record["unit"] in ("%", "count"):
        value, unit = record["value"], record["unit"]
    elif record["value_usd"] is not None:
        value, unit = record["value_usd"], "USD"
    else:
        return None  # a currency the rate table lacks: not comparable
    return {"period": label, "value": value, "unit": unit, "text": human_amount(value, unit),
            "reported": [v["text"] for v in record["values"]], "conflict": record["conflict"],
            "record": record["id"], "n_reports": record["n_reports"],
            "reports": [r["page"] for r in record["reports"]]}


def series(engine, f: Filters, kind: str = "annual", counterpart: str = "China") -> dict[str, Any]:
    """One metric and period kind for every subject, regions comparable, the nation apart."""
    metric = f.metric or DEFAULT_METRIC
    records = [r for r in select_records(engine, "figures", Filters(**{**f.__dict__, "metric": metric}))
               if _counterpart_ok(r, counterpart)]
    kinds = Counter(period_kind(r["period"])[0] for r in records)
    cells: dict[str, dict[str, dict]] = {}
    skipped = 0
    for record in records:
        this_kind, label = period_kind(record["period"])
        if this_kind != kind:
            continue
        cell = _cell(record, label)
        if cell is None:
            skipped += 1
            continue
        cells.setdefault(record["subject"], {})[label] = cell
    periods = sorted({p for by_period in cells.values() for p in by_period})
    units = {u.name for u in kz_units()}

    def rows(subjects) -> list[dict[str, Any]]:
        return [{"subject": s, "values": [cells[s].get(p) for p in periods]} for s in sorted(subjects)]

    body = {"metric": metric, "period_kind": kind, "counterpart": counterpart,
            "unit": next((c["unit"] for by in cells.values() for c in by.values()), None),
            "periods": periods, "regions": rows(s for s in cells if s in units),
            "national": rows(s for s in cells if s == NATIONAL),
            "other": rows(s for s in cells if s not in units and s != NATIONAL),
            "period_kinds": {k: kinds.get(k, 0) for k in PERIOD_KINDS},
            "not_comparable": skipped, "empty": not cells, "message": None}
    if not cells:
        versus = "total foreign trade" if counterpart == "none" else f"with {counterpart}"
        body["message"] = (f"No {kind} figures of {metric.replace('_', ' ')} ({versus}) under these "
                           f"filters; other period kinds: " +
                           (", ".join(f"{k} {n}" for k, n in kinds.items() if n and k != kind) or "none"))
    return body


def register(api: APIRouter, engine) -> None:
    """GET /trade/series on the stats router."""

    @api.get("/trade/series", summary="One trade metric and period kind, regions comparable, the nation apart")
    def _series(f: Filters = Depends(filters_dependency),
                period_kind: PeriodKind = Query("annual", description="annual, ytd (year to date) or month."),
                counterpart: str = Query("China", max_length=80,
                                         description="Counterpart country, or 'none' for total foreign trade.")):
        return series(engine, f, period_kind, counterpart)
