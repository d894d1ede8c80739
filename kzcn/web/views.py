"""Server-rendered pages: the dashboard (linked filters in the URL), the article view and entity pages."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from kzcn.store.repository import acting_units
from kzcn.api.routes.entities import PAGE_KINDS, page_url, profile
from kzcn.api.routes.entities import search as search_everything
from kzcn.api.http.errors import ApiError
from kzcn.api.http.filters import Filters
from kzcn.api.routes.lists import document_with_reviews, facet_counts, list_rows
from kzcn.api.routes.places import kz_units
from kzcn.api.routes.sources import source_rows
from kzcn.monitor.registry import Registry
from kzcn.store.review import EDITABLE
from kzcn.web.escape import json_text, safe_url
from kzcn.web.markup import HIGHLIGHT_KINDS, pieces
from kzcn.web.page_filters import PageFilters, page_filters

WEB = Path(__file__).resolve().parent
STATIC = WEB / "static"
FACET_LABELS = {"kz_region": "region", "type": "type", "stage": "stage", "sector": "sector",
                "lang": "lang", "metric": "metric"}
LANG_NAMES = {"kk": "Kazakh", "ru": "Russian", "en": "English", "zh": "Chinese"}


def url_with(active: dict[str, str], **changes: str | None) -> str:
    """The dashboard URL for the current filters with some set or (``None``) removed."""
    params = {**active, **changes}
    query = urlencode({k: v for k, v in params.items() if v})
    return "/?" + query if query else "/"


def _facets(engine, f: Filters) -> dict[str, list[dict]]:
    """Facet counts for the sidebar, keyed by the filter parameter they set."""
    events = facet_counts(engine, "events", f)
    projects = facet_counts(engine, "projects", f)
    docs = facet_counts(engine, "documents", f)
    return {"region": events["kz_region"], "type": events["type"], "stage": projects["stage"],
            "sector": projects["sector"], "lang": docs["lang"]}


def when(value: str | None) -> str:
    """An ISO time from the store as people read it: ``2025-03-09 14:05 UTC``, or "never"."""
    return value[:16].replace("T", " ") + " UTC" if value else "never"


def mention_links(cut: list, mentions: list[dict]) -> list[str | None]:
    """For each piece of the article, the page of the entity a mention covering it names."""
    named = [m for m in mentions if m.get("entity_id") and m["kind"] in PAGE_KINDS]
    links = []
    for piece in cut:
        stop = piece.start + len(piece.text)
        hit = next((m for m in named if m["start"] <= piece.start and stop <= m["stop"]), None)
        links.append(page_url(hit["kind"], hit["entity_id"]) if hit else None)
    return links


def router(store) -> APIRouter:
    """The HTML routes bound to ``store``."""
    templates = Jinja2Templates(directory=str(WEB / "templates"))
    templates.env.globals.update(url_with=url_with, LANG_NAMES=LANG_NAMES,
                                 units={u.name: u for u in kz_units()})
    templates.env.autoescape = True  # every template, whatever its file name
    templates.env.filters.update(json_text=json_text, safe_url=safe_url, when=when)
    pages = APIRouter(include_in_schema=False)
    engine = store.engine

    @pages.get("/", response_class=HTMLResponse)
    def dashboard(request: Request, given: PageFilters = Depends(page_filters),
                  q: str | None = Query(None, max_length=400)):
        from kzcn.api.app import store_meta

        f = given.filters
        events, events_total = list_rows(engine, "events", f, 50, 0)
        projects, projects_total = list_rows(engine, "projects", f, 50, 0)
        documents, documents_total = list_rows(engine, "documents", f, 20, 0)
        context = {"f": f, "active": f.active(), "q": q or "", "meta": store_meta(store),
                   "facets": _facets(engine, f), "events": events, "events_total": events_total,
                   "projects": projects, "projects_total": projects_total, "documents": documents,
                   "documents_total": documents_total,
                   "search": search_everything(engine, q, 20, 0, f.lang) if q else None,
                   "query_string": urlencode(f.active()), "typed": given.typed,
                   "problems": given.problems, "invalid": given.invalid}
        return templates.TemplateResponse(request, "dashboard.html", context)

    @pages.get("/sources", response_class=HTMLResponse)
    def sources(request: Request):
        rows = source_rows(Registry(engine))
        return templates.TemplateResponse(request, "sources.html", {"sources": rows})

    @pages.get("/articles/{doc_id}", response_class=HTMLResponse)
    def article(request: Request, doc_id: str):
        doc = document_with_reviews(store, doc_id)
        facts = [("event", e) for e in doc["events"]] + [("project", p) for p in doc["projects"]] + \
                [("figure", g) for g in doc["figures"]]
        sentences = [{"fact_id": fact["id"], "start": fact["sentence_start"], "stop": fact["sentence_stop"]}
                     for _, fact in facts if fact.get("sentence_start") is not None]
        cut = pieces(doc["text"], doc["mentions"], doc["evidence"] + sentences)
        context = {"doc": doc, "facts": facts, "editable": EDITABLE, "units": acting_units(doc),
                   "pieces": cut, "links": mention_links(cut, doc["mentions"]), "legend": HIGHLIGHT_KINDS}
        return templates.TemplateResponse(request, "article.html", context)

    @pages.get("/entity/{kind}/{entity_id:path}", response_class=HTMLResponse)
    def entity(request: Request, kind: str, entity_id: str):
        found = profile(store, entity_id)
        if found is None or kind not in PAGE_KINDS:
            raise ApiError(404, f"no {kind} {entity_id!r}")
        return templates.TemplateResponse(request, "entity.html", {**found, "kind": kind})

    return pages
