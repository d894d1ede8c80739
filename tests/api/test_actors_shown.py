"""The actors layer is stored and shown: which unit acts, with the words that showed it."""

from __future__ import annotations

from kzcn.store.repository import acting_units
from tests.api.sample import kk_document


def test_stored_document_has_its_acting_units(store):
    doc = store.document(kk_document().id)
    assert acting_units(doc) == [{"unit": "Aktobe Region", "principal": True, "weight": 2.0,
                                  "cues": ["named: Ақтөбе облысының"]}]


def test_article_page_says_who_acts(client):
    page = client.get(f"/articles/{kk_document().id}").text
    assert "Who acts" in page and "Aktobe Region (the article's own unit)" in page
    assert 'title="named: Ақтөбе облысының"' in page
