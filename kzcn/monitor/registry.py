"""Sources and their health in the store (tables ``sources`` and ``source_health``)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

from sqlalchemy import delete, insert, or_, select, update
from sqlalchemy.engine import Engine

from kzcn.errors import InputError
from kzcn.monitor.model import KINDS, Source
from kzcn.store import tables as t

_SOURCE_FIELDS = ("id", "url", "kind", "name", "region", "lang", "links", "status", "origin")


def now_utc() -> datetime:
    return datetime.now(timezone.utc)


def aware(value: datetime | None) -> datetime | None:
    """SQLite hands datetimes back without their zone; kzcn stores UTC."""
    if value is not None and value.tzinfo is None:
        return value.replace(tzinfo=timezone.utc)
    return value


class Registry:
    """Add, list and remove sources; read and write their health rows."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def add(self, url: str, kind: str, name: str | None = None, region: str | None = None,
            lang: str | None = None, links: str | None = None, origin: str = "user") -> tuple[Source, bool]:
        """The source for ``url``, added unless already there; returns (source, added)."""
        if kind not in KINDS:
            raise InputError(f"a kind among {', '.join(KINDS)}", repr(kind), url)
        existing = self.by_url(url)
        if existing is not None:
            return existing, False
        with self.engine.begin() as conn:
            conn.execute(insert(t.sources).values(
                url=url, kind=kind, name=name, region=region, lang=lang, links=links,
                status="unverified", origin=origin, added_at=now_utc()))
        return self.by_url(url), True

    def by_url(self, url: str) -> Source | None:
        return self._one(t.sources.c.url == url)

    def get(self, source_id: int) -> Source | None:
        return self._one(t.sources.c.id == source_id)

    def _one(self, condition) -> Source | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(t.sources).where(condition)).first()
        return _source(row._mapping) if row else None

    def all(self) -> list[Source]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(t.sources).order_by(t.sources.c.id)).all()
        return [_source(r._mapping) for r in rows]

    def remove(self, source_id: int) -> bool:
        """Forget a source, its health and its queue (stored articles stay)."""
        with self.engine.begin() as conn:
            for table in (t.source_items, t.source_health):
                conn.execute(delete(table).where(table.c.source_id == source_id))
            return conn.execute(delete(t.sources).where(t.sources.c.id == source_id)).rowcount > 0

    def set_status(self, source_id: int, status: str) -> None:
        with self.engine.begin() as conn:
            conn.execute(update(t.sources).where(t.sources.c.id == source_id).values(status=status))

    def health(self, source_id: int) -> dict[str, Any]:
        """The health row of a source (an empty one when it was never polled)."""
        with self.engine.connect() as conn:
            row = conn.execute(select(t.source_health).where(t.source_health.c.source_id == source_id)).first()
        if row is None:
            return {"source_id": source_id, "etag": None, "last_modified": None, "errors_in_row": 0,
                    "found": 0, "new": 0, "stored_total": 0, "next_due_at": None, "last_polled_at": None,
                    "last_success_at": None, "last_error_at": None, "last_error": None, "last_status": None}
        return {k: aware(v) if isinstance(v, datetime) else v for k, v in row._mapping.items()}

    def save_health(self, source_id: int, **values: Any) -> None:
        """Update (or create) the health row of a source with ``values``."""
        with self.engine.begin() as conn:
            table = t.source_health
            done = conn.execute(update(table).where(table.c.source_id == source_id).values(**values)).rowcount
            if not done:
                row = {"errors_in_row": 0, "found": 0, "new": 0, "stored_total": 0, **values}
                conn.execute(insert(table).values(source_id=source_id, **row))

    def due(self, when: datetime, ignore_schedule: bool = False) -> list[Source]:
        """Sources whose next poll is due at ``when`` (never polled first). With
        ``ignore_schedule`` every source is due except those backing off after errors."""
        h = t.source_health
        condition = or_(h.c.next_due_at.is_(None), h.c.next_due_at <= when)
        if ignore_schedule:
            condition = or_(condition, h.c.errors_in_row == 0)
        query = (select(t.sources).outerjoin(h, h.c.source_id == t.sources.c.id)
                 .where(or_(h.c.source_id.is_(None), condition))
                 .order_by(h.c.next_due_at.is_not(None), h.c.next_due_at, t.sources.c.id))
        with self.engine.connect() as conn:
            return [_source(r._mapping) for r in conn.execute(query)]

    def next_due(self) -> datetime | None:
        """When the earliest source is due next (None when a source was never polled)."""
        with self.engine.connect() as conn:
            ids = set(conn.execute(select(t.sources.c.id)).scalars())
            rows = conn.execute(select(t.source_health.c.source_id, t.source_health.c.next_due_at)).all()
        if not ids:
            return None
        polled = {r.source_id: aware(r.next_due_at) for r in rows}
        if ids - set(polled) or any(v is None for v in polled.values()):
            return now_utc()
        return min(polled[i] for i in ids)

    def overview(self) -> list[dict[str, Any]]:
        """Every source with its health, for ``kzcn sources list`` and ``/api/sources``."""
        out = []
        for source in self.all():
            health = self.health(source.id)
            out.append({**{f: getattr(source, f) for f in _SOURCE_FIELDS},
                        **{k: v for k, v in health.items() if k not in ("source_id", "etag", "last_modified")}})
        return out


def backoff_delay(interval: float, errors_in_row: int, ceiling: float) -> timedelta:
    """Seconds until the next poll after ``errors_in_row`` failures in a row: the interval
    doubled per failure, at most ``ceiling`` (a dead site is tried every ``ceiling`` seconds)."""
    seconds = interval * (2 ** max(errors_in_row, 0))
    return timedelta(seconds=min(seconds, max(ceiling, interval)))


def _source(row) -> Source:
    return Source(**{f: row[f] for f in _SOURCE_FIELDS})
