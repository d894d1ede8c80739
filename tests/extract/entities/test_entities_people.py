"""People, organisations and false positives through the entities stage (kk and ru)."""

from __future__ import annotations

import pytest

from kzcn.extract.entities.stage import EntityStage, entity_fields
from kzcn.model import Document, Sentence


def fields(text: str, lang: str) -> dict:
    doc = Document(text=text, lang=lang).add(sentences=(Sentence(0, len(text), lang),))
    return entity_fields(EntityStage()(doc))


@pytest.mark.parametrize(("text", "lang", "name", "role", "of"), [
    ("Павлодар облысының әкімі Асайын Байханов қытайлық делегацияны қабылдады.", "kk",
     "Асайын Байханов", "akim", "Pavlodar Region"),
    ("Делегацияны өңір басшысының орынбасары Ерлан Қасымовтың бастауымен Үрімжіге барды.", "kk",
     "Ерлан Қасымов", "deputy akim", None),
    ("Аким Костанайской области Кумар Аксакалов провёл встречу с делегацией.", "ru",
     "Кумар Аксакалов", "akim", "Kostanay Region"),
])
def test_people_role_apposition(text, lang, name, role, of) -> None:
    people = fields(text, lang)["people"]
    assert people and people[0]["name"] == name and people[0]["role"] == role
    if of:
        assert people[0]["of"] == of


@pytest.mark.parametrize(("text", "lang", "orgs"), [
    ("Делегация «Kazakh Invest» ұлттық компаниясымен кездесті.", "kk", ["Kazakh Invest"]),
    ("Келісімге Huaxin Cement компаниясымен қол қойылды.", "kk", ["Huaxin Cement"]),
    ("ТОО «Жетысу Агро» и компания «Xinjiang Tianye Co., Ltd» подписали меморандум.", "ru",
     ["Жетысу Агро", "Xinjiang Tianye Co., Ltd"]),
    ("Бұл туралы деп хабарлайды TuraNews.kz.", "kk", []),
    ("Пресс-служба акимата Туркестанской области\nПопулярное в нашем Telegram-канале", "ru", []),
    ("Аким Туркестанской области встретился с делегацией из Китая", "ru", []),
])
def test_organizations_patterns_and_filters(text, lang, orgs) -> None:
    assert [o["name"] for o in fields(text, lang)["organizations"]] == orgs


def test_entities_headline_is_not_a_person() -> None:
    assert fields("Аким Туркестанской области встретился с делегацией из Китая", "ru")["people"] == []
