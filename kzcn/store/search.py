"""Full-text search over articles: SQLite FTS5 or PostgreSQL tsvector, with highlighted snippets.

The index objects (FTS5 table and triggers, or a GIN expression index) are created by migration
0002; this module only builds queries. Snippets come back as HTML: the text is escaped and the
matches wrapped in ``<mark>``.
"""

from __future__ import annotations

import html
import re
from typing import Any

from sqlalchemy import func, or_, select, text
from sqlalchemy.engine import Engine

from kzcn.store import tables as t

#: Private-use markers the database puts around matches, replaced after HTML escaping.
OPEN, CLOSE = "\ue000", "\ue001"
SNIPPET_WORDS = 24
WORD = re.compile(r"\w+", re.UNICODE)
#: PostgreSQL text search configuration: 'simple' treats Kazakh, Russian and English alike.
PG_CONFIG = "simple"
PG_DOCUMENT = "to_tsvector('simple', coalesce(title, '') || ' ' || text)"

SQLITE_DDL = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS documents_fts USING fts5("
    "title, text, content='documents', content_rowid='rowid', tokenize='unicode61 remove_diacritics 0')",
    "CREATE TRIGGER IF NOT EXISTS documents_fts_ai AFTER INSERT ON documents BEGIN "
    "INSERT INTO documents_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text); END",
    "CREATE TRIGGER IF NOT EXISTS documents_fts_ad AFTER DELETE ON documents BEGIN "
    "INSERT INTO documents_fts(documents_fts, rowid, title, text) "
    "VALUES ('delete', old.rowid, old.title, old.text); END",
    "CREATE TRIGGER IF NOT EXISTS documents_fts_au AFTER UPDATE ON documents BEGIN "
    "INSERT INTO documents_fts(documents_fts, rowid, title, text) "
    "VALUES ('delete', old.rowid, old.title, old.text); "
    "INSERT INTO documents_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text); END",
    "INSERT INTO documents_fts(documents_fts) VALUES ('rebuild')",
)
SQLITE_DROP = ("DROP TRIGGER IF EXISTS documents_fts_ai", "DROP TRIGGER IF EXISTS documents_fts_ad",
               "DROP TRIGGER IF EXISTS documents_fts_au", "DROP TABLE IF EXISTS documents_fts")
PG_DDL = (f"CREATE INDEX IF NOT EXISTS ix_documents_fts ON documents USING GIN ({PG_DOCUMENT})",)
PG_DROP = ("DROP INDEX IF EXISTS ix_documents_fts",)


def query_words(query: str) -> list[str]:
    """The words of a user query (operators and punctuation dropped, so no syntax errors)."""
    return WORD.findall(query or "")[:16]


def fts5_match(words: list[str]) -> str:
    """An FTS5 MATCH expression: every word, each as a prefix."""
    return " ".join('"' + w.replace('"', "") + '"*' for w in words)


def snippet_html(raw: str) -> str:
    """Escape a database snippet and turn its markers into ``<mark>`` tags."""
    return html.escape(raw or "").replace(OPEN, "<mark>").replace(CLOSE, "</mark>")


def search_documents(engine: Engine, query: str, limit: int = 20, offset: int = 0,
                     lang: str | None = None) -> dict[str, Any]:
    """Articles matching every word of ``query``, best first, with highlighted snippets."""
    words = query_words(query)
    if not words:
        return {"items": [], "total": 0, "query": query}
    if any(_HAN.search(w) for w in words):
        return _search_substring(engine, words, limit, offset, lang, query)
    search = _search_sqlite if engine.dialect.name == "sqlite" else _search_postgres
    items, total = search(engine, words, limit, offset, lang)
    for item in items:
        item["snippet"] = snippet_html(item.pop("raw_snippet"))
    return {"items": items, "total": total, "query": query}


def _search_sqlite(engine, words, limit, offset, lang):
    lang_sql = " AND d.lang = :lang" if lang else ""
    base = (" FROM documents_fts JOIN documents d ON d.rowid = documents_fts.rowid "
            f"WHERE documents_fts MATCH :match{lang_sql}")
    params = {"match": fts5_match(words), "lang": lang, "limit": limit, "offset": offset,
              "open": OPEN, "close": CLOSE, "n": SNIPPET_WORDS}
    select_sql = ("SELECT d.id, d.title, d.published, d.lang, d.source, "
                  "snippet(documents_fts, 1, :open, :close, '…', :n) AS raw_snippet, "
                  "bm25(documents_fts) AS score" + base + " ORDER BY score LIMIT :limit OFFSET :offset")
    with engine.connect() as conn:
        items = [dict(r._mapping) for r in conn.execute(text(select_sql), params)]
        total = conn.execute(text("SELECT count(*)" + base), params).scalar_one()
    return items, total


def _search_postgres(engine, words, limit, offset, lang):
    tsquery = "to_tsquery('simple', :tsq)"
    lang_sql = " AND lang = :lang" if lang else ""
    where = f" FROM documents WHERE {PG_DOCUMENT} @@ {tsquery}{lang_sql}"
    options = f"StartSel={OPEN}, StopSel={CLOSE}, MaxWords={SNIPPET_WORDS}, MinWords=8, MaxFragments=2"
    params = {"tsq": " & ".join(_pg_word(w) + ":*" for w in words), "lang": lang,
              "limit": limit, "offset": offset, "options": options}
    select_sql = ("SELECT id, title, published, lang, source, "
                  f"ts_headline('simple', text, {tsquery}, :options) AS raw_snippet, "
                  f"ts_rank({PG_DOCUMENT}, {tsquery}) AS score"
                  + where + " ORDER BY score DESC LIMIT :limit OFFSET :offset")
    with engine.connect() as conn:
        items = [dict(r._mapping) for r in conn.execute(text(select_sql), params)]
        total = conn.execute(text("SELECT count(*)" + where), params).scalar_one()
    return items, total


#: Chinese is written without spaces: the full-text indexes (unicode61, 'simple') see a whole clause
#: as one word, so a query holding Chinese characters is matched as substrings instead.
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def _search_substring(engine, words, limit, offset, lang, query) -> dict[str, Any]:
    """Articles holding every word as a substring (case-insensitively), newest first, with a
    snippet around the first word's first place."""
    d = t.documents
    where = [or_(d.c.text.contains(w, autoescape=True), d.c.title.contains(w, autoescape=True)) for w in words]
    if lang:
        where.append(d.c.lang == lang)
    base = select(d.c.id, d.c.title, d.c.published, d.c.lang, d.c.source, d.c.text).where(*where)
    with engine.connect() as conn:
        total = conn.execute(select(func.count()).select_from(base.subquery())).scalar_one()
        rows = conn.execute(base.order_by(d.c.published.desc(), d.c.id).limit(limit).offset(offset)).all()
    items = []
    for row in rows:
        at = row.text.find(words[0])
        snippet = mention_snippet(row.text, at, at + len(words[0])) if at >= 0 else html.escape(row.text[:160])
        items.append({"id": row.id, "title": row.title, "published": row.published, "lang": row.lang,
                      "source": row.source, "score": None, "snippet": snippet})
    return {"items": items, "total": total, "query": query}


def _pg_word(word: str) -> str:
    return "'" + word.lower().replace("'", "") + "'"


#: Characters of text shown either side of a mention in an entity hit's snippet.
MENTION_CONTEXT = 90
#: Most documents an entity search reads (enough to page through any entity of a regional corpus).
MAX_ENTITY_DOCS = 2000


def mention_snippet(text: str, start: int, stop: int) -> str:
    """The text around a mention, escaped, the mention in ``<mark>``."""
    left, right = max(0, start - MENTION_CONTEXT), min(len(text), stop + MENTION_CONTEXT)
    return (("…" if left else "") + html.escape(text[left:start]) + "<mark>" + html.escape(text[start:stop])
            + "</mark>" + html.escape(text[stop:right]) + ("…" if right < len(text) else ""))


def entity_documents(engine: Engine, entity_ids: set[str], names: set[str],
                     lang: str | None = None) -> list[dict[str, Any]]:
    """Articles mentioning any of the entities (by resolved id, or by canonical name), newest
    first, each with a snippet around its first such mention."""
    m, d = t.mentions, t.documents
    where = or_(m.c.entity_id.in_(sorted(entity_ids)), m.c.canonical.in_(sorted(names)))
    first = (select(m.c.doc_id, func.min(m.c.start).label("start")).where(where)
             .group_by(m.c.doc_id).subquery())
    query = (select(d.c.id, d.c.title, d.c.published, d.c.lang, d.c.source, d.c.text, first.c.start, m.c.stop)
             .join(first, first.c.doc_id == d.c.id)
             .join(m, (m.c.doc_id == d.c.id) & (m.c.start == first.c.start) & where)
             .order_by(d.c.published.desc(), d.c.id).limit(MAX_ENTITY_DOCS))
    if lang:
        query = query.where(d.c.lang == lang)
    items: dict[str, dict[str, Any]] = {}
    with engine.connect() as conn:
        for row in conn.execute(query):
            if row.id not in items:
                items[row.id] = {"id": row.id, "title": row.title, "published": row.published,
                                 "lang": row.lang, "source": row.source, "score": None,
                                 "snippet": mention_snippet(row.text, row.start, row.stop)}
    return list(items.values())
