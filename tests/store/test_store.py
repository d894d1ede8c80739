"""The store on SQLite and PostgreSQL: migrations, one row per article, facts with spans."""

from __future__ import annotations


import pytest

from kzcn.model import Document, Event, Evidence, Figure, Mention, Money, Project, Rejection, Sentence
from kzcn.store import Store
from tests.conftest import KK_TEXT, RU_TEXT, database_url


def _doc(text_: str, lang: str) -> Document:
    region = "облысының" if lang == "kk" else "области"
    start = text_.index("Павлодар")
    stop = text_.index(region) + len(region)
    evidence = Evidence(0, text_.index(".") + 1, ((start, stop),), 0.9)
    return Document(text=text_, source=f"{lang}.txt", title="T", published="2025-03-04").add(
        lang=lang,
        sentences=(Sentence(0, text_.index(".") + 1, lang),),
        mentions=(Mention(start, stop, text_[start:stop], "kz_region", "Pavlodar Region", "kz:pavlodar-region", "KZ"),),
        events=(Event("meeting", "Pavlodar Region", "2025-03-04", None, ("Henan",), None, summary="s", evidence=evidence),),
        projects=(Project("power plant", "Pavlodar Region", "energy", "X Co", Money(1.5e8, "USD", "more_than", 1.5e8),
                          "agreed", evidence=evidence),),
        figures=(Figure("trade_turnover", "Pavlodar Region", 7.768e8, "USD", "China", "2025-01/2025-11", evidence=evidence),),
        sectors=("energy",),
    )


@pytest.fixture(params=["sqlite", "postgres"])
def store(request, tmp_path):
    with database_url(request, request.param, tmp_path) as url:
        yield Store(url).migrate()


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_store_saves_document_and_facts_with_spans(store, lang):
    doc = _doc(KK_TEXT if lang == "kk" else RU_TEXT, lang)
    assert store.save_document(doc) is True
    stored = store.document(doc.id)
    [mention] = stored["mentions"]
    assert stored["text"][mention["start"]:mention["stop"]] == mention["text"]
    [event] = stored["events"]
    assert event["cn_parties"] == ["Henan"] and event["sentence_start"] == 0
    assert stored["projects"][0]["amount"] == 1.5e8 and stored["figures"][0]["period"] == "2025-01/2025-11"
    assert store.count("evidence") == 3 and store.count("entities") == 1


def test_store_reingest_same_article_stores_once(store):
    doc = _doc(KK_TEXT, "kk")
    assert store.save_document(doc) is True
    assert store.save_document(doc) is False
    assert store.save_document(_doc(KK_TEXT, "kk")) is False
    assert (store.count("documents"), store.count("events")) == (1, 1)


def test_store_replace_reextracts_without_duplicates(store):
    doc = _doc(RU_TEXT, "ru")
    store.save_document(doc)
    assert store.save_document(doc, replace=True) is True
    assert (store.count("documents"), store.count("events"), store.count("evidence")) == (1, 1, 3)


def test_store_migrate_is_idempotent(store):
    store.migrate()
    store.migrate()
    assert store.count("documents") == 0


def test_store_rejections_are_recorded(store):
    store.save_rejection(Rejection("binary content", "x.txt"))
    [row] = store.rows("rejections")
    assert (row["where"], row["reason"]) == ("x.txt", "binary content")


def test_store_document_lookup_by_prefix(store):
    doc = _doc(KK_TEXT, "kk")
    store.save_document(doc)
    assert store.document(doc.id[:6])["id"] == doc.id
    assert store.document("zzzz") is None
