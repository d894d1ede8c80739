"""The monitor's routes: ``/api/sources`` (each source with its health) and
``/feeds/facts.atom`` (new facts for any dashboard filter, as Atom)."""

from __future__ import annotations

from datetime import datetime

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response

from kzcn.api.http.filters import Filters, filters_dependency
from kzcn.monitor.atom import facts_atom
from kzcn.monitor.facts import matching_facts
from kzcn.monitor.registry import Registry


def source_rows(registry: Registry) -> list[dict]:
    """Every source with its status and health, times as ISO strings: what ``/api/sources``
    answers and the dashboard's ``/sources`` page shows."""
    return [{k: v.isoformat() if isinstance(v, datetime) else v for k, v in row.items()}
            for row in registry.overview()]


def router(store) -> APIRouter:
    """Routes over ``store``."""
    api = APIRouter()
    registry = Registry(store.engine)

    @api.get("/api/sources", tags=["monitor"], summary="Followed sources with their health")
    def sources():
        return {"sources": source_rows(registry)}

    @api.get("/feeds/facts.atom", tags=["monitor"], summary="Newest facts matching the filters, as Atom",
             response_class=Response)
    def facts_feed(request: Request, f: Filters = Depends(filters_dependency),
                   limit: int = Query(50, ge=1, le=500, description="At most this many entries.")):
        with store.engine.connect() as conn:
            facts = matching_facts(conn, f, limit=limit)
        site = str(request.base_url).rstrip("/")
        active = ", ".join(f"{k}={v}" for k, v in f.active().items()) or "all"
        body = facts_atom(facts, str(request.url), site, f"kzcn facts ({active})")
        return Response(body, media_type="application/atom+xml; charset=utf-8")

    return api
