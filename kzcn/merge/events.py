"""One event across many reports: Kazakh and Russian articles about the same happening.

Two event facts are one happening when they have the same type and Kazakh region, their dates
(the event's own, else the article's) lie within ``EVENT_WINDOW_DAYS``, and their Chinese
parties overlap; where one report names no party, only the same explicit day joins them. A
republished copy's event joins its original's. The cluster keeps the most specific date, the
union of parties and every disagreement (date, place, instrument) with its sources.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from sqlalchemy import or_
from sqlalchemy.engine import Connection

from kzcn.merge import records
from kzcn.merge.dates import gap_days, interval, reconcile_date, specificity
from kzcn.merge.normalise import name_key, names_match, parties_overlap
from kzcn.store import merge_tables as m
from kzcn.store import tables as t

# Reports of one meeting or signing appear the same day to a few days later; a week also covers
# "last week" dates resolved against the publication date. Repeated happenings (monthly
# meetings of one commission) are further apart.
EVENT_WINDOW_DAYS = 7
# Reports of one happening are published within about two weeks of each other; this bounds
# events dated only by month ("in March"), whose interval alone would span the whole month.
PUBLISHED_WINDOW_DAYS = 14


@dataclass
class Cluster:
    """The matching state of one event cluster (its members' parties, dates and documents)."""

    id: str
    type: str
    kz_region: str | None
    parties: list[str] = field(default_factory=list)
    span: tuple | None = None
    published: tuple | None = None
    days: set[str] = field(default_factory=set)
    docs: set[str] = field(default_factory=set)
    copies: set[str] = field(default_factory=set)

    def absorb(self, fact: dict[str, Any]) -> None:
        """Add a member fact's parties, date and document."""
        self.parties += [p for p in fact["cn_parties"] or [] if p not in self.parties]
        when = _when(fact)
        if when is not None:
            self.span = when if self.span is None else (min(self.span[0], when[0]), max(self.span[1], when[1]))
        published = interval(fact.get("published"))
        if published is not None:
            self.published = published if self.published is None else (
                min(self.published[0], published[0]), max(self.published[1], published[1]))
        if specificity(fact["date"]) == 3:
            self.days.add(fact["date"])
        self.docs.add(fact["doc_id"])
        self.copies.add(fact["copy_of"])


def _when(fact: dict[str, Any]) -> tuple | None:
    return interval(fact["date"]) or interval(fact.get("published"))


def match_score(cluster: Cluster, fact: dict[str, Any]) -> tuple | None:
    """How well ``fact`` fits ``cluster`` (higher is better), or None if it cannot join."""
    if fact["doc_id"] in cluster.docs:
        return None  # one article lists distinct happenings separately
    if fact["copy_of"] in cluster.copies:
        return (2, 0)
    gap = gap_days(cluster.span, _when(fact))
    if gap is None or gap > EVENT_WINDOW_DAYS:
        return None
    published_gap = gap_days(cluster.published, interval(fact.get("published")))
    if published_gap is not None and published_gap > PUBLISHED_WINDOW_DAYS:
        return None
    parties = fact["cn_parties"] or []
    if parties and cluster.parties:
        return (1, -gap) if parties_overlap(parties, cluster.parties) else None
    if specificity(fact["date"]) == 3 and fact["date"] in cluster.days:
        return (0, 0)
    return None


class ClusterIndex:
    """Clusters by (type, region, month) of their date span, and by duplicate group, so a fact
    is compared only with clusters it could join."""

    def __init__(self, clusters: list[Cluster]) -> None:
        self.by_month: dict[tuple, set[int]] = {}
        self.by_copy: dict[str, set[int]] = {}
        self.number: dict[str, int] = {}
        self.clusters: list[Cluster] = []
        for cluster in clusters:
            self.add(cluster)

    def add(self, cluster: Cluster) -> None:
        """Index a cluster (again, after it absorbed a fact)."""
        if cluster.id not in self.number:
            self.number[cluster.id] = len(self.clusters)
            self.clusters.append(cluster)
        number = self.number[cluster.id]
        for month in _months(cluster.span):
            self.by_month.setdefault((cluster.type, cluster.kz_region, month), set()).add(number)
        for copy in cluster.copies:
            self.by_copy.setdefault(copy, set()).add(number)

    def candidates(self, fact: dict[str, Any]) -> list[Cluster]:
        """Clusters of the fact's type and region within the window, or with its original."""
        numbers = set(self.by_copy.get(fact["copy_of"], ()))
        when = _when(fact)
        if when is not None:
            window = (when[0] - timedelta(days=EVENT_WINDOW_DAYS), when[1] + timedelta(days=EVENT_WINDOW_DAYS))
            for month in _months(window):
                numbers |= self.by_month.get((fact["type"], fact["kz_region"], month), set())
        found = [self.clusters[n] for n in sorted(numbers)]
        return [c for c in found if (c.type, c.kz_region) == (fact["type"], fact["kz_region"])]


def _months(span: tuple | None) -> list[tuple[int, int]]:
    if span is None:
        return []
    first, last = span
    months, year, month = [], first.year, first.month
    while (year, month) <= (last.year, last.month) and len(months) < 60:
        months.append((year, month))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def cluster_facts(clusters: list[Cluster], facts: list[dict[str, Any]]) -> dict[str, str]:
    """Assign each fact (in date order) to its best cluster or a new one; fact id -> cluster id.
    ``clusters`` is extended in place with the new clusters."""
    index = ClusterIndex(clusters)
    assigned: dict[str, str] = {}
    for fact in facts:
        scored = [(s, c) for c in index.candidates(fact) if (s := match_score(c, fact)) is not None]
        if scored:
            best = max(scored, key=lambda sc: sc[0])[1]
        else:
            best = Cluster("E" + fact["id"], fact["type"], fact["kz_region"])
            clusters.append(best)
        best.absorb(fact)
        index.add(best)
        assigned[fact["id"]] = best.id
    return assigned


def reconcile(cluster_id: str, members: list[dict[str, Any]]) -> dict[str, Any]:
    """The cluster row: most specific agreed date, union of parties, kept disagreements."""
    first = members[0]
    date, date_conflict = reconcile_date([f["date"] for f in members])
    disagreements: dict[str, list] = {}
    if date_conflict:
        disagreements["date"] = records.distinct_values(members, "date")
    place = _consensus(members, "place", disagreements, key=name_key)
    instrument = _consensus(members, "instrument", disagreements)
    parties: list[str] = []
    for fact in members:
        for party in fact["cn_parties"] or []:
            if not any(names_match(party, p) for p in parties):
                parties.append(party)
    return {"id": cluster_id, "type": first["type"], "kz_region": first["kz_region"], "date": date,
            "place": place, "instrument": instrument, "cn_parties": parties,
            "n_sources": len({f["doc_id"] for f in members}), "disagreements": disagreements}


def _consensus(members: list[dict[str, Any]], name: str, disagreements: dict, key=None) -> Any:
    """The value most reports give (ties: first reported); several values are a disagreement."""
    values = records.distinct_values(members, name, key=key)
    if not values:
        return None
    if len(values) > 1:
        disagreements[name] = values
    return max(values, key=lambda v: len(v["facts"]))["value"]


def run_events(conn: Connection) -> dict[str, int]:
    """Cluster event facts not yet in a cluster; recompute the clusters they joined."""
    stale = records.prune(conn, m.event_clusters, m.event_members, "cluster_id")
    facts = records.new_facts(conn, t.events, m.event_members)
    clusters = _load_clusters(conn, facts)
    known = {c.id for c in clusters}
    assigned = cluster_facts(clusters, facts)
    records.add_members(conn, m.event_members, [
        {"fact_id": f["id"], "cluster_id": assigned[f["id"]], "doc_id": f["doc_id"]} for f in facts])
    touched = set(assigned.values()) | stale
    members = records.member_facts(conn, t.events, m.event_members, "cluster_id", touched)
    grouped: dict[str, list] = {}
    for row in members:
        grouped.setdefault(row["record"], []).append(row)
    records.replace_records(conn, m.event_clusters, [reconcile(cid, rows) for cid, rows in grouped.items()])
    return {"facts": len(facts), "clusters_new": len(set(assigned.values()) - known),
            "clusters_updated": len(touched & known)}


def _load_clusters(conn: Connection, facts: list[dict[str, Any]]) -> list[Cluster]:
    """The stored clusters new facts could join (same type and region), rebuilt from members."""
    if not facts:
        return []
    types = sorted({f["type"] for f in facts})
    regions = sorted({f["kz_region"] for f in facts if f["kz_region"]})
    ec = m.event_clusters
    rows = records.existing_records(conn, ec, ec.c.type.in_(types) & or_(
        ec.c.kz_region.in_(regions), ec.c.kz_region.is_(None)))
    keys = {(f["type"], f["kz_region"]) for f in facts}
    ids = [r["id"] for r in rows if (r["type"], r["kz_region"]) in keys]
    clusters = {i: None for i in ids}
    for fact in records.member_facts(conn, t.events, m.event_members, "cluster_id", ids):
        cluster = clusters[fact["record"]] or Cluster(fact["record"], fact["type"], fact["kz_region"])
        cluster.absorb(fact)
        clusters[fact["record"]] = cluster
    return [c for c in clusters.values() if c is not None]

