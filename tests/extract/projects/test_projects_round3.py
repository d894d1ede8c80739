"""Projects, round 3: new products and heads, apposition dashes, compound heads, parts, counts,
connections, denied signings, supply contracts, "the project" told again, statistics as costs."""

from __future__ import annotations

import pytest
from test_events_triggers import document

from kzcn.extract.events.find import find_events
from kzcn.extract.projects.find import find_facilities, find_projects
from kzcn.model import Amount, Evidence, Figure

#: A Chinese company whose name holds no cue word ("Huaxin Tech" would read as "build").
COMPANY = "Huaxin Tech"


def projects_of(text: str, lang: str, amounts=(), figures=()):
    """The projects of ``text`` with its company and Pavlodar marked."""
    mentions = [(COMPANY, "org", COMPANY, {"country": "CN"})]
    if "Павлодар" in text or "Pavlodar" in text:
        surface = "Павлодар" if "Павлодар" in text else "Pavlodar"
        mentions.append((surface, "kz_place", "Pavlodar", {"region": "Pavlodar Region"}))
    doc = document(text, lang, *mentions).add(amounts=list(amounts), figures=list(figures))
    return find_projects(doc.add(events=find_events(doc)))

KINDS = [
    ("ru", "второй очереди фабрики – производства вакцин", "vaccines factory"),
    ("ru", "завода по производству кальцинированной соды", "soda ash plant"),
    ("ru", "сборочного производства карьерных самосвалов", "mining dump truck assembly plant"),
    ("ru", "завода по сборке сельскохозяйственной техники", "agricultural machinery assembly plant"),
    ("kk", "кальцийленген сода зауыты", "soda ash plant"),
    ("kk", "теңіз суын тұщыландыру зауытын", "seawater desalination plant"),
    ("kk", "күнбағыс тұқымын өңдейтін май экстракциялау зауытын", "sunflower oil extraction plant"),
    ("kk", "автобустар құрастыру өндірісін ұйымдастыру", "bus assembly"),
    ("en", "a refractory bricks plant", "refractory bricks plant"),
    ("en", "a container and bonded warehouse terminal", "container bonded warehouse terminal"),
]


@pytest.mark.parametrize(("lang", "phrase", "kind"), KINDS)
def test_projects_round3_facility_kind(lang: str, phrase: str, kind: str) -> None:
    assert [f.kind for f in find_facilities(phrase, 0, len(phrase), lang) if not f.plural] == [kind]


NOT_ONE_FACILITY = [
    ("kk", "тағы екі жел электр станциясын салу"),
    ("ru", "строительство ещё двух солнечных электростанций"),
    ("en", "to build two more wind farms"),
    ("ru", "после подключения к газопроводу"),
    ("en", "after connection to the gas pipeline"),
]


@pytest.mark.parametrize(("lang", "phrase"), NOT_ONE_FACILITY)
def test_projects_round3_several_or_connection_is_no_facility(lang: str, phrase: str) -> None:
    assert [f.kind for f in find_facilities(phrase, 0, len(phrase), lang) if not f.plural] == []


PARTS = [
    ("en", "to build a logistics hub with a container terminal and cold stores", ["logistics hub"]),
    ("ru", "построить логистический центр с холодильным складом", ["logistics centre"]),
]


@pytest.mark.parametrize(("lang", "phrase", "kinds"), PARTS)
def test_projects_round3_part_joins_its_facility(lang: str, phrase: str, kinds: list[str]) -> None:
    assert [f.head.label for f in find_facilities(phrase, 0, len(phrase), lang) if not f.plural] == kinds


NO_PROJECT = [
    ("ru", "Контракт с Huaxin Tech на поставку котельного оборудования для городской ТЭЦ подписан не был."),
    ("kk", "Huaxin Tech компаниясымен жылу электр орталығына жабдық жеткізу туралы келісімшартқа қол қойылған жоқ."),
    ("en", "A contract with Huaxin Tech to supply boilers for the city power plant was not signed."),
    ("kk", "Павлодар облысы тағы екі жел электр станциясын салу үшін Huaxin Tech компаниясымен келіссөздер жүргізуде."),
    ("en", "The region hosts a special economic zone and invites Huaxin Tech to manufacture building materials."),
]


@pytest.mark.parametrize(("lang", "text"), NO_PROJECT)
def test_projects_round3_supply_count_or_zone_is_no_project(lang: str, text: str) -> None:
    assert projects_of(text, lang) == []


DENIED = [
    ("ru", "Huaxin Tech предложила организацию сборки бытовой техники в Павлодаре, однако документов подписано не было."),
    ("kk", "Huaxin Tech компаниясы Павлодарда тұрмыстық техника құрастыру өндірісін ұйымдастыруды ұсынды, "
           "бірақ құжатқа қол қойылған жоқ."),
    ("en", "Huaxin Tech proposed a household appliance assembly plant in Pavlodar, but no document was signed."),
]


@pytest.mark.parametrize(("lang", "text"), DENIED)
def test_projects_round3_denied_signing_stays_proposed(lang: str, text: str) -> None:
    found = projects_of(text, lang)
    assert [(p.what.split()[:2], p.stage) for p in found] == [(["household", "appliances"], "proposed")]


def _money(text: str, surface: str, value: float, unit: str) -> Amount:
    start = text.index(surface)
    return Amount(start, start + len(surface), surface, value, unit, "money")


RECALLS = [
    ("ru", "Huaxin Tech подписала соглашение о строительстве завода по сборке тракторов в Павлодаре. "
           "Стоимость проекта – 10 млрд тенге, завод будет выпускать 500 комбайнов в год.", "10 млрд тенге", 10e9, "KZT"),
    ("en", "Huaxin Tech signed an agreement to build a tractor assembly plant in Pavlodar. "
           "The project costs $40 million, and the plant will make 500 combine harvesters a year.",
     "$40 million", 40e6, "USD"),
]


@pytest.mark.parametrize(("lang", "text", "surface", "value", "unit"), RECALLS)
def test_projects_round3_project_told_again_is_one(lang: str, text: str, surface: str, value: float, unit: str) -> None:
    found = projects_of(text, lang, amounts=[_money(text, surface, value, unit)])
    assert [(p.what, p.value.amount if p.value else None) for p in found] == [("tractor assembly plant", value)]


def test_projects_round3_statistic_is_no_later_cost() -> None:
    text = ("Huaxin Tech предложила построить цементный завод в Павлодаре. "
            "В прошлом году в регион привлечено инвестиций в основной капитал на 900 млрд тенге.")
    amount = _money(text, "900 млрд тенге", 900e9, "KZT")
    figure = Figure("investment", "Pavlodar Region", 900e9, "KZT",
                    evidence=Evidence(0, len(text), ((amount.start, amount.stop),)))
    found = projects_of(text, "ru", amounts=[amount], figures=[figure])
    assert [(p.what, p.value) for p in found] == [("cement plant", None)]
