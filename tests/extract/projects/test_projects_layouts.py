"""Projects (round 2): new heads and products, list items under a lead line, quoted names in a
window, areas named as locations, a cost or partner told sentences later, estimate qualifiers,
bare heads joining the specific project, place names that look like products."""

from __future__ import annotations

import pytest
from test_events_triggers import document
from test_projects_find import projects_of

from kzcn.extract.events.find import find_events
from kzcn.extract.projects.parts import lead_of, located_in
from kzcn.extract.projects.find import find_facilities, find_projects
from kzcn.extract.common.triggers import Cue
from kzcn.model import Amount

CN = {"country": "CN"}
KZ = {"country": "KZ"}

KINDS = [
    ("ru", "линия по сборке тракторов", "tractor assembly line"),
    ("ru", "производственной линии по выпуску кроссоверов", "crossover production line"),
    ("ru", "о размещении производства сварочной проволоки", "welding wire production"),
    ("ru", "установки по производству полиэтилена", "polyethylene plant"),
    ("ru", "модернизации котельной", "boiler house"),
    ("ru", "завода автокомпонентов", "auto components plant"),
    ("ru", "оптово-распределительного центра", "wholesale distribution centre"),
    ("ru", "локализацию сборки электробусов", "electric bus assembly localisation"),
    ("ru", "завода ТОО «Дала Фарм» по производству инфузионных растворов", "infusion solutions plant"),
    ("ru", "выпускает стекло на своем заводе", "glass plant"),
    ("ru", "технологической линии мощностью 2,5 миллиона тонн цемента", "cement production line"),
    ("kk", "теңіз суын тұщыту зауыты", "desalination plant"),
    ("kk", "болат құбырлар шығаратын зауыт", "steel pipe plant"),
    ("kk", "газоблок зауытын", "aerated concrete block plant"),
    ("kk", "мақта-мата өндірісі бойынша келісім", "cotton production"),
    ("kk", "зығыр майын өндіретін зауыт", "linseed oil plant"),
    ("kk", "қазандықты жаңғырту", "boiler house"),
    ("en", "an air cargo terminal", "air cargo terminal"),
    ("en", "a phosphate plant", "phosphate plant"),
    ("en", "a joint assembly line", "assembly line"),
]


@pytest.mark.parametrize(("lang", "phrase", "kind"), KINDS)
def test_projects_layouts_facility_kind(lang: str, phrase: str, kind: str) -> None:
    assert [f.kind for f in find_facilities(phrase, 0, len(phrase), lang)] == [kind]


NOT_FACILITIES = [
    # production as a statistic, boiler equipment supplied, a capitalised place name is no product
    ("ru", "увеличение производства мяса"),
    ("ru", "поставку котельного оборудования"),
]


@pytest.mark.parametrize(("lang", "phrase"), NOT_FACILITIES)
def test_projects_layouts_not_a_facility(lang: str, phrase: str) -> None:
    assert find_facilities(phrase, 0, len(phrase), lang) == []


PLACE_NOT_PRODUCT = [
    ("kk", "Әкім Мақтаарал ауданындағы фабриканы аралады", "factory"),
    ("ru", "аким посетил Мясниковский завод", "plant"),
]


@pytest.mark.parametrize(("lang", "phrase", "kind"), PLACE_NOT_PRODUCT)
def test_projects_layouts_place_name_is_no_product(lang: str, phrase: str, kind: str) -> None:
    assert [f.kind for f in find_facilities(phrase, 0, len(phrase), lang)] == [kind]


LISTS = [
    ("ru", ["По итогам встречи подписаны:", "- соглашение о заводе;", "- меморандум о центре."], 2, 0),
    ("kk", ["Келесі құжаттарға қол қойылды:", "– зауыт туралы келісім;", "– орталық туралы меморандум."], 2, 0),
    ("en", ["The sides signed:", "• an agreement on a plant;", "• a memorandum on a hub."], 1, 0),
    ("ru", ["Стороны обсудили проект.", "Завод построят в 2026 году."], 1, None),
]


@pytest.mark.parametrize(("lang", "lines", "index", "lead"), LISTS)
def test_projects_layouts_list_item_lead(lang: str, lines: list[str], index: int, lead: int | None) -> None:
    text, spans = "", []
    for line in lines:
        spans.append((len(text), len(text) + len(line)))
        text += line + "\n"
    assert lead_of(text, spans, index) == lead


AREAS = [
    ("ru", "на территории специальной экономической зоны", "специальной экономической зоны", True),
    ("en", "a line in the Aktobe special economic zone", "special economic zone", True),
    ("en", "build a new special economic zone", "special economic zone", False),
    ("kk", "индустриялық аймақта", "индустриялық аймақта", True),
]


@pytest.mark.parametrize(("lang", "text", "head", "expected"), AREAS)
def test_projects_layouts_area_as_location(lang: str, text: str, head: str, expected: bool) -> None:
    start = text.index(head)
    assert located_in(text, Cue(start, start + len(head), "zone"), lang) is expected


def _money(text: str, surface: str, value: float, unit: str, qualifier: str = "exact") -> Amount:
    start = text.index(surface)
    return Amount(start, start + len(surface), surface, value, unit, "money", qualifier)


def test_projects_layouts_list_item_is_agreed_ru() -> None:
    text = ("В Павлодаре по итогам встречи подписаны:\n- меморандум о сотрудничестве в туризме;\n"
            "- соглашение с Sino Build о строительстве стекольного завода.")
    assert [(p.what, p.stage) for p in projects_of(text, "ru")] == [("glass plant", "agreed")]


def test_projects_layouts_list_item_is_agreed_kk() -> None:
    text = ("Павлодарда келесі құжаттарға қол қойылды:\n– туризм туралы меморандум;\n"
            "– Sino Build компаниясымен шыны зауытын салу туралы келісім.")
    assert [(p.what, p.stage) for p in projects_of(text, "kk")] == [("glass plant", "agreed")]


COST_LATER = [
    ("ru", "В Павлодаре Sino Build начала строительство стекольного завода.\nНа церемонии был аким.\n"
           "Его посетили гости.\nОбщая стоимость проекта – 40 млрд тенге.", "40 млрд тенге"),
    ("kk", "Павлодарда Sino Build шыны зауытының құрылысын бастады.\nРәсімге әкім қатысты.\n"
           "Қонақтар да келді.\nЖоба құны – 40 млрд теңге.", "40 млрд теңге"),
    ("en", "Sino Build began construction of a glass plant in Pavlodar.\nThe akim attended.\n"
           "Guests came too.\nThe project is estimated at 40 billion tenge.", "40 billion tenge"),
]


@pytest.mark.parametrize(("lang", "text", "surface"), COST_LATER)
def test_projects_layouts_cost_of_the_project_later(lang: str, text: str, surface: str) -> None:
    project = projects_of(text, lang, amounts=[_money(text, surface, 40e9, "KZT")])[0]
    assert (project.value.amount, project.value.currency) == (40e9, "KZT")


def test_projects_layouts_cost_of_a_later_facility_is_not_taken_ru() -> None:
    text = ("В Павлодаре Sino Build обсудила открытие логистического центра.\n"
            "Также изучается строительство второй очереди завода стоимостью 40 млрд тенге.")
    projects = projects_of(text, "ru", amounts=[_money(text, "40 млрд тенге", 40e9, "KZT")])
    assert [(p.what, p.value) for p in projects if p.what == "logistics centre"] == [("logistics centre", None)]


ESTIMATES = [
    ("ru", "Sino Build построит в Павлодаре стекольный завод, стоимость оценивается в 40 млрд тенге.",
     "40 млрд тенге", "about"),
    ("ru", "Sino Build построит в Павлодаре стекольный завод ориентировочной стоимостью 40 млрд тенге.",
     "40 млрд тенге", "about"),
    ("kk", "Sino Build Павлодарда шыны зауытын салады, болжамды құны – 40 млрд теңге.", "40 млрд теңге", "about"),
    ("en", "Sino Build will build a glass plant in Pavlodar estimated at 40 billion tenge.", "40 billion tenge",
     "about"),
    ("ru", "Sino Build построит в Павлодаре стекольный завод стоимостью более чем в 40 млрд тенге.",
     "40 млрд тенге", "more_than"),
]


@pytest.mark.parametrize(("lang", "text", "surface", "qualifier"), ESTIMATES)
def test_projects_layouts_estimate_qualifier(lang: str, text: str, surface: str, qualifier: str) -> None:
    project = projects_of(text, lang, amounts=[_money(text, surface, 40e9, "KZT")])[0]
    assert project.value.qualifier == qualifier


def _doc(text: str, lang: str, *mentions):
    place = [("Павлодар", "kz_place", "Pavlodar", {"region": "Pavlodar Region"})]
    doc = document(text, lang, *place, *mentions).add(amounts=[])
    return doc.add(events=find_events(doc))


PARTNER_LATER = [
    ("kk", "Павлодарда шыны зауытының құрылысы басталды.\n"
           "Жобаны «Дала Құрылыс» ЖШС қытайлық Sino Build компаниясымен бірлесіп жүзеге асырады."),
    ("ru", "В Павлодаре начато строительство стекольного завода.\n"
           "Проект реализует ТОО «Дала Құрылыс» совместно с китайской компанией Sino Build."),
]


@pytest.mark.parametrize(("lang", "text"), PARTNER_LATER)
def test_projects_layouts_partner_of_the_project_later(lang: str, text: str) -> None:
    # both companies carry CN (as a wrong country may come from the entity layer): "Chinese" decides
    doc = _doc(text, lang, ("Дала Құрылыс", "org", "Дала Құрылыс", CN), ("Sino Build", "org", "Sino Build", CN))
    assert [(p.what, p.partner) for p in find_projects(doc)] == [("glass plant", "Sino Build")]


BARE_JOINS = [
    # the host plant of a new line is no project of its own; a "glass plant" again is the one "float glass plant"
    ("ru", "В Павлодаре на заводе ТОО «Дала» Sino Build запустила линию по сборке тракторов.",
     ["tractor assembly line"]),
    ("en", "Sino Build signed an agreement on a float glass plant in Pavlodar.\n"
           "Construction of the glass plant will start in 2026.", ["float glass plant"]),
]


@pytest.mark.parametrize(("lang", "text", "kinds"), BARE_JOINS)
def test_projects_layouts_bare_heads_join(lang: str, text: str, kinds: list[str]) -> None:
    assert [p.what for p in projects_of(text, lang)] == kinds


TRADE_HOUSES = [
    ("ru", "В Павлодаре открылся торговый дом компании Sino Build.", []),
    ("ru", "В Павлодаре подписан меморандум с Sino Build о создании торгового дома.", ["trade house"]),
    ("kk", "Павлодарда Sino Build компаниясымен сауда үйін құру туралы меморандумға қол қойылды.", ["trade house"]),
]


@pytest.mark.parametrize(("lang", "text", "kinds"), TRADE_HOUSES)
def test_projects_layouts_trade_house_only_when_planned(lang: str, text: str, kinds: list[str]) -> None:
    assert [p.what for p in projects_of(text, lang)] == kinds
