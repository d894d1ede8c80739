"""Aggregates behind the dashboard's charts; each takes the same filters as the lists and counts
merged records (``kzcn/api/shapes/records.py``: one event cluster, one project, one figure group), never
raw facts. Every row says which records it counts and links to the list of them."""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Query

from kzcn.api.routes import trade as trade_series
from kzcn.api.http.filters import Filters, filters_dependency
from kzcn.api.shapes.money import human_amount, rate_sources
from kzcn.api.routes.places import cn_province_of, kz_units
from kzcn.api.shapes import records, summaries

STAGES = ("proposed", "agreed", "under_construction", "operating")
#: SCHEMA.md's event types in a fixed order: a type keeps its place (and colour) under any filter.
EVENT_TYPES = ("meeting", "visit", "agreement", "office_opening", "forum", "site_visit", "project_launch")
TRADE_METRICS = ("trade_turnover", "export", "import")


def select_records(engine, kind: str, f: Filters) -> list[dict[str, Any]]:
    """The merged records a chart counts, as short rows read in SQL
    (``kzcn.api.shapes.summaries``: the rule of ``kzcn.api.shapes.records``)."""
    return summaries.select_summaries(engine, kind, f)


def records_link(kind: str, f: Filters, **narrow: str | None) -> str:
    """The list of the records a row counts: ``/api/records/<kind>`` with the view's filters."""
    params = {**f.active(), **{k: v for k, v in narrow.items() if v}}
    return f"/api/records/{kind}" + ("?" + urlencode(params) if params else "")


def regions(engine, f: Filters) -> list[dict[str, Any]]:
    """Per Kazakh unit: event records, project records and their announced investment (USD, each
    project once at its latest reported value), all 20 units listed."""
    events = defaultdict(list)
    for r in select_records(engine, "events", f):
        events[r["kz_region"]].append(r["id"])
    projects, invest, valued = defaultdict(list), defaultdict(float), Counter()
    for r in select_records(engine, "projects", f):
        projects[r["kz_region"]].append(r["id"])
        if r["value_usd"] is not None:
            invest[r["kz_region"]] += r["value_usd"]
            valued[r["kz_region"]] += 1
    return [{"name": u.name, "kk": u.kk, "ru": u.ru, "events": len(events[u.name]),
             "projects": len(projects[u.name]), "investment_usd": invest.get(u.name, 0.0),
             "investment_text": human_amount(invest.get(u.name, 0.0), "USD"),
             "valued_projects": valued[u.name],
             "records": {"events": events[u.name], "projects": projects[u.name]},
             "links": {"events": records_link("events", f, region=u.name),
                       "projects": records_link("projects", f, region=u.name)}}
            for u in kz_units()]


def _party_records(engine, f: Filters) -> dict[str, list[tuple[str, str, str | None]]]:
    """Chinese party -> the (kind, record id, Kazakh unit) of each record naming it (an event's
    parties, a project's partner)."""
    named: dict[str, list[tuple[str, str, str | None]]] = defaultdict(list)
    for r in select_records(engine, "events", f):
        for party in dict.fromkeys(r["cn_parties"] or []):
            named[party].append(("events", r["id"], r["kz_region"]))
    for r in select_records(engine, "projects", f):
        if r["partner"]:
            named[r["partner"]].append(("projects", r["id"], r["kz_region"]))
    return named


def parties(engine, f: Filters) -> list[dict[str, Any]]:
    """Chinese parties named by event and project records under ``f``, with their province if a place."""
    provinces = cn_province_of()
    rows = [{"name": n, "count": len(recs), "province": provinces.get(n),
             "records": [rid for _, rid, _ in recs], "links": {
                 "events": records_link("events", f, cn=n), "projects": records_link("projects", f, cn=n)}}
            for n, recs in _party_records(engine, f).items()]
    return sorted(rows, key=lambda r: (-r["count"], r["name"]))


def provinces(engine, f: Filters) -> list[dict[str, Any]]:
    """Per Chinese province: how many event and project records name it or a place in it."""
    provinces_of = cn_province_of()
    named_ids: dict[str, set[str]] = defaultdict(set)
    for name, recs in _party_records(engine, f).items():
        if provinces_of.get(name):
            named_ids[provinces_of[name]] |= {rid for _, rid, _ in recs}
    rows = [{"name": n, "count": len(ids), "records": sorted(ids),
             "links": {"events": records_link("events", f, cn=n), "projects": records_link("projects", f, cn=n)}}
            for n, ids in named_ids.items()]
    return sorted(rows, key=lambda r: (-r["count"], r["name"]))


def _months_between(first: str, last: str) -> list[str]:
    year, month = int(first[:4]), int(first[5:7])
    out = []
    while f"{year:04d}-{month:02d}" <= last and len(out) < 1200:
        out.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def timeline(engine, f: Filters) -> dict[str, Any]:
    """Event records per month of their own date, every month between the first and the last
    (empty ones too) and every event type in a fixed order; events without a date of their own
    (never placed at the publication date) or dated only by year are counted as left out."""
    counts: dict[str, Counter] = defaultdict(Counter)
    undated, year_only = [], []
    for r in select_records(engine, "events", f):
        when = (r["date"] or "").split("/")[0]
        if len(when) >= 7:
            counts[r["type"]][when[:7]] += 1
        else:
            (year_only if when else undated).append(r["id"])
    seen = sorted({m for c in counts.values() for m in c})
    months = _months_between(seen[0], seen[-1]) if seen else []
    types = list(EVENT_TYPES) + sorted(set(counts) - set(EVENT_TYPES))
    return {"months": months,
            "series": [{"type": k, "counts": [counts[k].get(m, 0) for m in months]} for k in types],
            "total": sum(sum(c.values()) for c in counts.values()) + len(undated) + len(year_only),
            "placed": sum(sum(c.values()) for c in counts.values()),
            "left_out": {"undated": len(undated), "year_only": len(year_only),
                         "records": undated + year_only},
            "link": records_link("events", f)}


def network(engine, f: Filters, top: int = 300) -> dict[str, Any]:
    """Kazakh units linked to Chinese provinces and companies by event and project records; the
    ``top`` links by weight (how many records)."""
    provinces_of = cn_province_of()
    edges: dict[tuple[str, str], list[str]] = defaultdict(list)
    for name, recs in _party_records(engine, f).items():
        target = provinces_of.get(name, name)
        for _, rid, region in recs:
            if region:
                edges[(region, target)].append(rid)
    ranked = sorted(edges.items(), key=lambda e: (-len(set(e[1])), e[0]))[:top]
    nodes: dict[str, dict] = {}
    for (kz, cn), ids in ranked:
        n = len(set(ids))
        nodes.setdefault(kz, {"name": kz, "side": "kz", "value": 0})["value"] += n
        side = "cn_province" if cn in provinces_of.values() else "cn_company"
        nodes.setdefault(cn, {"name": cn, "side": side, "value": 0})["value"] += n
    return {"nodes": list(nodes.values()), "total_links": len(edges), "top": top,
            "links": [{"source": a, "target": b, "value": len(set(ids)), "records": sorted(set(ids))}
                      for (a, b), ids in ranked]}


def pipeline(engine, f: Filters) -> list[dict[str, Any]]:
    """Project records per stage (their most advanced): how many, how many carry a value, and
    the summed value in USD. A bar drawn from ``value_usd`` measures ``value_text``."""
    rows = select_records(engine, "projects", f)
    out = []
    for stage in STAGES:
        here = [r for r in rows if r["stage"] == stage]
        value = sum(r["value_usd"] for r in here if r["value_usd"] is not None)
        valued = sum(1 for r in here if r["value_usd"] is not None)
        out.append({"stage": stage, "count": len(here), "valued": valued, "value_usd": value,
                    "value_text": human_amount(value, "USD"),
                    "count_text": f"{len(here)} project{'s' if len(here) != 1 else ''}"
                                  + (f", {valued} with a value" if valued != len(here) else ""),
                    "records": [r["id"] for r in here], "link": records_link("projects", f, stage=stage)})
    return out


def stale(engine, f: Filters, months: int, today: date | None = None) -> list[dict[str, Any]]:
    """Project records still proposed or agreed whose last report is more than ``months`` old:
    promises with no follow-up report (each project once, however often it was reported)."""
    today = today or date.today()
    index = today.year * 12 + today.month - 1 - months
    cutoff = f"{index // 12:04d}-{index % 12 + 1:02d}-{today.day:02d}"
    ids = {r["id"] for r in select_records(engine, "projects", f)
           if r["stage"] in ("proposed", "agreed") and r["last_reported"] and r["last_reported"] < cutoff}
    rows = [{**r, "published": r["last_reported"]} for r in records.records_by_id(engine, "projects", ids)]
    return sorted(rows, key=lambda r: (r["last_reported"], r["id"]))


def trade(engine, f: Filters) -> list[dict[str, Any]]:
    """Trade figure groups (metric, subject, counterpart, period), each with every value reported
    and its sources; ``conflict`` only where values differ as shown."""
    ids = {r["id"] for r in select_records(engine, "figures", f) if r["metric"] in TRADE_METRICS}
    return sorted(records.records_by_id(engine, "figures", ids),
                  key=lambda r: (r["metric"], r["subject"], r["period"] or "", r["id"]))


def router(store) -> APIRouter:
    """The chart routes bound to ``store``."""
    api = APIRouter(prefix="/api/stats", tags=["charts"])
    engine = store.engine
    for name, fn in (("regions", regions), ("provinces", provinces), ("parties", parties),
                     ("timeline", timeline), ("pipeline", pipeline), ("trade", trade)):
        _register(api, name, fn, engine)

    @api.get("/network", summary="Kazakh units linked to Chinese provinces and companies (top links)")
    def _network(f: Filters = Depends(filters_dependency), top: int = Query(300, ge=1, le=5000)):
        return network(engine, f, top)

    @api.get("/stale", summary="Projects agreed long ago with no later report")
    def _stale(f: Filters = Depends(filters_dependency), months: int = Query(12, ge=1, le=240)):
        return {"months": months, "items": stale(engine, f, months)}

    trade_series.register(api, engine)

    @api.get("/fx", summary="The exchange-rate table behind every USD value, and its sources")
    def _fx():
        return rate_sources()

    return api


def _register(api: APIRouter, name: str, fn, engine) -> None:
    @api.get(f"/{name}", summary=(fn.__doc__ or name).splitlines()[0])
    def _chart(f: Filters = Depends(filters_dependency)):
        return fn(engine, f)
