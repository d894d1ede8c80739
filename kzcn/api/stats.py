"""Aggregates behind the dashboard's charts; each takes the same filters as the lists."""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date
from typing import Any

from fastapi import APIRouter, Depends, Query
from sqlalchemy import func, select

from kzcn.api.filters import Filters, apply_filters, base_select, filters_dependency
from kzcn.api.places import cn_province_of, kz_units
from kzcn.store import tables as t

STAGES = ("proposed", "agreed", "under_construction", "operating")
TRADE_METRICS = ("trade_turnover", "export", "import")
#: Figures of one metric, subject and period that differ by more than this share disagree
#: (SCHEMA.md scores values within 0.5% as the same).
CONFLICT_TOLERANCE = 0.005
#: Cap on rows one chart aggregates in Python; enough for every chart on a regional corpus.
MAX_ROWS = 50_000


def _rows(engine, kind: str, f: Filters, *columns: str) -> list[dict[str, Any]]:
    query = apply_filters(kind, base_select(kind), f).limit(MAX_ROWS)
    sub = query.subquery()
    with engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(select(*(sub.c[c] for c in columns)))]


def regions(engine, f: Filters) -> list[dict[str, Any]]:
    """Per Kazakh unit: events, projects and announced investment (USD), all 20 units listed."""
    events = Counter(r["kz_region"] for r in _rows(engine, "events", f, "kz_region"))
    projects = Counter()
    invest = defaultdict(float)
    for r in _rows(engine, "projects", f, "kz_region", "value_usd"):
        projects[r["kz_region"]] += 1
        invest[r["kz_region"]] += r["value_usd"] or 0.0
    return [{"name": u.name, "kk": u.kk, "ru": u.ru, "events": events.get(u.name, 0),
             "projects": projects.get(u.name, 0), "investment_usd": invest.get(u.name, 0.0)}
            for u in kz_units()]


def parties(engine, f: Filters) -> list[dict[str, Any]]:
    """Chinese parties named in events and projects under ``f``, with their province if a place."""
    counts: Counter[str] = Counter()
    for r in _rows(engine, "events", f, "cn_parties"):
        counts.update(list(dict.fromkeys(r["cn_parties"] or [])))
    for r in _rows(engine, "projects", f, "partner"):
        if r["partner"]:
            counts[r["partner"]] += 1
    provinces = cn_province_of()
    return [{"name": n, "count": c, "province": provinces.get(n)} for n, c in counts.most_common()]


def provinces(engine, f: Filters) -> list[dict[str, Any]]:
    """Per Chinese province: how many events and projects name it or a place in it."""
    totals: Counter[str] = Counter()
    for party in parties(engine, f):
        if party["province"]:
            totals[party["province"]] += party["count"]
    return [{"name": n, "count": c} for n, c in totals.most_common()]


def timeline(engine, f: Filters) -> dict[str, Any]:
    """Events per month and type (event date, else the article's date)."""
    counts: dict[str, Counter] = defaultdict(Counter)
    for r in _rows(engine, "events", f, "type", "date", "published"):
        when = (r["date"] or r["published"] or "").split("/")[0][:7]
        if len(when) == 7:
            counts[r["type"]][when] += 1
    months = sorted({m for c in counts.values() for m in c})
    return {"months": months, "series": [{"type": k, "counts": [c.get(m, 0) for m in months]}
                                         for k, c in sorted(counts.items())]}


def network(engine, f: Filters) -> dict[str, Any]:
    """Kazakh units linked to Chinese provinces and companies by events and projects."""
    provinces_of = cn_province_of()
    edges: Counter[tuple[str, str]] = Counter()
    for r in _rows(engine, "events", f, "kz_region", "cn_parties"):
        for party in dict.fromkeys(r["cn_parties"] or []):
            if r["kz_region"]:
                edges[(r["kz_region"], provinces_of.get(party, party))] += 1
    for r in _rows(engine, "projects", f, "kz_region", "partner"):
        if r["kz_region"] and r["partner"]:
            edges[(r["kz_region"], provinces_of.get(r["partner"], r["partner"]))] += 1
    nodes: dict[str, dict] = {}
    for (kz, cn), n in edges.items():
        nodes.setdefault(kz, {"name": kz, "side": "kz", "value": 0})["value"] += n
        side = "cn_province" if cn in provinces_of.values() else "cn_company"
        nodes.setdefault(cn, {"name": cn, "side": side, "value": 0})["value"] += n
    return {"nodes": list(nodes.values()),
            "links": [{"source": a, "target": b, "value": n} for (a, b), n in edges.most_common(300)]}


def pipeline(engine, f: Filters) -> list[dict[str, Any]]:
    """Projects per stage with their summed value in USD."""
    rows = _rows(engine, "projects", f, "stage", "value_usd")
    return [{"stage": s, "count": sum(1 for r in rows if r["stage"] == s),
             "value_usd": sum(r["value_usd"] or 0.0 for r in rows if r["stage"] == s)} for s in STAGES]


def stale(engine, f: Filters, months: int, today: date | None = None) -> list[dict[str, Any]]:
    """Projects agreed (or proposed) more than ``months`` ago whose region and partner or
    facility no later article mentions again: promises with no follow-up report."""
    rows = _rows(engine, "projects", f, "id", "doc_id", "what", "kz_region", "partner", "stage",
                 "value_usd", "published", "summary")
    today = today or date.today()
    index = today.year * 12 + today.month - 1 - months
    cutoff = f"{index // 12:04d}-{index % 12 + 1:02d}-{today.day:02d}"
    latest: dict[tuple, str] = {}
    for r in rows:
        for key in _project_keys(r):
            latest[key] = max(latest.get(key, ""), r["published"] or "")
    result = []
    for r in rows:
        if r["stage"] not in ("proposed", "agreed") or not r["published"] or r["published"] >= cutoff:
            continue
        if all(latest[key] <= r["published"] for key in _project_keys(r)):
            result.append(r)
    return sorted(result, key=lambda r: r["published"])


def _project_keys(r: dict) -> list[tuple]:
    keys = [("what", r["kz_region"], (r["what"] or "").lower())]
    if r["partner"]:
        keys.append(("partner", r["kz_region"], r["partner"].lower()))
    return keys


def trade(engine, f: Filters) -> list[dict[str, Any]]:
    """Trade figures per subject and period; ``conflict`` marks reports that disagree."""
    groups: dict[tuple, list[dict]] = defaultdict(list)
    for r in _rows(engine, "figures", f, "id", "doc_id", "metric", "subject", "counterpart", "period",
                   "value", "unit", "published", "source"):
        if r["metric"] in TRADE_METRICS:
            groups[(r["metric"], r["subject"], r["period"] or "", r["unit"])].append(r)
    result = []
    for (metric, subject, period, unit), reports in sorted(groups.items()):
        values = [r["value"] for r in reports]
        spread = (max(values) - min(values)) / max(abs(max(values)), 1e-9)
        result.append({"metric": metric, "subject": subject, "period": period or None, "unit": unit,
                       "reports": reports, "conflict": spread > CONFLICT_TOLERANCE})
    return result


def router(store) -> APIRouter:
    """The chart routes bound to ``store``."""
    api = APIRouter(prefix="/api/stats", tags=["charts"])
    engine = store.engine
    for name, fn in (("regions", regions), ("provinces", provinces), ("parties", parties),
                     ("timeline", timeline), ("network", network), ("pipeline", pipeline),
                     ("trade", trade)):
        _register(api, name, fn, engine)

    @api.get("/stale", summary="Projects agreed long ago with no later report")
    def _stale(f: Filters = Depends(filters_dependency), months: int = Query(12, ge=1, le=240)):
        return {"months": months, "items": stale(engine, f, months)}

    return api


def _register(api: APIRouter, name: str, fn, engine) -> None:
    @api.get(f"/{name}", summary=(fn.__doc__ or name).splitlines()[0])
    def _chart(f: Filters = Depends(filters_dependency)):
        return fn(engine, f)
