"""Search reaches entities in every spelling and says which filter it resolved to; entity pages
merge every spelling of a unit, a Chinese place, a company."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from kzcn.api.app import create_app
from kzcn.api.routes.entities import resolve_query
from kzcn.settings import Settings
from kzcn.store import Store
from tests.api.merged_sample import merged_store
from tests.api.sample import documents


@pytest.fixture
def both(tmp_path):
    """The three sample articles and the four merged-sample ones in one merged store."""
    store = Store(f"sqlite:///{tmp_path / 'both.sqlite'}").migrate()
    for doc in documents():
        store.save_document(doc)
    return merged_store(store)


@pytest.fixture
def api(both):
    return TestClient(create_app(Settings(database_url=both.url, api_cache_seconds=0), store=both),
                      raise_server_exceptions=False)


@pytest.mark.parametrize("query, param, value", [
    ("Jiangsu", "cn", "Jiangsu"), ("Цзянсу", "cn", "Jiangsu"), ("江苏", "cn", "Jiangsu"),
    ("Синьцзян", "cn", "Xinjiang"), ("Шыңжаң", "cn", "Xinjiang"), ("Xinjiang", "cn", "Xinjiang"),
    ("Костанай", "region", "Kostanay Region"), ("Example Cement Co", "cn", "Example Cement Co"),
])
def test_search_resolves_every_spelling_to_one_filter(api, query, param, value):
    body = api.get("/api/search", params={"q": query}).json()
    assert (body["resolved"]["param"], body["resolved"]["value"]) == (param, value)
    assert body["total"] >= 1


def test_search_jiangsu_finds_articles_that_spell_it_otherwise(api):
    body = api.get("/api/search", params={"q": "Jiangsu"}).json()
    assert body["text_total"] == 0 and body["total"] == 2   # "Цзянсу" in the article and its repost
    assert all(i["matched"] == "entity" and "<mark>Цзянсу</mark>" in i["snippet"] for i in body["items"])


def test_search_xinjiang_spellings_find_the_same_articles(api):
    found = [{i["id"] for i in api.get("/api/search", params={"q": q}).json()["items"]}
             for q in ("Синьцзян", "Шыңжаң", "Xinjiang")]
    assert found[0] == found[1] == found[2] and len(found[0]) == 1


def test_search_text_only_query_resolves_nothing(api):
    body = api.get("/api/search", params={"q": "электростанция"}).json()
    assert body["resolved"] is None and body["total"] == 1


def test_search_partial_entity_is_listed_not_resolved(both):
    [hit] = resolve_query(both.engine, "cement Jiangsu")
    assert hit["id"] == "cn:jiangsu" and hit["covers_query"] is False


def test_search_snippet_of_an_entity_hit_is_escaped(both):
    from kzcn.store.search import mention_snippet

    assert mention_snippet("<b>Цзянсу</b>", 3, 9) == "&lt;b&gt;<mark>Цзянсу</mark>&lt;/b&gt;"


def test_entity_region_page_data(api):
    body = api.get("/api/entities/kz:kostanay-region").json()
    spellings = {s["text"] for s in body["entity"]["spellings"]}
    assert {"Костанайской области", "Қостанай облысы", "Kostanay Region"} <= spellings
    assert (len(body["events"]), len(body["projects"]), len(body["articles"])) == (2, 2, 4)
    assert body["timeline"] == {"months": [{"month": "2025-03", "events": 1}], "undated": 1}
    assert body["events"][-1]["date"] is None   # undated last, not at its article's date
    [plant] = [p for p in body["projects"] if p["what"] == "cement plant"]
    assert [h["stage"] for h in plant["history"]] == ["agreed", "under_construction"]
    assert {f["period"] for f in body["figures"]} == {"2024", "2025-01/2025-06"}
    assert {p["name"] for p in body["partners"]} == {"Example Cement Co", "Shandong"}
    assert body["filter"] == {"region": "Kostanay Region"}


def test_entity_province_page_counts_its_cities(api):
    body = api.get("/api/entities/cn:henan").json()   # Zhengzhou is in Henan
    assert len(body["events"]) == 3 and len(body["articles"]) == 2
    assert {p["name"] for p in body["partners"]} == {"Aktobe Region", "Pavlodar Region"}


def test_entity_company_page(api):
    body = api.get("/api/entities/org:example-cement-co").json()
    assert [e["type"] for e in body["events"]] == ["agreement"] and len(body["projects"]) == 1
    assert body["partners"][0]["name"] == "Kostanay Region"
    assert body["partners"][0]["page"] == "/entity/kz_region/kz:kostanay-region"


def test_entity_unknown_is_404(api):
    response = api.get("/api/entities/org:nobody")
    assert response.status_code == 404 and response.json()["error"]["code"] == "not_found"

