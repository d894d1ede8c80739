"""Entities in every spelling: what a search query names, and one entity's page.

A query is read by the gazetteer (every listed name and variant of Kazakh units and places and
Chinese places, in any script, inflected: "Jiangsu", "Цзянсу", "江苏") and matched against the
stored entity aliases (companies and people as the merge step unified them). ``GET
/api/entities/{id}`` gathers one entity across all its ids and spellings: its events, projects
with stages, figures, articles, partners and a timeline, all counted as merged records.
"""

from __future__ import annotations

import re
from urllib.parse import quote
from collections import Counter
from typing import Any

from fastapi import APIRouter
from sqlalchemy import func, select

from kzcn.api.http.errors import ApiError
from kzcn.api.http.filters import Filters
from kzcn.api.routes.places import cn_places_in
from kzcn.api.shapes.records import records_by_id, select_records
from kzcn.api.shapes.summaries import ids_in_documents
from kzcn.api.routes.stats import records_link
from kzcn.gazetteer import Gazetteer
from kzcn.merge.entities import entity_key
from kzcn.merge.normalise import name_key
from kzcn.merge.queries import entity_aliases, resolved_entity
from kzcn.store import merge_tables as m
from kzcn.store import tables as t
from kzcn.store.search import entity_documents, search_documents

#: Kinds that have a page, and the dashboard filter each sets.
FILTER_PARAM = {"kz_region": "region", "kz_place": "region", "cn_place": "cn", "org": "cn"}
PAGE_KINDS = ("kz_region", "kz_place", "cn_place", "org", "person")
WORDS = re.compile(r"\w+", re.UNICODE)
#: Most text matches one search reads before paging (with the entity's articles).
MAX_SEARCH = 1000


def page_url(kind: str, entity_id: str) -> str:
    """The entity's page (the id quoted for a URL path)."""
    return f"/entity/{kind}/{quote(entity_id, safe=':-_.')}"


def _gazetteer_hits(query: str) -> list[dict[str, Any]]:
    hits = []
    for mention in Gazetteer.load().find(query):
        if mention.kind not in PAGE_KINDS:
            continue
        covers = not WORDS.search(query[:mention.start] + query[mention.stop:])
        hits.append({"id": mention.entity_id, "kind": mention.kind, "canonical": mention.canonical,
                     "region": mention.region, "covers_query": covers, "how": "gazetteer"})
    return hits


def _stored_hits(engine, query: str) -> list[dict[str, Any]]:
    """Stored entities whose alias key equals the query's (companies, people, any spelling)."""
    keys = {name_key(query), entity_key("person", query)} - {""}
    if not keys:
        return []
    ea, e = m.entity_aliases, t.entities
    with engine.connect() as conn:
        rows = conn.execute(select(e.c.id, e.c.kind, e.c.canonical, e.c.region)
                            .join(ea, ea.c.entity_id == e.c.id).where(ea.c.key.in_(sorted(keys))).distinct()
                            .limit(20)).all()
        if not rows:  # not merged yet: compare with stored names directly
            rows = conn.execute(select(e.c.id, e.c.kind, e.c.canonical, e.c.region)
                                .where(func.lower(e.c.canonical) == query.strip().lower()).limit(20)).all()
    return [{"id": r.id, "kind": r.kind, "canonical": r.canonical, "region": r.region,
             "covers_query": True, "how": "alias"} for r in rows if r.kind in PAGE_KINDS]


def resolve_query(engine, query: str) -> list[dict[str, Any]]:
    """The entities a query names, those that are the whole query first, each with the dashboard
    filter it stands for (``{"param": "cn", "value": "Jiangsu"}``) and its page."""
    found: dict[str, dict[str, Any]] = {}
    for hit in _gazetteer_hits(query) + _stored_hits(engine, query):
        found.setdefault(hit["id"], hit)
    out = []
    for hit in sorted(found.values(), key=lambda h: not h["covers_query"]):
        param = FILTER_PARAM.get(hit["kind"])
        value = hit["region"] if hit["kind"] == "kz_place" else hit["canonical"]
        hit["filter"] = {"param": param, "value": value} if param and value else None
        hit["page"] = page_url(hit["kind"], hit["id"])
        out.append(hit)
    return out


def search(engine, query: str, limit: int = 20, offset: int = 0, lang: str | None = None) -> dict[str, Any]:
    """Articles matching the query's words, and articles mentioning the entity the whole query
    names in any spelling ("Шыңжаң" finds what "Xinjiang" and "Синьцзян" find). ``resolved``
    is the dashboard filter that entity stands for, so the page can show the search as a filter;
    ``entities`` lists every entity named in the query."""
    entities = resolve_query(engine, query)
    whole = [e for e in entities if e["covers_query"]]
    text = search_documents(engine, query, MAX_SEARCH, 0, lang)["items"]
    found = {item["id"]: {**item, "matched": "text"} for item in text}
    for entity in whole[:1]:
        names = cn_places_in(entity["canonical"]) if entity["kind"] == "cn_place" else {entity["canonical"]}
        for item in entity_documents(engine, {entity["id"]}, names, lang):
            found.setdefault(item["id"], {**item, "matched": "entity"})
    items = list(found.values())
    return {"items": items[offset:offset + limit], "total": len(items), "query": query,
            "text_total": len(text), "entities": entities,
            "resolved": {**whole[0]["filter"], "entity": whole[0]["id"], "label": whole[0]["canonical"],
                         "page": whole[0]["page"]} if whole and whole[0]["filter"] else None}


def identity(store, entity_id: str) -> dict[str, Any] | None:
    """The entity behind ``entity_id`` (any of its ids): kind, names, every id and spelling."""
    target = resolved_entity(store, entity_id)
    aliases = entity_aliases(store, target)
    ids = {target, entity_id} | {a["alias_id"] for a in aliases}
    with store.engine.connect() as conn:
        row = conn.execute(select(t.entities).where(t.entities.c.id.in_(sorted(ids)))
                           .order_by(t.entities.c.id != target)).first()
        spelled = Counter({r.text: r.n for r in conn.execute(
            select(t.mentions.c.text, func.count().label("n")).where(t.mentions.c.entity_id.in_(sorted(ids)))
            .group_by(t.mentions.c.text))})
    gaz = Gazetteer.load()
    entry = gaz.by_id.get(target) or gaz.by_id.get(entity_id)
    if row is None and entry is None:
        return None
    entity = dict(row._mapping) if row is not None else {
        "id": entry.entity_id, "kind": entry.kind, "canonical": entry.canonical, "country": entry.country,
        "region": entry.region, "latin": None}
    variants = next((vs for e, vs in gaz.entries if entry is not None and e.entity_id == entry.entity_id), [])
    entity["id"] = target if row is None or row.id == target else row.id
    entity["ids"] = sorted(ids)
    entity["spellings"] = [{"text": s, "mentions": n} for s, n in spelled.most_common()]
    entity["names"] = list(dict.fromkeys([entity["canonical"], *(a["alias"] for a in aliases), *variants]))
    return entity


def _filters(entity: dict[str, Any]) -> Filters | None:
    if entity["kind"] == "kz_region":
        return Filters(region=entity["canonical"])
    if entity["kind"] in ("cn_place", "org") and entity.get("country") in (None, "CN"):
        return Filters(cn=entity["canonical"])
    return None  # a Kazakh place, a Kazakh company, a person: the records of the articles naming it


def entity_records(store, entity: dict[str, Any], articles: list[dict]) -> dict[str, list[dict]]:
    """The event, project and figure records about the entity."""
    f = _filters(entity)
    docs = {a["id"] for a in articles}
    out = {}
    for kind in ("events", "projects", "figures"):
        if kind == "figures":
            rows = select_records(store.engine, kind, Filters(region=entity["canonical"])) \
                if entity["kind"] == "kz_region" else []
        elif f is not None:
            rows = select_records(store.engine, kind, f)
        else:
            rows = records_by_id(store.engine, kind, ids_in_documents(store.engine, kind, docs))
        out[kind] = rows
    return out


def partners(entity: dict[str, Any], records: dict[str, list[dict]]) -> list[dict[str, Any]]:
    """Who the entity works with, by number of records: Chinese parties for a Kazakh entity, Kazakh
    units for a Chinese one."""
    counts: Counter[str] = Counter()
    kazakh_side = entity.get("country") == "KZ" or entity["kind"] in ("kz_region", "kz_place")
    for r in records["events"]:
        counts.update(set(r["cn_parties"] or []) if kazakh_side else {r["kz_region"]} - {None})
    for r in records["projects"]:
        counts.update({r["partner"]} - {None} if kazakh_side else {r["kz_region"]} - {None})
    counts.pop(entity["canonical"], None)
    return [{"name": n, "records": c, "page": _page_of(n)} for n, c in counts.most_common()]


def _page_of(name: str) -> str | None:
    for mention in Gazetteer.load().find(name):
        if mention.kind in PAGE_KINDS and mention.stop - mention.start == len(name.strip()):
            return page_url(mention.kind, mention.entity_id)
    return None


def entity_timeline(events: list[dict]) -> dict[str, Any]:
    """Event records per month of their own date; undated ones counted apart."""
    months = Counter((r["date"] or "").split("/")[0][:7] for r in events if len((r["date"] or "").split("/")[0]) >= 7)
    return {"months": [{"month": k, "events": n} for k, n in sorted(months.items())],
            "undated": sum(1 for r in events if len((r["date"] or "").split("/")[0]) < 7)}


def profile(store, entity_id: str) -> dict[str, Any] | None:
    """Everything about one entity, merged across its spellings, or None when unknown."""
    entity = identity(store, entity_id)
    if entity is None:
        return None
    names = cn_places_in(entity["canonical"]) if entity["kind"] == "cn_place" else {entity["canonical"]}
    articles = entity_documents(store.engine, set(entity["ids"]), names)
    records = entity_records(store, entity, articles)
    events = sorted(records["events"], key=lambda r: (r["date"] is None, r["date"] or "", r["id"]))
    f = _filters(entity)
    return {"entity": entity, "page": page_url(entity["kind"], entity["id"]),
            "filter": f.active() if f else None,
            "links": {k: records_link(k, f) for k in ("events", "projects")} if f else None,
            "timeline": entity_timeline(events), "events": events,
            "projects": sorted(records["projects"], key=lambda r: (r["last_reported"] or "", r["id"]), reverse=True),
            "figures": records["figures"], "partners": partners(entity, records),
            "articles": [{**a, "page": f"/articles/{a['id']}"} for a in articles]}


def router(store) -> APIRouter:
    """The entity routes bound to ``store``."""
    api = APIRouter(prefix="/api/entities", tags=["entities"])

    @api.get("/{entity_id:path}", summary="One entity in every spelling: events, projects, figures, articles, partners")
    def entity(entity_id: str):
        found = profile(store, entity_id)
        if found is None:
            raise ApiError(404, f"no entity {entity_id!r}")
        return found

    return api
