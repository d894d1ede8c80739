"""The links found on sources (table ``source_items``): a queue that survives a crash.

A link is recorded as ``pending`` as soon as its source lists it, before anything is fetched;
it leaves the queue in the transaction after its article is stored (or refused), so a run killed
at any point resumes with exactly the links it had not finished. Final states:

    stored      the article was stored now          known       stored before (same URL or text)
    irrelevant  triage: not about China             rejected    cleaning or a stage refused it
    gone        the page answered 404/410           refused     robots.txt, address, size, scheme
    failed      still failing after MAX_ATTEMPTS tries (timeouts, 5xx)
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.engine import Engine

from kzcn.monitor.model import Item
from kzcn.monitor.registry import now_utc
from kzcn.store import tables as t
from kzcn.store.upsert import insert_new

#: Tries of one link before it is given up (a flaky server gets three polls' worth of chances).
MAX_ATTEMPTS = 3
FINAL = ("stored", "known", "irrelevant", "rejected", "gone", "refused", "failed")


class Queue:
    """Pending links per source, newest first."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def add(self, source_id: int, items: list[Item]) -> int:
        """Record the links not seen on this source before as pending; returns how many.
        A link already done through another source is recorded as ``known`` at once."""
        if not items:
            return 0
        si = t.source_items
        urls = [i.url for i in items]
        with self.engine.begin() as conn:
            here = set(conn.execute(select(si.c.url).where(si.c.source_id == source_id, si.c.url.in_(urls))).scalars())
            fresh = [i for i in items if i.url not in here]
            done = self._done_elsewhere(conn, [i.url for i in fresh])
            when = now_utc()
            insert_new(conn, si, [{"source_id": source_id, "url": i.url, "title": i.title or None,
                                   "published": i.published, "body": i.body or None,
                                   "state": "known" if i.url in done else "pending",
                                   "attempts": 0, "seen_at": when, "done_at": when if i.url in done else None}
                                  for i in fresh])
        return len(fresh)

    @staticmethod
    def _done_elsewhere(conn, urls: list[str]) -> set[str]:
        if not urls:
            return set()
        si, d = t.source_items, t.documents
        stored = set(conn.execute(select(d.c.url).where(d.c.url.in_(urls))).scalars())
        finished = set(conn.execute(select(si.c.url).where(si.c.url.in_(urls), si.c.state != "pending")).scalars())
        return stored | finished

    def pending(self, source_id: int, limit: int) -> list[dict[str, Any]]:
        """Up to ``limit`` pending links of a source, newest first (undated last)."""
        si = t.source_items
        query = (select(si).where(si.c.source_id == source_id, si.c.state == "pending")
                 .order_by(si.c.published.is_(None), si.c.published.desc(), si.c.seen_at, si.c.url).limit(limit))
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(query)]

    def url_done(self, url: str) -> bool:
        """Whether ``url`` is stored as a document or finished through any source."""
        with self.engine.connect() as conn:
            return bool(self._done_elsewhere(conn, [url]))

    def finish(self, source_id: int, url: str, state: str, doc_id: str | None = None,
               error: str | None = None) -> None:
        """Take a link out of the queue with its final state."""
        assert state in FINAL, state
        si = t.source_items
        with self.engine.begin() as conn:
            conn.execute(update(si).where(si.c.source_id == source_id, si.c.url == url).values(
                state=state, doc_id=doc_id, error=error, done_at=now_utc(), attempts=si.c.attempts + 1))

    def retry_later(self, source_id: int, url: str, error: str) -> str:
        """Count a failed try; the link stays pending until ``MAX_ATTEMPTS``. Returns its state."""
        si = t.source_items
        with self.engine.begin() as conn:
            attempts = conn.execute(select(si.c.attempts).where(si.c.source_id == source_id, si.c.url == url)).scalar_one()
            state = "failed" if attempts + 1 >= MAX_ATTEMPTS else "pending"
            conn.execute(update(si).where(si.c.source_id == source_id, si.c.url == url).values(
                attempts=attempts + 1, error=error, state=state, done_at=now_utc() if state == "failed" else None))
        return state

    def counts(self, source_id: int) -> dict[str, int]:
        """Links of a source per state."""
        si = t.source_items
        with self.engine.connect() as conn:
            rows = conn.execute(select(si.c.state, func.count()).where(si.c.source_id == source_id)
                                .group_by(si.c.state)).all()
        return {state: n for state, n in rows}


def is_stale(published: str | None, since: datetime | None) -> bool:
    """Whether a dated link is older than ``since`` (undated links are never stale)."""
    return bool(published and since and published < since.date().isoformat())



