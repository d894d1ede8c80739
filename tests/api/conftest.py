"""Fixtures: a sample store (SQLite, or PostgreSQL in a throw-away schema) and an API client."""

from __future__ import annotations

import uuid

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import text

from kzcn.api.app import create_app
from kzcn.settings import Settings
from kzcn.store import Store
from kzcn.store.review import add_user
from tests.api.sample import sample_store


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def any_store(request, tmp_path):
    """The sample store on each database kzcn supports."""
    if request.param == "sqlite":
        yield sample_store(f"sqlite:///{tmp_path / 'kzcn.sqlite'}")
        return
    base = request.getfixturevalue("postgres_url")
    schema = "t_" + uuid.uuid4().hex[:10]
    admin = Store(base)
    with admin.engine.begin() as conn:
        conn.execute(text(f"CREATE SCHEMA {schema}"))
    try:
        yield sample_store(f"{base}?options=-csearch_path%3D{schema}")
    finally:
        with admin.engine.begin() as conn:
            conn.execute(text(f"DROP SCHEMA {schema} CASCADE"))


@pytest.fixture
def store(tmp_path):
    return sample_store(f"sqlite:///{tmp_path / 'kzcn.sqlite'}")


@pytest.fixture
def client(store):
    app = create_app(Settings(database_url=store.url), store=store)
    return TestClient(app, raise_server_exceptions=False)


@pytest.fixture
def token(store):
    return add_user(store.engine, "alice")
