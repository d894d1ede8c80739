"""The browser tests' sample store (tests/api/sample.py's three articles) plus three more short
articles written for these tests (fictional, our own writing): a national trade total, a
year-to-date regional figure, an event with no date of its own and a project valued in tenge.
They exist so the dashboard's like-with-like, undated and money rules have something to show."""

from __future__ import annotations

from kzcn.model import Document, Event, Figure, Mention, Money, Project
from kzcn.store import Store
from tests.api.sample import _evidence, _mention, _sentences, documents

NATIONAL = ("Trade between Kazakhstan and China reached 43 billion dollars in 2025. "
            "Pavlodar Region traded goods worth 50 million dollars with China from January to June 2025.")
UNDATED = ("Officials of Pavlodar Region met a delegation from Xinjiang. "
           "The sides agreed to study a logistics hub valued at 40 billion tenge.")


def national_document() -> Document:
    s = _sentences(NATIONAL, "en")
    return Document(text=NATIONAL, source="https://news.example.kz/en/trade-2025", title="Trade in 2025",
                    published="2025-08-01").add(
        lang="en", sentences=s,
        mentions=(_mention(NATIONAL, "Pavlodar Region", "kz_region", "Pavlodar Region", "kz:pavlodar-region", "KZ"),),
        figures=(Figure("trade_turnover", "Kazakhstan", 4.3e10, "USD", "China", "2025",
                        evidence=_evidence(s, 0, NATIONAL, "43 billion dollars")),
                 Figure("trade_turnover", "Pavlodar Region", 5.0e7, "USD", "China", "2025-01/2025-06",
                        evidence=_evidence(s, 1, NATIONAL, "50 million dollars"))),
        sectors=("trade",))


def undated_document() -> Document:
    s = _sentences(UNDATED, "en")
    return Document(text=UNDATED, source="https://news.example.kz/en/pavlodar-hub", title="Pavlodar hub",
                    published="2024-09-20").add(
        lang="en", sentences=s,
        mentions=(_mention(UNDATED, "Pavlodar Region", "kz_region", "Pavlodar Region", "kz:pavlodar-region", "KZ"),
                  _mention(UNDATED, "Xinjiang", "cn_place", "Xinjiang", "cn:xinjiang", "CN")),
        events=(Event("meeting", "Pavlodar Region", None, None, ("Xinjiang",), summary="Pavlodar Region met Xinjiang",
                      evidence=_evidence(s, 0, UNDATED, "met a delegation")),),
        projects=(Project("logistics hub", "Pavlodar Region", "transport_logistics", "Xinjiang",
                          Money(4.0e10, "KZT", "exact", None), "proposed",
                          summary="A logistics hub is proposed in Pavlodar Region", evidence=_evidence(s, 1, UNDATED, "logistics hub")),),
        sectors=("transport_logistics",))


def ui_store(url: str) -> Store:
    """A migrated store at ``url`` with the three sample articles and the three above."""
    store = Store(url).migrate()
    for doc in documents() + [national_document(), undated_document()]:
        store.save_document(doc)
    return store
