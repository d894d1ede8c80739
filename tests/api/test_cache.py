"""The short-lived response cache: repeated reads are served from memory, writes clear it."""

from __future__ import annotations

import asyncio

from kzcn.api.http.cache import ResponseCache


def _run(cache, method="GET", path="/api/events", query=b""):
    sent = []

    async def receive():
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message):
        sent.append(message)

    asyncio.run(cache({"type": "http", "method": method, "path": path, "query_string": query}, receive, send))
    return sent


def _app(counter):
    async def app(scope, receive, send):
        counter.append(scope["path"])
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": str(len(counter)).encode()})
    return app


def test_cache_serves_repeated_reads_until_ttl():
    calls, now = [], [0.0]
    cache = ResponseCache(_app(calls), ttl=2.0, clock=lambda: now[0])
    first, second = _run(cache), _run(cache)
    assert first == second and len(calls) == 1
    now[0] = 3.0
    _run(cache)
    assert len(calls) == 2


def test_cache_is_cleared_by_a_write_and_keys_on_the_query():
    calls = []
    cache = ResponseCache(_app(calls), ttl=60)
    _run(cache)
    _run(cache, query=b"region=Pavlodar+Region")
    _run(cache, method="POST", path="/api/facts/event/x/review")
    _run(cache)
    assert len(calls) == 4


def test_cache_leaves_pages_outside_the_api_alone():
    calls = []
    cache = ResponseCache(_app(calls), ttl=60)
    _run(cache, path="/")
    _run(cache, path="/")
    assert len(calls) == 2
