"""Merged records under the dashboard's filters: one event cluster, one project, one figure group.

Every aggregate and table of the dashboard counts these, never raw facts: one plant reported
three times is one project. The rule, in one place:

- a record is in a view when at least one of its reports matches the filters (dates, language,
  source, region, partner...) and that report's article is not a repost marked ``duplicate_of``
  another (a repost never counts; its report still shows among the record's sources);
- a stage filter asks the record's own stage (its most advanced), not its reports', so a
  project now operating is counted under "operating" whichever of its reports are in view;
- a fact the merge step has not seen yet (``kzcn merge`` runs after every ingest) is a record of
  its own, with the id the merge would give it ("E"/"P" + fact id, a figure's group key);
- the record's values are reconciled from all its reports by the merge step's own functions.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from typing import Any

from sqlalchemy import exists, select

from kzcn.api.http.filters import Filters, apply_filters, base_select
from kzcn.api.shapes.money import human_amount, money
from kzcn.merge import events as merge_events
from kzcn.merge import figures as merge_figures
from kzcn.merge import projects as merge_projects
from kzcn.merge import records as merge_records
from kzcn.merge.queries import stage_history
from kzcn.store import merge_tables as m
from kzcn.store import tables as t

#: kind -> (fact table, member table, member column naming the record)
KINDS = {"events": (t.events, m.event_members, "cluster_id"),
         "projects": (t.projects, m.project_members, "project_id"),
         "figures": (t.figures, m.figure_members, "group_id")}
#: Figure units that are no currency.
NOT_MONEY = ("%", "count")
#: Cap on fact rows one view reads (as the charts had): enough for a regional corpus.
MAX_ROWS = 50_000


def fallback_id(kind: str, fact: dict[str, Any]) -> str:
    """The record id the merge step would give a fact it has not seen yet."""
    if kind == "figures":
        return merge_figures.group_id(fact) if fact.get("period") else "F:" + fact["id"]
    return ("E" if kind == "events" else "P") + fact["id"]


def matching_reports(engine, kind: str, f: Filters, max_rows: int = MAX_ROWS,
                     unmerged_only: bool = False) -> list[dict[str, Any]]:
    """Fact rows matching ``f``, each with ``record_id`` and its article's ``duplicate_of``
    (``unmerged_only``: just the facts the merge step has not seen yet)."""
    _, members, group = KINDS[kind]
    query = apply_filters(kind, base_select(kind), f)
    if unmerged_only:
        facts = KINDS[kind][0]
        query = query.where(~exists().where(members.c.fact_id == facts.c.id))
    sub = query.limit(max_rows).subquery()
    d = t.documents
    query = (select(sub, members.c[group].label("record_id"), d.c.duplicate_of)
             .select_from(sub.outerjoin(members, members.c.fact_id == sub.c.id)
                          .join(d, d.c.id == sub.c.doc_id)))
    with engine.connect() as conn:
        rows = [dict(r._mapping) for r in conn.execute(query)]
    for row in rows:
        row["merged"] = row["record_id"] is not None
        row["record_id"] = row["record_id"] or fallback_id(kind, row)
    return rows


def _all_reports(engine, kind: str, merged: set[str], unmerged: list[dict]) -> dict[str, list[dict]]:
    """Every report of the ``merged`` record ids (not only those matching the filters) and the
    records of the ``unmerged`` fact rows, each list in date order."""
    facts, members, group = KINDS[kind]
    by_record: dict[str, list[dict]] = defaultdict(list)
    with engine.connect() as conn:
        for row in merge_records.member_facts(conn, facts, members, group, merged):
            by_record[row["record"]].append(row)
        for row in unmerged:
            if row["record_id"] not in merged:
                by_record[row["record_id"]].append({**row, "copy_of": row["duplicate_of"] or row["doc_id"]})
        docs = _documents(conn, {r["doc_id"] for rows in by_record.values() for r in rows})
    for rows in by_record.values():
        for row in rows:
            row.update(docs.get(row["doc_id"], {}))
        rows.sort(key=lambda r: (r.get("published") or "9999", r["id"]))
    return by_record


def _documents(conn, doc_ids: set[str]) -> dict[str, dict[str, Any]]:
    d, out, ids = t.documents, {}, sorted(doc_ids)
    for start in range(0, len(ids), 1000):
        for row in conn.execute(select(d.c.id, d.c.title, d.c.url, d.c.source, d.c.duplicate_of)
                                .where(d.c.id.in_(ids[start:start + 1000]))):
            out[row.id] = {"title": row.title, "url": row.url, "source": row.source,
                           "duplicate_of": row.duplicate_of}
    return out


#: What a report says, per kind, shown beside its article.
REPORT_FIELDS = ("type", "date", "stage", "what", "partner", "amount", "currency", "value", "unit", "period")


def report_view(row: dict[str, Any]) -> dict[str, Any]:
    """One report behind a record: the fact, what it says, its article and where to read it."""
    said = {k: row[k] for k in REPORT_FIELDS if k in row}
    return {"fact_id": row["id"], "doc_id": row["doc_id"], **said, "title": row.get("title"),
            "published": row.get("published"), "lang": row.get("lang"), "url": row.get("url"),
            "source": row.get("source"), "page": f"/articles/{row['doc_id']}", "duplicate_of": row.get("duplicate_of"),
            "summary": row.get("summary")}


def select_records(engine, kind: str, f: Filters, max_rows: int = MAX_ROWS) -> list[dict[str, Any]]:
    """The merged records of ``kind`` in the view ``f`` (see the module's rule), each with its
    reconciled values and the reports behind it."""
    matching = matching_reports(engine, kind, fact_filters(kind, f), max_rows)
    ids = {r["record_id"] for r in matching if not r["duplicate_of"]}
    merged = {r["record_id"] for r in matching if r["record_id"] in ids and r["merged"]}
    result = build_records(engine, kind, merged, [r for r in matching if r["record_id"] in ids])
    return staged(kind, result, f)


def fact_filters(kind: str, f: Filters) -> Filters:
    """The filters asked of a record's reports: all but a project's stage, which is its record's
    (the most advanced), asked after merging (``staged``)."""
    return replace(f, stage=None) if kind == "projects" else f


def staged(kind: str, rows: list[dict[str, Any]], f: Filters) -> list[dict[str, Any]]:
    """Projects under a stage filter: those whose record is at that stage."""
    return [r for r in rows if r["stage"] == f.stage] if kind == "projects" and f.stage else rows


def latest_valued(reports) -> Any:
    """A project's latest report with a value (date order, undated last, then fact id), or None."""
    valued = [r for r in reports if r["amount"] is not None]
    return max(valued, key=lambda r: (r["published"] or "9999", r["id"])) if valued else None


def value_of(report) -> dict[str, Any] | None:
    """A report's value in the money shape (``kzcn.api.shapes.money.money``), or None."""
    return money(report["amount"], report["currency"], report["published"], report["value_usd"],
                 report["qualifier"]) if report else None


def build_records(engine, kind: str, merged: set[str], unmerged: list[dict]) -> list[dict[str, Any]]:
    """Full records (reconciled values, every report) of the ``merged`` record ids and of the
    fact rows the merge step has not seen yet (``unmerged``, from ``matching_reports``)."""
    reports = _all_reports(engine, kind, merged, [r for r in unmerged if not r["merged"]])
    build = {"events": event_record, "projects": project_record, "figures": figure_record}[kind]
    return [build(rid, rows) for rid, rows in reports.items() if rows]


def records_by_id(engine, kind: str, ids: set[str]) -> list[dict[str, Any]]:
    """Full records of the given record ids (merged or not yet merged), in no set order."""
    _, members, group = KINDS[kind]
    ids = set(ids)
    with engine.connect() as conn:
        merged = {row[0] for start in range(0, len(ids), 1000)
                  for row in conn.execute(select(members.c[group]).distinct()
                                          .where(members.c[group].in_(sorted(ids)[start:start + 1000])))}
    unmerged = [] if ids <= merged else \
        [r for r in matching_reports(engine, kind, Filters(), unmerged_only=True) if r["record_id"] in ids]
    return build_records(engine, kind, merged, unmerged)


def _common(rid: str, rows: list[dict], row: dict) -> dict[str, Any]:
    return {"id": rid, **row, **report_counts(rows), "reports": [report_view(r) for r in rows]}


def report_counts(rows: list[dict]) -> dict[str, Any]:
    """What a record's reports (in date order) say together: first and last reported, reports
    and reposts, the first summary."""
    published = sorted(r["published"] for r in rows if r.get("published"))
    originals = [r for r in rows if not r.get("duplicate_of")]
    return {"first_reported": published[0] if published else None,
            "last_reported": published[-1] if published else None,
            "n_reports": len(originals), "n_reposts": len(rows) - len(originals),
            "summary": next((r["summary"] for r in originals + rows if r.get("summary")), None)}


def event_record(rid: str, rows: list[dict]) -> dict[str, Any]:
    """An event cluster: its own date or none ("undated", never the publication date)."""
    row = merge_events.reconcile(rid, rows)
    row["dated"] = row["date"] is not None
    return _common(rid, rows, row)


def project_record(rid: str, rows: list[dict]) -> dict[str, Any]:
    """A project: most advanced stage, stage history, and its latest reported value."""
    row = merge_projects.reconcile(rid, rows)
    row["value"] = value_of(latest_valued(rows))
    row["value_usd"] = row["value"]["value_usd"] if row["value"] else None
    row["history"] = [{"stage": h["stage"], "date": h["date"], "facts": [e["fact_id"] for e in h["evidence"]]}
                      for h in stage_history([{"fact_id": r["id"], "doc_id": r["doc_id"], "stage": r.get("stage"),
                                               "date": r.get("published"), "sentence": None} for r in rows])]
    return _common(rid, rows, row)


def figure_record(rid: str, rows: list[dict]) -> dict[str, Any]:
    """A figure group: every distinct value with its sources; a conflict only where the values
    differ as shown (two reports of "96.7 m USD" are one value, whatever their rounding)."""
    return _common(rid, rows, shape_figure(merge_figures.reconcile(rid, rows)))


def shape_figure(row: dict[str, Any]) -> dict[str, Any]:
    """A reconciled figure group (the merge step's row) with each value shown in its unit and in
    USD at a named rate, the conflict as shown, and the most reported value as the group's."""
    for value in row["values"]:
        when = next((d for d in value["dates"] if d), None)
        shown = money(value["value"], value["unit"], when, value["value_usd"]) if value["unit"] not in NOT_MONEY else None
        value["value_usd"] = shown["value_usd"] if shown else None
        value["rate"] = shown["rate"] if shown else None
        value["text"] = shown["text"] if shown else human_amount(value["value"], value["unit"])
        value["usd_text"] = shown["usd_text"] if shown else None
    shown = {v["usd_text"] or v["text"] for v in row["values"]}
    row["conflict"] = bool(row["conflict"]) and len(shown) > 1
    main = max(row["values"], key=lambda v: len(v["facts"]))
    row.update(value=main["value"], unit=main["unit"], value_usd=main["value_usd"], text=main["text"],
               usd_text=main["usd_text"])
    return row
