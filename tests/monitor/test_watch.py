"""Polling and watching against the loopback site with the real pipeline: articles stored with
their facts, conditional requests on the second run, nothing stored twice, errors backed off."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select
from typer.testing import CliRunner

from kzcn.cli import app
from kzcn.monitor.registry import now_utc
from kzcn.monitor.watch import Watcher
from kzcn.store import tables as t
from tests.monitor.articles import ARTICLES, listing, page, rss, sitemap
from tests.monitor.server import Route

PATHS = list(ARTICLES)  # three about China, one weather report
VANISHED = "/news/2025/03/vanished-10299"


def _feed_site(site, paths=PATHS, extra_paths=(VANISHED,)):
    site.routes["/rss.xml"] = Route(rss(site.base, [*paths, *extra_paths]), content_type="application/rss+xml",
                                    etag='"feed-v1"')
    for path in paths:
        site.routes[path] = Route(page(path))


def _states(store, source_id):
    with store.engine.connect() as conn:
        rows = conn.execute(select(t.source_items.c.url, t.source_items.c.state)
                            .where(t.source_items.c.source_id == source_id)).all()
    return {url.rsplit("/", 1)[-1]: state for url, state in rows}


def test_watch_feed_stores_articles_then_second_run_conditional_and_stores_nothing(site, store, registry, poller):
    _feed_site(site)
    source, _ = registry.add(site.base + "/rss.xml", "feed", region="Aktobe Region", lang="ru")
    first = Watcher(poller).run(once=True)[0]
    assert first.stored == 3 and store.count("documents") == 3 and store.count("events") >= 5
    assert sorted(_states(store, source.id).values()) == ["gone", "irrelevant", "stored", "stored", "stored"]
    health = registry.health(source.id)
    assert (health["found"], health["new"], health["stored_total"], health["etag"]) == (5, 5, 3, '"feed-v1"')
    assert registry.get(source.id).status == "verified"
    pages_before = sum(len(site.hits(p)) for p in PATHS)

    second = Watcher(poller).run(once=True)[0]
    assert second.stored == 0 and second.results[0].status == "not-modified"
    assert site.hits("/rss.xml")[-1]["if-none-match"] == '"feed-v1"'
    assert sum(len(site.hits(p)) for p in PATHS) == pages_before and store.count("documents") == 3
    assert registry.health(source.id)["stored_total"] == 3


def test_watch_feed_date_and_title_kept_when_the_page_has_none(site, store, registry, poller):
    path = PATHS[0]
    site.routes["/rss.xml"] = Route(rss(site.base, [path]), content_type="application/rss+xml")
    site.routes[path] = Route(page(path, with_date=False))
    registry.add(site.base + "/rss.xml", "feed")
    Watcher(poller).run(once=True)
    (doc,) = store.rows("documents")
    assert doc["published"] == "2025-03-04" and doc["url"] == site.base + path


def test_watch_stored_url_or_same_text_not_fetched_or_stored_again(site, store, registry, poller):
    _feed_site(site, PATHS[:2], ())
    feed, _ = registry.add(site.base + "/rss.xml", "feed")
    Watcher(poller).run(once=True)
    # A sitemap listing the same URLs, and a listing page linking to a copy under a new URL.
    site.routes["/sitemap.xml"] = Route(sitemap(site.base, PATHS[:2]), content_type="application/xml")
    copy = "/ru/copy/2025/aktobe-henan-10231"
    site.routes[copy] = Route(page(PATHS[0]))
    site.routes["/ru/news"] = Route(listing([]).replace(b"<ul>", f"<ul><a href='{copy}'>copy</a>".encode()))
    smap, _ = registry.add(site.base + "/sitemap.xml", "sitemap")
    lst, _ = registry.add(site.base + "/ru/news", "page")
    hits_before = sum(len(site.hits(p)) for p in PATHS[:2])
    report = Watcher(poller).run(once=True)[0]
    assert report.stored == 0 and store.count("documents") == 2
    assert set(_states(store, smap.id).values()) == {"known"}
    assert set(_states(store, lst.id).values()) == {"known"}  # fetched, cleaned, same text: not stored
    assert sum(len(site.hits(p)) for p in PATHS[:2]) == hits_before


def test_watch_listing_page_with_css_selector(site, store, registry, poller):
    site.routes["/kz/news"] = Route(listing(PATHS[2:3]))
    site.routes[PATHS[2]] = Route(page(PATHS[2]))
    registry.add(site.base + "/kz/news", "page", links="li.news a")
    assert Watcher(poller).run(once=True)[0].stored == 1
    (doc,) = store.rows("documents")
    assert doc["lang"] == "kk"


def test_watch_source_errors_back_off_exponentially(site, store, registry, poller):
    site.routes["/down.xml"] = Route(b"boom", status=500)
    source, _ = registry.add(site.base + "/down.xml", "feed")
    for errors in (1, 2):
        registry.save_health(source.id, next_due_at=now_utc() - timedelta(seconds=1))  # due now
        before = now_utc()
        report = Watcher(poller).cycle()
        assert report.results[0].status == "error"
        health = registry.health(source.id)
        assert health["errors_in_row"] == errors and health["last_status"] == 500 and "500" in health["last_error"]
        wait = health["next_due_at"] - before
        assert timedelta(seconds=60 * 2 ** errors - 1) < wait <= timedelta(seconds=60 * 2 ** errors + 5)
    assert registry.due(now_utc()) == [] and registry.due(now_utc(), ignore_schedule=True) == []
    assert registry.get(source.id).status == "unverified"  # never worked
    site.routes["/down.xml"] = Route(rss(site.base, []), content_type="application/rss+xml")
    assert Watcher(poller).cycle().results == []  # still backing off


def test_watch_article_failing_once_is_retried_next_poll(site, store, registry, poller):
    _feed_site(site, PATHS[:1], ())
    site.routes[PATHS[0]].fail_times = 1
    source, _ = registry.add(site.base + "/rss.xml", "feed")
    Watcher(poller).run(once=True)
    assert store.count("documents") == 0 and set(_states(store, source.id).values()) == {"pending"}
    Watcher(poller).run(once=True)  # the feed answers 304, the queued link is fetched again
    assert store.count("documents") == 1 and set(_states(store, source.id).values()) == {"stored"}


def test_watch_malformed_feed_is_the_sources_error(site, store, registry, poller):
    site.routes["/bad.xml"] = Route(b"<rss><channel><item><title>x", content_type="application/rss+xml")
    source, _ = registry.add(site.base + "/bad.xml", "feed")
    report = Watcher(poller).cycle()
    assert report.results[0].status == "error" and "well-formed" in registry.health(source.id)["last_error"]


def test_watch_cli_once_twice_stores_then_nothing(site, settings, store, registry, monkeypatch):
    """The issue's 'done when', through the command line with KZCN_FETCH_ALLOW_PRIVATE=1."""
    monkeypatch.setenv("KZCN_FETCH_ALLOW_PRIVATE", "1")
    monkeypatch.setenv("KZCN_FETCH_DELAY", "0")
    _feed_site(site)
    runner = CliRunner()
    added = runner.invoke(app, ["sources", "add", site.base + "/rss.xml", "--db", settings.database_url])
    assert added.exit_code == 0, added.output
    first = runner.invoke(app, ["watch", "--once", "--max-age-days", "0", "--db", settings.database_url])
    assert first.exit_code == 0, first.output
    assert "stored 3 new articles" in first.output and store.count("documents") == 3
    assert store.count("doc_signatures") == 3  # merged after storing
    second = runner.invoke(app, ["watch", "--once", "--max-age-days", "0", "--db", settings.database_url])
    assert "stored 0 new articles" in second.output and store.count("documents") == 3
    assert site.hits("/rss.xml")[-1].get("if-none-match") == '"feed-v1"'


def test_watch_feed_with_full_text_stores_it_without_fetching_the_page(site, store, registry, poller):
    path = PATHS[0]
    _, title, paragraphs = ARTICLES[path]
    text = "".join(f"<p>{p}</p>" for p in paragraphs * 2)
    item = (f"<item><title>{title}</title><link>{site.base}{path}</link>"
            f"<content:encoded><![CDATA[{text}]]></content:encoded></item>")
    feed = rss(site.base, [], item).replace(b"<rss version='2.0'>",
                                            b"<rss version='2.0' xmlns:content='http://purl.org/rss/1.0/modules/content/'>")
    site.routes["/rss.xml"] = Route(feed, content_type="application/rss+xml")
    registry.add(site.base + "/rss.xml", "feed")
    assert Watcher(poller).run(once=True)[0].stored == 1
    assert not site.hits(path) and store.count("events") >= 1
