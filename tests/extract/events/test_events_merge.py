"""One event per happening; arguments: acting region, Chinese parties, place, date."""

from __future__ import annotations

from test_events_triggers import document

from kzcn.extract.events.find import find_events
from kzcn.model import DateMention

CN = {"country": "CN"}
AKIM = {"role": "akim", "of": "Pavlodar Region", "country": "KZ"}

KK_TRIP = (
    "Павлодар облысының делегациясы Қытайға жұмыс сапарымен барды.\n"
    "Сапар барысында делегация Шанхай қаласында Sino Steel компаниясымен кездесті.\n"
    "Кездесуде тараптар Sino Steel компаниясымен меморандумға қол қойды.\n"
    "Сапар аясында Sino Steel өкілдерімен тағы бір кездесу өтті."
)


def _kk_trip():
    return document(
        KK_TRIP, "kk",
        ("Павлодар облысының", "kz_region", "Pavlodar Region"),
        ("Шанхай", "cn_place", "Shanghai", CN),
        ("Sino Steel", "org", "Sino Steel", CN),
    )


def test_events_merge_one_per_happening_kk() -> None:
    types = sorted(event.type for event in find_events(_kk_trip()))
    assert types == ["agreement", "meeting", "visit"]


def test_events_place_is_locative_place_not_a_party() -> None:
    meeting = next(e for e in find_events(_kk_trip()) if e.type == "meeting")
    assert meeting.place == "Shanghai"
    assert meeting.kz_region == "Pavlodar Region"


def test_events_evidence_spans_trigger_and_arguments() -> None:
    doc = _kk_trip()
    for event in find_events(doc):
        evidence = event.evidence
        assert evidence is not None and 0 < evidence.confidence <= 1
        sentence = doc.text[evidence.sentence_start : evidence.sentence_stop]
        assert sentence.strip()
        assert all(0 <= start < stop <= len(doc.text) for start, stop in evidence.spans)


RU_GUESTS = (
    "Аким Павлодарской области Иван Петров встретился с делегацией провинции Хэнань.\n"
    "На встрече стороны обсудили сотрудничество. Гости посетили Павлодар с визитом."
)


def test_events_chinese_delegation_coming_is_a_meeting_and_a_visit() -> None:
    """CONVENTIONS.md: a visit is a delegation's trip to the other side, in either direction."""
    doc = document(
        RU_GUESTS, "ru",
        ("Иван Петров", "person", "Иван Петров", AKIM),
        ("Хэнань", "cn_place", "Henan", CN),
    )
    events = find_events(doc)
    assert [(e.type, e.kz_region, e.cn_parties) for e in events] == [
        ("meeting", "Pavlodar Region", ("Henan",)), ("visit", "Pavlodar Region", ())
    ]


def test_events_two_meetings_with_different_companies_stay_two() -> None:
    text = "Аким встретился с Sino Steel. Затем аким встретился с Lanzhou Rail."
    doc = document(text, "ru", ("Sino Steel", "org", "Sino Steel", CN),
                   ("Lanzhou Rail", "org", "Lanzhou Rail", CN))
    assert len([e for e in find_events(doc) if e.type == "meeting"]) == 2


def test_events_date_from_sentence_and_trip_days() -> None:
    text = ("12-15 мамыр аралығында облыс делегациясы Қытайға сапармен барды.\n"
            "Сапардың соңғы күні делегация Гуанчжоу қаласында көрмеге қатысты.")
    doc = document(text, "kk", ("Гуанчжоу", "cn_place", "Guangzhou", {"country": "CN", "region": "Guangdong"}))
    start = text.index("12-15")
    doc = doc.add(dates=[DateMention(start, start + 5, "12-15", "2025-05-12/2025-05-15", "period")])
    by_type = {e.type: e for e in find_events(doc)}
    assert by_type["visit"].date == "2025-05-12/2025-05-15"
    assert (by_type["forum"].date, by_type["forum"].place) == ("2025-05-15", "Guangzhou")


def test_events_none_without_china() -> None:
    doc = document("Аким встретился с делегацией Кореи.", "ru")
    assert find_events(doc) == []
