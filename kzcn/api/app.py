"""FastAPI app factory: JSON API under /api and the dashboard at /."""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI, HTTPException, Query, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from kzcn.settings import Settings
from kzcn.store import Store

WEB = Path(__file__).resolve().parent.parent / "web"
LIST_TABLES = ("documents", "events", "projects", "figures", "entities")


def create_app(settings: Settings | None = None) -> FastAPI:
    """A new app bound to the store of ``settings``."""
    settings = settings or Settings()
    store = Store(settings.database_url).migrate()
    templates = Jinja2Templates(directory=str(WEB / "templates"))
    app = FastAPI(title="kzcn", version="0.1", description="Kazakhstan-China regional cooperation facts.")

    @app.get("/api/{table}")
    def list_table(table: str, limit: int = Query(50, ge=1, le=1000), offset: int = Query(0, ge=0)):
        if table not in LIST_TABLES:
            raise HTTPException(404, f"expected one of {LIST_TABLES}, got {table!r}")
        rows = store.rows(table, limit=limit, offset=offset)
        if table == "documents":
            rows = [{k: v for k, v in r.items() if k != "text"} for r in rows]
        return {"items": rows, "limit": limit, "offset": offset, "total": store.count(table)}

    @app.get("/api/documents/{doc_id}")
    def get_document(doc_id: str):
        doc = store.document(doc_id)
        if doc is None:
            raise HTTPException(404, f"no document {doc_id!r}")
        return doc

    @app.get("/", response_class=HTMLResponse)
    def home(request: Request):
        context = {name: store.rows(name, limit=200) for name in ("documents", "events", "projects", "figures")}
        return templates.TemplateResponse(request, "home.html", context)

    return app
