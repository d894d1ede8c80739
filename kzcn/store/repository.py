"""Store: save processed Documents (one transaction each) and read facts back."""

from __future__ import annotations

import json

from collections.abc import Iterator
from datetime import datetime, timezone
from typing import Any

from sqlalchemy import delete, func, insert, select
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError

from kzcn.model import Document, Rejection
from kzcn.store import tables as t
from kzcn.store.engine import make_engine
from kzcn.store.migrate import upgrade
from kzcn.store.rows import document_rows
from kzcn.store.upsert import insert_new

PIPELINE_VERSION = "kzcn-0.1"


class Store:
    """The repository over one database URL. Call ``migrate()`` once before use."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.engine = make_engine(url)

    def migrate(self) -> Store:
        """Create or upgrade the schema (idempotent)."""
        upgrade(self.engine)
        return self

    def has_document(self, doc_id: str) -> bool:
        with self.engine.connect() as conn:
            return conn.execute(select(t.documents.c.id).where(t.documents.c.id == doc_id)).first() is not None

    def save_document(self, doc: Document, replace: bool = False) -> bool:
        """Store ``doc`` and its facts atomically. An already stored document (same content id)
        is left alone unless ``replace``; returns whether anything was written."""
        try:
            with self.engine.begin() as conn:
                exists = conn.execute(
                    select(t.documents.c.id).where(t.documents.c.id == doc.id)
                ).first() is not None
                if exists and not replace:
                    return False
                if exists:
                    _delete_document(conn, doc.id)
                rows = document_rows(doc, datetime.now(timezone.utc), PIPELINE_VERSION)
                _insert_rows(conn, rows)
        except IntegrityError:
            # Another process stored the same article between our check and our insert.
            if replace or not self.has_document(doc.id):
                raise
            return False
        return True

    def save_rejection(self, rejection: Rejection) -> None:
        """Record why an input was refused (``kzcn rejections`` lists them); the same input
        refused for the same reason again (a re-run) is recorded once."""
        table = t.rejections
        with self.engine.begin() as conn:
            seen = conn.execute(select(table.c.id).where(
                table.c["where"] == rejection.where, table.c.reason == rejection.reason,
                table.c.resolved.is_(False)).limit(1)).first()
            if seen is not None:
                return
            conn.execute(insert(table).values(
                where=rejection.where, reason=rejection.reason,
                at=datetime.now(timezone.utc), resolved=False))

    def count(self, table: str) -> int:
        with self.engine.connect() as conn:
            return conn.execute(select(func.count()).select_from(t.metadata.tables[table])).scalar_one()

    def rows(self, table: str, where: dict[str, Any] | None = None, limit: int = 100,
             offset: int = 0, order_by: str | None = None) -> list[dict[str, Any]]:
        """Rows of ``table`` whose columns equal ``where``'s values."""
        table_obj = t.metadata.tables[table]
        query = select(table_obj)
        for column, value in (where or {}).items():
            if value is not None:
                query = query.where(table_obj.c[column] == value)
        if order_by:
            query = query.order_by(table_obj.c[order_by])
        query = query.limit(limit).offset(offset)
        with self.engine.connect() as conn:
            return [dict(row._mapping) for row in conn.execute(query)]

    def document(self, doc_id: str) -> dict[str, Any] | None:
        """A stored document with its mentions and facts, or None; ``doc_id`` may be a prefix."""
        docs = t.documents
        with self.engine.connect() as conn:
            row = conn.execute(select(docs).where(docs.c.id.startswith(doc_id)).limit(2)).all()
            if len(row) != 1:
                return None
            result = dict(row[0]._mapping)
            for name in ("mentions", "events", "projects", "figures", "sentences", "document_units"):
                table = t.metadata.tables[name]
                result[name] = [dict(r._mapping) for r in conn.execute(
                    select(table).where(table.c.doc_id == result["id"]))]
        return result

    def iter_documents(self, batch: int = 500) -> Iterator[dict[str, Any]]:
        """Every stored document row, in id order, fetched in batches."""
        last = ""
        while True:
            with self.engine.connect() as conn:
                rows = conn.execute(select(t.documents).where(t.documents.c.id > last)
                                    .order_by(t.documents.c.id).limit(batch)).all()
            if not rows:
                return
            for row in rows:
                yield dict(row._mapping)
            last = rows[-1].id


def _delete_document(conn: Connection, doc_id: str) -> None:
    for table in (t.evidence, t.mentions, t.events, t.projects, t.figures, t.sentences,
                  t.document_sectors, t.document_units):
        conn.execute(delete(table).where(table.c.doc_id == doc_id))
    conn.execute(delete(t.documents).where(t.documents.c.id == doc_id))


def _insert_rows(conn: Connection, rows: dict[str, list[dict[str, Any]]]) -> None:
    """Insert in dependency order; entities are upserted by id (first spelling wins)."""
    insert_new(conn, t.entities, rows.pop("entities", []))
    for name in ("documents", "sentences", "mentions", "events", "projects", "figures",
                 "evidence", "document_sectors", "document_units"):
        if rows.get(name):
            conn.execute(insert(t.metadata.tables[name]), rows[name])


def acting_units(doc: dict[str, Any]) -> list[dict[str, Any]]:
    """The stored actors layer of a document row (``Store.document``), principal first, each cue
    with the words of the text that gave it ("office_holder: Серік Жұмабаев")."""
    out = []
    for row in sorted(doc.get("document_units", []), key=lambda r: (not r["principal"], -r["weight"])):
        cues = [f"{c['cue']}: {doc['text'][c['start']:c['stop']]}" if c["stop"] > c["start"] else c["cue"]
                for c in json.loads(row["cues"])]
        out.append({"unit": row["unit"], "principal": bool(row["principal"]), "weight": row["weight"], "cues": cues})
    return out
