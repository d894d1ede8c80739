"""The batch driver: plan partitions, skip finished ones, run the rest, record each in the
manifest, then merge over the whole set."""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kzcn.batch.executors import run_dask, run_processes, run_serial
from kzcn.batch.manifest import append_done, load_done
from kzcn.batch.partitions import DEFAULT_SIZE, Partition, plan
from kzcn.batch.worker import pipeline_for, process_partition
from kzcn.settings import Settings


@dataclass
class BatchConfig:
    """What to run and where. ``dask`` is a scheduler address or ``"local"``."""

    inputs: list[str]
    out_dir: Path
    workers: int = 1
    dask: str | None = None
    store_url: str | None = None
    partition_size: int = DEFAULT_SIZE
    merge: bool = True
    stages: str = "standard"  # or "triage": sort a corpus without extracting
    dask_in_process: bool = False  # LocalCluster(processes=False): tests


@dataclass
class BatchReport:
    """Totals over the partitions run now (skipped ones are only counted)."""

    partitions: int = 0
    skipped: int = 0
    articles: int = 0
    kept: int = 0
    triage: int = 0
    rejected: int = 0
    stored: int = 0
    seconds: dict[str, float] = field(default_factory=dict)
    peak_rss_mb: float = 0.0
    cpu: float = 0.0  # CPU seconds summed over workers
    merge: Any = None
    failed: list[str] = field(default_factory=list)  # "partition: error" of partitions that raised

    def add(self, entry: dict[str, Any]) -> None:
        self.partitions += 1
        for name in ("articles", "kept", "triage", "rejected", "stored"):
            setattr(self, name, getattr(self, name) + entry[name])
        for stage, seconds in entry["seconds"].items():
            self.seconds[stage] = round(self.seconds.get(stage, 0.0) + seconds, 4)
        self.peak_rss_mb = max(self.peak_rss_mb, entry["peak_rss_mb"])
        self.cpu = round(self.cpu + entry.get("cpu", 0.0), 4)


def pending(parts: list[Partition], out_dir: Path) -> list[Partition]:
    """Partitions not finished by an earlier run (same id and same input fingerprint)."""
    done = load_done(out_dir)
    return [p for p in parts if done.get(p.id) != p.fingerprint]


def run_batch(config: BatchConfig, settings: Settings | None = None,
              on_plan: Callable[[int, int], None] | None = None,
              on_result: Callable[[dict[str, Any]], None] | None = None) -> BatchReport:
    """Run every pending partition of ``config.inputs``; ``on_plan(total, todo)`` and
    ``on_result(entry)`` drive a progress bar."""
    settings = settings or Settings()
    out_dir = Path(config.out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    parts = plan(config.inputs, config.partition_size)
    todo = pending(parts, out_dir)
    report = BatchReport(skipped=len(parts) - len(todo))
    if on_plan:
        on_plan(len(parts), len(todo))
    if config.store_url:
        from kzcn.store import Store

        Store(config.store_url).migrate()
    task = functools.partial(process_partition, out_dir=str(out_dir), settings=settings,
                             store_url=config.store_url, stages=config.stages)
    for entry in _executor(config, settings)(todo, task):
        if "failed" in entry:
            report.failed.append(f"{entry['partition']}: {entry['failed']}")
        else:
            append_done(out_dir, entry)
            report.add(entry)
        if on_result:
            on_result(entry)
    # Merging is incremental and its records depend on the order facts arrive in: merging the
    # partitions that made it now and a failed one after its retry gave other project records
    # than one merge over all (tests/reliability/test_chaos.py). So a batch with failed
    # partitions leaves merging to the run that completes it.
    if config.store_url and config.merge and not report.failed:
        report.merge = run_merge(config.store_url)
    return report


def _executor(config: BatchConfig, settings: Settings):
    if config.dask:
        return functools.partial(run_dask, address=config.dask, workers=max(1, config.workers),
                                 in_process=config.dask_in_process)
    if config.workers > 1:
        warm = functools.partial(pipeline_for, settings, config.stages)
        return functools.partial(run_processes, workers=config.workers, warm=warm)
    return run_serial


def run_merge(store_url: str) -> Any:
    """The merge step over the whole store after extraction (``kzcn.merge.merge_store``);
    ``None`` if that package is not installed."""
    try:
        from kzcn.merge import merge_store
    except ImportError:
        return None
    from kzcn.store import Store

    return merge_store(Store(store_url))
