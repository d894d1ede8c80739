"""The charts' short rows read in SQL (``kzcn.api.shapes.summaries``) say what the full merged
records (``kzcn.api.shapes.records``) say, under every filter, with merged facts and with facts
the merge step has not seen yet (an article stored after the last merge)."""

from __future__ import annotations

import pytest

from kzcn.api.http.filters import Filters
from kzcn.api.shapes.records import records_by_id, select_records
from kzcn.api.routes.tables import flat_row
from kzcn.api.shapes.summaries import ids_in_documents, select_summaries, select_table_rows
from kzcn.store import Store
from tests.api.merged_sample import en_document, merged_store

FILTERS = [Filters(), Filters(region="Kostanay Region"), Filters(lang="ru"), Filters(lang="en"),
           Filters(date_from="2025-03", date_to="2025-03"), Filters(cn="Shandong"),
           Filters(stage="under_construction"), Filters(stage="proposed"), Filters(region="Aktobe Region")]
#: What each kind's short row must agree on with the full record.
SAME = {"events": ("type", "kz_region", "date", "cn_parties", "place", "instrument"),
        "projects": ("what", "kz_region", "partner", "sector", "stage", "value_usd", "first_reported",
                     "last_reported"),
        "figures": ("metric", "subject", "counterpart", "period")}


def _later_article():
    """The English article again under another address, stored after the merge: not merged yet."""
    doc = en_document()
    return type(doc)(text=doc.text + " Work continues.", source="https://late.example.kz/kostanay",
                     title=doc.title, published="2025-10-02").add(
        lang="en", sentences=doc.sentences, mentions=doc.mentions, events=doc.events,
        projects=doc.projects, figures=doc.figures, sectors=doc.sectors)


def _undated_article():
    """The English article again with no publication date: merged, its reports sort last."""
    doc = _later_article()
    return type(doc)(text=doc.text + " Undated.", source="https://undated.example.kz/kostanay",
                     title=doc.title, published=None).add(
        lang="en", sentences=doc.sentences, mentions=doc.mentions, events=doc.events,
        projects=doc.projects, figures=doc.figures, sectors=doc.sectors)


@pytest.fixture(scope="module", params=["merged", "partly merged", "with an undated report"])
def store(request, tmp_path_factory):
    store = merged_store(Store(f"sqlite:///{tmp_path_factory.mktemp('s') / 'x.sqlite'}").migrate())
    if request.param == "partly merged":
        store.save_document(_later_article())
    if request.param == "with an undated report":
        from kzcn.merge.run import merge_store

        store.save_document(_undated_article())
        merge_store(store)
    return store


@pytest.mark.parametrize("kind", ["events", "projects", "figures"])
@pytest.mark.parametrize("f", FILTERS, ids=lambda f: ",".join(f"{k}={v}" for k, v in f.active().items()) or "all")
def test_summaries_say_what_the_full_records_say(store, kind, f):
    full = {r["id"]: r for r in select_records(store.engine, kind, f)}
    short = {r["id"]: r for r in select_summaries(store.engine, kind, f)}
    assert set(short) == set(full)
    for rid, row in short.items():
        assert {k: row[k] for k in SAME[kind]} == {k: full[rid][k] for k in SAME[kind]}


def test_summaries_see_the_facts_not_merged_yet(store):
    late = [d["id"] for d in store.rows("documents") if d["source"].startswith("https://late")
            and d["published"]]
    rows = select_summaries(store.engine, "figures", Filters(date_from="2025-10"))
    assert len(rows) == (2 if late else 0)  # the late article's two figures, as records of their own


@pytest.mark.parametrize("kind", ["events", "projects", "figures"])
def test_records_by_id_builds_exactly_the_records_asked(store, kind):
    every = {r["id"]: r for r in select_records(store.engine, kind, Filters())}
    for rid, record in every.items():
        [built] = records_by_id(store.engine, kind, {rid})
        assert built == record


@pytest.mark.parametrize("kind", ["events", "projects", "figures"])
@pytest.mark.parametrize("f", FILTERS, ids=lambda f: ",".join(f"{k}={v}" for k, v in f.active().items()) or "all")
def test_table_rows_equal_the_rows_of_the_full_records(store, kind, f):
    full = sorted((flat_row(kind, r) for r in select_records(store.engine, kind, f)), key=lambda r: r["id"])
    short = sorted((flat_row(kind, r) for r in select_table_rows(store.engine, kind, f)), key=lambda r: r["id"])
    assert short == full


@pytest.mark.parametrize("kind", ["events", "projects", "figures"])
def test_records_of_some_articles_are_those_with_a_report_in_them(store, kind):
    every = select_records(store.engine, kind, Filters())
    for doc in store.rows("documents"):
        expected = {r["id"] for r in every if any(rep["doc_id"] == doc["id"] for rep in r["reports"])}
        assert ids_in_documents(store.engine, kind, {doc["id"]}) == expected


def test_a_records_reports_come_undated_last_in_the_merge_as_in_the_api(store):
    from kzcn.merge.records import member_facts
    from kzcn.store import merge_tables as m
    from kzcn.store import tables as t

    with store.engine.connect() as conn:
        ids = {r[0] for r in conn.execute(m.project_members.select().with_only_columns(m.project_members.c.project_id))}
        rows = member_facts(conn, t.projects, m.project_members, "project_id", ids)
    for rid in ids:
        dates = [r["published"] for r in rows if r["record"] == rid]
        assert dates == sorted(dates, key=lambda d: d or "9999")  # the API's order: undated last
