"""Hostile HTML and XML: nesting bombs are flattened, entity tricks refused, text kept."""

from __future__ import annotations

import time

import pytest

from kzcn.clean import make_document
from kzcn.clean.html_to_text import MAX_DEPTH, flatten_deep_nesting, html_to_text, nesting_depth
from kzcn.ingest import RawArticle, read_paths
from kzcn.model import Rejection
from tests.conftest import KK_TEXT, RU_TEXT

KK_P, RU_P = KK_TEXT.split("\n")[0], RU_TEXT.split("\n")[0]


def _page(inner: str) -> str:
    return f"<html><head><title>T</title></head><body>{inner}</body></html>"


@pytest.mark.parametrize(
    ("html", "sentence"),
    [
        (_page("<div>" * 100_000 + f"<p>{KK_P}</p>" + "</div>" * 100_000), KK_P),
        (_page("<div>" * 100_000 + f"<p>{RU_P}</p>"), RU_P),  # never closed
        (_page("<span><b><i>" * 40_000 + f"<p>{RU_P}</p>"), RU_P),
        (_page("<div>" * 1_000 + f"<p>{KK_P}</p>" + "</div>" * 1_000), KK_P),  # libxml2 drops this
        (_page("<table><tr><td>" * 20_000 + KK_P), KK_P),
    ],
)
def test_hostile_html_nesting_bomb_flattened_text_kept(html, sentence):
    started = time.perf_counter()
    page = html_to_text(html)
    assert sentence in " ".join(page.text.split())
    assert time.perf_counter() - started < 10


def test_hostile_html_nesting_bomb_through_cleaning_keeps_article():
    html = _page("<div>" * 100_000 + f"<p>{RU_P}</p><p>{KK_P}</p>" + "</div>" * 100_000)
    doc = make_document(RawArticle("bomb.html", "bomb.html", html=html))
    assert not isinstance(doc, Rejection) and RU_P in doc.text


@pytest.mark.parametrize(
    ("html", "depth"),
    [
        ("<div><p>a<p>b<br><img src=x></div>", 1),
        ("<div><div/><section><article>x</article></section></div>", 3),
        ("<ul>" + "<li>x" * 5000 + "</ul>", 1),  # implicit closes do not count
        ("</div></div><div>", 1),
    ],
)
def test_hostile_html_nesting_depth(html, depth):
    assert nesting_depth(html) == depth


def test_hostile_html_flatten_is_identity_for_normal_pages():
    html = _page("<article><h1>T</h1>" + f"<div><p>{KK_P}</p><p>{RU_P}</p></div>" * 50 + "</article>")
    assert flatten_deep_nesting(html) == html
    assert nesting_depth(flatten_deep_nesting(_page("<div>" * 10_000))) <= MAX_DEPTH + 2


XML_ATTACKS = {
    "billion_laughs": '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "lol"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
                      '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>'
                      "<rss><channel><item><title>&d;</title><description>x</description></item></channel></rss>",
    "external_file": '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
                     "<rss><channel><item><title>t</title><description>&x;</description></item></channel></rss>",
    "external_url": '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "http://127.0.0.1:9/x">]>'
                    "<rss><channel><item><title>t</title><description>&x;</description></item></channel></rss>",
    "parameter_entity": '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY % p SYSTEM "file:///etc/passwd"> %p;]>'
                        "<rss><channel><item><title>t</title><description>d</description></item></channel></rss>",
    "quadratic_blowup": '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "' + "x" * 50_000 + '">]>'
                        "<rss><channel><item><title>t</title><description>" + "&a;" * 5_000
                        + "</description></item></channel></rss>",
}


@pytest.mark.parametrize("name", sorted(XML_ATTACKS))
def test_hostile_xml_feed_refused_with_reason(tmp_path, name):
    path = tmp_path / f"{name}.xml"
    path.write_text(XML_ATTACKS[name], encoding="utf-8")
    started = time.perf_counter()
    [item] = read_paths([path])
    assert isinstance(item, Rejection) and "XML" in item.reason and item.where == str(path)
    assert "root:" not in repr(item) and time.perf_counter() - started < 5


def test_hostile_xml_external_dtd_is_not_fetched_or_expanded(tmp_path):
    secret = tmp_path / "secret.dtd"
    secret.write_text('<!ENTITY leak "TOPSECRET">', encoding="utf-8")
    path = tmp_path / "feed.xml"
    path.write_text(f'<?xml version="1.0"?><!DOCTYPE rss SYSTEM "{secret.as_uri()}">'
                    "<rss><channel><item><title>Кездесу</title><link>https://a.kz/1</link>"
                    f"<description>{RU_P} &leak;</description></item></channel></rss>", encoding="utf-8")
    items = list(read_paths([path]))
    assert all("TOPSECRET" not in repr(item) for item in items)
