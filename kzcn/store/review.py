"""Reviewers and their verdicts on machine facts, stored apart from machine output.

A correction is keyed by (fact kind, document id, fingerprint), not by the fact id: re-extraction
(``Store.save_document(doc, replace=True)``) renumbers facts, but the document text is frozen, so
the sentence a fact was read from plus its kind-defining field (event type, project facility,
figure metric) finds the same fact again. ``attach`` re-joins corrections to the current facts.
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import datetime, timezone
from typing import Any

from sqlalchemy import JSON, Column, DateTime, Index, Integer, String, Text, Table, insert, select
from sqlalchemy.engine import Engine

from kzcn.store.tables import FACT_TABLES, metadata

ACTIONS = ("confirm", "correct", "reject")
#: Fields a reviewer may correct, per fact kind (the rest are provenance, not content).
EDITABLE = {
    "event": ("type", "kz_region", "date", "place", "instrument", "cn_parties"),
    "project": ("what", "sector", "kz_region", "partner", "amount", "currency", "qualifier", "stage"),
    "figure": ("metric", "subject", "counterpart", "period", "value", "unit", "qualifier"),
}
#: The field that tells two facts of one kind in one sentence apart.
DISCRIMINATOR = {"event": "type", "project": "what", "figure": "metric"}

users = Table(
    "users", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("name", String(80), nullable=False, unique=True),
    Column("token_sha256", String(64), nullable=False, unique=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

corrections = Table(
    "corrections", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("fact_kind", String(16), nullable=False),
    Column("doc_id", String(16), nullable=False, index=True),
    Column("fingerprint", String(64), nullable=False),
    Column("fact_id", String(40), nullable=False),  # the id when reviewed (may change later)
    Column("action", String(16), nullable=False),
    Column("fields", JSON, nullable=False),  # corrected values; empty for confirm/reject
    Column("original", JSON, nullable=False),  # the machine values the reviewer saw
    Column("note", Text),
    Column("reviewer", String(80), nullable=False),
    Column("at", DateTime(timezone=True), nullable=False),
    Index("ix_corrections_fact", "fact_kind", "doc_id", "fingerprint"),
)


def hash_token(token: str) -> str:
    """The SHA-256 hex digest stored in place of a token."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def add_user(engine: Engine, name: str) -> str:
    """Create reviewer ``name`` and return a fresh token (shown once, stored hashed)."""
    token = secrets.token_urlsafe(32)
    with engine.begin() as conn:
        conn.execute(insert(users).values(name=name, token_sha256=hash_token(token),
                                          created_at=datetime.now(timezone.utc)))
    return token


def user_for_token(engine: Engine, token: str | None) -> str | None:
    """The reviewer name a token belongs to, or None."""
    if not token:
        return None
    with engine.connect() as conn:
        return conn.execute(select(users.c.name).where(
            users.c.token_sha256 == hash_token(token))).scalar_one_or_none()


def fingerprint(kind: str, row: dict[str, Any]) -> str:
    """A content key of a fact that survives re-extraction of its document."""
    key = "|".join(str(part) for part in (
        kind, row["doc_id"], row.get("sentence_start"), row.get("sentence_stop"),
        str(row.get(DISCRIMINATOR[kind]) or "").strip().lower()))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]


def fact_row(engine: Engine, kind: str, fact_id: str) -> dict[str, Any] | None:
    """The machine row of one fact, or None."""
    table = FACT_TABLES[kind]
    with engine.connect() as conn:
        row = conn.execute(select(table).where(table.c.id == fact_id)).first()
    return dict(row._mapping) if row else None


def save_review(engine: Engine, kind: str, fact_id: str, action: str, reviewer: str,
                fields: dict[str, Any] | None = None, note: str | None = None) -> dict[str, Any]:
    """Record a reviewer's verdict on one fact; raises KeyError for an unknown fact and
    ValueError for an unknown action or a field that cannot be corrected."""
    if action not in ACTIONS:
        raise ValueError(f"expected action in {ACTIONS}, got {action!r}")
    row = fact_row(engine, kind, fact_id)
    if row is None:
        raise KeyError(f"no {kind} {fact_id!r}")
    fields = dict(fields or {}) if action == "correct" else {}
    unknown = set(fields) - set(EDITABLE[kind])
    if unknown:
        raise ValueError(f"expected fields from {EDITABLE[kind]}, got {sorted(unknown)}")
    values = {"fact_kind": kind, "doc_id": row["doc_id"], "fingerprint": fingerprint(kind, row),
              "fact_id": fact_id, "action": action, "fields": fields,
              "original": {k: row.get(k) for k in EDITABLE[kind]}, "note": note,
              "reviewer": reviewer, "at": datetime.now(timezone.utc)}
    with engine.begin() as conn:
        values["id"] = conn.execute(insert(corrections).values(**values)).inserted_primary_key[0]
    return values


def latest_reviews(engine: Engine, doc_ids: list[str] | None = None) -> dict[tuple[str, str, str], dict]:
    """The newest verdict per (kind, doc id, fingerprint), optionally for some documents only."""
    query = select(corrections).order_by(corrections.c.at, corrections.c.id)
    if doc_ids is not None:
        query = query.where(corrections.c.doc_id.in_(doc_ids))
    with engine.connect() as conn:
        rows = [dict(r._mapping) for r in conn.execute(query)]
    return {(r["fact_kind"], r["doc_id"], r["fingerprint"]): r for r in rows}


def attach(engine: Engine, kind: str, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Fact rows with a ``review`` key (the newest verdict or None) and, where corrected, the
    reviewer's values in ``reviewed`` (machine values stay in the row itself)."""
    if not rows:
        return rows
    reviews = latest_reviews(engine, sorted({r["doc_id"] for r in rows}))
    out = []
    for row in rows:
        review = reviews.get((kind, row["doc_id"], fingerprint(kind, row)))
        row = dict(row)
        row["review"] = _public(review) if review else None
        out.append(row)
    return out


def _public(review: dict[str, Any]) -> dict[str, Any]:
    return {"action": review["action"], "fields": review["fields"], "reviewer": review["reviewer"],
            "at": review["at"].isoformat() if hasattr(review["at"], "isoformat") else review["at"],
            "note": review["note"]}


def export_reviews(engine: Engine) -> list[dict[str, Any]]:
    """Every verdict ever given, oldest first, with the fact id it points at now (or None)."""
    with engine.connect() as conn:
        rows = [dict(r._mapping) for r in conn.execute(
            select(corrections).order_by(corrections.c.at, corrections.c.id))]
        current = {}
        for kind, table in FACT_TABLES.items():
            docs = sorted({r["doc_id"] for r in rows if r["fact_kind"] == kind})
            if docs:
                for fact in conn.execute(select(table).where(table.c.doc_id.in_(docs))):
                    fact = dict(fact._mapping)
                    current[(kind, fact["doc_id"], fingerprint(kind, fact))] = fact["id"]
    for row in rows:
        row["current_fact_id"] = current.get((row["fact_kind"], row["doc_id"], row["fingerprint"]))
    return rows
