"""Alerts: filters, the Atom feed of facts, /api/sources, and signed webhooks retried with
back-off against a loopback receiver that verifies the HMAC."""

from __future__ import annotations

import json
import threading
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import feedparser
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import update
from typer.testing import CliRunner

from kzcn.api.app import create_app
from kzcn.cli import app
from kzcn.errors import FetchError, InputError
from kzcn.monitor.alerts import AlertOptions, add_subscription, deliver, enqueue, subscriptions
from kzcn.monitor.facts import kinds_for, parse_filter
from kzcn.monitor.registry import now_utc
from kzcn.monitor.watch import Watcher
from kzcn.monitor.webhook import WebhookSender, verify_signature
from kzcn.store import tables as t
from tests.monitor.articles import ARTICLES, page, rss
from tests.monitor.server import Route

SECRET = "test-secret-not-real"
FAST = AlertOptions(retries=2, backoff=0.01, later=60, max_attempts=2, timeout=2, site_url="http://kzcn.test")


@pytest.mark.parametrize(("text", "kinds"), [
    ("region=Aktobe Region&type=agreement", ["events"]),
    ("region=Aktobe+Region", ["events", "projects", "figures"]),
    ("stage=announced", ["projects"]),
    ("metric=trade_volume&cn=Henan", ["figures"]),
    ("", ["events", "projects", "figures"]),
])
def test_alerts_filter_kinds_table(text, kinds):
    assert kinds_for(parse_filter(text)) == kinds


def test_alerts_filter_unknown_field_refused():
    with pytest.raises(InputError, match="colour"):
        parse_filter("region=Aktobe Region&colour=red")


class Receiver:
    """A webhook on 127.0.0.1 answering 500 to its first ``fail`` POSTs; checks every signature."""

    def __init__(self, fail: int = 0) -> None:
        self.fail, self.posts, self.bad_signatures = fail, [], 0
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):  # noqa: N802 - http.server API
                body = self.rfile.read(int(self.headers["Content-Length"]))
                ok = verify_signature(SECRET, self.headers["X-Kzcn-Timestamp"], body, self.headers["X-Kzcn-Signature"])
                receiver.bad_signatures += not ok
                receiver.posts.append(json.loads(body))
                status = 500 if len(receiver.posts) <= receiver.fail or not ok else 204
                self.send_response(status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook"

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def receiver():
    made = []

    def make(fail: int = 0) -> Receiver:
        made.append(Receiver(fail))
        return made[-1]

    yield make
    for r in made:
        r.close()


def _store_articles(site, registry, poller, paths) -> None:
    site.routes["/rss.xml"] = Route(rss(site.base, paths), content_type="application/rss+xml")
    for path in paths:
        site.routes[path] = Route(page(path))
    registry.add(site.base + "/rss.xml", "feed")
    Watcher(poller).run(once=True)


def test_alerts_webhook_signed_retried_and_sent_once(site, store, registry, poller, receiver):
    hook = receiver(fail=1)
    sub_id, _ = add_subscription(store.engine, "region=Aktobe Region&type=agreement", hook.url, True, SECRET)
    _store_articles(site, registry, poller, list(ARTICLES))
    sender = WebhookSender(retries=FAST.retries, backoff=FAST.backoff, allow_private=True)
    assert enqueue(store.engine) == 1
    assert deliver(store.engine, sender, FAST) == {"sent": 1, "retry": 0, "failed": 0}
    assert len(hook.posts) == 2 and hook.bad_signatures == 0  # a 500, then the retry
    sent = hook.posts[-1]
    assert sent["kind"] == "event" and sent["fact"]["type"] == "agreement" and sent["fact"]["kz_region"] == "Aktobe Region"
    assert sent["summary"] and sent["evidence"] and sent["article"]["page"].startswith("http://kzcn.test/articles/")
    assert enqueue(store.engine) == 0 and deliver(store.engine, sender, FAST)["sent"] == 0 and len(hook.posts) == 2
    assert subscriptions(store.engine)[0]["sent"] == 1 and "secret" not in subscriptions(store.engine)[0]


def test_alerts_facts_stored_before_the_subscription_are_not_sent(site, store, registry, poller, receiver):
    _store_articles(site, registry, poller, list(ARTICLES)[:1])
    add_subscription(store.engine, "region=Aktobe Region", receiver().url, True, SECRET)
    assert enqueue(store.engine) == 0


def test_alerts_failing_webhook_backs_off_then_gives_up(site, store, registry, poller, receiver):
    hook = receiver(fail=100)
    add_subscription(store.engine, "type=agreement", hook.url, True, SECRET)
    _store_articles(site, registry, poller, list(ARTICLES)[:1])
    sender = WebhookSender(retries=1, backoff=0.01, allow_private=True)
    enqueue(store.engine)
    assert deliver(store.engine, sender, FAST) == {"sent": 0, "retry": 1, "failed": 0}
    assert len(hook.posts) == 2
    assert deliver(store.engine, sender, FAST)["retry"] == 0 and len(hook.posts) == 2  # not due yet
    with store.engine.begin() as conn:
        conn.execute(update(t.alert_deliveries).values(next_attempt_at=now_utc() - timedelta(seconds=1)))
    assert deliver(store.engine, sender, FAST) == {"sent": 0, "retry": 0, "failed": 1}


def test_alerts_webhook_to_private_address_refused_unless_allowed(store):
    with pytest.raises(FetchError, match="private"):
        add_subscription(store.engine, "type=agreement", "http://10.0.0.1/hook", False)
    with pytest.raises(FetchError, match="http"):
        add_subscription(store.engine, "type=agreement", "file:///tmp/hook", True)


def test_alerts_cli_add_prints_secret_once_and_lists(settings, store, monkeypatch):
    monkeypatch.setenv("KZCN_FETCH_ALLOW_PRIVATE", "1")
    runner = CliRunner()
    added = runner.invoke(app, ["alerts", "add", "--filter", "region=Aktobe Region&type=agreement",
                                "--webhook", "http://127.0.0.1:9/hook", "--db", settings.database_url])
    assert added.exit_code == 0, added.output
    secret = added.stdout.strip().splitlines()[-1]
    assert len(secret) == 64
    listed = runner.invoke(app, ["alerts", "list", "--db", settings.database_url])
    assert listed.exit_code == 0 and secret not in listed.output and "Aktobe" in listed.output
    bad = runner.invoke(app, ["alerts", "add", "--filter", "colour=red", "--webhook", "http://127.0.0.1:9/",
                              "--db", settings.database_url])
    assert bad.exit_code != 0


def test_alerts_atom_feed_lists_new_facts_and_api_sources_health(site, settings, store, registry, poller):
    _store_articles(site, registry, poller, list(ARTICLES))
    client = TestClient(create_app(settings.model_copy(update={"api_cache_seconds": 0}), store=store))
    answer = client.get("/feeds/facts.atom", params={"region": "Aktobe Region", "type": "agreement"})
    assert answer.status_code == 200 and answer.headers["content-type"].startswith("application/atom+xml")
    feed = feedparser.parse(answer.content)
    assert len(feed.entries) == 1
    (entry,) = feed.entries
    with store.engine.connect() as conn:
        (event,) = conn.execute(t.events.select().where(t.events.c.type == "agreement",
                                                        t.events.c.kz_region == "Aktobe Region")).all()
    assert entry.title == event.summary and entry.link.endswith(f"/articles/{event.doc_id}")
    assert "меморандум" in entry.content[0].value
    everything = feedparser.parse(client.get("/feeds/facts.atom").content)
    assert len(everything.entries) == store.count("events") + store.count("projects") + store.count("figures")
    sources = client.get("/api/sources").json()["sources"]
    assert sources[0]["status"] == "verified" and sources[0]["stored_total"] == 3 and "etag" not in sources[0]
