"""Projects across time: a memorandum, the start of construction and the first output are one
project with a dated stage history.

Two project facts are one project when they name the same Kazakh region and, within
``PROJECT_WINDOW_DAYS``, the same partner (and no different kind of facility) or the same kind
of facility (and no different partner). Each report stays a member with its date and evidence;
values that change between reports are kept side by side in ``variants``.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.engine import Connection

from kzcn.merge import records
from kzcn.merge.dates import gap_days, interval
from kzcn.merge.normalise import facility_words, name_key, names_match, same_facility
from kzcn.store import merge_tables as m
from kzcn.store import tables as t

# A wind farm goes from memorandum to first power in one to three years (the SCHEMA stages);
# reports further apart about "a plant" in one region are more likely different plants.
PROJECT_WINDOW_DAYS = 3 * 366
STAGES = ("proposed", "agreed", "under_construction", "operating")  # in the order a project moves
VARIANT_FIELDS = ("what", "partner", "sector", "value")
PARTNER_PREFIX = 4  # blocking on the key's first letters still finds spelling variants of one partner


@dataclass
class Record:
    """The matching state of one project record."""

    id: str
    kz_region: str | None
    partners: list[str] = field(default_factory=list)
    whats: list[str] = field(default_factory=list)
    span: tuple | None = None
    docs: set[str] = field(default_factory=set)
    copies: set[str] = field(default_factory=set)

    def absorb(self, fact: dict[str, Any]) -> None:
        """Add a member fact's partner, facility, date and document."""
        if fact["partner"] and fact["partner"] not in self.partners:
            self.partners.append(fact["partner"])
        if fact["what"] and fact["what"] not in self.whats:
            self.whats.append(fact["what"])
        when = interval(fact.get("published"))
        if when is not None:
            self.span = when if self.span is None else (min(self.span[0], when[0]), max(self.span[1], when[1]))
        self.docs.add(fact["doc_id"])
        self.copies.add(fact["copy_of"])


def _partner_match(record: Record, partner: str | None) -> bool | None:
    if not partner or not record.partners:
        return None
    return any(names_match(partner, p) for p in record.partners)


def _facility_match(record: Record, what: str | None) -> bool | None:
    verdicts = {same_facility(what, w) for w in record.whats} - {None}
    return True if True in verdicts else (False if verdicts else None)


def match_score(record: Record, fact: dict[str, Any]) -> tuple | None:
    """How well ``fact`` fits ``record`` (higher is better), or None if it cannot join."""
    if fact["doc_id"] in record.docs or not fact["kz_region"]:
        return None  # one article's projects are distinct; no region, no key
    facility = _facility_match(record, fact["what"])
    if fact["copy_of"] in record.copies and facility is not False:
        return (3, 0)
    gap = gap_days(record.span, interval(fact.get("published")))
    if gap is not None and gap > PROJECT_WINDOW_DAYS:
        return None
    partner = _partner_match(record, fact["partner"])
    if (partner and facility is not False) or (facility and partner is not False):
        return (int(bool(partner)) + int(bool(facility)), -(gap or 0))
    return None


def _blocks(region: str | None, partners: list[str], whats: list[str], copies) -> set[tuple]:
    """Blocking keys: a record is compared with a fact only when they share one (same region and
    partner-key prefix, same region and a facility word, or one duplicate group)."""
    keys = {("copy", c) for c in copies}
    keys |= {("partner", region, name_key(p)[:PARTNER_PREFIX]) for p in partners if name_key(p)}
    keys |= {("what", region, w) for what in whats for w in facility_words(what)}
    keys |= {("region", region)} if not any(facility_words(w) for w in whats) else set()
    return keys


def cluster_facts(projects: list[Record], facts: list[dict[str, Any]]) -> dict[str, str]:
    """Assign each fact (in date order) to its best record or a new one; fact id -> record id."""
    index: dict[tuple, list[Record]] = {}

    def add(record: Record) -> None:
        for key in _blocks(record.kz_region, record.partners, record.whats, record.copies):
            bucket = index.setdefault(key, [])
            if record not in bucket:
                bucket.append(record)

    for record in projects:
        add(record)
    assigned: dict[str, str] = {}
    for fact in facts:
        keys = _blocks(fact["kz_region"], [fact["partner"]] if fact["partner"] else [],
                       [fact["what"]] if fact["what"] else [], [fact["copy_of"]])
        if not facility_words(fact["what"]):
            keys.add(("region", fact["kz_region"]))
        candidates = {id(r): r for key in keys for r in index.get(key, [])}.values()
        scored = [(s, r) for r in candidates if (s := match_score(r, fact)) is not None]
        if scored:
            best = max(scored, key=lambda sr: (sr[0], sr[1].id))[1]
        else:
            best = Record("P" + fact["id"], fact["kz_region"])
            projects.append(best)
        best.absorb(fact)
        add(best)
        assigned[fact["id"]] = best.id
    return assigned


def _value(fact: dict[str, Any]) -> str | None:
    if fact.get("amount") is None:
        return None
    qualifier = "" if fact.get("qualifier") in (None, "exact") else fact["qualifier"] + " "
    return f"{qualifier}{fact['amount']:g} {fact.get('currency') or ''}".strip()


def reconcile(record_id: str, members: list[dict[str, Any]]) -> dict[str, Any]:
    """The record row: usual name and partner, most advanced stage, dates seen, variants."""
    members = [{**f, "value": _value(f)} for f in members]
    variants = {}
    for name in VARIANT_FIELDS:
        values = records.distinct_values(members, name, key=name_key if name in ("what", "partner") else None)
        if len(values) > 1:
            variants[name] = values
    dates = sorted(f["published"] for f in members if f.get("published"))
    stages = [f["stage"] for f in members if f.get("stage") in STAGES]
    return {"id": record_id, "what": _usual(members, "what") or "", "kz_region": members[0]["kz_region"],
            "partner": _usual(members, "partner"), "sector": _usual(members, "sector"),
            "stage": max(stages, key=STAGES.index) if stages else None,
            "first_seen": dates[0] if dates else None, "last_seen": dates[-1] if dates else None,
            "n_sources": len({f["doc_id"] for f in members}), "variants": variants}


def _usual(members: list[dict[str, Any]], name: str) -> str | None:
    """The value most reports give; ties go to the longer (more specific) spelling."""
    counts = Counter(name_key(f[name]) for f in members if f.get(name))
    if not counts:
        return None
    spelled = {name_key(f[name]): f[name] for f in reversed(members) if f.get(name)}
    return spelled[max(counts, key=lambda k: (counts[k], len(spelled[k])))]


def run_projects(conn: Connection) -> dict[str, int]:
    """Assign project facts not yet in a record; recompute the records they joined."""
    stale = records.prune(conn, m.project_records, m.project_members, "project_id")
    facts = records.new_facts(conn, t.projects, m.project_members)
    known_records = _load_records(conn, facts)
    known = {r.id for r in known_records}
    assigned = cluster_facts(known_records, facts)
    records.add_members(conn, m.project_members, [
        {"fact_id": f["id"], "project_id": assigned[f["id"]], "doc_id": f["doc_id"],
         "date": f.get("published")} for f in facts])
    touched = set(assigned.values()) | stale
    grouped: dict[str, list] = {}
    for row in records.member_facts(conn, t.projects, m.project_members, "project_id", touched):
        grouped.setdefault(row["record"], []).append(row)
    records.replace_records(conn, m.project_records, [reconcile(pid, rows) for pid, rows in grouped.items()])
    return {"facts": len(facts), "projects_new": len(set(assigned.values()) - known),
            "projects_updated": len(touched & known)}


def _load_records(conn: Connection, facts: list[dict[str, Any]]) -> list[Record]:
    """The stored records new facts could join (same region), rebuilt from their members."""
    regions = sorted({f["kz_region"] for f in facts if f["kz_region"]})
    if not regions:
        return []
    pr = m.project_records
    ids = [r["id"] for r in records.existing_records(conn, pr, pr.c.kz_region.in_(regions))]
    loaded: dict[str, Record] = {}
    for fact in records.member_facts(conn, t.projects, m.project_members, "project_id", ids):
        loaded.setdefault(fact["record"], Record(fact["record"], fact["kz_region"])).absorb(fact)
    return list(loaded.values())
