"""Bulk loading on SQLite and PostgreSQL (COPY): every document once, facts with their spans,
a second load of the same partition stores nothing; the 0004 indexes exist."""

from __future__ import annotations


import pytest
from sqlalchemy import inspect

from kzcn.model import Document, Event, Evidence, Mention, Rejection, Sentence
from kzcn.store import Store
from kzcn.store.bulk import bulk_save, rows_for
from tests.conftest import database_url

TEXTS = {
    "kk": "Павлодар облысының әкімі Хэнань провинциясының делегациясымен кездесті. Тараптар меморандумға қол қойды.",
    "ru": "Аким Павлодарской области встретился с делегацией провинции Хэнань. Стороны подписали меморандум.",
}


def _doc(lang: str, n: int) -> Document:
    body = TEXTS[lang] + f" ({n})"
    first = body.index(".") + 1
    start = body.index("Хэнань")
    evidence = Evidence(0, first, ((start, start + 6),), 0.9)
    return Document(text=body, source=f"{lang}-{n}.txt", title="T", published="2025-03-04").add(
        lang=lang, sentences=(Sentence(0, first, lang), Sentence(first + 1, len(body), lang)),
        mentions=(Mention(start, start + 6, "Хэнань", "cn_place", "Henan", "cn:henan", "CN"),),
        events=(Event("meeting", "Pavlodar Region", None, None, ("Henan",), None, summary="s",
                      evidence=evidence),))


@pytest.fixture(params=["sqlite", "postgres"])
def store(request, tmp_path):
    with database_url(request, request.param, tmp_path) as url:
        yield Store(url).migrate()


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_bulk_save_stores_each_document_once(store, lang):
    docs = [_doc(lang, n) for n in range(50)]
    assert bulk_save(store, rows_for(docs + docs[:5]), [Rejection("bad", "x.jsonl:3")]) == 50
    assert store.count("documents") == 50 and store.count("events") == 50
    assert store.count("entities") == 1 and store.count("rejections") == 1
    stored = store.document(docs[7].id)
    [mention] = stored["mentions"]
    assert stored["text"][mention["start"]:mention["stop"]] == "Хэнань"
    assert stored["events"][0]["cn_parties"] == ["Henan"]
    assert bulk_save(store, rows_for(docs)) == 0 and store.count("documents") == 50


def test_bulk_indexes_migration_creates_dashboard_indexes(store):
    names = {ix["name"] for ix in inspect(store.engine).get_indexes("events")}
    assert {"ix_events_region_date", "ix_events_type_date"} <= names
    names = {ix["name"] for ix in inspect(store.engine).get_indexes("mentions")}
    assert "ix_mentions_canonical_doc" in names
