"""Load test of the API: N concurrent clients on loopback for a bounded time.

    .venv/bin/python -m benchmarks.load_api --clients 50 --seconds 30

Starts ``uvicorn kzcn.api.app:create_app --factory`` on 127.0.0.1 (a free port) in a child
process over a temporary SQLite store of generated articles, runs ``clients`` httpx async
clients in a loop over the read endpoints until ``seconds`` pass or ``max_requests`` are sent,
then stops the server. Results (p50/p95/p99 latency, requests/s, errors) go to
``benchmarks/results/load_api.json``. Traffic goes to 127.0.0.1 only.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "benchmarks" / "results" / "load_api.json"
PATHS = ("/api/events", "/api/projects", "/api/figures", "/api/documents", "/api/entities",
         "/api/meta", "/api/stats/regions", "/api/search?q=облыс", "/api/events?limit=5&offset=2")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def fill_store(url: str, documents: int) -> list[str]:
    """Store ``documents`` generated articles with facts; returns their ids."""
    sys.path.insert(0, str(ROOT))
    from kzcn.store import Store
    from tests.reliability.helpers import article_text, fact_document

    store = Store(url).migrate()
    ids = []
    for number in range(documents):
        doc = fact_document(article_text(number), f"https://example.kz/{number}", "kk" if number % 2 else "ru")
        store.save_document(doc)
        ids.append(doc.id)
    return ids


def start_server(url: str, port: int, workers: int = 1, env: dict | None = None, stderr=None,
                 wait: float = 30) -> subprocess.Popen:
    """uvicorn over ``url`` on 127.0.0.1:``port`` (``env``: more variables; ``stderr``: a file),
    returned once /api/meta answers; killed if it does not within ``wait`` seconds."""
    variables = dict(os.environ, KZCN_DATABASE_URL=url, PYTHONPATH=str(ROOT), **(env or {}))
    command = [sys.executable, "-m", "uvicorn", "kzcn.api.app:create_app", "--factory",
               "--host", "127.0.0.1", "--port", str(port), "--log-level", "warning",
               "--workers", str(workers)]
    server = subprocess.Popen(command, cwd=ROOT, env=variables, stderr=stderr,
                              stdout=subprocess.DEVNULL if stderr else None)
    deadline = time.monotonic() + wait
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/meta", timeout=2).status_code == 200:
                return server
        except httpx.HTTPError:
            time.sleep(0.2)
    server.kill()
    raise RuntimeError(f"the API did not start within {wait:g} s")


def _cpu_seconds(pid: int) -> float:
    """User + system CPU seconds of process ``pid`` (Linux /proc; 0 elsewhere)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


async def _client(base: str, paths: list[str], until: float, budget: list[int], out: list, errors: list) -> None:
    async with httpx.AsyncClient(base_url=base, timeout=10) as client:
        turn = 0
        while time.monotonic() < until and budget[0] > 0:
            budget[0] -= 1
            path = paths[turn % len(paths)]
            turn += 1
            started = time.perf_counter()
            try:
                response = await client.get(path)
                if response.status_code >= 400:
                    errors.append(f"{response.status_code} {path}")
            except httpx.HTTPError as err:
                errors.append(f"{type(err).__name__} {path}")
            out.append((path, time.perf_counter() - started))


async def _drive(base: str, paths: list[str], clients: int, seconds: float, max_requests: int):
    latencies: list[float] = []
    errors: list[str] = []
    until, budget = time.monotonic() + seconds, [max_requests]
    started = time.monotonic()
    await asyncio.gather(*(_client(base, paths[i % len(paths):] + paths[:i % len(paths)], until, budget,
                                   latencies, errors) for i in range(clients)))
    return latencies, errors, time.monotonic() - started


def run_load(clients: int = 50, seconds: float = 30.0, documents: int = 200,
             max_requests: int = 200_000, workers: int = 1) -> dict:
    """Run the load test and return its figures."""
    load_before = round(os.getloadavg()[0], 2)  # other work on the machine skews latencies
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{Path(tmp) / 'load.sqlite'}"
        ids = fill_store(url, documents)
        port = _free_port()
        server = start_server(url, port, workers)
        try:
            paths = list(PATHS) + [f"/api/documents/{doc_id}" for doc_id in ids[:5]]
            client_before, server_before = os.times(), _cpu_seconds(server.pid)
            latencies, errors, elapsed = asyncio.run(
                _drive(f"http://127.0.0.1:{port}", paths, clients, seconds, max_requests))
            client_after, server_after = os.times(), _cpu_seconds(server.pid)
        finally:
            server.terminate()
            server.wait(timeout=30)
    ordered = sorted(seconds for _, seconds in latencies) or [0.0]
    pick = lambda q, xs=ordered: round(xs[min(len(xs) - 1, int(q * len(xs)))] * 1000, 1)  # noqa: E731
    by_path: dict[str, list[float]] = {}
    for path, seconds_taken in latencies:
        by_path.setdefault(path.split("?")[0] if "/documents/" not in path else "/api/documents/{id}",
                           []).append(seconds_taken)
    per_path = {path: pick(0.95, sorted(values)) for path, values in sorted(by_path.items())}
    return {"clients": clients, "seconds": round(elapsed, 1), "documents": documents,
            "requests": len(latencies), "requests_per_s": round(len(latencies) / elapsed, 1),
            "errors": len(errors), "error_samples": sorted(set(errors))[:10],
            "p50_ms": pick(0.50), "p95_ms": pick(0.95), "p99_ms": pick(0.99),
            "mean_ms": round(statistics.fmean(ordered) * 1000, 1), "server": f"uvicorn, {workers} worker(s), SQLite",
            "machine": f"{os.cpu_count()} cores, {sys.platform}", "endpoints": len(paths),
            "p95_ms_by_path": per_path,
            "load_average_1m_before": load_before,
            "server_cpu_s": round(server_after - server_before, 1),
            "client_cpu_s": round(client_after.user + client_after.system
                                  - client_before.user - client_before.system, 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--documents", type=int, default=200)
    parser.add_argument("--workers", type=int, default=1, help="uvicorn worker processes")
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args()
    result = run_load(args.clients, args.seconds, args.documents, workers=args.workers)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
