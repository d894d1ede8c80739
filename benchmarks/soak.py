"""Soak: the API under N concurrent clients while ``kzcn ingest`` writes into the same store,
for a bounded time (loopback only; not part of the test suite).

    .venv/bin/python -m benchmarks.soak --clients 50 --seconds 600

Builds a temporary SQLite store of generated articles (``load_api.fill_store``), starts
uvicorn on 127.0.0.1 over it (response cache off by default, so every request reads the store
the ingest is writing), and for ``seconds``: ``clients`` httpx clients loop over the read
endpoints while a writer runs ``kzcn ingest`` on fresh generated articles (``benchmarks.synth``,
a new seed each round) into the same store, one round after another. Every ``sample`` seconds
the server's resident memory is read from /proc. Results go to ``benchmarks/results/soak.json``:
status counts, 5xx and lock errors (API answers, server log, ingest exits), p50/p95/p99 overall
and per minute, ingest rounds and documents stored, and the RSS series with its trend.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

from benchmarks import load_api
from benchmarks.load_api import PATHS, ROOT, _cpu_seconds, _free_port, fill_store
from benchmarks.synth import write_jsonl

RESULTS = ROOT / "benchmarks" / "results" / "soak.json"
LOCK_WORDS = ("locked", "lock timeout", "deadlock")
#: RSS growth over the second half of the run (least-squares slope) below which memory is
#: called stable: 2 MB/min would be 20 MB over the 10-minute soak, noise for a ~150 MB server.
STABLE_MB_PER_MIN = 2.0


def start_server(url: str, port: int, log: Path, cache_seconds: float) -> subprocess.Popen:
    """uvicorn (1 worker) over ``url`` on 127.0.0.1:``port``, its stderr into ``log``."""
    return load_api.start_server(url, port, env={"KZCN_API_CACHE_SECONDS": str(cache_seconds)},
                                 stderr=log.open("w"), wait=60)


def rss_mb(pid: int) -> float | None:
    """Resident memory of ``pid`` in MB (Linux /proc), or None."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        return None
    return None


class Writer(threading.Thread):
    """Runs ``kzcn ingest`` on a new folder of generated articles, round after round, until
    ``until``; records each round's exit code, seconds and lock mentions."""

    def __init__(self, url: str, folder: Path, until: float, per_round: int) -> None:
        super().__init__(daemon=True)
        self.url, self.folder, self.until, self.per_round = url, folder, until, per_round
        self.rounds: list[dict] = []

    def run(self) -> None:
        seed = 1000
        while time.monotonic() < self.until:
            seed += 1
            source = write_jsonl(self.folder / f"round{seed}.jsonl", self.per_round, 0.5, seed)
            self.rounds.append(self._ingest(source))

    def _ingest(self, source: Path) -> dict:
        env = dict(os.environ, PYTHONPATH=str(ROOT))
        started = time.monotonic()
        command = [sys.executable, "-m", "kzcn.cli", "ingest", str(source), "--db", self.url]
        process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
                                   stderr=subprocess.PIPE, text=True)
        try:
            _, stderr = process.communicate(timeout=max(1.0, self.until - time.monotonic()))
            stopped = False
        except subprocess.TimeoutExpired:  # the soak is over: stop as Ctrl-C would
            process.send_signal(signal.SIGINT)
            _, stderr = process.communicate(timeout=120)
            stopped = True
        stored = next((int(line.split()[1].rstrip(",")) for line in stderr.splitlines()
                       if line.startswith("stored ")), 0)
        return {"exit": process.returncode, "stopped_at_end": stopped, "stored": stored,
                "seconds": round(time.monotonic() - started, 1),
                "lock_lines": [line for line in stderr.splitlines() if _mentions_lock(line)],
                "error_line": next((line for line in stderr.splitlines() if line.startswith("kzcn: ")), None)}


def _mentions_lock(line: str) -> bool:
    return any(word in line.lower() for word in LOCK_WORDS)


async def _client(base: str, paths: list[str], until: float, out: list, errors: list) -> None:
    async with httpx.AsyncClient(base_url=base, timeout=30) as client:
        turn = 0
        while time.monotonic() < until:
            path = paths[turn % len(paths)]
            turn += 1
            started = time.perf_counter()
            try:
                response = await client.get(path)
                status = response.status_code
                if status >= 500 or _mentions_lock(response.text[:2000]):
                    errors.append(f"{status} {path} {response.text[:200]}")
            except httpx.HTTPError as err:
                status = type(err).__name__
                errors.append(f"{status} {path}")
            out.append((time.monotonic(), status, time.perf_counter() - started))


async def _drive(base: str, paths: list[str], clients: int, until: float) -> tuple[list, list]:
    answers: list = []
    errors: list = []
    rotations = [paths[i % len(paths):] + paths[:i % len(paths)] for i in range(clients)]
    await asyncio.gather(*(_client(base, rotation, until, answers, errors) for rotation in rotations))
    return answers, errors


def _sample_memory(pid: int, began: float, until: float, every: float, series: list) -> None:
    while time.monotonic() < until:
        value = rss_mb(pid)
        if value is not None:
            series.append((round(time.monotonic() - began, 1), value))
        time.sleep(every)


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values) or [0.0]
    return round(ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000, 1)


def _trend(series: list[tuple[float, float]]) -> dict:
    """RSS first/last/peak and the least-squares slope over the second half, in MB/min."""
    if len(series) < 4:
        return {"samples": len(series)}
    half = series[len(series) // 2:]
    xs, ys = [t / 60 for t, _ in half], [mb for _, mb in half]
    mean_x, mean_y = statistics.fmean(xs), statistics.fmean(ys)
    spread = sum((x - mean_x) ** 2 for x in xs) or 1.0
    slope = sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys)) / spread
    return {"samples": len(series), "first_mb": series[0][1], "last_mb": series[-1][1],
            "peak_mb": max(mb for _, mb in series), "second_half_slope_mb_per_min": round(slope, 2),
            "stable": abs(slope) < STABLE_MB_PER_MIN}


def _per_minute(answers: list, began: float) -> list[dict]:
    minutes: dict[int, list[float]] = {}
    for at, _, seconds in answers:
        minutes.setdefault(int((at - began) // 60), []).append(seconds)
    return [{"minute": minute, "requests": len(values), "p95_ms": _percentile(values, 0.95)}
            for minute, values in sorted(minutes.items())]


def run_soak(clients: int, seconds: float, documents: int, per_round: int, sample: float,
             cache_seconds: float) -> dict:
    """Run the soak and return its figures."""
    load_before = round(os.getloadavg()[0], 2)
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{Path(tmp) / 'soak.sqlite'}"
        ids = fill_store(url, documents)
        port, log = _free_port(), Path(tmp) / "server.log"
        server = start_server(url, port, log, cache_seconds)
        try:
            began = time.monotonic()
            until = began + seconds
            memory: list = []
            sampler = threading.Thread(target=_sample_memory, daemon=True,
                                       args=(server.pid, began, until, sample, memory))
            writer = Writer(url, Path(tmp), until, per_round)
            sampler.start()
            if per_round > 0:  # 0: a control run, readers only
                writer.start()
            cpu_before = _cpu_seconds(server.pid)
            paths = list(PATHS) + [f"/api/documents/{doc_id}" for doc_id in ids[:5]]
            answers, errors = asyncio.run(_drive(f"http://127.0.0.1:{port}", paths, clients, until))
            cpu_after = _cpu_seconds(server.pid)
            if writer.is_alive():
                writer.join(timeout=180)
            sampler.join(timeout=30)
        finally:
            server.terminate()
            server.wait(timeout=30)
        server_log = log.read_text(encoding="utf-8", errors="replace").splitlines()
        stored_at_end = _count_documents(url)
    result = _figures(clients, seconds, documents, cache_seconds, load_before, answers, errors, writer.rounds,
                      memory, server_log, began, round(cpu_after - cpu_before, 1))
    result["ingest"]["documents_in_store_at_end"] = stored_at_end
    return result


def _count_documents(url: str) -> int:
    from kzcn.store import Store

    store = Store(url)
    try:
        return store.count("documents")
    finally:
        store.engine.dispose()


def _figures(clients, seconds, documents, cache_seconds, load_before, answers, errors, rounds, memory,
             server_log, began, server_cpu) -> dict:
    statuses: dict[str, int] = {}
    for _, status, _ in answers:
        statuses[str(status)] = statuses.get(str(status), 0) + 1
    latencies = [s for _, _, s in answers]
    log_locks = [line for line in server_log if _mentions_lock(line)]
    failed_rounds = [r for r in rounds if r["exit"] != 0 and not r["stopped_at_end"]]
    return {"clients": clients, "seconds": seconds, "documents_at_start": documents,
            "api_cache_seconds": cache_seconds, "server": "uvicorn, 1 worker, SQLite (WAL)",
            "machine": f"{os.cpu_count()} cores, {sys.platform}", "load_average_1m_before": load_before,
            "load_average_1m_after": round(os.getloadavg()[0], 2),
            "requests": len(answers), "requests_per_s": round(len(answers) / seconds, 1),
            "statuses": statuses,
            "errors_5xx": sum(n for s, n in statuses.items() if s.isdigit() and int(s) >= 500),
            "transport_errors": sum(n for s, n in statuses.items() if not s.isdigit()),
            "lock_errors": {"api_answers": sum(1 for e in errors if _mentions_lock(e)),
                            "server_log": len(log_locks),
                            "ingest_rounds": sum(1 for r in rounds if r["lock_lines"])},
            "error_samples": sorted(set(errors))[:10], "server_log_samples": log_locks[:5] or server_log[-5:],
            "p50_ms": _percentile(latencies, 0.50), "p95_ms": _percentile(latencies, 0.95),
            "p99_ms": _percentile(latencies, 0.99), "p95_ms_by_minute": _per_minute(answers, began),
            "ingest": {"rounds": len(rounds), "failed_rounds": len(failed_rounds),
                       "stopped_at_end": sum(1 for r in rounds if r["stopped_at_end"]),
                       "documents_stored_by_finished_rounds": sum(r["stored"] for r in rounds),
                       "failures": [r["error_line"] for r in failed_rounds][:5],
                       "round_seconds_median": _median([r["seconds"] for r in rounds])},
            "server_cpu_s": server_cpu, "server_rss": _trend(memory), "server_rss_series": memory}


def _median(values: list[float]) -> float | None:
    return statistics.median(values) if values else None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=600.0)
    parser.add_argument("--documents", type=int, default=200,
                        help="generated articles stored before the start")
    parser.add_argument("--per-round", type=int, default=40,
                        help="articles per ingest round (half about China); 0: no ingest (control)")
    parser.add_argument("--sample", type=float, default=5.0, help="seconds between RSS samples")
    parser.add_argument("--cache-seconds", type=float, default=0.0,
                        help="the API's GET cache (KZCN_API_CACHE_SECONDS); "
                             "0 makes every request read the store")
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args()
    result = run_soak(args.clients, args.seconds, args.documents, args.per_round, args.sample,
                      args.cache_seconds)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    summary = {k: v for k, v in result.items() if k != "server_rss_series"}
    print(json.dumps(summary, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
