"""Fixtures: a sample store (SQLite, or PostgreSQL in a throw-away schema) and an API client."""

from __future__ import annotations


import pytest
from fastapi.testclient import TestClient

from kzcn.api.app import create_app
from kzcn.settings import Settings
from kzcn.store import Store
from kzcn.store.review import add_user
from tests.api.sample import sample_store
from tests.conftest import database_url


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def any_store(request, tmp_path):
    """The sample store on each database kzcn supports."""
    with database_url(request, request.param, tmp_path) as url:
        yield sample_store(url)


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
