"""Sources: the registry, the starter list, `kzcn sources add|list|remove|check`."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from kzcn.cli import app
from kzcn.cli_sources import known_units
from kzcn.monitor.model import guess_kind
from kzcn.monitor.starter import read_starter
from tests.monitor.articles import ARTICLES, rss

runner = CliRunner()


@pytest.mark.parametrize(("url", "kind"), [
    ("https://news.example.kz/rss.xml", "feed"),
    ("https://news.example.kz/feed/", "feed"),
    ("https://news.example.kz/sitemap.xml", "sitemap"),
    ("https://news.example.kz/sitemap-news.xml.gz", "sitemap"),
    ("https://news.example.kz/ru/news", "page"),
])
def test_sources_guess_kind_from_url(url, kind):
    assert guess_kind(url) == kind


def test_sources_registry_add_is_idempotent_and_remove_forgets(registry):
    first, added = registry.add("https://a.example.kz/rss", "feed", region="Aktobe Region", lang="ru")
    again, added_again = registry.add("https://a.example.kz/rss", "feed")
    assert added and not added_again and first == again and first.status == "unverified"
    assert registry.remove(first.id) and registry.all() == [] and not registry.remove(first.id)


def test_sources_starter_rows_are_sourced_units_known_and_unique():
    rows = read_starter()
    units = known_units()
    assert len(rows) >= 30
    assert len({r.url for r in rows}) == len(rows)
    assert all(r.unit is None or r.unit in units for r in rows)
    assert {r.lang for r in rows} >= {"kk", "ru", "en", "zh"}
    assert all(r.evidence.startswith(("seen", "domain")) for r in rows)


def _cli(settings, *args):
    result = runner.invoke(app, [*args, "--db", settings.database_url])
    return result


def test_sources_cli_add_list_remove_and_starter(settings, registry):
    assert _cli(settings, "sources", "add", "--starter").exit_code == 0
    count = len(registry.all())
    assert count == len(read_starter()) and {s.status for s in registry.all()} == {"unverified"}
    assert _cli(settings, "sources", "add", "--starter").exit_code == 0 and len(registry.all()) == count
    result = _cli(settings, "sources", "add", "https://b.example.kz/ru/news", "--region", "Jambyl Region",
                  "--lang", "ru", "--links", "li.news a")
    assert result.exit_code == 0, result.output
    added = registry.by_url("https://b.example.kz/ru/news")
    assert (added.kind, added.region, added.links) == ("page", "Jambyl Region", "li.news a")
    assert _cli(settings, "sources", "add", "https://c.example.kz/", "--region", "Atlantis").exit_code != 0
    assert _cli(settings, "sources", "add", "file:///etc/passwd").exit_code != 0
    listed = _cli(settings, "sources", "list")
    assert listed.exit_code == 0 and "unverif" in listed.output
    assert _cli(settings, "sources", "remove", str(added.id)).exit_code == 0
    assert registry.by_url(added.url) is None
    assert _cli(settings, "sources", "remove", "9999").exit_code == 1


def test_sources_check_reports_and_stores_nothing(settings, registry, store, site, monkeypatch):
    from tests.monitor.server import Route

    monkeypatch.setenv("KZCN_FETCH_ALLOW_PRIVATE", "1")
    paths = list(ARTICLES)[:2]
    site.routes["/rss.xml"] = Route(rss(site.base, paths), content_type="application/rss+xml", etag='"v1"')
    site.routes["/broken.xml"] = Route(b"<rss><channel><item>", content_type="application/rss+xml")
    ok, _ = registry.add(f"{site.base}/rss.xml", "feed")
    bad, _ = registry.add(f"{site.base}/broken.xml", "feed")
    result = _cli(settings, "sources", "check", str(ok.id))
    assert result.exit_code == 0, result.output
    assert "2 article links" in result.output and "ETag" in result.output
    assert registry.get(ok.id).status == "verified"
    assert store.count("documents") == 0 and not any(p in ARTICLES for p, _ in site.requests)
    assert _cli(settings, "sources", "check", str(bad.id)).exit_code == 1
    assert registry.get(bad.id).status == "unverified"
