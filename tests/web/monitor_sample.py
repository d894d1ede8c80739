"""A store for the sources page, the subscribe link and the highlight legend: the UI sample
(tests/web/ui_sample.py) plus two followed sources (added as ``kzcn sources add`` adds them, with
health rows as ``kzcn watch`` writes them) and one short article that carries every highlight kind
the article page can show. The article is our own writing and fictional (names invented)."""

from __future__ import annotations

from datetime import datetime, timezone

from kzcn.model import Amount, DateMention, Document, Event
from kzcn.monitor.registry import Registry
from kzcn.store import Store
from tests.api.sample import _evidence, _mention, _sentences, _span
from tests.web.ui_sample import ui_store

ALL_KINDS = ("On 12 March 2025 the akim of Kostanay Region, Aidar Temirbekov, met a delegation from "
             "Shandong in Rudny. Zheltau Minerals LLP and China agreed to invest 30 billion tenge, "
             "to raise output by 15 percent to 40,000 tonnes and to hire 300 people in 2025-2027. "
             "Work starts next year.")
FEED_URL = "https://news.example.kz/rss/region.xml"
PAGE_URL = "https://akimat.example.kz/ru/news"


def all_kinds_document() -> Document:
    """An article whose text has a mention, an amount or a date of every highlight kind."""
    text, s = ALL_KINDS, _sentences(ALL_KINDS, "en")

    def amount(part, value, unit, kind):
        return Amount(*_span(text, part), part, value, unit, kind)

    def date(part, value, kind):
        return DateMention(*_span(text, part), part, value, kind)

    return Document(text=text, source="https://news.example.kz/en/kostanay-shandong", title="Every highlight",
                    published="2025-03-13").add(
        lang="en", sentences=s,
        mentions=(_mention(text, "Kostanay Region", "kz_region", "Kostanay Region", "kz:kostanay-region", "KZ"),
                  _mention(text, "Rudny", "kz_place", "Rudny", "kz:rudny", "KZ"),
                  _mention(text, "Shandong", "cn_place", "Shandong", "cn:shandong", "CN"),
                  _mention(text, "China", "country", "China", "", "CN"),
                  _mention(text, "Zheltau Minerals LLP", "org", "Zheltau Minerals LLP", "org:zheltau-minerals", "KZ"),
                  _mention(text, "Aidar Temirbekov", "person", "Aidar Temirbekov", "person:aidar-temirbekov", "KZ"),
                  _mention(text, "akim", "role", "akim")),
        amounts=(amount("30 billion tenge", 3.0e10, "KZT", "money"), amount("15 percent", 15.0, "%", "percent"),
                 amount("40,000 tonnes", 4.0e4, "t", "quantity"), amount("300", 300.0, "count", "number")),
        dates=(date("12 March 2025", "2025-03-12", "date"), date("2025-2027", "2025/2027", "period"),
               date("next year", "2026", "relative")),
        events=(Event("meeting", "Kostanay Region", "2025-03-12", "Rudny", ("Shandong",),
                      summary="Kostanay Region met Shandong", evidence=_evidence(s, 0, text, "met a delegation")),))


def monitor_store(url: str) -> Store:
    """The UI sample, the all-kinds article, a verified feed that has worked and then failed once,
    and a listing page never checked."""
    store = ui_store(url)
    store.save_document(all_kinds_document())
    registry = Registry(store.engine)
    feed, _ = registry.add(FEED_URL, "feed", name="Example Region News", region="Kostanay Region", lang="ru")
    registry.set_status(feed.id, "verified")
    registry.save_health(feed.id, found=12, new=3, stored_total=7, last_status=503,
                         last_polled_at=datetime(2025, 9, 2, 8, 30, tzinfo=timezone.utc),
                         last_success_at=datetime(2025, 9, 1, 6, 15, tzinfo=timezone.utc),
                         last_error_at=datetime(2025, 9, 2, 8, 30, tzinfo=timezone.utc),
                         last_error="HTTP 503 <script>alert(1)</script>", errors_in_row=1)
    registry.add(PAGE_URL, "page", name="Example akimat", region="Aktobe Region", lang="kk")
    return store
