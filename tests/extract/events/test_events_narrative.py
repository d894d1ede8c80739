"""Where and when, from the narrative: spans of days, trips to a province, happenings within a
forum or on the same day, business meetings at a fair, modality told after the happening."""

from __future__ import annotations

import pytest
from test_events_triggers import document
from test_events_when_where import _dated

from kzcn.extract.dates.ranges import day_range
from kzcn.extract.events.find import find_events

CN = {"country": "CN"}
ORG = ("Sino Agro", "org", "Sino Agro", CN)

DAY_RANGES = [
    ("С 3 по 7 марта 2025 года делегация была в Китае.", "7 марта 2025 года", "2025-03-07", "2025-03-03/2025-03-07"),
    ("с 10 по 12 мая аким находился в Харбине.", "12 мая", "2025-05-12", "2025-05-10/2025-05-12"),
    ("The delegation visited Henan on June 4-9, 2025.", "June 4", "2025-06-04", "2025-06-04/2025-06-09"),
    ("The delegation was in Henan from May 2 to 6, 2025.", "May 2", "2025-05-02", "2025-05-02/2025-05-06"),
    # not a span of days: a later day that is smaller, a day alone, a year after a comma
    ("с 19 мая по 2 июня", "2 июня", "2025-06-02", "2025-06-02"),
    ("The forum opened on June 4, 2025 in Aktau.", "June 4", "2025-06-04", "2025-06-04"),
    ("The plant opened on June 4 - 120 jobs were created.", "June 4", "2025-06-04", "2025-06-04"),
]


@pytest.mark.parametrize(("text", "surface", "value", "expected"), DAY_RANGES)
def test_day_range_widens_a_day_to_the_span_told(text: str, surface: str, value: str, expected: str) -> None:
    start = text.index(surface)
    assert day_range(text, start, start + len(surface), value) == expected


HENAN = ("Хэнань", "cn_place", "Henan", CN)
ZHENGZHOU = ("Чжэнчжоу", "cn_place", "Zhengzhou", {"country": "CN", "region": "Henan"})
TRIP_TO_A_PROVINCE = [
    ("ru", "С 3 по 7 марта делегация области находилась с рабочим визитом в провинции Хэнань.\n"
     "В Чжэнчжоу делегация встретилась с руководством Sino Agro.",
     ("7 марта", "2025-03-07", "date"), (HENAN, ZHENGZHOU, ORG)),
    ("kk", "Облыс делегациясы 3-7 наурыз аралығында Хэнань провинциясында жұмыс сапарымен болды.\n"
     "Чжэнчжоу қаласында делегация Sino Agro компаниясының басшысымен кездесті.",
     ("3-7 наурыз", "2025-03-03/2025-03-07", "period"),
     (HENAN, ("Чжэнчжоу қаласында", "cn_place", "Zhengzhou", {"country": "CN", "region": "Henan"}), ORG)),
    ("en", "The regional delegation visited Henan province on March 3-7, holding talks in Zhengzhou.",
     ("March 3", "2025-03-03", "date"),
     (("Henan", "cn_place", "Henan", CN), ("Zhengzhou", "cn_place", "Zhengzhou", {"country": "CN", "region": "Henan"}))),
]


@pytest.mark.parametrize(("lang", "text", "date", "mentions"), TRIP_TO_A_PROVINCE)
def test_events_trip_of_several_days_to_a_province_has_no_place(lang, text, date, mentions) -> None:
    events = {e.type: e for e in find_events(_dated(document(text, lang, *mentions), date))}
    assert (events["visit"].place, events["visit"].date) == (None, "2025-03-03/2025-03-07")
    assert events["meeting"].date is None  # a meeting fell on one day of the trip


AKTAU = ("Ақтау қаласында", "kz_place", "Aktau", {"region": "Mangystau Region"})
WITHIN_FORUM = [
    ("kk", "2025 жылғы 5 мамырда Ақтау қаласында инвестициялық форум өтті.\n"
     "Форум аясында облыс әкімі Sino Agro компаниясының басшысымен кездесті.",
     ("2025 жылғы 5 мамырда", AKTAU), "meeting"),
    ("ru", "5 мая 2025 года в городе Актау прошел инвестиционный форум.\n"
     "На полях форума аким области подписал соглашение с Sino Agro.",
     ("5 мая 2025 года", ("городе Актау", "kz_place", "Aktau", {"region": "Mangystau Region"})), "agreement"),
    ("en", "An investment forum was held in Aktau on May 5, 2025.\n"
     "On the sidelines of the forum, the akim met the head of Sino Agro in the Astana hotel.",
     ("May 5, 2025", ("Aktau", "kz_place", "Aktau", {"region": "Mangystau Region"})), "meeting"),
]


@pytest.mark.parametrize(("lang", "text", "given", "kind"), WITHIN_FORUM)
def test_events_within_a_forum_take_its_place_and_day(lang, text, given, kind) -> None:
    surface, place = given
    doc = _dated(document(text, lang, place, ORG), (surface, "2025-05-05", "date"))
    events = [e for e in find_events(doc)]
    assert [e.type for e in events] == ["forum", kind]
    assert (events[1].place, events[1].date) == ("Aktau", "2025-05-05")


SAME_DAY = [
    ("ru", "5 мая в Урумчи открылся торговый дом области.\nВ тот же день делегация провела встречу с Sino Agro.",
     "5 мая"),
    ("kk", "5 мамырда Үрімжіде облыстың сауда үйі ашылды.\nСол күні делегация Sino Agro басшысымен кездесті.",
     "5 мамырда"),
    ("en", "The region's trade house opened in Urumqi on May 5.\nOn the same day the delegation met Sino Agro.",
     "May 5"),
    ("ru", "5 мая в области запущен завод Sino Agro.\nПосле церемонии аким провел встречу с руководством компании.",
     "5 мая"),
    ("kk", "5 мамырда облыста Sino Agro зауыты іске қосылды.\nРәсімнен кейін әкім компания өкілдерімен кездесті.",
     "5 мамырда"),
]


@pytest.mark.parametrize(("lang", "text", "surface"), SAME_DAY)
def test_events_told_on_the_same_day_take_its_date(lang: str, text: str, surface: str) -> None:
    doc = _dated(document(text, lang, ORG), (surface, "2025-05-05", "date"))
    meeting = next(e for e in find_events(doc) if e.type == "meeting")
    assert (meeting.date, meeting.cn_parties) == ("2025-05-05", ("Sino Agro",))


FAIR_SESSIONS = [
    ("kk", "Делегация Sino Agro ұйымдастырған көрмеге қатысты. Көрме барысында кәсіпкерлер 40-тан астам "
     "іскерлік кездесу өткізді."),
    ("ru", "Делегация приняла участие в выставке Sino Agro. В ходе выставки предприниматели провели более 40 "
     "деловых встреч."),
    ("en", "The delegation attended the Sino Agro fair. During the fair, local firms held 40 business meetings."),
]


@pytest.mark.parametrize(("lang", "text"), FAIR_SESSIONS)
def test_events_business_meetings_at_a_fair_are_its_sessions(lang: str, text: str) -> None:
    assert [e.type for e in find_events(document(text, lang, ORG))] == ["forum"]


def test_events_business_meeting_alone_is_a_meeting() -> None:
    doc = document("Аким провел деловую встречу с руководством Sino Agro.", "ru", ORG)
    assert [e.type for e in find_events(doc)] == ["meeting"]


TOLD_AFTER = [
    ("ru", "Подписание меморандума с Sino Agro, которое готовилось к визиту, не состоялось."),
    ("ru", "Переговоры с Sino Agro продолжатся."),
    ("ru", "Ответный визит в Sino Agro, который планируется весной, обсудили стороны."),
    ("kk", "Sino Agro компаниясымен келіссөздер жалғасады."),
    ("en", "The signing of a memorandum with Sino Agro, prepared for months, did not take place."),
    ("en", "Talks with Sino Agro will continue."),
]


@pytest.mark.parametrize(("lang", "text"), TOLD_AFTER)
def test_events_modality_told_after_the_trigger(lang: str, text: str) -> None:
    assert find_events(document(text, lang, ORG)) == []


LANZHOU = {"country": "CN", "region": "Gansu"}
TWO_CITIES = [
    ("ru", "Делегация осмотрела заводы Sino Agro в Ланьчжоу и Динси.",
     (("Ланьчжоу", "cn_place", "Lanzhou", LANZHOU), ("Динси", "cn_place", "Dingxi", LANZHOU), ORG)),
    ("en", "The delegation toured the Sino Agro plants in Lanzhou and Dingxi.",
     (("Lanzhou", "cn_place", "Lanzhou", LANZHOU), ("Dingxi", "cn_place", "Dingxi", LANZHOU), ORG)),
]


@pytest.mark.parametrize(("lang", "text", "mentions"), TWO_CITIES)
def test_events_told_in_two_cities_have_no_one_place(lang: str, text: str, mentions) -> None:
    tour = next(e for e in find_events(document(text, lang, *mentions)) if e.type == "site_visit")
    assert tour.place is None


PLACE_AFTER_WORDS = [
    ("ru", "В международном торговом городе Иу открылся торговый дом области при поддержке Sino Agro.",
     ("Иу", "cn_place", "Yiwu", {"country": "CN", "region": "Zhejiang"}), "office_opening", "Yiwu"),
    ("ru", "В городе Туркестан прошел форум с участием Sino Agro.",
     ("городе Туркестан", "kz_place", "Turkistan", {"region": "Turkistan Region"}), "forum", "Turkistan"),
]


@pytest.mark.parametrize(("lang", "text", "place", "kind", "expected"), PLACE_AFTER_WORDS)
def test_events_place_after_describing_words(lang, text, place, kind, expected) -> None:
    event = next(e for e in find_events(document(text, lang, place, ORG)) if e.type == kind)
    assert event.place == expected
