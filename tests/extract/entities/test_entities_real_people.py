"""People classes missed on real articles, on invented sentences (kk, ru): Chinese names of
three written syllables, a one-letter surname, a Russian title's case giving the nominative
of a name pymorphy2 does not know, complements with a country or an adjective, and a
title's possession taken for its holder."""

from __future__ import annotations

import pytest

from kzcn.extract.entities.stage import EntityStage, entity_fields
from kzcn.link.ru_names import declined_name_nominative
from kzcn.model import Document, Sentence


@pytest.fixture(scope="module")
def stage() -> EntityStage:
    return EntityStage()


def people(stage: EntityStage, text: str, lang: str) -> list[tuple[str, str | None]]:
    doc = Document(text=text, lang=lang).add(sentences=(Sentence(0, len(text), lang),))
    return sorted((p["name"], p["role"]) for p in entity_fields(stage(doc))["people"])


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Келісімге «Хуатай» компаниясының вице-президенті Ван Мин Джау қол қойды.", "kk",
     [("Ван Мин Джау", "vice president")]),
    ("Жобаны компанияның директоры Чжоу Лин ВАН ханым таныстырды.", "kk",
     [("Чжоу Лин ВАН", "director")]),
    ("Соглашение подписали аким области и вице-президент Банка развития Азии Ли Джи Тинг.", "ru",
     [("Ли Джи Тинг", "vice president")]),
    ("Аким встретился с первым секретарем КПК провинции Хунань У Сяолинем.", "ru",
     [("У Сяолинь", "first secretary")]),
])
def test_entities_chinese_names_of_three_words_and_short_surnames(stage, text, lang, expected):
    found = people(stage, text, lang)
    assert [n for n, _ in found] == [n for n, _ in expected]


@pytest.mark.parametrize(("raw", "guessed", "case", "expected"), [
    ("Жаукена Тлеубердиева", "Жаукена Тлеубердиева", "gent", "Жаукен Тлеубердиев"),
    ("Жаукеном Тлеубердиевым", "Жаукеном Тлеубердиев", "ablt", "Жаукен Тлеубердиев"),
    ("Гульнары Сапаровой", "Гульнары Сапаровой", "gent", "Гульнара Сапарова"),
    ("Жаукен Тлеубердиев", "Жаукен Тлеубердиев", "nomn", "Жаукен Тлеубердиев"),
    ("Айгуль Сапарова", "Айгуль Сапарова", "nomn", "Айгуль Сапарова"),
])
def test_link_declined_name_nominative_by_title_case(raw, guessed, case, expected):
    assert declined_name_nominative(raw, guessed, case) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Встреча прошла с участием акима области Жаукена Тлеубердиева.", ["Жаукен Тлеубердиев"]),
    ("Делегаты встретились с акимом Западного Казахстана Жаукеном Тлеубердиевым.",
     ["Жаукен Тлеубердиев"]),
    ("На встрече был генеральный консул Республики Казахстан в Гуанчжоу Арман Серикбаев.",
     ["Арман Серикбаев"]),
    ("Соглашение подписано при участии первого заместителя Премьер-министра РК Ерлана "
     "Жаксыбекова.", ["Ерлан Жаксыбеков"]),
])
def test_entities_ru_title_apposition_names(stage, text, expected):
    assert [n for n, _ in people(stage, text, "ru")] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Бұл келісім ел Президентінің Жолдауында айтылған міндеттерді орындайды.", []),
    ("Облыс әкімінің орынбасары Бауыржан Сәрсенов делегацияны қарсы алды.", ["Бауыржан Сәрсенов"]),
])
def test_entities_kk_title_possession_is_no_name(stage, text, expected):
    assert [n for n, _ in people(stage, text, "kk")] == expected


def test_entities_en_body_words_are_no_name(stage):
    text = "Head of the Standing Committee of the City Council, Zhao Ming, met the delegation."
    assert all("Committee" not in n for n, _ in people(stage, text, "en"))


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Биыл Президент Ержан Сапаровтың Қытайға жасаған сапары кезінде келісімге қол қойылды.", "kk",
     []),
    ("По итогам визита Президента Ержана Сапарова в Китай аким области подписал соглашение.", "ru",
     []),
    ("Президент Ержан Сапаров Қытай делегациясын қабылдады.", "kk", ["Ержан Сапаров"]),
])
def test_entities_president_in_passing_is_background(stage, text, lang, expected):
    assert [n for n, _ in people(stage, text, lang)] == expected


def test_entities_named_people_skip_district_named_after_person():
    from kzcn.extract.entities.people.named import named_people
    from kzcn.gazetteer import Gazetteer

    text = "Нысан Сәкен Сейфуллин ауданына қарасты ауылда салынады."
    mentions = Gazetteer.load().find(text)
    assert named_people(text, mentions, "kk", [(6, 27, "PERSON")]) == []
