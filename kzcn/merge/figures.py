"""Conflicting figures: the same metric, subject and period reported with different values.

Figures with a period are grouped by (metric, subject, counterpart, period); values within
``SAME_VALUE`` of each other are one value. A group with more than one value is a conflict and
keeps every value with the facts and documents that report it, so the API can show them all.
Figures without a period are vague ("in recent years") and are not compared.
"""

from __future__ import annotations

import hashlib
from typing import Any

from sqlalchemy.engine import Connection

from kzcn.merge import records
from kzcn.merge.normalise import name_key
from kzcn.store import merge_tables as m
from kzcn.store import tables as t

SAME_VALUE = 0.005  # relative difference; SCHEMA.md matches figures within 0.5% (rounding)
SAME_USD = 0.05  # values in different currencies agree when their USD values are within 5%


def group_id(fact: dict[str, Any]) -> str:
    """A stable id from the figure's key (same key, same group, in any run)."""
    key = "|".join([fact["metric"], name_key(fact["subject"]), name_key(fact.get("counterpart")),
                    fact["period"]])
    return "F" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:20]


def _close(a: float | None, b: float | None, tolerance: float) -> bool:
    if a is None or b is None:
        return False
    return abs(a - b) <= tolerance * max(abs(a), abs(b), 1e-9)


def distinct_values(members: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Members' values with rounding differences folded together, each with its sources."""
    values: list[dict[str, Any]] = []
    for fact in members:
        for entry in values:
            if entry["unit"] == fact["unit"] and _close(entry["value"], fact["value"], SAME_VALUE):
                break
        else:
            entry = {"value": fact["value"], "unit": fact["unit"], "value_usd": fact.get("value_usd"),
                     "facts": [], "docs": [], "dates": [], "reported": []}
            values.append(entry)
        entry["reported"].append(fact["value"])
        entry["facts"].append(fact["id"])
        entry["docs"].append(fact["doc_id"])
        entry["dates"].append(fact.get("published"))
    return values


def in_conflict(values: list[dict[str, Any]]) -> bool:
    """Whether two values disagree: same unit (they were not folded), or different currencies
    whose USD values differ by more than ``SAME_USD``."""
    for i, a in enumerate(values):
        for b in values[i + 1:]:
            if a["unit"] == b["unit"]:
                return True
            if a["value_usd"] is not None and b["value_usd"] is not None \
                    and not _close(a["value_usd"], b["value_usd"], SAME_USD):
                return True
    return False


def reconcile(gid: str, members: list[dict[str, Any]]) -> dict[str, Any]:
    """The group row with every distinct value and its sources."""
    first, values = members[0], distinct_values(members)
    return {"id": gid, "metric": first["metric"], "subject": first["subject"],
            "counterpart": first.get("counterpart"), "period": first["period"],
            "n_sources": len({f["doc_id"] for f in members}), "n_values": len(values),
            "conflict": in_conflict(values), "values": values}


def run_figures(conn: Connection) -> dict[str, int]:
    """Group figures not yet grouped; recompute the groups they joined."""
    stale = records.prune(conn, m.figure_groups, m.figure_members, "group_id")
    facts = [f for f in records.new_facts(conn, t.figures, m.figure_members) if f["period"]]
    records.add_members(conn, m.figure_members, [
        {"fact_id": f["id"], "group_id": group_id(f), "doc_id": f["doc_id"]} for f in facts])
    touched = {group_id(f) for f in facts} | stale
    grouped: dict[str, list] = {}
    for row in records.member_facts(conn, t.figures, m.figure_members, "group_id", touched):
        grouped.setdefault(row["record"], []).append(row)
    rows = [reconcile(gid, members) for gid, members in grouped.items()]
    records.replace_records(conn, m.figure_groups, rows)
    return {"facts": len(facts), "groups": len(rows), "conflicts": sum(r["conflict"] for r in rows)}
