"""Stores for the merge tests: SQLite and PostgreSQL (a fresh schema per store)."""

from __future__ import annotations

import uuid
from contextlib import contextmanager

import pytest
from sqlalchemy import text

from kzcn.merge import merge_store
from kzcn.store import Store
from tests.merge.corpus import load_cases, to_document


@contextmanager
def fresh_store(request, kind: str, folder):
    """A migrated, empty store on SQLite (in ``folder``) or in a new PostgreSQL schema."""
    if kind == "sqlite":
        yield Store(f"sqlite:///{folder / ('kzcn-' + uuid.uuid4().hex[:8] + '.sqlite')}").migrate()
        return
    base = request.getfixturevalue("postgres_url")
    schema = "t_" + uuid.uuid4().hex[:10]
    admin = Store(base)
    with admin.engine.begin() as conn:
        conn.execute(text(f"CREATE SCHEMA {schema}"))
    store = Store(f"{base}?options=-csearch_path%3D{schema}")
    try:
        yield store.migrate()
    finally:
        store.engine.dispose()
        with admin.engine.begin() as conn:
            conn.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        admin.engine.dispose()


@pytest.fixture(params=["sqlite", "postgres"])
def store(request, tmp_path):
    with fresh_store(request, request.param, tmp_path) as fresh:
        yield fresh


@pytest.fixture(scope="session")
def cases():
    return load_cases()


@pytest.fixture(scope="module", params=["sqlite", "postgres"])
def merged(request, tmp_path_factory, cases):
    """A store holding the whole corpus, merged once (shared by a module's read-only tests)."""
    with fresh_store(request, request.param, tmp_path_factory.mktemp("merged")) as fresh:
        for case in cases:
            fresh.save_document(to_document(case))
        merge_store(fresh)
        yield fresh
