"""Projects on phrasings the first lexicons missed: heads, tours, areas, lists, partner, cost, years."""

from __future__ import annotations

import pytest
from test_events_triggers import document
from test_projects_find import projects_of

from kzcn.extract.events.find import find_events
from kzcn.extract.projects.find import find_facilities, find_projects
from kzcn.model import Amount, DateMention

CN = {"country": "CN"}

KINDS = [
    ("kk", "мыс катодтарын шығаратын зауыт", "copper cathode plant"),
    ("kk", "рапс майын шығаратын зауыт", "rapeseed oil plant"),
    ("kk", "тау-кен техникасына сервистік қызмет көрсету орталығын", "mining equipment service centre"),
    ("ru", "завод по производству полипропилена", "polypropylene plant"),
    ("ru", "шинного завода", "tyre plant"),
    ("ru", "завод по сборке горношахтного оборудования", "mining equipment assembly plant"),
    ("en", "a plant for aluminium wheels", "aluminium wheels plant"),
    ("en", "an e-commerce fulfilment centre", "e-commerce fulfilment centre"),
]


@pytest.mark.parametrize(("lang", "phrase", "kind"), KINDS)
def test_projects_unseen_facility_kind(lang: str, phrase: str, kind: str) -> None:
    assert [f.kind for f in find_facilities(phrase, 0, len(phrase), lang)] == [kind]


NOT_FACILITIES = [
    ("kk", "өнім Орталық Азия елдеріне жөнелтіледі"),
    ("ru", "продукция пойдёт в страны Центральной Азии"),
    ("kk", "жылыжай шаруашылығы саласында"),
    ("ru", "тепличного хозяйства"),
]


@pytest.mark.parametrize(("lang", "phrase"), NOT_FACILITIES)
def test_projects_unseen_not_a_facility(lang: str, phrase: str) -> None:
    assert find_facilities(phrase, 0, len(phrase), lang) == []


NOT_PROJECTS = [
    # an industrial zone named as where the plant is; a plant only toured; a list of a bundle's contents
    ("ru", "Sino Build построит цементный завод в индустриальной зоне Павлодара.", "industrial zone"),
    ("kk", "Sino Build Павлодардағы индустриялық аймақта цемент зауытын салады.", "industrial zone"),
    ("kk", "Sino Build делегациясы Павлодардағы ет комбинатын аралауды жоспарлап отыр.", "meat plant"),
    ("ru", "Среди проектов Sino Build строительство цементного завода, фабрики по производству бумаги и "
            "фармацевтического предприятия.",
     "cement plant"),
]


@pytest.mark.parametrize(("lang", "text", "absent"), NOT_PROJECTS)
def test_projects_unseen_not_a_project(lang: str, text: str, absent: str) -> None:
    assert absent not in [p.what for p in projects_of(text, lang)]


def test_projects_unseen_partner_is_the_articles_company_kk() -> None:
    text = ("Облыс әкімі Sino Build компаниясының басшысымен кездесті. Бұл туралы баспасөз қызметі хабарлады.\n"
            "Қытайлық тарап облыста шыны зауытын салу мүмкіндігін зерделеп жатыр.")
    assert [(p.what, p.partner) for p in projects_of(text, "kk")] == [("glass plant", "Sino Build")]


def _money(text: str, surface: str, value: float, unit: str) -> Amount:
    start = text.index(surface)
    return Amount(start, start + len(surface), surface, value, unit, "money")


def test_projects_unseen_cost_in_the_next_sentence_ru() -> None:
    text = "В Павлодаре Sino Build строит стекольный завод.\nСтоимость проекта составляет 40 млрд тенге."
    project = projects_of(text, "ru", amounts=[_money(text, "40 млрд тенге", 40e9, "KZT")])[0]
    assert (project.value.amount, project.value.currency) == (40e9, "KZT")


def test_projects_unseen_cost_of_something_else_is_not_taken_kk() -> None:
    text = "Павлодарда Sino Build шыны зауытын салып жатыр.\nТауар айналымы 40 млн долларды құрады."
    project = projects_of(text, "kk", amounts=[_money(text, "40 млн долларды", 40e6, "USD")])[0]
    assert project.value is None


YEARS = [
    ("kk", "Павлодарда Sino Build шыны зауытын салып жатыр. Зауыт 2027 жылы іске қосылады.", "2027", (None, 2027)),
    ("ru", "В Павлодаре Sino Build строит стекольный завод. Завершение строительства в 2027 году.", "2027",
     (None, 2027)),
    ("ru", "Sino Build построит стекольный завод в Павлодаре. Строительство начнётся в 2026 году.", "2026",
     (2026, None)),
]


@pytest.mark.parametrize(("lang", "text", "year", "expected"), YEARS)
def test_projects_unseen_start_and_end_year(lang: str, text: str, year: str, expected: tuple) -> None:
    start = text.index(year)
    place = [("Павлодар", "kz_place", "Pavlodar", {"region": "Pavlodar Region"})]
    doc = document(text, lang, ("Sino Build", "org", "Sino Build", CN), *place)
    doc = doc.add(amounts=[], dates=[DateMention(start, start + 4, year, year)])
    projects = find_projects(doc.add(events=find_events(doc)))
    assert [(p.start_year, p.end_year) for p in projects] == [expected]


def test_projects_unseen_bare_plant_with_value_joins_the_specific_one_en() -> None:
    text = "Sino Build opened a glass plant in Pavlodar on Monday.\nThe $50 million plant employs 300 people."
    projects = projects_of(text, "en", amounts=[_money(text, "$50 million", 50e6, "USD")])
    assert [(p.what, p.value.amount if p.value else None) for p in projects] == [("glass plant", 50e6)]
