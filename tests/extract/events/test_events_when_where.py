"""When and where events happened: the dateline's day, terms of years, the place of a tour of cities."""

from __future__ import annotations

import pytest
from test_events_triggers import document

from kzcn.extract.events.find import find_events
from kzcn.model import DateMention

CN = {"country": "CN"}


def _dated(doc, *dates: tuple[str, str, str]):
    """``doc`` with the given (surface, value, kind) date mentions."""
    found = []
    for surface, value, kind in dates:
        start = doc.text.index(surface)
        found.append(DateMention(start, start + len(surface), surface, value, kind))
    return doc.add(dates=found)


DATELINE = [
    # a dateline day dates the talks and the signing, not the later tour
    ("kk", "ТАРАЗ. 4 наурыз. Облыс әкімі Sino Agro компаниясының басшысымен кездесті.\n"
     "Кездесуде тараптар меморандумға қол қойды.\nКейін қонақтар зауытты аралады.",
     "4 наурыз", "2025-03-04", {"meeting": "2025-03-04", "agreement": "2025-03-04", "site_visit": None}),
    ("ru", "Рубрика\nКОКШЕТАУ, 9 апреля. /Корр./ Аким области встретился с руководством Sino Agro.\n"
     "По итогам встречи подписано соглашение.\nЗатем гости осмотрели завод.",
     "9 апреля", "2025-04-09", {"meeting": "2025-04-09", "agreement": "2025-04-09", "site_visit": None}),
    ("en", "TARAZ, April 9 (Kazinform) - The regional akim met the head of Sino Agro.\n"
     "The sides signed an agreement after the meeting.",
     "April 9", "2025-04-09", {"meeting": "2025-04-09", "agreement": "2025-04-09"}),
]


@pytest.mark.parametrize(("lang", "text", "surface", "value", "expected"), DATELINE)
def test_events_date_from_dateline_day(lang: str, text: str, surface: str, value: str, expected: dict) -> None:
    doc = _dated(document(text, lang, ("Sino Agro", "org", "Sino Agro", CN)), (surface, value, "date"))
    assert {e.type: e.date for e in find_events(doc)} == expected


def test_events_dateline_day_not_for_a_trip_told_from_home() -> None:
    text = ("ПАВЛОДАР, 12 марта. Делегация области с рабочим визитом находилась в Китае.\n"
            "В городе Нанкине делегация провела встречу с руководством Sino Agro.")
    doc = document(text, "ru", ("ПАВЛОДАР", "kz_place", "Pavlodar", {"region": "Pavlodar Region"}),
                   ("Нанкине", "cn_place", "Nanjing", {"country": "CN", "region": "Jiangsu"}),
                   ("Sino Agro", "org", "Sino Agro", CN))
    doc = _dated(doc, ("12 марта", "2025-03-12", "date"))
    meeting = next(e for e in find_events(doc) if e.type == "meeting")
    assert (meeting.place, meeting.date) == ("Nanjing", None)


NOT_A_DATELINE = [
    ("ru", "Аким области 9 апреля встретился с руководством Sino Agro.", None),
    ("kk", "Облыс әкімі Sino Agro компаниясының басшысымен кездесті. 4 наурыз күні келісім жасалды.", None),
]


@pytest.mark.parametrize(("lang", "text", "expected"), NOT_A_DATELINE)
def test_events_no_dateline_no_day(lang: str, text: str, expected) -> None:
    doc = document(text, lang, ("Sino Agro", "org", "Sino Agro", CN))
    meeting = next(e for e in find_events(doc) if e.type == "meeting")
    assert meeting.date == expected


TERMS = [
    ("ru", "Стороны подписали дорожную карту с Sino Agro на 2025–2027 годы.", "2025"),
    ("kk", "Тараптар Sino Agro компаниясымен 2025-2027 жылдарға арналған жол картасына қол қойды.", "2025"),
    ("en", "The sides signed a roadmap with Sino Agro for 2025–2027.", "2025"),
]


@pytest.mark.parametrize(("lang", "text", "year"), TERMS)
def test_events_term_of_years_is_not_the_date(lang: str, text: str, year: str) -> None:
    doc = _dated(document(text, lang, ("Sino Agro", "org", "Sino Agro", CN)), (year, year, "date"))
    assert [e.date for e in find_events(doc) if e.type == "agreement"] == [None]


TOURS = [
    ("kk", "Облыс делегациясы Қытайдың Цзянсу провинциясына сапармен барды.\n"
     "Нанкин қаласында делегация Sino Agro басшысымен кездесті.\n"
     "Уси қаласында делегация Sino Steel зауытын аралады.", None),
    ("ru", "Делегация области с визитом находилась в провинции Цзянсу.\n"
     "В Нанкине делегация провела встречу с руководством Sino Agro.\n"
     "В Уси делегация посетила завод Sino Steel.", None),
    ("ru", "Делегация области с визитом находилась в провинции Цзянсу.\n"
     "В Нанкине делегация провела встречу с руководством Sino Agro.", "Nanjing"),
]


@pytest.mark.parametrize(("lang", "text", "expected"), TOURS)
def test_events_trip_place_is_its_one_city(lang: str, text: str, expected) -> None:
    jiangsu = {"country": "CN", "region": "Jiangsu"}
    cities = [(s, "cn_place", c, jiangsu) for s, c in (("Нанкин", "Nanjing"), ("Уси", "Wuxi")) if s in text]
    doc = document(text, lang, ("Цзянсу", "cn_place", "Jiangsu", CN), ("Sino Agro", "org", "Sino Agro", CN),
                   *cities, *([("Sino Steel", "org", "Sino Steel", CN)] if "Sino Steel" in text else []))
    visit = next(e for e in find_events(doc) if e.type == "visit")
    assert visit.place == expected


NEGATED_SIGNINGS = [
    ("ru", "Контракт с Sino Agro на поставку оборудования подписан не был: стороны не сошлись в цене."),
    ("en", "No investment agreement with Sino Agro was signed in the end."),
    ("kk", "Sino Agro компаниясымен келісімге қол қойылмады."),
]


@pytest.mark.parametrize(("lang", "text"), NEGATED_SIGNINGS)
def test_events_negated_signing_is_not_an_event(lang: str, text: str) -> None:
    doc = document(text, lang, ("Sino Agro", "org", "Sino Agro", CN))
    assert [e.type for e in find_events(doc)] == []


LISTS = [
    ("ru", "По итогам встречи подписаны:\n- меморандум с Sino Agro о поставках зерна;\n"
     "- контракт с Sino Steel на строительство склада;\n- соглашение с Sino Agro о логистике.\nЗатем стороны обсудили планы.",
     [("memorandum", ("Sino Agro",)), ("contract", ("Sino Steel",)), ("agreement", ("Sino Agro",))]),
    ("kk", "Форум аясында келесі құжаттарға қол қойылды:\n– Sino Agro компаниясымен меморандум;\n"
     "– Sino Steel компаниясымен келісімшарт.\nКейін делегация қаланы аралады.",
     [("memorandum", ("Sino Agro",)), ("contract", ("Sino Steel",))]),
    ("en", "Among the documents signed:\n• a memorandum with Sino Agro on grain;\n• a contract with Sino Steel on a warehouse.",
     [("memorandum", ("Sino Agro",)), ("contract", ("Sino Steel",))]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), LISTS)
def test_events_list_of_signed_documents_one_event_each(lang: str, text: str, expected: list) -> None:
    doc = document(text, lang, ("Sino Agro", "org", "Sino Agro", CN), ("Sino Steel", "org", "Sino Steel", CN))
    doc = doc.add(mentions=list(doc.mentions) + [
        m for m in _all_mentions(doc.text, "Sino Agro") if m.start != doc.text.index("Sino Agro")])
    signed = [(e.instrument, e.cn_parties) for e in find_events(doc) if e.type == "agreement"]
    assert signed == expected


def _all_mentions(text: str, surface: str):
    from kzcn.model import Mention
    start = text.find(surface)
    while start >= 0:
        yield Mention(start, start + len(surface), surface, "org", surface, country="CN")
        start = text.find(surface, start + 1)


INBOUND = [
    ("ru", "В ходе визита в Мангистаускую область делегации города Ляньюньган обсудили транзит.",
     ("Мангистаускую область", "kz_region", "Mangystau Region"), ("Ляньюньган", "cn_place", "Lianyungang", CN)),
    ("ru", "Губернатор провинции Шэньси находится в Казахстане с официальным визитом.",
     ("Казахстане", "country", "Kazakhstan"), ("Шэньси", "cn_place", "Shaanxi", CN)),
    ("en", "The visit of the Lianyungang delegation to Mangystau region ended with talks on transit.",
     ("Mangystau region", "kz_region", "Mangystau Region"), ("Lianyungang", "cn_place", "Lianyungang", CN)),
]


@pytest.mark.parametrize(("lang", "text", "kz", "cn"), INBOUND)
def test_events_visit_to_kazakhstan_is_a_visit(lang: str, text: str, kz: tuple, cn: tuple) -> None:
    """CONVENTIONS.md: a delegation's trip to the other side, in either direction, is a visit."""
    assert "visit" in [e.type for e in find_events(document(text, lang, kz, cn))]


SITES = [
    ("kk", "Делегация Құлжадағы Sino Agro компаниясының зауытын аралады.", "Yining"),
    ("ru", "Делегация посетила завод Sino Agro в городе Кульджа.", "Yining"),
]


@pytest.mark.parametrize(("lang", "text", "expected"), SITES)
def test_events_tour_place_from_place_adjective(lang: str, text: str, expected: str) -> None:
    surface = "Құлжа" if lang == "kk" else "Кульджа"
    doc = document(text, lang, ("Sino Agro", "org", "Sino Agro", CN),
                   (surface, "cn_place", "Yining", {"country": "CN", "region": "Xinjiang"}))
    assert [e.place for e in find_events(doc) if e.type == "site_visit"] == [expected]


OUTBOUND_FROM = [
    ("en", "A delegation from Turkistan region visited China's Hubei province.", "Hubei"),
    ("ru", "Делегация из Туркестанской области посетила провинцию Хубэй с визитом.", "Хубэй"),
]


@pytest.mark.parametrize(("lang", "text", "province"), OUTBOUND_FROM)
def test_events_delegation_from_a_kazakh_region_travels(lang: str, text: str, province: str) -> None:
    doc = document(text, lang, (province, "cn_place", "Hubei", CN))
    assert "visit" in [e.type for e in find_events(doc)]


def test_events_listed_document_without_chinese_party_takes_no_company() -> None:
    text = ("По итогам встречи подписаны:\n- меморандум между колледжем и университетом;\n"
            "- соглашение с Sino Agro о логистике.\nSino Agro построит склад.")
    doc = document(text, "ru", ("Sino Agro", "org", "Sino Agro", {"country": "CN", "participant": True}))
    signed = [(e.instrument, e.cn_parties) for e in find_events(doc) if e.type == "agreement"]
    assert signed == [("memorandum", ()), ("agreement", ("Sino Agro",))]


def test_events_trip_to_two_provinces_has_no_one_place() -> None:
    text = ("Облыс делегациясы Қытайға жұмыс сапарымен барды.\n"
            "Делегация Шаньдун провинциясының Цзинань қаласының әкімшілігімен кездесті.\n"
            "Сапардың соңғы күні делегация Гуанчжоу қаласында көрмеге қатысты.")
    doc = document(text, "kk", ("Шаньдун", "cn_place", "Shandong", CN),
                   ("Цзинань", "cn_place", "Jinan", {"country": "CN", "region": "Shandong"}),
                   ("Гуанчжоу", "cn_place", "Guangzhou", {"country": "CN", "region": "Guangdong"}))
    visit = next(e for e in find_events(doc) if e.type == "visit")
    assert visit.place is None
