"""Query filters shared by every list and chart: one dataclass, read from the URL, applied to
a SQLAlchemy select over a fact table joined to its document."""

from __future__ import annotations

import calendar
import json
from dataclasses import asdict, dataclass
from datetime import date
from typing import Optional

from fastapi import Query
from fastapi.exceptions import RequestValidationError
from sqlalchemy import Text, and_, cast, exists, func, or_, select
from sqlalchemy.sql import Select

from kzcn.api.routes.places import cn_places_in
from kzcn.store import tables as t

DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"


@dataclass(frozen=True)
class Filters:
    """What the analyst narrowed the view to; every field optional."""

    date_from: Optional[str] = None
    date_to: Optional[str] = None
    region: Optional[str] = None
    cn: Optional[str] = None
    type: Optional[str] = None
    stage: Optional[str] = None
    sector: Optional[str] = None
    metric: Optional[str] = None
    lang: Optional[str] = None
    source: Optional[str] = None

    def active(self) -> dict[str, str]:
        """The filters that are set, as URL parameters."""
        return {k: v for k, v in asdict(self).items() if v}


def filters_dependency(
    date_from: Optional[str] = Query(None, pattern=DATE, description="Earliest date, YYYY[-MM[-DD]]."),
    date_to: Optional[str] = Query(None, pattern=DATE, description="Latest date, YYYY[-MM[-DD]]."),
    region: Optional[str] = Query(None, description="Kazakh unit, e.g. 'Aktobe Region'."),
    cn: Optional[str] = Query(None, description="Chinese province, city or company."),
    type: Optional[str] = Query(None, description="Event type."),
    stage: Optional[str] = Query(None, description="Project stage."),
    sector: Optional[str] = Query(None, description="Sector."),
    metric: Optional[str] = Query(None, description="Figure metric."),
    lang: Optional[str] = Query(None, pattern=r"^[a-z]{2}$", description="Article language."),
    source: Optional[str] = Query(None, description="Part of the article's source or URL."),
) -> Filters:
    """FastAPI dependency building ``Filters`` from the query string; impossible dates
    (``2025-13``, ``2025-02-30``) and ``date_from`` after ``date_to`` are refused with the one
    error shape, like any other invalid parameter."""
    check_dates(date_from, date_to)
    return Filters(date_from, date_to, region, cn, type, stage, sector, metric, lang, source)


def _date_bounds(value: str) -> tuple[date, date] | None:
    """The first and last day ``YYYY[-MM[-DD]]`` covers, or ``None`` if there is no such date."""
    parts = [int(p) for p in value.split("-")]
    try:
        if len(parts) == 1:
            return date(parts[0], 1, 1), date(parts[0], 12, 31)
        if len(parts) == 2:
            first = date(parts[0], parts[1], 1)
            return first, date(parts[0], parts[1], calendar.monthrange(parts[0], parts[1])[1])
        day = date(*parts)
        return day, day
    except ValueError:
        return None


def check_dates(date_from: Optional[str], date_to: Optional[str]) -> None:
    """Raise ``RequestValidationError`` for a date that does not exist or a reversed range."""
    problems, bounds = [], {}
    for name, value in (("date_from", date_from), ("date_to", date_to)):
        if value:
            bounds[name] = _date_bounds(value)
            if bounds[name] is None:
                problems.append({"type": "value_error", "loc": ("query", name), "input": value,
                                 "msg": f"expected an existing date YYYY[-MM[-DD]], got {value!r}"})
    if not problems and bounds.get("date_from") and bounds.get("date_to") and \
            bounds["date_from"][0] > bounds["date_to"][1]:
        problems.append({"type": "value_error", "loc": ("query", "date_from"), "input": date_from,
                         "msg": f"date_from {date_from} is after date_to {date_to}"})
    if problems:
        raise RequestValidationError(problems)


def _date_upper(value: str) -> str:
    """'2025' -> '2025\uffff' so that every date in 2025 sorts below it."""
    return value + "\uffff"


def _json_has(column, names: set[str]):
    """A JSON list column containing any of ``names`` (serialised as SQLAlchemy writes it)."""
    return or_(*(cast(column, Text).like("%" + json.dumps(n) + "%") for n in sorted(names)))


def _document_filters(query: Select, f: Filters, date_column) -> Select:
    d = t.documents
    if f.date_from:
        query = query.where(date_column >= f.date_from)
    if f.date_to:
        query = query.where(date_column <= _date_upper(f.date_to))
    if f.lang:
        query = query.where(d.c.lang == f.lang)
    if f.source:
        query = query.where(or_(d.c.source.contains(f.source), d.c.url.contains(f.source)))
    return query


def _sector_in_document(sector: str):
    ds = t.document_sectors
    return exists().where(and_(ds.c.doc_id == t.documents.c.id, ds.c.sector == sector))


def _mentioned(names: set[str]):
    m = t.mentions
    return exists().where(and_(m.c.doc_id == t.documents.c.id, m.c.canonical.in_(sorted(names))))


def apply_filters(kind: str, query: Select, f: Filters) -> Select:
    """Narrow ``query`` (over ``kind``'s table joined to documents) to the filters."""
    d = t.documents
    if kind == "events":
        e = t.events
        query = _document_filters(query, f, func.coalesce(e.c.date, d.c.published))
        query = _where(query, e.c.kz_region, f.region)
        query = _where(query, e.c.type, f.type)
        if f.cn:
            query = query.where(_json_has(e.c.cn_parties, cn_places_in(f.cn)))
        if f.sector:
            query = query.where(_sector_in_document(f.sector))
    elif kind == "projects":
        p = t.projects
        query = _document_filters(query, f, d.c.published)
        query = _where(query, p.c.kz_region, f.region)
        query = _where(query, p.c.stage, f.stage)
        query = _where(query, p.c.sector, f.sector)
        if f.cn:
            query = query.where(p.c.partner.in_(sorted(cn_places_in(f.cn))))
    elif kind == "figures":
        g = t.figures
        query = _document_filters(query, f, d.c.published)
        query = _where(query, g.c.subject, f.region)
        query = _where(query, g.c.metric, f.metric)
        if f.cn:
            query = query.where(g.c.counterpart.in_(sorted(cn_places_in(f.cn) | {"China"})))
    elif kind == "documents":
        query = _document_filters(query, f, d.c.published)
        if f.region:
            query = query.where(_mentioned({f.region}))
        if f.cn:
            query = query.where(_mentioned(cn_places_in(f.cn)))
        if f.sector:
            query = query.where(_sector_in_document(f.sector))
    return query


def _where(query: Select, column, value: Optional[str]) -> Select:
    return query.where(column == value) if value else query


def base_select(kind: str) -> Select:
    """Rows of ``kind`` with their article's date, language, source and title."""
    d = t.documents
    if kind == "documents":
        return select(*(c for c in d.c if c.name != "text"))
    table = t.metadata.tables[kind]
    return select(table, d.c.published, d.c.lang, d.c.source, d.c.title).join(d, d.c.id == table.c.doc_id)
