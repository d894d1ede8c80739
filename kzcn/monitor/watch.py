"""``kzcn watch``: poll every due source, merge what was stored, send alerts; again after the
earliest next due time, until stopped.

A plain loop rather than a scheduler library: each source's next due time lives in the store
(``source_health.next_due_at``, pushed back exponentially after errors), so the loop only needs
"poll what is due, then sleep until the earliest due time". SIGTERM/SIGINT set a flag that is
checked between articles: the article being stored finishes, the rest stay queued.
"""

from __future__ import annotations

import logging
import signal
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from kzcn.monitor.poll import Poller, PollResult
from kzcn.monitor.registry import Registry, now_utc

log = logging.getLogger("kzcn.monitor")
#: Longest sleep between two looks at the schedule (a source added meanwhile waits at most this).
MAX_SLEEP = 60.0


@dataclass
class CycleReport:
    """One pass over the due sources."""

    results: list[PollResult] = field(default_factory=list)
    stopped: bool = False

    @property
    def stored(self) -> int:
        return sum(r.outcomes.get("stored", 0) for r in self.results)


class Watcher:
    """Runs cycles of polls; ``after_cycle`` (merge, alerts) runs after each one."""

    def __init__(self, poller: Poller, after_cycle: Callable[[CycleReport, bool], None] = lambda r, first: None,
                 on_source: Callable[[str, object], None] = lambda event, value: None,
                 stop_event: threading.Event | None = None) -> None:
        self.poller, self.after_cycle, self.on_source = poller, after_cycle, on_source
        self.registry = Registry(poller.store.engine)
        self.stop_event = stop_event or threading.Event()
        poller.stop = self.stop_event.is_set

    def cycle(self, ignore_schedule: bool = False) -> CycleReport:
        """Poll the sources due now (with ``ignore_schedule``: all but those backing off)."""
        report = CycleReport()
        due = self.registry.due(now_utc(), ignore_schedule=ignore_schedule)
        self.on_source("total", len(due))
        for source in due:
            if self.stop_event.is_set():
                break
            self.on_source("start", source)
            result = self.poller.poll(source)
            log.info("%s", result.line())
            report.results.append(result)
            self.on_source("done", result)
        report.stopped = self.stop_event.is_set()
        return report

    def run(self, once: bool = False) -> list[CycleReport]:
        """Cycles until stopped (or one with ``once``); returns their reports."""
        reports, first = [], True
        while not self.stop_event.is_set():
            report = self.cycle(ignore_schedule=once)
            self.after_cycle(report, first)
            reports.append(report)
            first = False
            if once:
                break
            self.stop_event.wait(self.seconds_to_next())
        return reports

    def seconds_to_next(self) -> float:
        """Seconds until the earliest source is due (at most ``MAX_SLEEP``)."""
        due = self.registry.next_due()
        if due is None:
            return MAX_SLEEP
        return min(max((due - now_utc()).total_seconds(), 0.05), MAX_SLEEP)


@contextmanager
def stop_on_signals(event: threading.Event) -> Iterator[None]:
    """Set ``event`` on SIGTERM/SIGINT while inside (main thread only); restore the handlers."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = {}

    def handler(signum, _frame):
        log.warning("signal %d: finishing the current article, the rest stays queued", signum)
        event.set()

    for sig in (signal.SIGTERM, signal.SIGINT):
        previous[sig] = signal.signal(sig, handler)
    try:
        yield
    finally:
        for sig, old in previous.items():
            signal.signal(sig, old)
