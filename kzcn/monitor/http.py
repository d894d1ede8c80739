"""Conditional GET for the monitor, on top of ``kzcn.ingest.fetch.Fetcher``.

Every hop is checked exactly as ``Fetcher.get`` checks it (scheme, private addresses unless
allowed, robots.txt, the per-host delay, the connected peer); on top of that this sends
``If-None-Match``/``If-Modified-Since``, returns a 304 as such, keeps the status of HTTP errors
(a vanished page is not a flaky server), bounds the whole answer by a deadline (a server
trickling one byte a second defeats httpx's per-read timeout) and forgets robots.txt after a day
(a long ``kzcn watch`` sees a site's new rules).
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import httpx

from kzcn.errors import FetchError
from kzcn.ingest.fetch import _REDIRECTS, MAX_REDIRECTS, Fetcher, redact

#: robots.txt is fetched again after this many seconds (RFC 9309 suggests caching up to 24 h).
ROBOTS_TTL = 24 * 3600.0


class HttpStatusError(FetchError):
    """The server answered with an error status (kept in ``status``)."""

    def __init__(self, status: int, url: str) -> None:
        self.status = status
        super().__init__(f"expected HTTP 2xx or 304, got {status} for {redact(url)!r}")

    @property
    def gone(self) -> bool:
        """404 and 410 mean the page is not coming back; other statuses may pass."""
        return self.status in (404, 410)


class TransientFetchError(FetchError):
    """A timeout or a broken connection: worth trying again later."""


@dataclass(frozen=True, slots=True)
class Answer:
    """One fetch: ``status`` is 200 (body read) or 304 (not modified, no body)."""

    url: str  # after redirects
    status: int
    body: bytes = b""
    etag: str | None = None
    last_modified: str | None = None
    content_type: str = ""

    @property
    def not_modified(self) -> bool:
        return self.status == 304


class ConditionalFetcher(Fetcher):
    """``Fetcher`` with conditional requests, statuses kept and a whole-answer deadline."""

    def __init__(self, *args, robots_ttl: float = ROBOTS_TTL, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.robots_ttl = robots_ttl
        self._robots_at: dict[str, float] = {}

    def fetch(self, url: str, etag: str | None = None, last_modified: str | None = None) -> Answer:
        """GET ``url`` (following checked redirects) with validators from the last answer."""
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        for _hop in range(MAX_REDIRECTS + 1):
            self._check(url)
            answer, location = self._send(url, headers)
            if location is not None:
                url = urljoin(url, location)
                continue
            return answer
        raise FetchError(f"expected at most {MAX_REDIRECTS} redirects, got more for {redact(url)!r}")

    def _send(self, url: str, headers: dict[str, str]) -> tuple[Answer | None, str | None]:
        """One request: (answer, None), or (None, Location) for a redirect."""
        self._wait(urlsplit(url).netloc)
        deadline = time.monotonic() + max(self.settings.fetch_timeout, 0.001)
        try:
            with self.client.stream("GET", url, headers=headers) as response:
                self._check_peer(response, url)
                status = response.status_code
                if status in _REDIRECTS:
                    location = response.headers.get("location")
                    if not location:
                        raise HttpStatusError(status, url)
                    return None, location
                if status >= 400:
                    raise HttpStatusError(status, url)
                body = b"" if status == 304 else self._read(response, url, deadline)
                return Answer(url, status, body, response.headers.get("etag"),
                              response.headers.get("last-modified"),
                              response.headers.get("content-type", "")), None
        except httpx.HTTPError as err:
            raise TransientFetchError(f"fetching {redact(url)!r} failed: {type(err).__name__}") from err

    def _read(self, response: httpx.Response, url: str, deadline: float) -> bytes:
        chunks, size = [], 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > self.max_bytes:
                raise FetchError(f"expected at most {self.max_bytes} bytes, got more from {redact(url)!r}")
            if time.monotonic() > deadline:
                raise TransientFetchError(f"expected the answer within {self.settings.fetch_timeout}s, "
                                          f"got a slower one from {redact(url)!r}")
            chunks.append(chunk)
        return b"".join(chunks)

    def _allowed(self, scheme: str, host: str, url: str) -> bool:
        fetched = self._robots_at.get(host)
        if fetched is None or self._clock() - fetched > self.robots_ttl:
            self._robots.pop(host, None)
            self._robots_at[host] = self._clock()
        return super()._allowed(scheme, host, url)
