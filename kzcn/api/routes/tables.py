"""The dashboard's tables: merged records as plain rows, sortable, paginated, filtered per column,
and the same rows as CSV (lists joined with "; ", each article's URL and its page here).

``GET /api/records/{events|projects|figures}`` takes the dashboard's filters plus ``sort``
(a column, ``-`` first for descending; empty cells last either way), ``limit``/``offset``,
``col.<column>=text`` (the cell contains the text, any case) and ``format=csv``; the JSON says
``total`` and "showing x-y of z". ``GET /api/records/{kind}/{id}`` is one record with its reports.
"""

from __future__ import annotations

import csv
import io
from typing import Any, Literal

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response

from kzcn.api.http.errors import ApiError
from kzcn.api.http.filters import Filters, filters_dependency
from kzcn.api.routes.lists import MAX_OFFSET
from kzcn.api.shapes.money import human_amount
from kzcn.api.shapes.records import records_by_id
from kzcn.api.shapes.summaries import select_table_rows
from kzcn.api.routes.trade import period_kind

Kind = Literal["events", "projects", "figures"]
JOIN = "; "
#: Plain columns per kind, in table order; every one sorts and filters.
COLUMNS = {
    "events": ("id", "date", "type", "kz_region", "cn_parties", "place", "instrument", "n_reports",
               "n_reposts", "first_reported", "summary", "article_urls", "article_pages"),
    "projects": ("id", "what", "kz_region", "partner", "sector", "stage", "value", "amount", "currency",
                 "value_usd", "value_usd_text", "usd_rate", "first_reported", "last_reported", "n_reports",
                 "n_reposts", "summary", "article_urls", "article_pages"),
    "figures": ("id", "metric", "subject", "counterpart", "period", "period_kind", "value", "unit",
                "value_text", "value_usd", "value_usd_text", "reported_values", "conflict", "n_reports",
                "n_reposts", "article_urls", "article_pages"),
}
DEFAULT_SORT = {"events": "-date", "projects": "-last_reported", "figures": "-period"}
UNDATED = "undated"


def _articles(record: dict[str, Any]) -> dict[str, str]:
    reports = record["reports"]
    return {"article_urls": JOIN.join(dict.fromkeys(r["url"] or r.get("source") or "" for r in reports)),
            "article_pages": JOIN.join(dict.fromkeys(r["page"] for r in reports))}


def _rate(value: dict | None) -> str:
    rate = (value or {}).get("rate")
    return f"{rate['per_usd']:g} {rate['currency']}/USD, {rate['label']} (source {rate['source_key']})" \
        if rate else ""


def flat_row(kind: str, record: dict[str, Any]) -> dict[str, Any]:
    """A record as one row of plain cells (what the table shows and the CSV holds)."""
    base = {k: record.get(k) for k in ("id", "n_reports", "n_reposts", "first_reported", "summary")}
    if kind == "events":
        return {**base, "date": record["date"] or UNDATED, "type": record["type"],
                "kz_region": record["kz_region"], "cn_parties": JOIN.join(record["cn_parties"] or []),
                "place": record["place"], "instrument": record["instrument"], **_articles(record)}
    if kind == "projects":
        value = record["value"] or {}
        return {**base, "what": record["what"], "kz_region": record["kz_region"], "partner": record["partner"],
                "sector": record["sector"], "stage": record["stage"], "value": value.get("text"),
                "amount": value.get("amount"), "currency": value.get("currency"),
                "value_usd": value.get("value_usd"), "value_usd_text": value.get("usd_text"),
                "usd_rate": _rate(value), "last_reported": record["last_reported"], **_articles(record)}
    return {**base, "metric": record["metric"], "subject": record["subject"],
            "counterpart": record["counterpart"], "period": record["period"],
            "period_kind": period_kind(record["period"])[0], "value": record["value"], "unit": record["unit"],
            "value_text": record["text"], "value_usd": record["value_usd"],
            "value_usd_text": human_amount(record["value_usd"], "USD") if record["value_usd"] is not None else None,
            "reported_values": JOIN.join(v["text"] for v in record["values"]),
            "conflict": "yes" if record["conflict"] else "no", **_articles(record)}


def _cell_text(value: Any) -> str:
    return "" if value is None else str(value)


def column_filters(request: Request, kind: str) -> dict[str, str]:
    """The ``col.<column>=text`` parameters; an unknown column is refused."""
    wanted = {k[4:]: v for k, v in request.query_params.items() if k.startswith("col.") and v}
    unknown = sorted(set(wanted) - set(COLUMNS[kind]))
    if unknown:
        raise ApiError(422, f"no column {unknown[0]!r} to filter in {kind}",
                       [{"where": f"query.col.{unknown[0]}", "message": "expected one of " + ", ".join(COLUMNS[kind])}])
    return wanted


def sorted_rows(rows: list[dict[str, Any]], kind: str, sort: str) -> list[dict[str, Any]]:
    """Rows ordered by ``sort`` ("-" first: descending); empty cells (and "undated") last."""
    column, descending = sort.lstrip("-"), sort.startswith("-")
    if column not in COLUMNS[kind]:
        raise ApiError(422, f"cannot sort {kind} by {column!r}",
                       [{"where": "query.sort", "message": "expected one of " + ", ".join(COLUMNS[kind])}])
    present = [r for r in rows if r.get(column) not in (None, "", UNDATED)]
    empty = [r for r in rows if r.get(column) in (None, "", UNDATED)]
    numeric = all(isinstance(r[column], (int, float)) for r in present)
    key = (lambda r: r[column]) if numeric else (lambda r: _cell_text(r[column]).lower())
    present.sort(key=lambda r: r["id"])
    present.sort(key=key, reverse=descending)
    return present + sorted(empty, key=lambda r: r["id"])


def table(engine, kind: str, f: Filters, sort: str | None, limit: int, offset: int,
          columns: dict[str, str], with_reports: bool = True) -> tuple[list[dict[str, Any]], list, int]:
    """(page of flat rows, the full records behind them (``with_reports``), total) for the view:
    every row from the record tables in SQL, the reports built for the page only."""
    rows = [flat_row(kind, r) for r in select_table_rows(engine, kind, f)]
    for column, text in columns.items():
        rows = [r for r in rows if text.lower() in _cell_text(r.get(column)).lower()]
    rows = sorted_rows(rows, kind, sort or DEFAULT_SORT[kind])
    page = rows[offset:offset + limit]
    full = {r["id"]: r for r in records_by_id(engine, kind, {r["id"] for r in page})} if with_reports else {}
    return page, [full.get(r["id"]) for r in page], len(rows)


def router(store) -> APIRouter:
    """The record tables bound to ``store``."""
    api = APIRouter(prefix="/api/records", tags=["records"])
    engine = store.engine

    @api.get("/{kind}", summary="Merged records as a table: sort, page, filter per column; JSON or CSV")
    def records(kind: Kind, request: Request, f: Filters = Depends(filters_dependency),
                sort: str | None = Query(None, max_length=40, description="Column, '-' first for descending."),
                limit: int = Query(50, ge=1, le=10000), offset: int = Query(0, ge=0, le=MAX_OFFSET),
                format: Literal["json", "csv"] = "json"):
        columns = column_filters(request, kind)
        if format == "csv":
            rows, _, _ = table(engine, kind, f, sort, 10**9, 0, columns, with_reports=False)
            return plain_csv(kind, rows)
        rows, full, total = table(engine, kind, f, sort, limit, offset, columns)
        items = [{**row, "reports": record["reports"] if record else []} for row, record in zip(rows, full)]
        first, last = (offset + 1, offset + len(rows)) if rows else (0, 0)
        return {"items": items, "total": total, "limit": limit, "offset": offset,
                "sort": sort or DEFAULT_SORT[kind], "columns": list(COLUMNS[kind]), "column_filters": columns,
                "filters": f.active(), "showing": {"from": first, "to": last, "of": total,
                                                   "text": f"showing {first}-{last} of {total}"}}

    @api.get("/{kind}/{record_id}", summary="One merged record with every report behind it")
    def record(kind: Kind, record_id: str):
        for candidate in records_by_id(engine, kind, {record_id}):
            return candidate
        raise ApiError(404, f"no {kind[:-1]} record {record_id!r}")

    return api


def csv_text(kind: str, rows: list[dict[str, Any]]) -> str:
    """Rows as CSV in the table's column order (the header even when there is no row)."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS[kind], extrasaction="ignore")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()


def plain_csv(kind: str, rows: list[dict[str, Any]]) -> Response:
    """The CSV download of a table."""
    return Response(csv_text(kind, rows), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="{kind}_records.csv"'})
