"""Event triggers, modality and trip direction, as tables of sentences in kk, ru and en."""

from __future__ import annotations

import re

import pytest

from kzcn.extract.events.find import EventStage, find_events
from kzcn.model import Document, Mention, Sentence


def mention(text: str, surface: str, kind: str, canonical: str, **fields) -> Mention:
    """A hand-built mention of the first ``surface`` in ``text``."""
    start = text.index(surface)
    return Mention(start, start + len(surface), surface, kind, canonical, **fields)


def sentences(text: str) -> list[Sentence]:
    return [Sentence(m.start(), m.end()) for m in re.finditer(r"[^.!?\n]+[.!?]?", text) if m.group().strip()]


def document(text: str, lang: str, *mentions: tuple) -> Document:
    """A document with sentences and the given (surface, kind, canonical, fields) mentions."""
    found = [mention(text, s, k, c, **(f[0] if f else {})) for s, k, c, *f in mentions]
    china = [("Қытай", "country", "China", {"country": "CN"})] if "Қытай" in text else []
    found += [mention(text, s, k, c, **f) for s, k, c, f in china]
    return Document(text, lang=lang).add(sentences=sentences(text), mentions=found, dates=())


CN_ORG = {"country": "CN"}

TRIGGERS = [
    ("kk", "Облыс әкімі қытайлық Xinjiang Energy компаниясының басшысымен кездесті.", "meeting"),
    ("kk", "Облыс әкімі Xinjiang Energy компаниясының өкілдерімен келіссөздер жүргізді.", "meeting"),
    ("kk", "Тараптар Xinjiang Energy компаниясымен меморандумға қол қойды.", "agreement"),
    ("kk", "Xinjiang Energy компаниясының өкілдігі Алматыда ресми түрде ашылды.", "office_opening"),
    ("kk", "Xinjiang Energy компаниясының қатысуымен инвестициялық форум өтті.", "forum"),
    ("kk", "Делегация Xinjiang Energy компаниясының зауытын аралады.", "site_visit"),
    ("kk", "Xinjiang Energy компаниясы салған зауыт іске қосылды.", "project_launch"),
    ("kk", "Облыс делегациясы Қытайға жұмыс сапарымен барып, Xinjiang Energy компаниясында болды.", "visit"),
    ("ru", "Аким области встретился с руководством компании Xinjiang Energy.", "meeting"),
    ("ru", "Стороны подписали с Xinjiang Energy соглашение о сотрудничестве.", "agreement"),
    ("ru", "В Урумчи открылось представительство компании Xinjiang Energy.", "office_opening"),
    ("ru", "Компания Xinjiang Energy приняла участие в выставке.", "forum"),
    ("ru", "Делегация ознакомилась с работой завода Xinjiang Energy.", "site_visit"),
    ("ru", "На предприятии Xinjiang Energy начато строительство нового цеха.", "project_launch"),
    ("ru", "В рамках рабочей поездки в КНР делегация области провела встречи в Xinjiang Energy.", "visit"),
    ("en", "The akim met the head of Xinjiang Energy.", "meeting"),
    ("en", "The region signed a memorandum with Xinjiang Energy.", "agreement"),
    ("en", "The delegation toured the Xinjiang Energy plant.", "site_visit"),
    # a Chinese delegation's trip to Kazakhstan is a visit too (CONVENTIONS.md, the real gold)
    ("kk", "Қытай делегациясының сапары Xinjiang Energy үшін маңызды болды.", "visit"),
    ("ru", "Делегация из Китая во главе с Xinjiang Energy прибыла с визитом.", "visit"),
    ("en", "A Chinese delegation from Xinjiang Energy arrived in Aktau for a visit.", "visit"),
]


@pytest.mark.parametrize(("lang", "text", "expected"), TRIGGERS)
def test_events_trigger_gives_type(lang: str, text: str, expected: str) -> None:
    doc = document(text, lang, ("Xinjiang Energy", "org", "Xinjiang Energy", CN_ORG))
    assert expected in {event.type for event in find_events(doc)}


NOT_EVENTS = [
    ("kk", "Алдағы уақытта Xinjiang Energy компаниясымен кездесу жоспарлануда.", "meeting"),
    ("kk", "Xinjiang Energy компаниясымен келісімге әлі қол қойылған жоқ.", "agreement"),
    ("kk", "Xinjiang Energy компаниясымен келісімге қол қойылмады.", "agreement"),
    ("kk", "Xinjiang Energy өкілдері облысқа іссапармен келетіндерін жеткізді.", "visit"),
    ("ru", "Планируется встреча с руководством Xinjiang Energy.", "meeting"),
    ("ru", "Соглашение с Xinjiang Energy пока не подписано.", "agreement"),
    ("ru", "Меморандум с Xinjiang Energy не был подписан.", "agreement"),
    ("ru", "Аким пригласил Xinjiang Energy на встречу.", "meeting"),
    ("en", "The region will sign an agreement with Xinjiang Energy next year.", "agreement"),
]


@pytest.mark.parametrize(("lang", "text", "absent"), NOT_EVENTS)
def test_events_modality_drops_planned_and_negated(lang: str, text: str, absent: str) -> None:
    doc = document(text, lang, ("Xinjiang Energy", "org", "Xinjiang Energy", CN_ORG))
    assert absent not in {event.type for event in find_events(doc)}


ANNOUNCED_FORUMS = [
    ("ru", "Аким пригласил Xinjiang Energy участвовать в форуме, который пройдёт в Актау."),
    ("kk", "Xinjiang Energy өкілдері келесі жылы өтетін форумға шақырылды."),
]


@pytest.mark.parametrize(("lang", "text"), ANNOUNCED_FORUMS)
def test_events_announced_forum_is_an_event(lang: str, text: str) -> None:
    doc = document(text, lang, ("Xinjiang Energy", "org", "Xinjiang Energy", CN_ORG))
    assert [event.type for event in find_events(doc)] == ["forum"]


INSTRUMENTS = [
    ("kk", "Тараптар Xinjiang Energy компаниясымен рамалық келісімге қол қойды.", "framework_agreement"),
    ("kk", "Xinjiang Energy компаниясымен жол картасына қол қойылды.", "roadmap"),
    ("kk", "Xinjiang Energy компаниясымен келісімшартқа қол қойылды.", "contract"),
    ("ru", "С Xinjiang Energy подписан меморандум о взаимопонимании.", "memorandum"),
    ("ru", "С Xinjiang Energy подписано рамочное соглашение.", "framework_agreement"),
    ("ru", "С Xinjiang Energy подписали протокол о намерениях.", "protocol"),
    ("en", "The region signed a contract with Xinjiang Energy.", "contract"),
]


@pytest.mark.parametrize(("lang", "text", "expected"), INSTRUMENTS)
def test_events_agreement_instrument(lang: str, text: str, expected: str) -> None:
    doc = document(text, lang, ("Xinjiang Energy", "org", "Xinjiang Energy", CN_ORG))
    agreements = [event for event in find_events(doc) if event.type == "agreement"]
    assert [event.instrument for event in agreements] == [expected]


def test_events_stage_adds_layer() -> None:
    doc = document("Облыс әкімі Xinjiang Energy өкілдерімен кездесті.", "kk",
                   ("Xinjiang Energy", "org", "Xinjiang Energy", CN_ORG))
    stage = EventStage()
    assert stage.name == "events" and "events" in stage(doc).provided
    assert stage(doc).events[0].type == "meeting"
