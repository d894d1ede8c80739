"""Stores for the merge tests: SQLite and PostgreSQL (a fresh schema per store)."""

from __future__ import annotations

from contextlib import contextmanager

import pytest

from kzcn.merge import merge_store
from kzcn.store import Store
from tests.merge.corpus import load_cases, to_document
from tests.conftest import database_url


@contextmanager
def fresh_store(request, kind: str, folder):
    """A migrated, empty store on SQLite (in ``folder``) or in a new PostgreSQL schema."""
    with database_url(request, kind, folder) as url:
        store = Store(url)
        try:
            yield store.migrate()
        finally:
            store.engine.dispose()


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
