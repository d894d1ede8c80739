"""Projects, round 4 (classes missed on real articles): facilities named by their product, new kinds
(depots, clusters, districts, stakes), two kinds under one plural head, lists of projects, the
stage told in the next sentence or the headline, the parts of a project, "these plants"."""

from __future__ import annotations

import pytest
from test_projects_round3 import projects_of

from kzcn.extract.projects.facilities import find_facilities

KINDS = [
    ("kk", "қант шығаратын зауыт", ["sugar plant"]),
    ("kk", "локомотив жөндеу депосы", ["locomotive depot"]),
    ("kk", "жиһаз фабрикасы", ["furniture factory"]),
    ("kk", "күн және жел электр станцияларын", ["solar power plant", "wind farm"]),
    ("ru", "завода по выпуску телевизоров", ["television plant"]),
    ("ru", "текстильный кластер", ["textile cluster"]),
    ("ru", "вхождение в уставный капитал", ["equity stake"]),
    ("ru", "ветровой и солнечной электростанций", ["wind farm", "solar power plant"]),
    ("en", "a battery plant", ["battery plant"]),
    ("en", "solar and wind power plants", ["solar power plant", "wind farm"]),
]


@pytest.mark.parametrize(("lang", "phrase", "kinds"), KINDS)
def test_projects_real_round4_facility_kind(lang: str, phrase: str, kinds: list[str]) -> None:
    assert [f.kind for f in find_facilities(phrase, 0, len(phrase), lang) if not f.plural] == kinds


NO_FACILITY = [
    ("kk", "Бұл туралы агенттік хабарлайды."),  # "хабарлайды" (reports) is no hub
    ("ru", "В области работают 140 предприятий с китайским капиталом."),
    ("ru", "Эти предприятия занимаются строительством."),
    ("en", "These plants are run by local firms."),
    ("ru", "от солнечной электростанции до переработки"),  # "до" closes the phrase: no processing station
]


@pytest.mark.parametrize(("lang", "phrase"), NO_FACILITY)
def test_projects_real_round4_no_one_facility(lang: str, phrase: str) -> None:
    found = [f.kind for f in find_facilities(phrase, 0, len(phrase), lang) if not f.plural]
    assert found in ([], ["solar power plant"])


NEXT_SENTENCE_STAGE = [
    ("kk", "Павлодарда қант шығаратын зауыт салынады. Huaxin Tech компаниясымен меморандумға қол қойылды.", "agreed"),
    ("ru", "В Павлодаре будет построен завод по выпуску телевизоров. Меморандум с Huaxin Tech подписан в среду.",
     "agreed"),
    ("en", "A battery plant will be built in Pavlodar. A memorandum with Huaxin Tech was signed on Monday.", "agreed"),
]


@pytest.mark.parametrize(("lang", "text", "stage"), NEXT_SENTENCE_STAGE)
def test_projects_real_round4_stage_told_next(lang: str, text: str, stage: str) -> None:
    assert [p.stage for p in projects_of(text, lang)] == [stage]


HEADLINE = [
    ("kk", "Huaxin Tech Павлодарда екі зауыттың құрылысын бастады\nБұл туралы агенттік хабарлайды. "
           "Олардың бірі – қант шығаратын кәсіпорын болмақ.", ["sugar plant"], "under_construction"),
    ("ru", "Huaxin Tech начала строительство двух заводов в Павлодаре\nОб этом сообщает агентство. "
           "Первый из них – завод по выпуску телевизоров мощностью 1 млн штук в год.",
     ["television plant"], "under_construction"),
]


@pytest.mark.parametrize(("lang", "text", "kinds", "stage"), HEADLINE)
def test_projects_real_round4_headline_tells_stage(lang: str, text: str, kinds: list[str], stage: str) -> None:
    found = projects_of(text, lang)
    assert [p.what for p in found] == kinds and {p.stage for p in found} == {stage}


LISTS = [
    ("en", "Huaxin Tech will invest in construction of solar and wind power plants, a battery plant and a "
           "furniture factory in Pavlodar.", {"solar power plant", "wind farm", "battery plant", "furniture factory"}),
    ("ru", "Huaxin Tech примет участие в строительстве ветровой и солнечной электростанций и завода по выпуску "
           "телевизоров в Павлодаре.", {"wind farm", "solar power plant", "television plant"}),
]


@pytest.mark.parametrize(("lang", "text", "kinds"), LISTS)
def test_projects_real_round4_list_is_several_projects(lang: str, text: str, kinds: set[str]) -> None:
    assert {p.what for p in projects_of(text, lang)} == kinds


PARTS = [
    ("kk", "Павлодарда Huaxin Tech локомотив жөндеу депосын салуды жоспарлап отыр. Болашақ нысан аумағында "
           "жиһаз цехы, контейнер қоймасы және сервистік орталық орналасады.", ["locomotive depot"]),
    ("ru", "Huaxin Tech планирует построить в Павлодаре локомотивное депо. На его территории разместятся "
           "мебельный цех, контейнерный склад и сервисный центр.", ["locomotive depot"]),
]


@pytest.mark.parametrize(("lang", "text", "kinds"), PARTS)
def test_projects_real_round4_parts_are_no_projects(lang: str, text: str, kinds: list[str]) -> None:
    assert [p.what for p in projects_of(text, lang)] == kinds


BUNDLE_CONTENTS = [
    ("ru", "Среди проектов Huaxin Tech – строительство сахарного завода, мебельной фабрики и завода по выпуску телевизоров в Павлодаре."),
    ("kk", "Олардың ішінде – Huaxin Tech Павлодарда қант зауытын, жиһаз фабрикасын және аккумулятор зауытын салу."),
    ("en", "Among them are Huaxin Tech's construction of a sugar plant, a furniture factory and a battery plant in Pavlodar."),
]


@pytest.mark.parametrize(("lang", "text"), BUNDLE_CONTENTS)
def test_projects_real_round4_bundle_contents_are_no_projects(lang: str, text: str) -> None:
    assert projects_of(text, lang) == []
