"""Fixtures: a loopback site, a store, the real pipeline (built once), a poller."""

from __future__ import annotations

import pytest

from kzcn.monitor.http import ConditionalFetcher
from kzcn.monitor.poll import Poller, PollOptions
from kzcn.monitor.registry import Registry
from kzcn.settings import Settings
from kzcn.store import Store
from tests.monitor.server import Site, serve


@pytest.fixture
def site():
    running = serve(Site())
    yield running
    running.server.shutdown()
    running.server.server_close()


@pytest.fixture
def settings(tmp_path):
    return Settings(database_url=f"sqlite:///{tmp_path / 'kzcn.sqlite'}", fetch_allow_private=True,
                    fetch_delay=0.0, fetch_timeout=0.5)


@pytest.fixture
def store(settings):
    return Store(settings.database_url).migrate()


@pytest.fixture
def registry(store):
    return Registry(store.engine)


@pytest.fixture(scope="session")
def pipeline():
    from kzcn.pipeline.registry import build_pipeline

    return build_pipeline(Settings())


@pytest.fixture
def poller(store, settings, pipeline):
    fetcher = ConditionalFetcher(settings)
    yield Poller(store, fetcher, pipeline, PollOptions(interval=60, max_age_days=0))
    fetcher.close()
