"""A 4-second version of ``benchmarks/load_api.py``: 50 concurrent clients on loopback, no errors.

The p95 < 500 ms target is measured by the benchmark on an otherwise idle machine
(``benchmarks/results/load_api.json``); here the bound is loose because the suite shares the
machine's two cores with other tests.
"""

from __future__ import annotations

import pytest

pytest.importorskip("kzcn.api.app")

from benchmarks.load_api import run_load  # noqa: E402

#: Loose ceiling for a shared CI machine (measured idle: see docs/reliability.md).
P95_CEILING_MS = 3000


def test_load_50_clients_no_errors_bounded_latency():
    result = run_load(clients=50, seconds=4, documents=60, max_requests=5000)
    assert result["errors"] == 0, result["error_samples"]
    assert result["requests"] > 50
    assert result["p95_ms"] < P95_CEILING_MS, result
