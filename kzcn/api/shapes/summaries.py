"""Merged records as the charts and tables count them, read in SQL from the merge step's record
tables instead of rebuilt from every report on each request.

The rule is ``kzcn/api/shapes/records.py``'s (a record is in a view when one of its reports
matches the filters in an article that is no repost; a project's stage is its record's; a fact
the merge step has not seen yet is a record of its own). Here the first part is one SQL
``IN (subquery)`` over the member tables, and a record's values are the row the merge step
stored for it (``event_clusters``, ``project_records``, ``figure_groups``: the same reconcile
functions over the same reports). Only the facts not merged yet are built in Python: usually none,
but always the figures without a period, which the merge step never groups (read up to
``records.MAX_ROWS``, as the full path does); so a chart reads a few short columns per merged
record whatever the store's size.

A project's value is its latest valued report, read for the records in view only.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from kzcn.api.http.filters import Filters, apply_filters
from kzcn.api.shapes import records
from kzcn.store import merge_tables as m
from kzcn.store import tables as t

#: kind -> (record table, the columns a summary carries)
TABLES = {
    "events": (m.event_clusters, ("id", "type", "kz_region", "date", "cn_parties", "place", "instrument")),
    "projects": (m.project_records, ("id", "what", "kz_region", "partner", "sector", "stage",
                                     "first_seen", "last_seen")),
    "figures": (m.figure_groups, ("id", "metric", "subject", "counterpart", "period")),
}

#: The columns of a record table a table row shows (all but the merge's bookkeeping).
RECORD_COLUMNS = {"events": TABLES["events"][1],
                  "projects": TABLES["projects"][1],
                  "figures": TABLES["figures"][1] + ("conflict", "values")}


def in_view(kind: str, f: Filters):
    """SELECT of the merged record ids with a report matching ``f`` in an article that is not a
    repost."""
    facts, members, group = records.KINDS[kind]
    d = t.documents
    query = (select(members.c[group])
             .select_from(facts.join(d, d.c.id == facts.c.doc_id)
                          .join(members, members.c.fact_id == facts.c.id))
             .where(d.c.duplicate_of.is_(None)))
    return apply_filters(kind, query, f)


def select_summaries(engine, kind: str, f: Filters) -> list[dict[str, Any]]:
    """The records of ``kind`` in the view ``f`` as short rows: the record's own columns (see
    ``TABLES``) and, for projects, ``value``/``value_usd`` and ``first_reported``/``last_reported``."""
    merged, fresh = _select(engine, kind, f)
    return records.staged(kind, merged + [_summary(kind, r) for r in fresh], f)


def select_table_rows(engine, kind: str, f: Filters) -> list[dict[str, Any]]:
    """The records of ``kind`` in the view ``f`` with what a table row shows: the short row, the
    counts and first summary of its reports, each report's address (``reports``: url, source,
    page only) and, for figures, every value shown (``kzcn.api.shapes.records.shape_figure``)."""
    merged, fresh = _select(engine, kind, f, columns=RECORD_COLUMNS[kind])
    reports = _light_reports(engine, kind, records.fact_filters(kind, f))
    for row in merged:
        rows = reports.get(row["id"], [])
        row.update(records.report_counts(rows))
        row["reports"] = [{"url": r["url"], "source": r["source"], "page": f"/articles/{r['doc_id']}"}
                          for r in rows]
        if kind == "figures":
            records.shape_figure(row)
    return records.staged(kind, merged + fresh, f)


def _select(engine, kind: str, f: Filters, columns: tuple[str, ...] | None = None) -> tuple[list, list]:
    """(short rows of the merged records in view, full records of the facts not merged yet)."""
    fact_filters = records.fact_filters(kind, f)
    table = TABLES[kind][0]
    query = select(*(table.c[c] for c in columns or TABLES[kind][1])) \
        .where(table.c.id.in_(in_view(kind, fact_filters)))
    with engine.connect() as conn:
        rows = [dict(r._mapping) for r in conn.execute(query)]
    if kind == "projects":
        values = _latest_values(engine, fact_filters)
        for row in rows:
            row["first_reported"], row["last_reported"] = row.pop("first_seen"), row.pop("last_seen")
            row["value"] = values.get(row["id"])
            row["value_usd"] = row["value"]["value_usd"] if row["value"] else None
    return rows, _not_merged(engine, kind, fact_filters, {r["id"] for r in rows})


def _light_reports(engine, kind: str, f: Filters) -> dict[str, list[dict[str, Any]]]:
    """Record id -> its reports (every one, not only those in view) as a few short columns, in
    date order, for the merged records in view."""
    facts, members, group = records.KINDS[kind]
    d = t.documents
    query = (select(members.c[group].label("record"), facts.c.id, facts.c.doc_id, facts.c.summary,
                    d.c.published, d.c.duplicate_of, d.c.url, d.c.source)
             .select_from(members.join(facts, facts.c.id == members.c.fact_id).join(d, d.c.id == facts.c.doc_id))
             .where(members.c[group].in_(in_view(kind, f))))
    out: dict[str, list[dict[str, Any]]] = {}
    with engine.connect() as conn:
        for row in conn.execute(query):
            out.setdefault(row.record, []).append(dict(row._mapping))
    for rows in out.values():
        rows.sort(key=lambda r: (r.get("published") or "9999", r["id"]))
    return out


def _not_merged(engine, kind: str, f: Filters, merged: set[str]) -> list[dict[str, Any]]:
    """Full records of the facts in view that the merge step has not seen yet."""
    rows = [r for r in records.matching_reports(engine, kind, f, unmerged_only=True)
            if r["record_id"] not in merged]
    ids = {r["record_id"] for r in rows if not r["duplicate_of"]}
    return records.build_records(engine, kind, set(), [r for r in rows if r["record_id"] in ids])


def _summary(kind: str, record: dict[str, Any]) -> dict[str, Any]:
    row = {c: record.get(c) for c in TABLES[kind][1] if c not in ("first_seen", "last_seen")}
    if kind == "projects":
        row.update(first_reported=record["first_reported"], last_reported=record["last_reported"],
                   value=record["value"], value_usd=record["value_usd"])
    return row


def _latest_values(engine, f: Filters) -> dict[str, dict[str, Any]]:
    """Project record id -> its latest reported value (money shape) among the records in view."""
    p, pm, d = t.projects, m.project_members, t.documents
    query = (select(pm.c.project_id, p.c.id, p.c.amount, p.c.currency, p.c.value_usd, p.c.qualifier,
                    d.c.published)
             .select_from(p.join(pm, pm.c.fact_id == p.c.id).join(d, d.c.id == p.c.doc_id))
             .where(p.c.amount.is_not(None), pm.c.project_id.in_(in_view("projects", f))))
    by_project: dict[str, list] = {}
    with engine.connect() as conn:
        for row in conn.execute(query):
            by_project.setdefault(row.project_id, []).append(row._mapping)
    return {pid: records.value_of(records.latest_valued(rows)) for pid, rows in by_project.items()}



def ids_in_documents(engine, kind: str, doc_ids: set[str]) -> set[str]:
    """Ids of the records in the unfiltered view with a report (a repost too) in one of ``doc_ids``."""
    _, members, group = records.KINDS[kind]
    ids, docs = set(), sorted(doc_ids)
    with engine.connect() as conn:
        for start in range(0, len(docs), 1000):
            ids |= {row[0] for row in conn.execute(
                select(members.c[group]).where(members.c.doc_id.in_(docs[start:start + 1000]),
                                               members.c[group].in_(in_view(kind, Filters()))))}
        every = {row[0] for row in conn.execute(in_view(kind, Filters()))}
    fresh = _not_merged(engine, kind, Filters(), every)
    return ids | {r["id"] for r in fresh if any(rep["doc_id"] in doc_ids for rep in r["reports"])}
