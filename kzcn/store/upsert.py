"""Insert rows whose key may already exist (written by another process meanwhile)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Table
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection

_DIALECT_INSERT = {"postgresql": postgresql.insert, "sqlite": sqlite.insert}


def insert_new(conn: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """Insert ``rows``, silently keeping any row whose primary key is already stored: two
    workers loading the same entity at the same time must not fail each other."""
    if not rows:
        return
    make = _DIALECT_INSERT.get(conn.dialect.name)
    if make is None:  # another database: check-then-insert, as good as it gets portably
        from sqlalchemy import insert, select

        key = list(table.primary_key.columns)[0]
        known = set(conn.execute(select(key).where(key.in_([r[key.name] for r in rows]))).scalars())
        rows = [r for r in rows if r[key.name] not in known]
        if rows:
            conn.execute(insert(table), rows)
        return
    conn.execute(make(table).on_conflict_do_nothing(), rows)
