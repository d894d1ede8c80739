"""Poll one source once: conditional fetch, read its links, queue the new ones, then fetch,
extract and store the queued articles (newest first, up to a cap), and record its health."""

from __future__ import annotations

import logging
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta

from kzcn.errors import FetchError
from kzcn.ingest.decode import decode_bytes
from kzcn.model import Rejection
from kzcn.monitor.articles import Outcome, raw_article, store_article
from kzcn.monitor.http import Answer, ConditionalFetcher
from kzcn.monitor.model import Item, Source
from kzcn.monitor.queue import Queue, is_stale
from kzcn.monitor.readers import ReaderError, sniff_kind
from kzcn.monitor.readers.feed import feed_items
from kzcn.monitor.readers.listing import listing_items
from kzcn.monitor.readers.sitemap import sitemap_items
from kzcn.monitor.registry import Registry, backoff_delay, now_utc

log = logging.getLogger("kzcn.monitor")


@dataclass(frozen=True)
class PollOptions:
    """Knobs of one poll (the watch command's options)."""

    interval: float = 900.0  # seconds between two polls of a source (GDELT refreshes every 15 min)
    max_backoff: float = 6 * 3600.0  # a failing source is retried at least this often
    max_articles: int = 50  # articles fetched per source and poll; the rest wait for the next
    max_age_days: int = 30  # dated links older than this are not queued (0: no limit)
    max_chars: int = 1_000_000


@dataclass
class PollResult:
    """What one poll of one source did (one log line)."""

    source: Source
    status: str = "ok"  # ok | not-modified | error | stopped
    found: int = 0
    new: int = 0
    outcomes: Counter = field(default_factory=Counter)
    error: str | None = None
    http_status: int | None = None
    seconds: float = 0.0

    def line(self) -> str:
        if self.status == "error":
            return f"{self.source.label}: error: {self.error} ({self.seconds:.1f}s)"
        done = ", ".join(f"{state} {n}" for state, n in sorted(self.outcomes.items())) or "nothing to fetch"
        return (f"{self.source.label}: {self.status}, found {self.found}, new {self.new}; {done} "
                f"({self.seconds:.1f}s)")


def read_links(source: Source, answer: Answer, fetcher: ConditionalFetcher) -> list[Item]:
    """The article links an answer lists, read as the source's kind."""
    sniffed = sniff_kind(answer.body)
    if sniffed is not None and sniffed != source.kind:
        raise ReaderError(f"expected a {source.kind}, got a {sniffed} from {answer.url}")
    if source.kind == "feed":
        return feed_items(answer.body, answer.url)
    if source.kind == "sitemap":
        return sitemap_items(answer.body, answer.url, lambda url: fetcher.fetch(url).body)
    html = decode_bytes(answer.body, answer.url)
    if isinstance(html, Rejection):
        raise ReaderError(f"expected a decodable page, got {html.reason} from {answer.url}")
    return listing_items(html, answer.url, source.links)


class Poller:
    """Polls sources against one store, fetcher and pipeline."""

    def __init__(self, store, fetcher: ConditionalFetcher, pipeline, options: PollOptions,
                 stop: Callable[[], bool] = lambda: False) -> None:
        self.store, self.fetcher, self.pipeline, self.options = store, fetcher, pipeline, options
        self.registry, self.queue = Registry(store.engine), Queue(store.engine)
        self.stop = stop

    def poll(self, source: Source) -> PollResult:
        """Poll ``source`` once and record its health; never raises for the source's faults."""
        started, result = time.monotonic(), PollResult(source)
        health = self.registry.health(source.id)
        try:
            answer = self.fetcher.fetch(source.url, health["etag"], health["last_modified"])
            if answer.not_modified:
                result.status = "not-modified"
            else:
                self._queue_links(source, answer, result)
        except FetchError as err:
            result.status, result.error = "error", str(err)
            result.http_status = getattr(err, "status", None)
        if result.status != "error":
            self._drain(source, result)
        result.seconds = time.monotonic() - started
        self._record(source, health, result)
        return result

    def _queue_links(self, source: Source, answer: Answer, result: PollResult) -> None:
        items = read_links(source, answer, self.fetcher)
        since = now_utc() - timedelta(days=self.options.max_age_days) if self.options.max_age_days else None
        items = [i for i in items if not is_stale(i.published, since)]
        result.found = len(items)
        result.new = self.queue.add(source.id, items)
        # Validators are saved only once the links are queued: a crash before this line makes
        # the next poll fetch the full answer again instead of a 304 that would hide the links.
        self.registry.save_health(source.id, etag=answer.etag, last_modified=answer.last_modified)

    def _drain(self, source: Source, result: PollResult) -> None:
        for item in self.queue.pending(source.id, self.options.max_articles):
            if self.stop():
                result.status = "stopped"
                return
            outcome = self._one(item)
            result.outcomes[outcome.state] += 1

    def _one(self, item: dict) -> Outcome:
        source_id, url = item["source_id"], item["url"]
        if self.queue.url_done(url):
            outcome = Outcome("known", reason="URL already stored")
        else:
            raw = raw_article(item, self.fetcher)
            outcome = raw if isinstance(raw, Outcome) else store_article(raw, self.pipeline, self.store,
                                                                        self.options.max_chars)
        if outcome.rejection is not None:
            self.store.save_rejection(outcome.rejection)
        if outcome.state == "retry":
            return Outcome(self.queue.retry_later(source_id, url, outcome.reason or ""), reason=outcome.reason)
        self.queue.finish(source_id, url, outcome.state, outcome.doc_id, outcome.reason)
        return outcome

    def _record(self, source: Source, health: dict, result: PollResult) -> None:
        now, interval = now_utc(), self.options.interval
        if result.status == "error":
            errors = (health.get("errors_in_row") or 0) + 1
            self.registry.save_health(source.id, last_polled_at=now, last_error_at=now, last_error=result.error,
                                      errors_in_row=errors, last_status=result.http_status,
                                      next_due_at=now + backoff_delay(interval, errors, self.options.max_backoff))
            if source.status == "verified":
                self.registry.set_status(source.id, "failing")
            return
        values = dict(last_polled_at=now, last_success_at=now, errors_in_row=0, next_due_at=now + timedelta(seconds=interval),
                      last_status=304 if result.status == "not-modified" else 200,
                      stored_total=(health.get("stored_total") or 0) + result.outcomes.get("stored", 0))
        if result.status != "not-modified":
            values.update(found=result.found, new=result.new)
        self.registry.save_health(source.id, **values)
        if source.status != "verified":
            self.registry.set_status(source.id, "verified")

