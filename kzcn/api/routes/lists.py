"""List endpoints: events, projects, figures, documents, entities; JSON or CSV, paged, faceted."""

from __future__ import annotations

import csv
import io
import json
from datetime import date, datetime
from typing import Any, Literal, Optional

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response
from sqlalchemy import func, select

from kzcn.api.routes.entities import search as search_everything
from kzcn.api.http.errors import ApiError
from kzcn.api.http.filters import Filters, apply_filters, base_select, filters_dependency
from kzcn.store import review
from kzcn.store import tables as t

FACT_KINDS = {"events": "event", "projects": "project", "figures": "figure"}
FACETS = {
    "events": ("kz_region", "type", "lang"),
    "projects": ("kz_region", "stage", "sector", "lang"),
    "figures": ("metric", "subject", "lang"),
    "documents": ("lang",),
}
ORDER = {"events": ("date", "id"), "projects": ("published", "id"), "figures": ("published", "id"),
         "documents": ("published", "id")}
Format = Literal["json", "csv"]

#: Larger offsets are refused with 422: SQLite integers are 64-bit, and no store pages that far
#: (schemathesis found a 500 on /api/search?offset=2**63).
MAX_OFFSET = 10**12


def as_csv(rows: list[dict[str, Any]], filename: str) -> Response:
    """Rows as a CSV download; lists and dicts in cells are written as JSON."""
    buffer = io.StringIO()
    columns = list(dict.fromkeys(k for row in rows for k in row))
    writer = csv.DictWriter(buffer, fieldnames=columns, extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: _cell(v) for k, v in row.items()})
    return Response(buffer.getvalue(), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="{filename}.csv"'})


def _cell(value: Any) -> Any:
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    return value


def list_rows(engine, kind: str, f: Filters, limit: int, offset: int) -> tuple[list[dict], int]:
    """One page of ``kind`` rows matching ``f``, newest first, and the total matching."""
    query = apply_filters(kind, base_select(kind), f)
    columns = query.selected_columns
    order = [columns[c].desc() if c in ("date", "published") else columns[c] for c in ORDER[kind]]
    with engine.connect() as conn:
        total = conn.execute(select(func.count()).select_from(query.subquery())).scalar_one()
        rows = [dict(r._mapping) for r in conn.execute(query.order_by(*order).limit(limit).offset(offset))]
    if kind in FACT_KINDS:
        rows = review.attach(engine, FACT_KINDS[kind], rows)
    return rows, total


def facet_counts(engine, kind: str, f: Filters) -> dict[str, list[dict[str, Any]]]:
    """For each facet of ``kind``, the values and how many rows under ``f`` have each."""
    sub = apply_filters(kind, base_select(kind), f).subquery()
    result = {}
    with engine.connect() as conn:
        for name in FACETS[kind]:
            column = sub.c[name]
            rows = conn.execute(select(column, func.count()).group_by(column)
                                .order_by(func.count().desc()).limit(50))
            result[name] = [{"value": v, "count": n} for v, n in rows if v is not None]
    return result


def router(store) -> APIRouter:
    """The list routes bound to ``store``."""
    api = APIRouter(prefix="/api", tags=["lists"])
    engine = store.engine

    def _page(kind: str, f: Filters, limit: int, offset: int, fmt: str, facets: bool):
        rows, total = list_rows(engine, kind, f, limit, offset)
        if fmt == "csv":
            return as_csv(rows, kind)
        body = {"items": rows, "total": total, "limit": limit, "offset": offset, "filters": f.active()}
        if facets:
            body["facets"] = facet_counts(engine, kind, f)
        return body

    for kind in ("events", "projects", "figures", "documents"):
        _register_list(api, kind, _page)

    @api.get("/entities", summary="List entities (places, organisations, people)")
    def entities(kind: Optional[str] = None, q: Optional[str] = Query(None, description="Name prefix."),
                 limit: int = Query(50, ge=1, le=10000), offset: int = Query(0, ge=0, le=MAX_OFFSET),
                 format: Format = "json"):
        query = select(t.entities)
        if kind:
            query = query.where(t.entities.c.kind == kind)
        if q:
            query = query.where(t.entities.c.canonical.startswith(q))
        with engine.connect() as conn:
            total = conn.execute(select(func.count()).select_from(query.subquery())).scalar_one()
            rows = [dict(r._mapping) for r in conn.execute(
                query.order_by(t.entities.c.canonical).limit(limit).offset(offset))]
        if format == "csv":
            return as_csv(rows, "entities")
        return {"items": rows, "total": total, "limit": limit, "offset": offset}

    @api.get("/documents/{doc_id}", summary="One article with its mentions and facts")
    def document(doc_id: str):
        return document_with_reviews(store, doc_id)

    @api.get("/search", summary="Search articles by text and by the entity the query names in any spelling")
    def search(q: str = Query(..., min_length=1, max_length=400), lang: Optional[str] = None,
               limit: int = Query(20, ge=1, le=200), offset: int = Query(0, ge=0, le=MAX_OFFSET), format: Format = "json"):
        result = search_everything(engine, q, limit, offset, lang)
        if format == "csv":
            return as_csv(result["items"], "search")
        return {**result, "limit": limit, "offset": offset}

    return api


def _register_list(api: APIRouter, kind: str, page) -> None:
    @api.get(f"/{kind}", summary=f"List {kind} (filters, paging, facets; JSON or CSV)")
    def _list(f: Filters = Depends(filters_dependency), limit: int = Query(50, ge=1, le=10000),
              offset: int = Query(0, ge=0, le=MAX_OFFSET), format: Format = "json",
              facets: bool = Query(False, description="Add facet counts.")):
        return page(kind, f, limit, offset, format, facets)


def document_with_reviews(store, doc_id: str) -> dict[str, Any]:
    """A stored article with mentions, evidence spans and facts carrying their reviews."""
    doc = store.document(doc_id)
    if doc is None:
        raise ApiError(404, f"no single document with id starting {doc_id!r}")
    for name, kind in FACT_KINDS.items():
        doc[name] = review.attach(store.engine, kind, doc[name])
    ev = t.evidence
    with store.engine.connect() as conn:
        doc["evidence"] = [dict(r._mapping) for r in conn.execute(
            select(ev.c.fact_kind, ev.c.fact_id, ev.c.start, ev.c.stop).where(ev.c.doc_id == doc["id"]))]
    return doc
