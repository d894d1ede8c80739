"""List endpoints: filters, paging, facets, CSV, one error shape."""

from __future__ import annotations

import csv
import io

import pytest


def _ids(client, path):
    response = client.get(path)
    assert response.status_code == 200, response.text
    return sorted(item["id"].rsplit("-", 1)[1] + ":" + (item.get("kz_region") or item.get("subject") or "")
                  for item in response.json()["items"])


@pytest.mark.parametrize("path, expected", [
    ("/api/events", ["e0:Aktobe Region", "e0:Jetisu Region", "e0:Pavlodar Region", "e1:Aktobe Region"]),
    ("/api/events?region=Aktobe%20Region", ["e0:Aktobe Region", "e1:Aktobe Region"]),
    ("/api/events?type=visit", ["e0:Pavlodar Region"]),
    ("/api/events?lang=en", ["e0:Jetisu Region"]),
    ("/api/events?date_from=2025-01&date_to=2025-05", ["e0:Pavlodar Region"]),
    ("/api/events?date_to=2024", ["e0:Aktobe Region", "e1:Aktobe Region"]),
    # a province finds events naming a city inside it (Zhengzhou is in Henan)
    ("/api/events?cn=Henan", ["e0:Aktobe Region", "e0:Pavlodar Region", "e1:Aktobe Region"]),
    ("/api/events?cn=Example%20Logistics%20Co", ["e0:Jetisu Region"]),
    ("/api/events?sector=energy", ["e0:Pavlodar Region"]),
    ("/api/events?source=news.example.kz", ["e0:Jetisu Region"]),
    ("/api/projects?stage=agreed", ["p0:Aktobe Region"]),
    ("/api/projects?sector=energy", ["p0:Pavlodar Region"]),
    ("/api/figures?region=Aktobe%20Region", ["f0:Aktobe Region", "f0:Aktobe Region"]),
    ("/api/figures?metric=export", []),
])
def test_lists_filter_by_each_parameter(client, path, expected):
    assert _ids(client, path) == expected


def test_lists_paginate_with_total(client):
    first = client.get("/api/events?limit=2&offset=0").json()
    second = client.get("/api/events?limit=2&offset=2").json()
    assert (first["total"], len(first["items"]), len(second["items"])) == (4, 2, 2)
    assert not {i["id"] for i in first["items"]} & {i["id"] for i in second["items"]}


def test_lists_facets_count_values_under_filters(client):
    body = client.get("/api/events?facets=true&lang=kk").json()
    assert sorted((f["value"], f["count"]) for f in body["facets"]["type"]) == [("agreement", 1), ("meeting", 1)]
    assert body["facets"]["kz_region"] == [{"value": "Aktobe Region", "count": 2}]


@pytest.mark.parametrize("table", ["events", "projects", "figures", "documents", "entities"])
def test_lists_csv_matches_json(client, table):
    as_json = client.get(f"/api/{table}?limit=100").json()["items"]
    response = client.get(f"/api/{table}?limit=100&format=csv")
    assert response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert [r["id"] for r in rows] == [str(i["id"]) for i in as_json]


def test_lists_csv_keeps_kazakh_and_russian_text(client):
    text = client.get("/api/documents?format=csv").text
    assert "Ақтөбе мен Хэнань" in text and "Павлодар и Чжэнчжоу" in text


def test_documents_detail_has_mentions_with_offsets(client):
    doc_id = client.get("/api/documents?lang=kk").json()["items"][0]["id"]
    doc = client.get(f"/api/documents/{doc_id[:8]}").json()
    assert all(doc["text"][m["start"]:m["stop"]] == m["text"] for m in doc["mentions"])
    assert {e["fact_id"] for e in doc["evidence"]} >= {f"{doc_id}-e0", f"{doc_id}-p0"}


@pytest.mark.parametrize("path, status, code", [
    ("/api/nowhere", 404, "not_found"),
    ("/api/documents/ffffffffffffffff", 404, "not_found"),
    ("/api/events?limit=0", 422, "invalid"),
    ("/api/events?date_from=yesterday", 422, "invalid"),
    ("/api/events?format=xml", 422, "invalid"),
    ("/api/search", 422, "invalid"),
])
def test_errors_share_one_json_shape(client, path, status, code):
    response = client.get(path)
    assert response.status_code == status
    error = response.json()["error"]
    assert (error["status"], error["code"]) == (status, code) and error["message"]


def test_errors_500_has_the_same_shape(client, monkeypatch):
    import kzcn.api.shapes.summaries as summaries

    def broken(*args, **kwargs):
        raise RuntimeError("a bug in a chart")

    monkeypatch.setattr(summaries, "select_summaries", broken)
    response = client.get("/api/stats/regions")
    assert response.status_code == 500 and response.json()["error"]["code"] == "internal"


def test_openapi_lists_the_endpoints(client):
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/api/events", "/api/projects", "/api/figures", "/api/entities", "/api/documents",
            "/api/search", "/api/facts/{kind}/{fact_id}/review"} <= set(paths)


def test_cors_is_off_by_default(client):
    response = client.get("/api/events", headers={"Origin": "https://elsewhere.example"})
    assert "access-control-allow-origin" not in response.headers


def test_the_api_works_on_a_bounded_number_of_requests_at_once(tmp_path):
    import anyio.to_thread
    from fastapi.testclient import TestClient

    from kzcn.api.app import create_app
    from kzcn.settings import Settings

    settings = Settings(database_url=f"sqlite:///{tmp_path / 'x.sqlite'}", api_threads=3)
    with TestClient(create_app(settings)) as client:
        tokens = client.portal.call(lambda: anyio.to_thread.current_default_thread_limiter().total_tokens)
        assert tokens == 3 and client.get("/api/meta").status_code == 200
