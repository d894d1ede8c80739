"""Entity pages in HTML (one per unit, Chinese place, company), printable, hostile names escaped;
every mention on an article page links to its entity's page."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from kzcn.api.app import create_app
from kzcn.model import Document, Event
from kzcn.settings import Settings
from kzcn.store import Store
from tests.api.merged_sample import merged_store, ru_document
from tests.api.sample import _evidence, _mention, _sentences


@pytest.fixture
def api(tmp_path):
    store = merged_store(Store(f"sqlite:///{tmp_path / 'pages.sqlite'}").migrate())
    return TestClient(create_app(Settings(database_url=store.url, api_cache_seconds=0), store=store),
                      raise_server_exceptions=False)


@pytest.mark.parametrize("path, heading", [
    ("/entity/kz_region/kz:kostanay-region", "Kostanay Region"),
    ("/entity/cn_place/cn:jiangsu", "Jiangsu"),
    ("/entity/org/org:example-cement-co", "Example Cement Co"),
    ("/entity/cn_place/cn:shandong", "Shandong"),
])
def test_entity_page_renders_with_one_h1(api, path, heading):
    response = api.get(path)
    assert response.status_code == 200
    assert re.findall(r"<h1>(.*?)</h1>", response.text) == [heading]


def test_entity_region_page_is_a_printable_brief(api):
    page = api.get("/entity/kz_region/kz:kostanay-region").text
    assert '<link rel="stylesheet" href="/static/print.css" media="print">' in page
    assert "1 event without a date of its own" in page and "undated" in page
    assert "agreed (2025-03-10) → under construction (2025-09-01)" in page
    assert "85 m USD" in page and "96.7 m USD" in page and "85000000" not in page
    css = api.get("/static/print.css")
    assert css.status_code == 200 and "@page" in css.text


def test_entity_page_unknown_is_404(api):
    assert api.get("/entity/org/org:nobody").status_code == 404
    assert api.get("/entity/planet/kz:kostanay-region").status_code == 404


def test_article_mentions_link_to_their_entity_pages(api):
    page = api.get(f"/articles/{ru_document().id}").text
    links = set(re.findall(r'<a class="entity-link" href="([^"]+)">', page))
    assert {"/entity/kz_region/kz:kostanay-region", "/entity/org/org:example-cement-co",
            "/entity/cn_place/cn:jiangsu"} <= links


def test_entity_page_escapes_hostile_names(tmp_path):
    store = Store(f"sqlite:///{tmp_path / 'hostile.sqlite'}").migrate()
    text = "Абай облысы <script>alert(1)</script> Co компаниясымен кездесті."
    s = _sentences(text, "kk")
    evil = "<script>alert(1)</script> Co"
    doc = Document(text=text, source="evil.txt", title="<img src=x onerror=alert(1)>", published="2025-01-02").add(
        lang="kk", sentences=s,
        mentions=(_mention(text, "Абай облысы", "kz_region", "Abai Region", "kz:abai-region", "KZ"),
                  _mention(text, evil, "org", evil, "org:evil", "CN")),
        events=(Event("meeting", "Abai Region", "2025-01-02", None, (evil,), summary=f"met {evil}",
                      evidence=_evidence(s, 0, text, "кездесті")),))
    store.save_document(doc)
    api = TestClient(create_app(Settings(database_url=store.url, api_cache_seconds=0), store=store))
    for path in ("/entity/kz_region/kz:abai-region", "/entity/org/org:evil", f"/articles/{doc.id}"):
        page = api.get(path).text
        assert "<script>alert(1)</script>" not in page and "<img src=x" not in page
