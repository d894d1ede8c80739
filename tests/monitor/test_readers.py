"""Readers: feeds (summary vs full text), sitemaps and indexes, listing pages."""

from __future__ import annotations

import gzip

import pytest

from kzcn.monitor.readers import ReaderError, sniff_kind
from kzcn.monitor.readers.feed import feed_items
from kzcn.monitor.readers.listing import listing_items, looks_like_article
from kzcn.monitor.readers.sitemap import MAX_INFLATED, inflate, parse_sitemap, sitemap_items
from tests.monitor.articles import ARTICLES, listing, rss, sitemap

BASE = "https://gazeta.example.kz"
PATHS = list(ARTICLES)


def test_feed_items_summary_only_have_no_body_and_keep_date_and_title():
    items = feed_items(rss(BASE, PATHS[:2]), BASE + "/rss.xml")
    assert [i.url for i in items] == [BASE + p for p in PATHS[:2]]
    assert items[0].title == ARTICLES[PATHS[0]][1] and items[0].published == "2025-03-04"
    assert all(i.body == "" for i in items)


def test_feed_items_full_text_kept_as_body():
    long_text = "<p>" + "Аким области встретился с делегацией. " * 30 + "</p>"
    extra = (f"<item xmlns:content='http://purl.org/rss/1.0/modules/content/'><title>Полный</title>"
             f"<link>{BASE}/news/full-12345</link><content:encoded><![CDATA[{long_text}]]></content:encoded></item>")
    feed = rss(BASE, [], extra).replace(b"<rss version='2.0'>",
                                        b"<rss version='2.0' xmlns:content='http://purl.org/rss/1.0/modules/content/'>")
    (item,) = feed_items(feed, BASE + "/rss.xml")
    assert "делегацией" in item.body


@pytest.mark.parametrize("data", [
    b"<rss><channel><item><title>x</title>",  # truncated
    b"<?xml version='1.0'?><!DOCTYPE r [<!ENTITY a 'aaaa'><!ENTITY b '&a;&a;&a;'>]><rss>&b;</rss>",  # entities
    b"not xml at all",
])
def test_feed_items_malformed_or_unsafe_refused(data):
    with pytest.raises(ReaderError):
        feed_items(data, BASE + "/rss.xml")


def test_sitemap_items_with_dates_same_site_only():
    data = sitemap(BASE, PATHS[:3]).replace(b"</urlset>", b"<url><loc>https://elsewhere.example.com/x-1-2</loc></url></urlset>")
    items = parse_sitemap(data, BASE + "/sitemap.xml").items
    assert [i.url for i in items] == [BASE + p for p in PATHS[:3]]
    assert items[1].published == "2025-03-05"


def test_sitemap_index_reads_newest_children_and_survives_a_broken_one():
    index = (f"<sitemapindex xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>"
             f"<sitemap><loc>{BASE}/old.xml</loc><lastmod>2020-01-01</lastmod></sitemap>"
             f"<sitemap><loc>{BASE}/broken.xml</loc><lastmod>2025-03-02</lastmod></sitemap>"
             f"<sitemap><loc>{BASE}/new.xml</loc><lastmod>2025-03-07</lastmod></sitemap>"
             f"<sitemap><loc>{BASE}/mid.xml</loc><lastmod>2025-02-01</lastmod></sitemap></sitemapindex>").encode()
    bodies = {f"{BASE}/new.xml": sitemap(BASE, PATHS[:2]), f"{BASE}/mid.xml": sitemap(BASE, PATHS[2:3]),
              f"{BASE}/broken.xml": b"<urlset"}
    fetched = []

    def fetch(url):
        fetched.append(url)
        return bodies[url]

    items = sitemap_items(index, BASE + "/sitemap.xml", fetch)
    assert sorted(i.url for i in items) == sorted(BASE + p for p in PATHS[:3])
    assert f"{BASE}/old.xml" not in fetched  # only the newest three children


def test_sitemap_gzip_inflated_with_a_bound():
    assert inflate(gzip.compress(sitemap(BASE, PATHS[:1])), "x").startswith(b"<?xml")
    bomb = gzip.compress(b"\0" * (MAX_INFLATED + 1000))
    with pytest.raises(ReaderError, match="at most"):
        inflate(bomb, "x")


def test_listing_default_links_look_like_articles_and_stay_on_site():
    page = listing(PATHS[:2]).replace(b"</ul>", b"<a href='https://other.example.com/news/2025/1-2-3'>x</a></ul>")
    items = listing_items(page.decode(), BASE + "/ru/news")
    assert [i.url for i in items] == [BASE + p for p in PATHS[:2]]
    assert items[0].title == ARTICLES[PATHS[0]][1]


def test_listing_css_selector_chooses_links():
    html = "<html><body><div class='lead'><a href='/a'>A</a></div><a href='/news/2025/123456'>B</a></body></html>"
    assert [i.url for i in listing_items(html, BASE + "/", "div.lead")] == [BASE + "/a"]
    with pytest.raises(ReaderError, match="CSS selector"):
        listing_items(html, BASE + "/", "div[[")


@pytest.mark.parametrize(("url", "expected"), [
    (BASE + "/news/2025/03/04/akim-met", True),
    (BASE + "/ru/news/akim-met-the-delegation-from-henan", True),
    (BASE + "/kz/news/123456", True),
    (BASE + "/tag/china", False),
    (BASE + "/category/economy-and-business-news", False),
    (BASE + "/upload/2025/photo-of-akim.jpg", False),
    (BASE + "/news", False),
    (BASE + "/", False),
])
def test_listing_looks_like_article_table(url, expected):
    assert looks_like_article(url) is expected


@pytest.mark.parametrize(("data", "kind"), [
    (b"<?xml version='1.0'?><rss version='2.0'>", "feed"),
    (b"<feed xmlns='http://www.w3.org/2005/Atom'>", "feed"),
    (b"\xef\xbb\xbf<urlset>", "sitemap"),
    (b"<!DOCTYPE html><html>", "page"),
    (b"{}", None),
])
def test_readers_sniff_kind_table(data, kind):
    assert sniff_kind(data) == kind
