"""What event, project and figure merging share: reading facts that have no record yet,
pruning records whose sources were deleted, and rewriting the records that changed."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import Table, delete, func, insert, select
from sqlalchemy.engine import Connection

from kzcn.store import merge_tables as m
from kzcn.store import tables as t

BATCH = 1000


def new_facts(conn: Connection, facts: Table, members: Table) -> list[dict[str, Any]]:
    """Fact rows with no member row yet, with their document's date and duplicate group."""
    return _facts_query(conn, facts, facts.outerjoin(members, members.c.fact_id == facts.c.id),
                        members.c.fact_id.is_(None))


def member_facts(conn: Connection, facts: Table, members: Table, group: str,
                 ids: Iterable[str]) -> list[dict[str, Any]]:
    """Fact rows of the given records, each with ``record`` set to its record id."""
    rows: list[dict[str, Any]] = []
    ids = sorted(set(ids))
    for start in range(0, len(ids), BATCH):
        chunk = ids[start:start + BATCH]
        joined = facts.join(members, members.c.fact_id == facts.c.id)
        rows += _facts_query(conn, facts, joined, members.c[group].in_(chunk),
                             extra=(members.c[group].label("record"),))
    return rows


def _facts_query(conn, facts: Table, joined, where, extra=()) -> list[dict[str, Any]]:
    docs, dup = t.documents, m.doc_duplicates
    query = (select(facts, docs.c.published, docs.c.lang,
                    func.coalesce(dup.c.canonical_id, facts.c.doc_id).label("copy_of"), *extra)
             .select_from(joined.join(docs, docs.c.id == facts.c.doc_id)
                          .outerjoin(dup, dup.c.doc_id == facts.c.doc_id))
             .where(where).order_by(docs.c.published.is_(None), docs.c.published, facts.c.id))  # undated last,
    # as the API orders a record's reports, so a stored record and one rebuilt agree on ties
    return [dict(row._mapping) for row in conn.execute(query)]


def prune(conn: Connection, records: Table, members: Table, group: str) -> set[str]:
    """Delete records left without members; return the ids of records that lost sources (their
    documents were deleted or re-extracted) so they are recomputed."""
    counts = dict(conn.execute(select(members.c[group], func.count(members.c.doc_id.distinct()))
                               .group_by(members.c[group])).all())
    stored = dict(conn.execute(select(records.c.id, records.c.n_sources)).all())
    empty = [rid for rid in stored if rid not in counts]
    for start in range(0, len(empty), BATCH):
        conn.execute(delete(records).where(records.c.id.in_(empty[start:start + BATCH])))
    return {rid for rid, n in stored.items() if rid in counts and counts[rid] != n}


def add_members(conn: Connection, members: Table, rows: list[dict[str, Any]]) -> None:
    """Insert member rows in batches."""
    for start in range(0, len(rows), BATCH):
        conn.execute(insert(members), rows[start:start + BATCH])


def replace_records(conn: Connection, records: Table, rows: list[dict[str, Any]]) -> None:
    """Write recomputed record rows over the stored ones."""
    ids = [r["id"] for r in rows]
    for start in range(0, len(ids), BATCH):
        conn.execute(delete(records).where(records.c.id.in_(ids[start:start + BATCH])))
    for start in range(0, len(rows), BATCH):
        conn.execute(insert(records), rows[start:start + BATCH])


def existing_records(conn: Connection, records: Table, where) -> list[dict[str, Any]]:
    """Stored record rows matching ``where``."""
    return [dict(r._mapping) for r in conn.execute(select(records).where(where))]


def distinct_values(members: list[dict[str, Any]], field: str, key=None) -> list[dict[str, Any]]:
    """Each distinct non-null value of ``field`` among members, with the facts, documents and
    dates that report it, in order of first report."""
    seen: dict[Any, dict[str, Any]] = {}
    for row in members:
        value = row.get(field)
        if value is None or value == "":
            continue
        entry = seen.setdefault(key(value) if key else value, {
            "value": value, "facts": [], "docs": [], "dates": []})
        entry["facts"].append(row["id"])
        entry["docs"].append(row["doc_id"])
        entry["dates"].append(row.get("published"))
    return list(seen.values())
