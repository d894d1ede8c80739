"""``kzcn batch`` end to end: 1 -> 2 workers on the same corpus, peak memory per worker, and
the store loading rate; the basis of the 1M-article extrapolation."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from benchmarks.synth import write_jsonl
from benchmarks.timing import Clock
from kzcn.batch import BatchConfig, run_batch


def measure_batch(n: int, share: float, workers: int, store_url: str | None = None,
                  size: int = 250) -> dict:
    """One fresh batch run over a synthetic corpus of ``n`` articles."""
    folder = Path(tempfile.mkdtemp(prefix="kzcn-bench-"))
    try:
        corpus = write_jsonl(folder / "corpus.jsonl", n, share, seed=5)
        url = store_url or None
        config = BatchConfig([str(corpus)], folder / "out", workers=workers, store_url=url,
                             partition_size=size, merge=False)
        with Clock() as clock:
            report = run_batch(config)
        return {"articles": n, "relevant_share": share, "workers": workers, "store": _kind(url),
                "wall_seconds": round(clock.wall, 2), "per_wall_s": round(n / clock.wall, 1),
                "cpu_share": round(report.cpu / (workers * clock.wall), 2),  # < 1: workers waited for a core
                "worker_cpu_seconds": report.cpu, "kept": report.kept, "stored": report.stored,
                "peak_rss_mb_per_worker": report.peak_rss_mb,
                "stage_seconds": report.seconds}
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _kind(url: str | None) -> str | None:
    return None if not url else url.split(":", 1)[0]


def measure_scaling(n: int, share: float) -> dict:
    """The same corpus on 1 and on 2 workers (cold start included: each worker loads models)."""
    one = measure_batch(n, share, 1)
    two = measure_batch(n, share, 2)
    return {"one": one, "two": two, "speedup": round(one["wall_seconds"] / two["wall_seconds"], 2),
            "load_average_after": os.getloadavg()}
