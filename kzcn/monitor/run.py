"""Wiring of ``kzcn watch``: store, fetcher, pipeline, poller, merge and alerts after each cycle,
a Rich progress bar over the due sources, SIGTERM handled."""

from __future__ import annotations

import logging
import threading

from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from kzcn.monitor.http import ConditionalFetcher
from kzcn.monitor.poll import Poller, PollOptions
from kzcn.monitor.watch import CycleReport, Watcher, stop_on_signals

log = logging.getLogger("kzcn.monitor")


def after_cycle(store, settings, alert_options=None):
    """Merge (incremental; also on a run's first cycle, to finish what a killed run stored) and
    send the alerts for what was stored."""

    def finish(report: CycleReport, first: bool) -> None:
        if report.stored or first:
            from kzcn.merge import merge_store

            for line in merge_store(store).lines():
                log.info("merge: %s", line)
        from kzcn.monitor.alerts import run_alerts

        for line in run_alerts(store, settings, alert_options):
            log.info("alerts: %s", line)

    return finish


def run_watch(settings, once: bool, interval: float, max_articles: int, max_age_days: int,
              console: Console, stop_event: threading.Event | None = None) -> int:
    """Run ``kzcn watch``; returns how many articles were stored."""
    from kzcn.pipeline.registry import build_pipeline
    from kzcn.store import Store

    store = Store(settings.database_url).migrate()
    fetcher = ConditionalFetcher(settings)
    options = PollOptions(interval=interval, max_articles=max_articles, max_age_days=max_age_days,
                          max_chars=settings.max_document_chars)
    poller = Poller(store, fetcher, build_pipeline(settings), options)
    stop_event = stop_event or threading.Event()
    progress = Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(),
                        TextColumn("{task.completed}/{task.total} sources"), TimeElapsedColumn(),
                        console=console, transient=True, disable=not console.is_terminal)
    task = progress.add_task("watching", total=None)

    def on_source(event: str, value) -> None:
        if event == "total":
            progress.reset(task, total=value)
        elif event == "start":
            progress.update(task, description=escape(f"polling {value.label[:60]}"))
        else:
            progress.advance(task)

    watcher = Watcher(poller, after_cycle(store, settings), on_source, stop_event)
    try:
        with stop_on_signals(stop_event), progress:
            reports = watcher.run(once=once)
    finally:
        fetcher.close()
    return sum(r.stored for r in reports)
