"""The actors stage: which Kazakh unit acts, from names, places, known office holders and outlets."""

from __future__ import annotations

from pathlib import Path

import pytest

from kzcn.extract.actors.resolve import outlet_unit, written_like
from kzcn.extract.actors.stage import ActorStage, load_units
from kzcn.extract.entities.stage import EntityStage
from kzcn.gazetteer.office_holders import OfficeHolders
from kzcn.language.segment import split_sentences
from kzcn.link.name_key import name_key
from kzcn.model import Document

HOLDERS = OfficeHolders.load(Path(__file__).parent / "data" / "office_holders_fictional.tsv")
OUTLETS = {"regionnews.example.kz": "Pavlodar Region"}


@pytest.fixture(scope="module")
def entities():
    return EntityStage(kk_ner=None)


def _resolved(entities, text: str, lang: str, published: str | None = None, url: str = "") -> Document:
    doc = Document(text=text, lang=lang, published=published, meta=(("url", url),) if url else ())
    doc = doc.add(sentences=split_sentences(text), lang=lang)
    doc = entities(doc)
    return ActorStage(HOLDERS, OUTLETS, load_units())(doc)


@pytest.mark.parametrize("a, b", [
    ("Әбдікәрімов", "Абдикаримов"), ("Ǵabıdolla Ospanqulov", "Габидолла Оспанкулов"),
    ("Нұрдәулет Қилыбай", "Нурдаулет Килыбай"), ("Yerbolat Dossayev", "Ерболат Досаев"),
])
def test_name_key_spellings_agree(a, b):
    assert name_key(a) == name_key(b)


@pytest.mark.parametrize("text, date, expected", [
    ("Облыс әкімі Бауыржан Ержановпен кездесу өтті.", "2021-05-02", "Kostanay Region"),
    ("Аким Б. Ержанов принял делегацию.", "2020-11", "Kostanay Region"),
    ("Ержанов Бауыржан провёл встречу.", "2022-03", "Kostanay Region"),
    ("Облыс әкімі Бауыржан Ержанов кездесті.", "2024-06-01", "Almaty"),  # his next office
    ("Akim Bauyrjan Erjanov met the guests.", "2022-01-10", "Kostanay Region"),
    ("Вице-губернатор 王立华 выступил.", "2024-03-01", "Gansu"),
])
def test_office_holders_found_in_any_spelling(text, date, expected):
    found = HOLDERS.find(text, date)
    assert [m.holder.of for m in found] == [expected]


@pytest.mark.parametrize("text, date", [
    ("Ержанов Бауыржан провёл встречу.", None),  # undated, and he served two units
    ("Аким Марат Төлегенов кездесті.", "2021-01-01"),  # not yet in office
    ("Ержанова Айгүл кездесуге қатысты.", None),  # another first name
    ("Бауыржан мен Ержанов келді.", None),  # first name and surname not side by side
])
def test_office_holders_not_found(text, date):
    assert HOLDERS.find(text, date) == []


@pytest.mark.parametrize("text, lang, published, principal", [
    # the akim alone names the unit
    ("Облыс әкімі Бауыржан Ержанов қытайлық компания өкілдерімен кездесті.", "kk", "2021-04-01",
     "Kostanay Region"),
    ("Аким Даурен Саргалиев встретился с делегацией из Китая.", "ru", "2024-02-01", "Kostanay Region"),
    # a district stands for its region
    ("Жаңаарқа ауданында қытайлық инвестор зауыт салады.", "kk", None, "Ulytau Region"),
    # the headline's unit outweighs one named in passing below
    ("Павлодар облысы Қытаймен ынтымақтастықты кеңейтеді\nКездесу барысында Ақмола облысының "
     "тәжірибесі де айтылды.", "kk", None, "Pavlodar Region"),
])
def test_principal_unit(entities, text, lang, published, principal):
    doc = _resolved(entities, text, lang, published)
    assert doc.principal_unit == principal
    assert doc.actors[0].cues  # every unit carries its evidence


def test_outlet_fills_a_silence(entities):
    doc = _resolved(entities, "Облыс әкімі қытайлық делегацияны қабылдады.", "kk",
                    url="https://regionnews.example.kz/news/1")
    assert doc.principal_unit == "Pavlodar Region"
    assert [c.cue for c in doc.actors[0].cues] == ["outlet"]


def test_outlet_unknown_is_silent():
    doc = Document(text="x", source="https://www.example.com/a")
    assert outlet_unit(doc, OUTLETS) is None


def test_office_holder_becomes_a_person_with_office(entities):
    doc = _resolved(entities, "Кездесуге Марат Төлегеновтің қатысуымен қытайлық инвесторлар келді.", "kk",
                    "2023-05-05")
    people = [(m.canonical, m.role, m.of) for m in doc.mentions if m.kind == "person"]
    assert ("Марат Төлегенов", "deputy akim", "Ulytau Region") in people


def test_office_stated_in_the_text_wins_over_the_record(entities):
    doc = _resolved(entities, "Алматы қаласының әкімі Бауыржан Ержанов қытайлық делегацияны қабылдады.", "kk")
    people = [(m.canonical, m.of) for m in doc.mentions if m.kind == "person"]
    assert people == [("Бауыржан Ержанов", "Almaty")] and doc.principal_unit == "Almaty"


def test_akim_without_body_serves_principal(entities):
    doc = _resolved(entities, "Ақтөбе облысында кездесу өтті. Облыс әкімі Серік Жұмабаев қонақтарды қабылдады.",
                    "kk")
    akims = [m for m in doc.mentions if m.kind == "person" and m.role == "akim"]
    assert akims and all(m.of == "Aktobe Region" for m in akims)


@pytest.mark.parametrize("found, expected", [
    ("Бауыржан Ержановпен", "Бауыржан Ержанов"),
    ("Bauyrjan Erjanov", "Bauyrjan Erjanov"),
    ("Ержанов Бауыржан", "Бауыржан Ержанов"),
])
def test_written_like_keeps_the_texts_spelling(found, expected):
    assert written_like(found, HOLDERS.holders[0].variants) == expected
