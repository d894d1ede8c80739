"""FastAPI app factory: the JSON API under /api (OpenAPI at /docs) and the dashboard at /."""

from __future__ import annotations

from contextlib import asynccontextmanager

import anyio.to_thread
from fastapi import FastAPI, Request
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from sqlalchemy import func, select

import kzcn.store.review  # noqa: F401 - registers the review tables on the shared metadata
from kzcn.api.http import errors
from kzcn.api.routes import docs, entities, lists, reviews, stats, tables
from kzcn.api.routes import sources as monitor_sources
from kzcn.api.http.cache import ResponseCache
from kzcn.api.routes.places import kz_tiles_geojson
from kzcn.api.http.security import SecurityHeaders
from kzcn.settings import Settings
from kzcn.store import Store
from kzcn.store import tables as t
from kzcn.web import views

DESCRIPTION = ("Facts on cooperation between Kazakhstan's regions and China, extracted from news. "
               "Every list takes the same filters, pages with limit/offset and is also CSV with "
               "`?format=csv`. Errors share one shape: `{\"error\": {status, code, message, details}}`.")


def create_app(settings: Settings | None = None, store: Store | None = None) -> FastAPI:
    """A new app bound to the store of ``settings`` (or the given ``store``)."""
    settings = settings or Settings()
    store = store or Store(settings.database_url).migrate()
    # /docs is served from the package (kzcn/api/routes/docs.py); ReDoc would need a CDN
    app = FastAPI(title="kzcn", version="0.1", description=DESCRIPTION, docs_url=None, redoc_url=None,
                  lifespan=_thread_limit(settings.api_threads))
    errors.install(app)
    if settings.api_cache_seconds > 0:  # innermost: CORS and the body limit wrap the cached answers
        app.add_middleware(ResponseCache, ttl=settings.api_cache_seconds)
    if settings.cors_origins:
        app.add_middleware(CORSMiddleware, allow_origins=settings.cors_origins,
                           allow_methods=["GET", "POST"], allow_headers=["Authorization", "Content-Type"])
    _limit_body(app, settings.max_request_bytes)
    app.add_middleware(SecurityHeaders)  # outermost: 413s and CORS answers carry the headers too
    app.include_router(lists.router(store))
    app.include_router(stats.router(store))
    app.include_router(tables.router(store))  # /api/records/*: merged records as tables
    app.include_router(entities.router(store))  # /api/entities/{id}
    app.include_router(reviews.router(store))
    app.include_router(monitor_sources.router(store))  # /api/sources, /feeds/facts.atom
    app.include_router(docs.router())

    @app.get("/api/meta", tags=["meta"], summary="Counts and when the store last changed")
    def meta():
        return store_meta(store)

    @app.get("/api/geo/kz_tiles.json", tags=["meta"], summary="Schematic tile map of Kazakhstan's 20 units")
    def kz_tiles():
        return kz_tiles_geojson()

    app.mount("/static", StaticFiles(directory=str(views.STATIC)), name="static")
    app.include_router(views.router(store))
    return app


def _thread_limit(threads: int):
    """Lifespan bounding the thread pool the routes run in to ``threads`` (anyio's default is 40):
    50 clients then wait in the queue, not in 40 half-done requests each holding its rows."""

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        anyio.to_thread.current_default_thread_limiter().total_tokens = threads
        yield

    return lifespan


def store_meta(store: Store) -> dict:
    """How many rows each table holds and the time of the newest ingest."""
    with store.engine.connect() as conn:
        last = conn.execute(select(func.max(t.documents.c.ingested_at))).scalar()
    counts = {name: store.count(name) for name in ("documents", "events", "projects", "figures")}
    return {"counts": counts, "last_updated": last.isoformat() if last is not None else None}


def _limit_body(app: FastAPI, max_bytes: int) -> None:
    """Refuse request bodies over ``max_bytes`` with 413, by Content-Length or while streaming
    (a chunked body has no length header: its bytes are counted as they arrive)."""
    app.add_middleware(BodyLimit, max_bytes=max_bytes)


class BodyLimit:
    """Pure ASGI middleware counting request body bytes."""

    def __init__(self, app, max_bytes: int) -> None:
        self.app, self.max_bytes = app, max_bytes

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        length = dict(scope.get("headers") or []).get(b"content-length", b"")
        if length.isdigit() and int(length) > self.max_bytes:
            return await self._refuse(send, length.decode())
        received, too_large = 0, False

        async def counting_receive():
            # Past the limit the app sees an empty, finished body; its answer is replaced by 413
            # (raising here would surface as FastAPI's generic 400 "error parsing the body").
            nonlocal received, too_large
            if too_large:
                return {"type": "http.request", "body": b"", "more_body": False}
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    too_large = True
                    return {"type": "http.request", "body": b"", "more_body": False}
            return message

        async def guarded_send(message):
            if not too_large:
                await send(message)

        await self.app(scope, counting_receive, guarded_send)
        if too_large:
            await self._refuse(send, f"more than {self.max_bytes}")

    async def _refuse(self, send, got: str) -> None:
        response = JSONResponse(errors.error_body(413, f"expected at most {self.max_bytes} bytes, got {got}"),
                                status_code=413)
        await response({"type": "http"}, None, send)
