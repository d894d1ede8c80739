"""Reading merged records back: duplicate groups, projects with their stage history, events
with their sources, conflicting figures and entity aliases (for the CLI, API and exports)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from kzcn.merge.dates import sort_key
from kzcn.merge.projects import STAGES
from kzcn.store import merge_tables as m
from kzcn.store import tables as t


def duplicate_groups(store) -> list[list[str]]:
    """Each group of near-duplicate documents, canonical id first, the copies sorted."""
    groups: dict[str, list[str]] = {}
    with store.engine.connect() as conn:
        for doc_id, canonical in conn.execute(select(m.doc_duplicates.c.doc_id, m.doc_duplicates.c.canonical_id)):
            groups.setdefault(canonical, []).append(doc_id)
    return sorted([canonical, *sorted(copies)] for canonical, copies in groups.items())


def _one(conn, table, record_id: str) -> dict[str, Any] | None:
    rows = conn.execute(select(table).where(table.c.id.startswith(record_id)).limit(2)).all()
    return dict(rows[0]._mapping) if len(rows) == 1 else None


def _sentence(text: str, row: dict[str, Any]) -> str | None:
    if row.get("sentence_start") is None:
        return None
    return text[row["sentence_start"]:row["sentence_stop"]]


def stage_history(members: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The stages a project reached, each with the first date reported and its evidence,
    in the order the project moved (a stage reported after a later one is kept, not dropped)."""
    history: dict[str, dict[str, Any]] = {}
    for report in sorted(members, key=lambda r: (sort_key(r.get("date")), r["fact_id"])):
        stage = report.get("stage")
        if stage not in STAGES:
            continue
        entry = history.setdefault(stage, {"stage": stage, "date": report.get("date"), "evidence": []})
        entry["evidence"].append({k: report.get(k) for k in ("fact_id", "doc_id", "date", "sentence")})
    return sorted(history.values(), key=lambda e: (sort_key(e["date"]), STAGES.index(e["stage"])))


def _project_reports(conn, project_ids: list[str], with_text: bool) -> list[dict[str, Any]]:
    pm, p, d = m.project_members, t.projects, t.documents
    columns = [pm.c.project_id, pm.c.fact_id, pm.c.doc_id, pm.c.date, p.c.stage, p.c.what, p.c.partner,
               p.c.amount, p.c.currency, p.c.sentence_start, p.c.sentence_stop, d.c.lang, d.c.title]
    if with_text:
        columns.append(d.c.text)
    query = (select(*columns).select_from(pm.join(p, p.c.id == pm.c.fact_id).join(d, d.c.id == pm.c.doc_id))
             .where(pm.c.project_id.in_(project_ids)))
    rows = []
    for row in conn.execute(query):
        report = dict(row._mapping)
        text = report.pop("text", None)
        report["sentence"] = _sentence(text, report) if text is not None else None
        rows.append(report)
    return rows


def list_projects(store, kz_region: str | None = None, stage: str | None = None,
                  limit: int = 50) -> list[dict[str, Any]]:
    """Project records (newest report first) with their stage history."""
    pr = m.project_records
    query = select(pr).order_by(pr.c.last_seen.desc(), pr.c.id).limit(limit)
    if kz_region:
        query = query.where(pr.c.kz_region == kz_region)
    if stage:
        query = query.where(pr.c.stage == stage)
    with store.engine.connect() as conn:
        projects = [dict(r._mapping) for r in conn.execute(query)]
        reports = _project_reports(conn, [p["id"] for p in projects], with_text=False)
    for project in projects:
        project["history"] = stage_history([r for r in reports if r["project_id"] == project["id"]])
    return projects


def project_detail(store, project_id: str) -> dict[str, Any] | None:
    """One project record (an id prefix is enough): reports, stage history with evidence
    sentences, values that changed between reports, and the events about it."""
    with store.engine.connect() as conn:
        project = _one(conn, m.project_records, project_id)
        if project is None:
            return None
        project["reports"] = sorted(_project_reports(conn, [project["id"]], with_text=True),
                                    key=lambda r: (sort_key(r["date"]), r["fact_id"]))
        pe, ec = m.project_events, m.event_clusters
        project["events"] = [dict(r._mapping) for r in conn.execute(
            select(ec).join(pe, pe.c.event_id == ec.c.id).where(pe.c.project_id == project["id"])
            .order_by(ec.c.date))]
    project["history"] = stage_history(project["reports"])
    return project


def event_detail(store, event_id: str) -> dict[str, Any] | None:
    """One event cluster (an id prefix is enough) with every report and its sentence, the kept
    disagreements and the projects it concerns."""
    em, e, d = m.event_members, t.events, t.documents
    with store.engine.connect() as conn:
        event = _one(conn, m.event_clusters, event_id)
        if event is None:
            return None
        query = (select(e, d.c.published, d.c.lang, d.c.source, d.c.title, d.c.text, d.c.duplicate_of)
                 .join(em, em.c.fact_id == e.c.id).join(d, d.c.id == e.c.doc_id)
                 .where(em.c.cluster_id == event["id"]).order_by(d.c.published, e.c.id))
        reports = []
        for row in conn.execute(query):
            report = dict(row._mapping)
            report["sentence"] = _sentence(report.pop("text"), report)
            reports.append(report)
        event["reports"] = reports
        pe = m.project_events
        event["projects"] = list(conn.execute(select(pe.c.project_id).where(pe.c.event_id == event["id"])).scalars())
    return event


def figure_conflicts(store, metric: str | None = None, subject: str | None = None) -> list[dict[str, Any]]:
    """Figure groups whose reports disagree, each value with the facts and documents giving it."""
    fg = m.figure_groups
    query = select(fg).where(fg.c.conflict.is_(True)).order_by(fg.c.metric, fg.c.subject, fg.c.period)
    if metric:
        query = query.where(fg.c.metric == metric)
    if subject:
        query = query.where(fg.c.subject == subject)
    with store.engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(query)]


def figure_group_of(store, figure_id: str) -> dict[str, Any] | None:
    """The group a figure fact belongs to (with every value reported for its key), or None."""
    fm, fg = m.figure_members, m.figure_groups
    with store.engine.connect() as conn:
        row = conn.execute(select(fg).join(fm, fm.c.group_id == fg.c.id).where(fm.c.fact_id == figure_id)).first()
    return dict(row._mapping) if row else None


def resolved_entity(store, entity_id: str) -> str:
    """The id ``entity_id`` resolves to (itself when it is unknown or canonical)."""
    ea = m.entity_aliases
    with store.engine.connect() as conn:
        target = conn.execute(select(ea.c.entity_id).where(ea.c.alias_id == entity_id)).scalar()
    return target or entity_id


def entity_aliases(store, entity_id: str) -> list[dict[str, Any]]:
    """Every spelling and id that resolves to the same entity as ``entity_id``."""
    ea = m.entity_aliases
    target = resolved_entity(store, entity_id)
    with store.engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(
            select(ea).where(ea.c.entity_id == target).order_by(ea.c.alias_id))]
