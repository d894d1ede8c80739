"""A store where one thing is reported several times, for the merged-record aggregates.

All articles are our own invented writing (fictional company "Example Cement Co", invented
figures). One cement plant is reported by three articles (Russian, Kazakh, English) and a repost
of the Russian one; the agreement on it by two articles and the repost; a trade figure twice with
the same value rounded differently; a meeting without a date of its own; a national total; a
year-to-date figure; a tenge amount.
"""

from __future__ import annotations

from kzcn.merge.run import merge_store
from kzcn.model import Document, Event, Figure, Money, Project
from tests.api.sample import _evidence, _mention, _sentences

RU = ("Акимат Костанайской области и компания Example Cement Co подписали соглашение о строительстве "
      "цементного завода стоимостью 85 млн долларов в городе Рудный. Товарооборот Костанайской "
      "области с Китаем в 2024 году составил 96,7 млн долларов. Стороны договорились о поставках "
      "клинкера и обучении местных специалистов на заводе партнёра в провинции Цзянсу.")
REPOST_TAIL = " Перепечатано с сайта акимата."
KK = ("Қостанай облысы мен Example Cement Co компаниясы Рудный қаласында құны 85 млн доллар болатын "
      "цемент зауытын салу туралы келісімге қол қойды. Облыс пен Қытай арасындағы 2024 жылғы тауар "
      "айналымы 96,66 млн долларды құрады.")
EN = ("Construction of the Example Cement Co cement plant in Rudny, Kostanay Region, is under way; "
      "the plant is valued at 85 million dollars. Earlier the regional akim met a delegation from "
      "Shandong. Kazakhstan's trade with China reached 43 billion dollars in 2024, and Kostanay "
      "Region's trade with China in January to June 2025 was 51 million dollars. A logistics centre "
      "worth 9.4 billion tenge is planned.")


def _ru(text: str, published: str, source: str) -> Document:
    s = _sentences(text, "ru")
    return Document(text=text, source=source, title="Костанай: цементный завод", published=published).add(
        lang="ru", sentences=s,
        mentions=(_mention(text, "Костанайской области", "kz_region", "Kostanay Region", "kz:kostanay-region", "KZ"),
                  _mention(text, "Example Cement Co", "org", "Example Cement Co", "org:example-cement-co", "CN"),
                  _mention(text, "Цзянсу", "cn_place", "Jiangsu", "cn:jiangsu", "CN")),
        events=(Event("agreement", "Kostanay Region", "2025-03-09", None, ("Example Cement Co",), "agreement",
                      summary="Kostanay Region signed an agreement with Example Cement Co",
                      evidence=_evidence(s, 0, text, "подписали соглашение")),),
        projects=(Project("cement plant", "Kostanay Region", "construction_materials", "Example Cement Co",
                          Money(85e6, "USD", "exact", 85e6), "agreed", summary="A cement plant is agreed",
                          evidence=_evidence(s, 0, text, "цементного завода")),),
        figures=(Figure("trade_turnover", "Kostanay Region", 96.7e6, "USD", "China", "2024", value_usd=96.7e6,
                        evidence=_evidence(s, 1, text, "96,7 млн долларов")),),
        sectors=("construction_materials",))


def ru_document() -> Document:
    return _ru(RU, "2025-03-10", "ru_kostanay_cement.txt")


def repost_document() -> Document:
    """The Russian article republished a day later by another outlet, one sentence added."""
    return _ru(RU + REPOST_TAIL, "2025-03-11", "https://repost.example.kz/kostanay-cement")


def kk_document() -> Document:
    s = _sentences(KK, "kk")
    return Document(text=KK, source="kk_kostanay_cement.txt", title="Қостанай: цемент зауыты",
                    published="2025-03-12").add(
        lang="kk", sentences=s,
        mentions=(_mention(KK, "Қостанай облысы", "kz_region", "Kostanay Region", "kz:kostanay-region", "KZ"),
                  _mention(KK, "Example Cement Co", "org", "Example Cement Co", "org:example-cement-co", "CN")),
        events=(Event("agreement", "Kostanay Region", "2025-03-09", None, ("Example Cement Co",), "agreement",
                      summary="Kostanay Region signed an agreement with Example Cement Co",
                      evidence=_evidence(s, 0, KK, "келісімге")),),
        projects=(Project("cement plant", "Kostanay Region", "construction_materials", "Example Cement Co",
                          Money(85e6, "USD", "exact", 85e6), "agreed", summary="A cement plant is agreed",
                          evidence=_evidence(s, 0, KK, "цемент зауытын")),),
        figures=(Figure("trade_turnover", "Kostanay Region", 96.66e6, "USD", "China", "2024", value_usd=96.66e6,
                        evidence=_evidence(s, 1, KK, "96,66 млн долларды")),),
        sectors=("construction_materials",))


def en_document() -> Document:
    s = _sentences(EN, "en")
    return Document(text=EN, source="https://news.example.kz/en/kostanay-cement", title="Kostanay cement plant",
                    published="2025-09-01").add(
        lang="en", sentences=s,
        mentions=(_mention(EN, "Kostanay Region", "kz_region", "Kostanay Region", "kz:kostanay-region", "KZ"),
                  _mention(EN, "Example Cement Co", "org", "Example Cement Co", "org:example-cement-co", "CN"),
                  _mention(EN, "Shandong", "cn_place", "Shandong", "cn:shandong", "CN")),
        events=(Event("meeting", "Kostanay Region", None, None, ("Shandong",),
                      summary="The Kostanay Region akim met a Shandong delegation",
                      evidence=_evidence(s, 1, EN, "met a delegation")),),
        projects=(Project("cement plant", "Kostanay Region", "construction_materials", "Example Cement Co",
                          Money(85e6, "USD", "exact", 85e6), "under_construction",
                          summary="A cement plant is under construction", evidence=_evidence(s, 0, EN, "cement plant")),
                  Project("logistics centre", "Kostanay Region", "transport_logistics", None,
                          Money(9.4e9, "KZT", "exact", None), "proposed", summary="A logistics centre is planned",
                          evidence=_evidence(s, 3, EN, "logistics centre"))),
        figures=(Figure("trade_turnover", "Kazakhstan", 43e9, "USD", "China", "2024", value_usd=43e9,
                        evidence=_evidence(s, 2, EN, "43 billion dollars")),
                 Figure("trade_turnover", "Kostanay Region", 51e6, "USD", "China", "2025-01/2025-06",
                        value_usd=51e6, evidence=_evidence(s, 2, EN, "51 million dollars"))),
        sectors=("construction_materials", "transport_logistics"))


def merged_store(store):
    """``store`` with the four articles saved and merged (the repost found as a duplicate)."""
    for doc in (ru_document(), repost_document(), kk_document(), en_document()):
        store.save_document(doc)
    merge_store(store)
    return store
