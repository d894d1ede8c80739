"""Polite HTTP fetching (httpx): timeouts, a User-Agent, robots.txt, a per-host delay,
and refusal of non-HTTP schemes and private addresses unless settings allow them."""

from __future__ import annotations

import ipaddress
import socket
import time
import urllib.robotparser
from collections.abc import Callable
from urllib.parse import urlsplit

import httpx

from kzcn.errors import FetchError
from kzcn.settings import Settings


def is_private_host(host: str) -> bool:
    """True if ``host`` resolves to a loopback, private, link-local or reserved address."""
    try:
        infos = socket.getaddrinfo(host, None)
    except socket.gaierror as err:
        raise FetchError(f"expected a resolvable host, got {host!r} ({err})") from err
    for info in infos:
        address = ipaddress.ip_address(info[4][0])
        if address.is_private or address.is_loopback or address.is_link_local or address.is_reserved:
            return True
    return False


class Fetcher:
    """Fetch URLs one host at a time, politely. ``transport`` is injectable for tests."""

    def __init__(
        self,
        settings: Settings,
        transport: httpx.BaseTransport | None = None,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.settings = settings
        self.client = httpx.Client(
            transport=transport,
            timeout=settings.fetch_timeout,
            headers={"User-Agent": settings.user_agent},
            follow_redirects=True,
            max_redirects=5,
        )
        self._robots: dict[str, urllib.robotparser.RobotFileParser] = {}
        self._last: dict[str, float] = {}
        self._clock, self._sleep = clock, sleep

    def get(self, url: str) -> bytes:
        """The body of ``url``; raises FetchError when refused or failed."""
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise FetchError(f"expected an http(s) URL, got {url!r}")
        if not self.settings.fetch_allow_private and is_private_host(parts.hostname):
            raise FetchError(f"refused private address for {url!r} (set KZCN_FETCH_ALLOW_PRIVATE)")
        if not self._allowed(parts.scheme, parts.netloc, url):
            raise FetchError(f"robots.txt of {parts.netloc} disallows {url!r}")
        self._wait(parts.netloc)
        try:
            response = self.client.get(url)
        except httpx.HTTPError as err:
            raise FetchError(f"fetching {url!r} failed: {err}") from err
        if response.status_code >= 400:
            raise FetchError(f"expected HTTP 2xx, got {response.status_code} for {url!r}")
        return response.content

    def _wait(self, host: str) -> None:
        last = self._last.get(host)
        if last is not None:
            remaining = self.settings.fetch_delay - (self._clock() - last)
            if remaining > 0:
                self._sleep(remaining)
        self._last[host] = self._clock()

    def _allowed(self, scheme: str, host: str, url: str) -> bool:
        parser = self._robots.get(host)
        if parser is None:
            parser = urllib.robotparser.RobotFileParser()
            try:
                response = self.client.get(f"{scheme}://{host}/robots.txt")
                lines = response.text.splitlines() if response.status_code == 200 else []
            except httpx.HTTPError:
                lines = []
            parser.parse(lines)
            self._robots[host] = parser
        return parser.can_fetch(self.settings.user_agent, url)

    def close(self) -> None:
        self.client.close()
