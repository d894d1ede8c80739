"""schemathesis against the API's OpenAPI spec: no request it generates gets a 5xx."""

from __future__ import annotations

import atexit
import shutil
import tempfile
from pathlib import Path

import pytest

schemathesis = pytest.importorskip("schemathesis")
pytest.importorskip("kzcn.api.app")
from hypothesis import HealthCheck, settings  # noqa: E402
from schemathesis.checks import not_a_server_error  # noqa: E402

from kzcn.api.app import create_app  # noqa: E402
from kzcn.settings import Settings  # noqa: E402
from tests.reliability.api_store import filled_store  # noqa: E402


def _app():
    """The app over a temporary store (built at collection: schemathesis needs the spec then;
    ``from_fixture`` fails under this pytest version)."""
    folder = Path(tempfile.mkdtemp(prefix="kzcn-fuzz-"))
    atexit.register(shutil.rmtree, folder, True)
    store, _ = filled_store(folder)
    return create_app(Settings(database_url=store.url), store)


schema = schemathesis.openapi.from_asgi("/openapi.json", _app())


@schema.parametrize()
@settings(max_examples=10, deadline=None, suppress_health_check=list(HealthCheck))
def test_api_fuzz_no_server_errors(case):
    case.call_and_validate(checks=[not_a_server_error])
