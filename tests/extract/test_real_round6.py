"""Classes of misses found on real articles (round 6), as tables of sentences written for the
tests (names invented): a delegation's arrival told by a verb of motion is a trip; a Chinese
public body's place takes part; Latin company names keep apostrophes, spaced dashes and bracketed
words, and lose a title before them and an acronym after them; Kazakh "компаниясы" is no part of a
name; a facility told in the body with other product words is no headline's project told again."""

from __future__ import annotations

import pytest

from kzcn.clean import make_document
from kzcn.evaluate.names import name_key
from kzcn.ingest.raw import RawArticle
from kzcn.model import Document
from kzcn.pipeline.runner import Pipeline
from kzcn.triage import triaged_stages
from test_entities_real_orgs import orgs, stage  # noqa: F401 (stage: the fixture orgs() takes)


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(triaged_stages())


def extract(pipeline: Pipeline, text: str, lang: str) -> Document:
    """``text`` through the whole pipeline (``lang`` is what the article is written in)."""
    raw = RawArticle(source=f"test-{lang}.txt", where=f"test-{lang}.txt", text=text, published="2025-05-20")
    doc = pipeline(make_document(raw))
    assert doc.lang == lang
    return doc


ARRIVALS = [
    ("kk", "Ақтөбе облысына ҚХР Хэнань провинциясынан ресми делегация келді. Қонақтарды облыс әкімі "
           "қабылдап, сауда-экономикалық ынтымақтастықты талқылады."),
    ("ru", "В Костанайскую область прибыла делегация из провинции Хэнань КНР. Гостей принял аким области, "
           "стороны обсудили сотрудничество в сельском хозяйстве."),
    ("en", "A delegation from Henan Province of China arrived in Kostanay Region to learn about its "
           "investment potential. The regional akim met the guests and discussed farm projects."),
]


@pytest.mark.parametrize(("lang", "text"), ARRIVALS, ids=[a[0] for a in ARRIVALS])
def test_a_delegations_arrival_is_a_visit(pipeline, lang, text):
    doc = extract(pipeline, text, lang)
    visits = [e for e in doc.events if e.type == "visit"]
    assert visits, [e.type for e in doc.events]
    assert "Henan" in visits[0].cn_parties


def test_a_delegation_only_named_is_no_visit(pipeline):
    doc = extract(pipeline, "Делегация области провела совещание по вопросам экспорта зерна в Китай. "
                            "Аким области поручил подготовить предложения.", "ru")
    assert not [e for e in doc.events if e.type == "visit"]


def test_a_chinese_public_bodys_place_takes_part(pipeline):
    text = ("Делегация Павлодарской области встретилась с руководством комитета КПК провинции Хэнань. "
            "Стороны подписали меморандум о сотрудничестве.")
    doc = extract(pipeline, text, "ru")
    parties = {p for e in doc.events for p in e.cn_parties}
    assert "Henan" in parties


NAMES = [
    ("Меморандум подписан с компанией Huaxin Xi’an Cement Technology Co., Ltd. в Астане.", "ru",
     "Huaxin Xi’an Cement Technology Co., Ltd."),
    ("Договор подписан с China Road Asia – Europe Bridge Investment Co. Ltd. в апреле.", "ru",
     "China Road Asia – Europe Bridge Investment Co. Ltd."),
    ("Соглашение подписала компания Baoli (Xi’an) Seed Technology Co., Ltd. из Шэньси.", "ru",
     "Baoli (Xi’an) Seed Technology Co., Ltd."),
    ("Договор подписан с Sanming Nonferrous Foreign Construction Co., Ltd. (SNFC) в Алматы.", "ru",
     "Sanming Nonferrous Foreign Construction Co., Ltd."),
    ("The akim held talks with President of Tianlu International Engineering Co., Ltd in Aktau.", "en",
     "Tianlu International Engineering Co., Ltd"),
    ("Аким «Тяньлу Гласс» компаниясының басшылығымен кездесті.", "kk", "Тяньлу Гласс"),
    ("Облыста Тяньлу Гласс компаниясы зауыт салып жатыр.", "kk", "Тяньлу Гласс"),
    # the country only says whose province's body it is; a consulate "in" a city stays the country's
    ("Облыс әкімі Қытайдың Хэнань провинциясы партия комитетінің хатшысымен кездесті.", "kk",
     "Хэнань провинциясы партия комитеті"),
    ("Кездесу Қазақстанның Ухань қаласындағы Бас консулдығында өтті.", "kk",
     "Қазақстанның Ухань қаласындағы Бас консулдығы"),
]


@pytest.mark.parametrize("text", ["Если вы заметили ошибку, выделите текст и нажмите Ctrl+Enter.",
                                  "19:14, 29 декабря 2025 | GMT +5. Курс USD 512 тенге."])
def test_keys_codes_and_time_zones_are_no_organisations(stage, text):
    assert orgs(stage, text, "ru") == []


@pytest.mark.parametrize(("text", "lang", "name"), NAMES)
def test_company_names_as_the_press_writes_them(stage, text, lang, name):
    assert name_key(name) in orgs(stage, text, lang)


def test_a_body_facility_with_other_products_is_another_project(pipeline):
    text = ("Қызылорда облысында шыны зауыты салынады\n"
            "Облыс әкімі қытайлық Tianlu Glass Co., Ltd компаниясының басшылығымен кездесіп, шыны зауытының "
            "құрылысын талқылады. Сондай-ақ облыста қалдықтарды қайта өңдеу зауытын салу ұсынылды.")
    doc = extract(pipeline, text, "kk")
    kinds = {p.what for p in doc.projects}
    assert any("glass" in k for k in kinds) and any("waste" in k for k in kinds), kinds


COORDINATED = [
    ("The company will build cement and brick plants in the region.", "en", ["cement plant", "brick plant"]),
    ("Облыста цемент және кірпіш зауыттары салынады.", "kk", ["cement plant", "brick plant"]),
    ("The governor invited the firm to build solar and hydroelectric power plants.", "en",
     ["solar power plant", "hydropower plant"]),
    # one plant making two products stays one plant
    ("Облыста цемент және кірпіш зауыты салынады.", "kk", ["cement brick plant"]),
    ("The company will build plants.", "en", ["plant"]),
]


@pytest.mark.parametrize(("text", "lang", "kinds"), COORDINATED)
def test_coordinated_products_before_a_plural_head_are_several_facilities(text, lang, kinds):
    from kzcn.extract.projects.facilities import find_facilities

    assert [f.kind for f in find_facilities(text, 0, len(text), lang)] == kinds


def test_two_companies_plants_of_one_kind_stay_two_projects():
    from kzcn.extract.projects.merge import merge_projects
    from kzcn.model import Project

    one = Project(what="wind farm", kz_region="Aktobe Region", sector=None, partner="Alpha Wind Co.", value=None,
                  stage="proposed")
    two = Project(what="wind farm", kz_region="Aktobe Region", sector=None, partner="Beta Energy Co.", value=None,
                  stage="agreed")
    again = Project(what="wind farm", kz_region="Aktobe Region", sector=None, partner=None, value=None,
                    stage="agreed")
    merged = merge_projects([one, two, again])
    assert [(p.partner, p.stage) for p in merged] == [("Alpha Wind Co.", "agreed"), ("Beta Energy Co.", "agreed")]


BUNDLES = [
    # a group of countries inside a forum's name is no subject of the figure
    ("На форуме «Центральная Азия – Китай» Туркестанская область подписала меморандумы по реализации "
     "трех крупных проектов на общую сумму в 300,7 млн долларов.", "ru",
     {("project_count", 3.0), ("investment", 300700000.0)}),
    # a planned portfolio of counted projects is still a bundle
    ("В индустриальной зоне Жетысуской области до 2030 года при участии китайских инвесторов "
     "планируется реализация 30-ти проектов общей стоимостью 570 млрд тенге.", "ru", {("project_count", 30.0), ("investment", 570e9)}),
    # joint projects counted without a value
    ("Алдағы екі жылда Алматы облысында қазақстандық-қытайлық ауқымды 12 жобаны іске асыру жоспарлануда.", "kk",
     {("project_count", 12.0)}),
    # a plan for one region's investment stays no figure
    ("Область должна привлечь из Китая 1,5 трлн тенге инвестиций до 2030 года.", "ru", set()),
]


@pytest.mark.parametrize(("text", "lang", "expected"), BUNDLES)
def test_bundles_and_counts_of_joint_projects(pipeline, text, lang, expected):
    doc = extract(pipeline, text, lang)
    assert {(f.metric, f.value) for f in doc.figures} == expected


def test_a_trips_place_is_where_it_went_and_its_signing_keeps_none(pipeline):
    text = ("Облыс әкімі Ухань қаласына жасаған іс-сапарында Хубэй провинциясының басшылығымен кездесті.\n"
            "Сапар барысында облыс әкімі бірнеше меморандумға қол қойды.")
    doc = extract(pipeline, text, "kk")
    places = {e.type: e.place for e in doc.events}
    assert places.get("visit") == "Wuhan", places
    assert places.get("agreement") is None, places


@pytest.mark.parametrize(("name", "country"), [
    ("Qaz Carbon LLP", "KZ"), ("Karaganda Steel JSC", "KZ"), ("KazTransCom", "KZ"),
    ("Tianlu Glass Co., Ltd", "CN"), ("Great Motor", "CN"), ("Zhongxin Mining Group", "CN")])
def test_latin_company_country(name, country):
    from kzcn.extract.entities.orgs.find import latin_org_country

    assert latin_org_country(name) == country


def test_the_main_company_as_party_brings_its_bodys_place(pipeline):
    text = ("Алматы облысының әкімі Хэнань провинциясы КПК комитетінің хатшысымен кездесті.\n"
            "Кездесу соңында тараптар ынтымақтастық туралы меморандумға қол қойды.")
    doc = extract(pipeline, text, "kk")
    agreement = next(e for e in doc.events if e.type == "agreement")
    assert "Henan" in agreement.cn_parties


def test_a_visit_headed_by_a_chinese_official_is_a_trip(pipeline):
    text = ("Туркестанская область и округ Китая стали побратимами. Соглашение подписали во время визита "
            "делегации во главе с заместителем председателя правительства округа Ли Минхуа.")
    doc = extract(pipeline, text, "ru")
    assert "visit" in {e.type for e in doc.events}


@pytest.mark.parametrize(("text", "lang", "forum"), [
    ("Делегация Абай облысы Шыңжаңда өткен «Алтай» өңірлік конференциясына қатысты.", "kk", True),
    ("Делегация провинции Хэнань приняла участие в конференции в Павлодаре.", "ru", True),
    ("После переговоров с делегацией провинции Хэнань аким провёл пресс-конференцию.", "ru", False),
    ("A business-to-business session with Henan companies was held in Pavlodar.", "en", True),
])
def test_conferences_are_forums_press_conferences_are_not(pipeline, text, lang, forum):
    doc = extract(pipeline, text, lang)
    assert ("forum" in {e.type for e in doc.events}) == forum


def test_a_brands_syllables_are_no_places():
    from kzcn.extract.common.bodies import places_in_body
    from kzcn.model import Mention

    brand = Mention(0, 13, "Дунфан Цзинсю", "org", "Дунфан Цзинсю", country="CN")
    body = Mention(0, 20, "КПК провинции Хэнань", "org", "КПК провинции Хэнань", country="CN")
    assert places_in_body(brand) == []
    assert places_in_body(body) == ["Henan"]


def test_a_signing_for_several_units_is_one_agreement_each(pipeline):
    text = ("Шыңжаң үкіметінің делегациясы Алматы облысы, Жетісу облысы және Абай облысы әкімдіктерімен "
            "ынтымақтастық туралы меморандумға қол қойды.")
    doc = extract(pipeline, text, "kk")
    units = sorted(e.kz_region for e in doc.events if e.type == "agreement")
    assert units == ["Abai Region", "Almaty Region", "Jetisu Region"], units


def test_an_agreement_reached_is_a_signing_in_kazakh(pipeline):
    text = ("Ақтөбе облысының әкімі Пекинде қытайлық Tianlu Wind Co., Ltd компаниясымен жел электр станциясын "
            "салу туралы уағдаластыққа қол жеткізді.")
    doc = extract(pipeline, text, "kk")
    assert "agreement" in {e.type for e in doc.events}


def test_a_planned_launch_of_production_is_a_project(pipeline):
    text = ("В Павлодаре запланирован запуск производства алюминиевых дисков с участием китайской компании "
            "Tianlu Wheels Co., Ltd, стоимость проекта оценивается в 50 миллиардов тенге.")
    doc = extract(pipeline, text, "ru")
    assert [(p.stage, p.partner) for p in doc.projects] == [("proposed", "Tianlu Wheels Co., Ltd")]
