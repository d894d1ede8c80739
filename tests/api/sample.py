"""A small store of hand-made articles in Kazakh, Russian and English with facts and offsets."""

from __future__ import annotations

from kzcn.model import ActingUnit, Document, Event, Evidence, Figure, Mention, Money, Project, Sentence, UnitCue
from kzcn.store import Store

KK = ("Ақтөбе облысының әкімі Хэнань провинциясының делегациясымен кездесті. "
      "Тараптар ферроқорытпа зауытын салу туралы келісімге қол қойды. "
      "2025 жылы облыс пен Қытай арасындағы тауар айналымы 100 млн долларды құрады.")
RU = ("Делегация Павлодарской области посетила город Чжэнчжоу. "
      "В регионе строится электростанция стоимостью 200 млн долларов. "
      "Товарооборот Актюбинской области с Китаем в 2025 году составил 120 млн долларов.")
EN = ("Jetisu Region hosted a trade forum with Xinjiang and Example Logistics Co in Taldykorgan. "
      "The sides discussed a dry port.")


def _span(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


def _sentences(text: str, lang: str) -> tuple[Sentence, ...]:
    result, start = [], 0
    for i, ch in enumerate(text):
        if ch == "." and (i + 1 == len(text) or text[i + 1] == " "):
            result.append(Sentence(start, i + 1, lang))
            start = i + 2
    return tuple(result)


def _evidence(doc_sentences, index: int, text: str, *parts: str) -> Evidence:
    s = doc_sentences[index]
    return Evidence(s.start, s.stop, tuple(_span(text, p) for p in parts), 0.9)


def _mention(text, part, kind, canonical, entity_id="", country=None):
    start, stop = _span(text, part)
    return Mention(start, stop, part, kind, canonical, entity_id, country)


def kk_document() -> Document:
    s = _sentences(KK, "kk")
    return Document(text=KK, source="kk_aktobe.txt", title="Ақтөбе мен Хэнань", published="2023-01-15").add(
        lang="kk", sentences=s,
        mentions=(_mention(KK, "Ақтөбе облысының", "kz_region", "Aktobe Region", "kz:aktobe-region", "KZ"),
                  _mention(KK, "Хэнань", "cn_place", "Henan", "cn:henan", "CN")),
        actors=(ActingUnit("Aktobe Region", 2.0, True, (UnitCue("Aktobe Region", "named", 0, 16, 2.0),)),),
        events=(Event("meeting", "Aktobe Region", "2023-01-15", None, ("Henan",), summary="Aktobe Region met Henan",
                      evidence=_evidence(s, 0, KK, "Ақтөбе облысының", "Хэнань")),
                Event("agreement", "Aktobe Region", "2023-01-15", None, ("Henan",), "agreement",
                      summary="Aktobe Region signed an agreement with Henan", evidence=_evidence(s, 1, KK, "келісімге"))),
        projects=(Project("ferroalloy plant", "Aktobe Region", "metallurgy", "Henan", None, "agreed",
                          summary="A ferroalloy plant is agreed in Aktobe Region", evidence=_evidence(s, 1, KK, "зауытын")),),
        figures=(Figure("trade_turnover", "Aktobe Region", 1.0e8, "USD", "China", "2025",
                        evidence=_evidence(s, 2, KK, "100 млн долларды")),),
        sectors=("metallurgy",))


def ru_document() -> Document:
    s = _sentences(RU, "ru")
    return Document(text=RU, source="ru_pavlodar.txt", title="Павлодар и Чжэнчжоу", published="2025-04-02").add(
        lang="ru", sentences=s,
        mentions=(_mention(RU, "Павлодарской области", "kz_region", "Pavlodar Region", "kz:pavlodar-region", "KZ"),
                  _mention(RU, "Чжэнчжоу", "cn_place", "Zhengzhou", "cn:zhengzhou", "CN"),
                  _mention(RU, "Актюбинской области", "kz_region", "Aktobe Region", "kz:aktobe-region", "KZ")),
        events=(Event("visit", "Pavlodar Region", "2025-04-01", "Zhengzhou", ("Zhengzhou",),
                      summary="A Pavlodar Region delegation visited Zhengzhou", evidence=_evidence(s, 0, RU, "Павлодарской области")),),
        projects=(Project("power plant", "Pavlodar Region", "energy", None, Money(2.0e8, "USD", "exact", 2.0e8),
                          "under_construction", summary="A power plant is being built in Pavlodar Region ($200M)",
                          evidence=_evidence(s, 1, RU, "электростанция")),),
        figures=(Figure("trade_turnover", "Aktobe Region", 1.2e8, "USD", "China", "2025",
                        evidence=_evidence(s, 2, RU, "120 млн долларов")),),
        sectors=("energy",))


def en_document() -> Document:
    s = _sentences(EN, "en")
    return Document(text=EN, source="https://news.example.kz/en/jetisu-forum", title="Jetisu forum",
                    published="2025-06-10").add(
        lang="en", sentences=s,
        mentions=(_mention(EN, "Jetisu Region", "kz_region", "Jetisu Region", "kz:jetisu-region", "KZ"),
                  _mention(EN, "Xinjiang", "cn_place", "Xinjiang", "cn:xinjiang", "CN"),
                  _mention(EN, "Example Logistics Co", "org", "Example Logistics Co", "org:example-logistics", "CN")),
        events=(Event("forum", "Jetisu Region", "2025-06", "Taldykorgan", ("Xinjiang", "Example Logistics Co"),
                      summary="Jetisu Region held a forum with Xinjiang", evidence=_evidence(s, 0, EN, "trade forum")),),
        sectors=("transport_logistics",))


def documents() -> list[Document]:
    return [kk_document(), ru_document(), en_document()]


def sample_store(url: str) -> Store:
    """A migrated store at ``url`` holding the three sample articles."""
    store = Store(url).migrate()
    for doc in documents():
        store.save_document(doc)
    return store
