"""Projects: kind of facility, stage, value, partner; bundles, plurals and Chinese sites are not projects."""

from __future__ import annotations

import pytest
from test_events_triggers import document

from kzcn.extract.events.find import find_events
from kzcn.extract.projects.find import ProjectStage, find_facilities, find_projects
from kzcn.model import Amount

CN = {"country": "CN"}


def projects_of(text: str, lang: str, *mentions, amounts=()):
    place = [("Павлодар", "kz_place", "Pavlodar", {"region": "Pavlodar Region"})] if "Павлодар" in text else []
    doc = document(text, lang, ("Sino Build", "org", "Sino Build", CN), *place, *mentions)
    doc = doc.add(amounts=list(amounts))
    return find_projects(doc.add(events=find_events(doc)))


KINDS = [
    ("kk", "тұрмыстық қалдықтарды қайта өңдеу зауыты", "household waste processing plant"),
    ("kk", "ферроқорытпа зауытын", "ferroalloy plant"),
    ("kk", "жаңа жылу электр магистралін", "heating main"),
    ("kk", "жел электр станциясын", "wind farm"),
    ("ru", "завод по переработке бытовых отходов", "household waste processing plant"),
    ("ru", "ферросплавный завод", "ferroalloy plant"),
    ("ru", "ветровой электростанции", "wind farm"),
    ("ru", "тепличного комплекса", "greenhouse complex"),
    ("en", "a waste processing plant", "waste processing plant"),
    ("en", "a wind farm", "wind farm"),
]


@pytest.mark.parametrize(("lang", "phrase", "kind"), KINDS)
def test_projects_facility_kind(lang: str, phrase: str, kind: str) -> None:
    assert [f.kind for f in find_facilities(phrase, 0, len(phrase), lang)] == [kind]


STAGES = [
    ("kk", "Sino Build компаниясы Павлодар қаласында цемент зауытын салуға қызығушылық танытты.", "proposed"),
    ("kk", "Павлодар қаласында цемент зауытын салу туралы Sino Build компаниясымен келісімге қол қойылды.", "agreed"),
    ("kk", "Павлодар қаласында Sino Build компаниясының цемент зауыты салынып жатыр.", "under_construction"),
    ("kk", "Павлодар қаласында Sino Build салған цемент зауыты іске қосылды.", "operating"),
    ("ru", "Sino Build выразила интерес к строительству цементного завода в Павлодаре.", "proposed"),
    ("ru", "С Sino Build подписано соглашение о строительстве цементного завода в Павлодаре.", "agreed"),
    ("ru", "В Павлодаре строится цементный завод компании Sino Build.", "under_construction"),
    ("ru", "В Павлодаре запущен цементный завод компании Sino Build.", "operating"),
]


@pytest.mark.parametrize(("lang", "text", "stage"), STAGES)
def test_projects_stage(lang: str, text: str, stage: str) -> None:
    projects = projects_of(text, lang)
    assert [(p.what, p.stage, p.partner, p.place) for p in projects] == [
        ("cement plant", stage, "Sino Build", "Pavlodar")
    ]
    assert projects[0].summary


def test_projects_value_from_amounts_in_sentence() -> None:
    text = "Павлодарда құны 150 млн АҚШ долларынан асатын ферроқорытпа зауытын салу жөнінде Sino Build компаниясымен келісімге қол қойылды."
    start = text.index("150")
    amount = Amount(start, start + 30, text[start : start + 30], 150e6, "USD", "money", "more_than", value_usd=150e6)
    project = projects_of(text, "kk", amounts=[amount])[0]
    assert (project.value.amount, project.value.currency, project.value.qualifier) == (150e6, "USD", "more_than")
    assert project.sector == "metallurgy"


NOT_PROJECTS = [
    ("kk", "Sino Build компаниясымен 14 жоба бойынша 134 млрд теңгенің меморандумдарына қол қойылды."),
    ("kk", "Қытайлықтарға Павлодарда зауыттар мен фабрикаларды бірлесе ашу ұсынылды, Sino Build келісті."),
    ("ru", "Sino Build предложила построить в Павлодаре несколько заводов."),
    ("kk", "Делегация Шанхай қаласында Sino Build компаниясының цемент зауытын аралап, танысты."),
    ("ru", "Sino Build построила цементный завод в Шанхае."),
]


@pytest.mark.parametrize(("lang", "text"), NOT_PROJECTS)
def test_projects_not_bundles_plurals_or_sites_in_china(lang: str, text: str) -> None:
    shanghai = ("Шанха", "cn_place", "Shanghai", CN)
    mentions = [shanghai] if "Шанха" in text else []
    assert projects_of(text, lang, *mentions) == []


def test_projects_stage_adds_layer() -> None:
    text = "Павлодарда Sino Build компаниясының цемент зауыты салынып жатыр."
    doc = document(text, "kk", ("Sino Build", "org", "Sino Build", CN)).add(amounts=[], events=[])
    stage = ProjectStage()
    assert stage.name == "projects" and stage(doc).projects[0].stage == "under_construction"
