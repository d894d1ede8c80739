"""CPU-time measurement of a pipeline, stage by stage. The benchmark machine is shared, so
wall-clock rates are reported beside CPU-time rates (articles per CPU-second = per core)."""

from __future__ import annotations

import resource
import time
from collections import defaultdict
from dataclasses import dataclass, field


@dataclass
class Timed:
    """Wraps a stage; adds its CPU seconds to ``cpu[name]`` (same name/requires/provides)."""

    stage: object
    cpu: dict = field(default_factory=lambda: defaultdict(float))

    def __post_init__(self) -> None:
        self.name = self.stage.name
        self.requires = self.stage.requires
        self.provides = self.stage.provides

    def __call__(self, doc):
        started = time.process_time()
        try:
            return self.stage(doc)
        finally:
            self.cpu[self.name] += time.process_time() - started


def timed(stages: list) -> tuple[list, dict]:
    """The stages wrapped to share one CPU-seconds dict."""
    cpu: dict = defaultdict(float)
    return [Timed(s, cpu) for s in stages], cpu


def peak_rss_mb() -> float:
    """Peak resident memory of this process so far, in MB."""
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


class Clock:
    """Wall and CPU seconds between ``start`` and ``stop``."""

    def __enter__(self) -> Clock:
        self.wall0, self.cpu0 = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *exc) -> None:
        self.wall = time.perf_counter() - self.wall0
        self.cpu = time.process_time() - self.cpu0
