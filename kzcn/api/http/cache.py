"""A short-lived cache of GET /api responses, so many readers of the same dashboard views do not
each re-run the same queries. Any write through the API empties it; writes by another process
(an ingest) show up within ``ttl`` seconds."""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable


class ResponseCache:
    """Pure ASGI middleware: caches complete 200 responses of GET requests under ``prefix``."""

    def __init__(self, app, ttl: float = 2.0, size: int = 512, prefix: str = "/api/",
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.app, self.ttl, self.size, self.prefix, self.clock = app, ttl, size, prefix, clock
        self.entries: OrderedDict[tuple[str, bytes], tuple[float, list[dict]]] = OrderedDict()

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or not scope["path"].startswith(self.prefix):
            return await self.app(scope, receive, send)
        if scope["method"] not in ("GET", "HEAD"):
            self.entries.clear()
            return await self.app(scope, receive, send)
        key = (scope["path"], scope.get("query_string", b""))
        hit = self.entries.get(key)
        if hit and self.clock() - hit[0] < self.ttl and scope["method"] == "GET":
            for message in hit[1]:
                await send({**message, "headers": list(message["headers"])} if "headers" in message
                           else dict(message))
            return None
        messages: list[dict] = []

        async def recording_send(message):
            # A copy: outer middleware (CORS) edits the message's headers in place.
            messages.append({**message, "headers": list(message.get("headers", []))}
                            if "headers" in message else dict(message))
            await send(message)

        await self.app(scope, receive, recording_send)
        if messages and messages[0].get("status") == 200 and scope["method"] == "GET":
            self._store(key, messages)
        return None

    def _store(self, key, messages: list[dict]) -> None:
        self.entries[key] = (self.clock(), messages)
        self.entries.move_to_end(key)
        while len(self.entries) > self.size:
            self.entries.popitem(last=False)
