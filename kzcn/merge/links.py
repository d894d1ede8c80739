"""Events about projects: an agreement signed on a project, a launch, a visit to its site.

An event links to a project when one article reports both, the event is of a kind that acts on
a project (``LINK_TYPES``) and their Kazakh regions agree. Links are between the merged records
(event cluster and project record), so every report of the signing points at the one project.
"""

from __future__ import annotations

from sqlalchemy import delete, insert, or_, select
from sqlalchemy.engine import Connection

from kzcn.store import merge_tables as m
from kzcn.store import tables as t

LINK_TYPES = ("agreement", "project_launch", "site_visit")


def run_links(conn: Connection) -> dict[str, int]:
    """Recompute the project-event links from the stored facts and their records (one query)."""
    e, p = t.events, t.projects
    em, pm = m.event_members, m.project_members
    query = (select(pm.c.project_id, em.c.cluster_id, e.c.id)
             .select_from(e.join(p, p.c.doc_id == e.c.doc_id)
                          .join(em, em.c.fact_id == e.c.id).join(pm, pm.c.fact_id == p.c.id))
             .where(e.c.type.in_(LINK_TYPES))
             .where(or_(e.c.kz_region == p.c.kz_region, e.c.kz_region.is_(None), p.c.kz_region.is_(None)))
             .order_by(e.c.id))
    links: dict[tuple[str, str], str] = {}
    for project_id, cluster_id, fact_id in conn.execute(query):
        links.setdefault((project_id, cluster_id), fact_id)
    conn.execute(delete(m.project_events))
    rows = [{"project_id": pid, "event_id": eid, "fact_id": fid} for (pid, eid), fid in links.items()]
    for start in range(0, len(rows), 1000):
        conn.execute(insert(m.project_events), rows[start:start + 1000])
    return {"links": len(rows)}
