"""Full-text search over articles (SQLite FTS5 and PostgreSQL), snippets highlighted and escaped."""

from __future__ import annotations

import pytest

from kzcn.store.search import fts5_match, query_words, search_documents, snippet_html


@pytest.mark.parametrize("query, expected_title", [
    ("электростанция", "Павлодар и Чжэнчжоу"),   # Russian
    ("зауытын", "Ақтөбе мен Хэнань"),             # Kazakh
    ("forum Xinjiang", "Jetisu forum"),          # English, every word must match
    ("ферроқорытпа", "Ақтөбе мен Хэнань"),
])
def test_search_finds_article_with_highlight(any_store, query, expected_title):
    result = search_documents(any_store.engine, query)
    assert [i["title"] for i in result["items"]] == [expected_title]
    assert "<mark>" in result["items"][0]["snippet"]


@pytest.mark.parametrize("query", ["", "  ", '"*(', "NEAR AND OR"])
def test_search_odd_queries_do_not_fail(any_store, query):
    assert search_documents(any_store.engine, query)["total"] >= 0


def test_search_follows_reextraction(any_store):
    from tests.api.sample import en_document

    any_store.save_document(en_document(), replace=True)
    assert search_documents(any_store.engine, "Taldykorgan")["total"] == 1


@pytest.mark.parametrize("query, expected", [
    ('forum "Xinjiang"', ["forum", "Xinjiang"]),
    ("Ақтөбе-Хэнань", ["Ақтөбе", "Хэнань"]),
])
def test_search_query_words(query, expected):
    assert query_words(query) == expected
    assert fts5_match(expected).count("*") == len(expected)


def test_search_snippet_escapes_html():
    assert snippet_html("<b>\ue000x\ue001</b>") == "&lt;b&gt;<mark>x</mark>&lt;/b&gt;"


def test_search_api_json_and_csv(client):
    body = client.get("/api/search?q=Xinjiang").json()
    assert body["total"] == 1 and "<mark>Xinjiang</mark>" in body["items"][0]["snippet"]
    assert "Jetisu forum" in client.get("/api/search?q=Xinjiang&format=csv").text


def test_search_chinese_text_by_substring(any_store):
    """Chinese has no spaces: a query in Chinese finds the article holding it anywhere (text
    written for the test)."""
    from kzcn.model import Document

    text = "2025年5月20日，阿克托别州代表团访问河南省郑州市，双方签署了合作备忘录。"
    any_store.save_document(Document(text=text, source="https://news.example.cn/zh/1", title="阿克托别州与河南省合作",
                                     published="2025-05-21").add(lang="zh"))
    for query in ("河南", "郑州 备忘录", "河南省郑州市"):
        result = search_documents(any_store.engine, query)
        assert [i["title"] for i in result["items"]] == ["阿克托别州与河南省合作"], query
        assert "<mark>" in result["items"][0]["snippet"]
    assert search_documents(any_store.engine, "上海")["total"] == 0
    assert search_documents(any_store.engine, "河南", lang="ru")["total"] == 0
