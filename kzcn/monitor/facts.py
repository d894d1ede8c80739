"""New facts matching a dashboard filter (region, type, cn, …): the rows behind the Atom feed
and the webhooks, with their English line, evidence sentence and article."""

from __future__ import annotations

from dataclasses import fields
from datetime import datetime
from typing import Any
from urllib.parse import parse_qsl

from sqlalchemy import select

from kzcn.api.http.filters import Filters, apply_filters
from kzcn.errors import InputError
from kzcn.monitor.registry import aware
from kzcn.store import tables as t

#: Filters each fact kind understands; a filter naming another field leaves that kind out
#: (``type=agreement`` asks for events, not for every project in the region).
APPLIES = {
    "events": {"date_from", "date_to", "region", "cn", "type", "sector", "lang", "source"},
    "projects": {"date_from", "date_to", "region", "cn", "stage", "sector", "lang", "source"},
    "figures": {"date_from", "date_to", "region", "cn", "metric", "lang", "source"},
}
KIND_NAMES = {"events": "event", "projects": "project", "figures": "figure"}


def parse_filter(text: str) -> Filters:
    """``"region=Aktobe Region&type=agreement"`` (a dashboard URL's query) -> Filters."""
    known = {f.name for f in fields(Filters)}
    values: dict[str, str] = {}
    for key, value in parse_qsl(text.lstrip("?"), keep_blank_values=False):
        if key not in known:
            raise InputError(f"filters among {', '.join(sorted(known))}", repr(key), "--filter")
        values[key] = value
    return Filters(**values)


def kinds_for(f: Filters) -> list[str]:
    """The fact kinds every active filter of ``f`` applies to."""
    active = set(f.active())
    return [kind for kind, allowed in APPLIES.items() if active <= allowed]


def matching_facts(conn, f: Filters, since: datetime | None = None, limit: int = 50) -> list[dict[str, Any]]:
    """Facts matching ``f`` from articles stored after ``since``, newest first (at most ``limit``)."""
    d = t.documents
    out: list[dict[str, Any]] = []
    for kind in kinds_for(f):
        table = t.metadata.tables[kind]
        query = select(table, d.c.published, d.c.title, d.c.url, d.c.source, d.c.ingested_at,
                       d.c.text).join(d, d.c.id == table.c.doc_id)
        query = apply_filters(kind, query, f)
        if since is not None:
            query = query.where(d.c.ingested_at > since)
        query = query.order_by(d.c.ingested_at.desc(), table.c.id).limit(limit)
        out.extend(_fact(kind, dict(row._mapping)) for row in conn.execute(query))
    out.sort(key=lambda r: (r["stored_at"], r["kind"], r["id"]), reverse=True)
    return out[:limit]


def fact_by_id(conn, kind_name: str, fact_id: str) -> dict[str, Any] | None:
    """One fact ("event", "project", "figure") by id, shaped as ``matching_facts`` rows."""
    kind = {v: k for k, v in KIND_NAMES.items()}[kind_name]
    table, d = t.metadata.tables[kind], t.documents
    query = (select(table, d.c.published, d.c.title, d.c.url, d.c.source, d.c.ingested_at, d.c.text)
             .join(d, d.c.id == table.c.doc_id).where(table.c.id == fact_id))
    row = conn.execute(query).first()
    return _fact(kind, dict(row._mapping)) if row else None


def _fact(kind: str, row: dict[str, Any]) -> dict[str, Any]:
    text = row.pop("text") or ""
    start, stop = row.get("sentence_start"), row.get("sentence_stop")
    evidence = text[start:stop] if start is not None and stop is not None else ""
    return {"kind": KIND_NAMES[kind], "id": row["id"], "doc_id": row["doc_id"],
            "summary": row.get("summary") or "", "evidence": evidence,
            "stored_at": aware(row["ingested_at"]),
            "article": {"title": row.get("title"), "url": row.get("url"), "published": row.get("published"),
                        "source": row.get("source")},
            "fact": {k: v for k, v in row.items() if k not in ("title", "url", "published", "source", "ingested_at",
                                                                 "summary", "sentence_start", "sentence_stop")}}
