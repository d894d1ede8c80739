"""Alembic migrations run programmatically (``kzcn`` needs no alembic.ini), one process at a time.

Any number of processes (ingest, batch workers, serve, watch) may start together on a new store;
without a lock each would see an empty database and create the tables, and all but one would die
with "table documents already exists". So the upgrade runs under a lock: an exclusive ``fcntl``
lock on a file next to a SQLite database, a session advisory lock on PostgreSQL (keyed by the
schema, so throw-away test schemas do not wait for each other). Whoever gets the lock second finds
the schema at head and has nothing to do.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import text
from sqlalchemy.engine import Engine

try:  # POSIX only; elsewhere SQLite migrations run unlocked, as before
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None

MIGRATIONS = Path(__file__).with_name("migrations")
#: First half of PostgreSQL's two-key advisory lock: "kzcn" in ASCII, so other users of advisory
#: locks in the same database are unlikely to collide.
PG_LOCK_CLASS = 0x6B7A636E


def alembic_config(url: str) -> Config:
    """An Alembic Config pointing at kzcn's migrations folder."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def upgrade(engine: Engine) -> None:
    """Bring the database at ``engine`` to the newest schema (every head: features add
    their own revision branches off 0001), holding the migration lock."""
    config = alembic_config(engine.url.render_as_string(hide_password=False))
    with migration_lock(engine), engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "heads")


def lock_path(engine: Engine) -> Path | None:
    """The lock file of a SQLite database file (``store.sqlite.migrate-lock``), else ``None``."""
    database = engine.url.database
    if engine.dialect.name != "sqlite" or not database or database == ":memory:" or database.startswith("file:"):
        return None
    return Path(database).with_name(Path(database).name + ".migrate-lock")


@contextmanager
def migration_lock(engine: Engine) -> Iterator[None]:
    """Hold the store's migration lock (blocking until it is free) for the ``with`` body."""
    if engine.dialect.name == "postgresql":
        with _pg_advisory_lock(engine):
            yield
        return
    path = lock_path(engine)
    if path is None or fcntl is None:
        yield
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)  # released by the kernel if the process dies
        yield
    finally:
        os.close(fd)  # closing the descriptor releases the lock


@contextmanager
def _pg_advisory_lock(engine: Engine) -> Iterator[None]:
    # A session lock on its own connection, so it spans the migration's transaction; the server
    # releases it if this process dies.
    with engine.connect() as conn:
        key = text("SELECT :cls, hashtext(current_schema())")
        cls, schema_key = conn.execute(key, {"cls": PG_LOCK_CLASS}).one()
        conn.execute(text("SELECT pg_advisory_lock(:a, :b)"), {"a": cls, "b": schema_key})
        conn.commit()
        try:
            yield
        finally:
            conn.execute(text("SELECT pg_advisory_unlock(:a, :b)"), {"a": cls, "b": schema_key})
            conn.commit()
