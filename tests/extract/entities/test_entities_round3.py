"""Round-3 entity fixes on invented sentences (kk, ru, en): Latin lists of companies, "&" in a
name, short names of a company met again, legal forms, events that are no organisations,
Chinese places only on a route or at a border crossing, stem ties in the gazetteer, regions
named as history, a title's unit not taken from the sentence before."""

from __future__ import annotations

import pytest

from kzcn.extract.entities.stage import EntityStage, entity_fields
from kzcn.gazetteer import Gazetteer
from kzcn.model import Document, Sentence


@pytest.fixture(scope="module")
def stage() -> EntityStage:
    return EntityStage()


def fields(stage: EntityStage, text: str, lang: str) -> dict:
    doc = Document(text=text, lang=lang).add(sentences=(Sentence(0, len(text), lang),))
    return entity_fields(stage(doc))


def org_names(stage: EntityStage, text: str, lang: str) -> set[str]:
    return {o["name"] for o in fields(stage, text, lang)["organizations"]}


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Делегация посетила заводы компаний Hubei Qiangsheng Valve Co., Ltd, Anhui Ruitai Glass "
     "Group и другие.", "ru", {"Hubei Qiangsheng Valve Co., Ltd", "Anhui Ruitai Glass Group"}),
    ("Делегация Hunan Longma Feed & Grain Co., Ltd компаниясымен кездесті.", "kk",
     {"Hunan Longma Feed & Grain Co., Ltd"}),
    ("The akimat of Kostanay Region and Henan Shuanglin Tractor Co., Ltd signed a memorandum.",
     "en", {"Henan Shuanglin Tractor Co., Ltd"}),
    ("The delegation visited Fujian Minhai Ceramics Co., Ltd and Jiangxi Hongtu Copper Group.",
     "en", {"Fujian Minhai Ceramics Co., Ltd", "Jiangxi Hongtu Copper Group"}),
    ("Guests toured Shanxi Red & Black Foods Group in Datong to discuss cooperation.", "en",
     {"Shanxi Red & Black Foods Group"}),
])
def test_organizations_latin_lists_split_and_ampersand_kept(stage, text, lang, expected) -> None:
    assert org_names(stage, text, lang) == expected


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Облыс әкімі Guangxi Tianbao Sugar Industry Co., Ltd өкілдерімен кездесті. Guangxi Tianbao "
     "зауыт салуды жоспарлап отыр.", "kk", {"Guangxi Tianbao Sugar Industry Co., Ltd"}),
    ("Аким встретился с руководством Yunnan Baichuan Tea Holding Co., Ltd. Yunnan Baichuan "
     "намерена построить фабрику.", "ru", {"Yunnan Baichuan Tea Holding Co., Ltd"}),
])
def test_organizations_short_name_takes_full_name(stage, text, lang, expected) -> None:
    assert org_names(stage, text, lang) == expected


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Кездесуге «Бозтөбе-Су» АҚ пен «Qaraqum Logistics» ЖШС өкілдері қатысты.", "kk",
     {"Бозтөбе-Су": "KZ", "Qaraqum Logistics": "KZ"}),
    ("Меморандум подписали ТОО «Steppe Grain Solutions» и китайская Heilongjiang Dafeng Co., Ltd.",
     "ru", {"Steppe Grain Solutions": "KZ", "Heilongjiang Dafeng Co., Ltd": "CN"}),
    ("Irtysh Agro Solutions LLP and Gansu Longxi Seed Group signed an agreement.", "en",
     {"Irtysh Agro Solutions LLP": "KZ", "Gansu Longxi Seed Group": "CN"}),
])
def test_organizations_kazakh_legal_form_names_kz_company(stage, text, lang, expected) -> None:
    out = {o["name"]: o["country"] for o in fields(stage, text, lang)["organizations"]}
    assert out == expected


@pytest.mark.parametrize(("text", "lang"), [
    ("Аким пригласил гостей на агрофорум «SteppeAgro-2027» в Костанае.", "ru"),
    ("Әкім қытайлық серіктестерді «Caspian Expo – 2026» көрмесіне шақырды.", "kk"),
    ("Chinese investors were invited to the Kyzylorda Investment Forum.", "en"),
])
def test_organizations_event_names_are_not_organizations(stage, text, lang) -> None:
    assert org_names(stage, text, lang) == set()


@pytest.mark.parametrize(("text", "lang", "places"), [
    # a place only joined by a dash to another is a route point
    ("The sides discussed the Kyzylorda – Lanzhou freight route with Gansu Province officials.",
     "en", ["Gansu"]),
    ("Тараптар Шымкент – Чэнду әуе рейсін ашуды Сычуань провинциясының өкілдерімен талқылады.",
     "kk", ["Sichuan"]),
    # a Chinese border town named as a crossing
    ("По соглашению поставки рапса в провинцию Хэйлунцзян пойдут через погранпереход Алтынколь – "
     "Хоргос.", "ru",
     ["Heilongjiang"]),
    # a spelling sharing a stem with another province goes to the one it sounds like
    ("Делегация Цзянси провинциясының Наньчан қаласына барды.", "kk", ["Jiangxi", "Nanchang"]),
    ("Делегация провинции Цзянсу посетила Актобе и подписала меморандум.", "ru", ["Jiangsu"]),
    # the Kazakh name of a Xinjiang prefecture
    ("Облыс әкімі Алтай аймағының басшысымен кездесіп, шекара мәселелерін талқылады.", "kk",
     ["Altay"]),
])
def test_cn_places_route_points_crossings_and_spellings(stage, text, lang, places) -> None:
    assert fields(stage, text, lang)["cn_places"] == places


@pytest.mark.parametrize(("word", "expected"), [
    ("Біз", None),        # "we": too short for a spelled-out Chinese name
    ("Ақсу", None),       # a Kazakh town's name is never a fuzzy Chinese one
])
def test_gazetteer_fuzzy_skips_short_and_kazakh_words(word, expected) -> None:
    gaz = Gazetteer.load()
    found = [m for m in gaz.find(f"Облыс әкімдігі {word} қалаларында келіссөз жүргізді.")
             if m.kind == "cn_place"]
    assert (found[0].canonical if found else None) == expected


@pytest.mark.parametrize(("text", "lang", "regions"), [
    ("Абай облысының әкімі қытайлық инвесторлармен кездесті. Абай облысы 2022 жылы Шығыс "
     "Қазақстан облысының құрамынан бөлініп шықты.", "kk", ["Abai Region"]),
    ("Аким области Жетісу принял делегацию из Китая. Область выделена из состава Алматинской "
     "области в 2022 году.", "ru", ["Jetisu Region"]),
])
def test_regions_named_as_history_do_not_take_part(stage, text, lang, regions) -> None:
    assert fields(stage, text, lang)["kz_regions"] == regions


@pytest.mark.parametrize(("text", "lang", "of"), [
    ("Аким Кызылординской области встретился с инвесторами и обсудил рейсы между Актобе и "
     "Урумчи. Кроме того, заместитель акима области Нурлан Садыков провёл переговоры.", "ru",
     "Kyzylorda Region"),
    ("Жамбыл облысының әкімі делегацияны қабылдады, сөз Таразға қатысты болды. Облыс әкімінің "
     "орынбасары Ерболат Қасымов жобаны таныстырды.", "kk", "Jambyl Region"),
])
def test_people_title_unit_not_from_previous_sentence(stage, text, lang, of) -> None:
    deputies = [p for p in fields(stage, text, lang)["people"] if p["role"] == "deputy akim"]
    assert [p["of"] for p in deputies] == [of]


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # a Chinese given name declined like "-й" ("Сяолэем" <- "Сяолэй")
    ("Аким провёл встречу с президентом компании Чжоу Сяолэем, обсудив соглашение о поставках.",
     "ru", [("Чжоу Сяолэй", "president")]),
    # a Palladius soft sign before a Kazakh ending ("Цзюньмен" <- "Цзюнь")
    ("Облыс әкімі компания президенті Ван Цзюньмен кездесіп, ынтымақтастықты талқылады.", "kk",
     [("Ван Цзюнь", "president")]),
    # English "NAME, title of BODY"
    ("\"We will build the plant next year,\" said Wang Lifeng, chairman of Hubei Qiangsheng "
     "Valve Co., Ltd, after signing the agreement.", "en", [("Wang Lifeng", "chairman")]),
    ("\"The region is ready,\" said Nurlan Bekov, deputy akim of Pavlodar Region, at the "
     "cooperation forum.", "en", [("Nurlan Bekov", "deputy akim")]),
    ("The memorandum was signed by Liu Hongbo, general manager of Anhui Ruitai Glass Group.", "en",
     [("Liu Hongbo", "general manager")]),
    # a company's last word before a Chinese name is not the person's
    ("Chairman of the board of Henan Dafeng Yang Mingjie said the memorandum covers two plants.",
     "en", [("Yang Mingjie", "chairman")]),
])
def test_people_case_endings_and_english_appositions(stage, text, lang, expected) -> None:
    people = fields(stage, text, lang)["people"]
    assert [(p["name"], p["role"]) for p in people] == expected


@pytest.mark.parametrize(("text", "lang"), [
    # an ethnonym inside a place name is no person
    ("Облыс әкімі Іле Қазақ автономиялық облысының делегациясымен ынтымақтастық туралы кездесті.",
     "kk"),
    ("Компания Орталық Азиядағы алғашқы зауытын салуды жоспарлап, инвестиция көлемін атады.", "kk"),
])
def test_people_not_from_place_names(stage, text, lang) -> None:
    assert fields(stage, text, lang)["people"] == []


@pytest.mark.parametrize(("text", "kind", "canonical", "region"), [
    ("Kazakhstan's exports to China grew.", "country", "Kazakhstan", None),
    ("Делегация посетила Абайский район Карагандинской области.", "kz_place", "Abai District",
     "Karaganda Region"),
    ("Абай облысының Абай ауданында зауыт салынады.", "kz_place", "Abai District", "Abai Region"),
])
def test_gazetteer_possessive_and_district_of_named_region(text, kind, canonical, region) -> None:
    found = [m for m in Gazetteer.load().find(text) if m.kind == kind]
    assert (found[0].canonical, found[0].region) == (canonical, region)


@pytest.mark.parametrize("text", [
    "Алматы қаласының Жетісу ауданында жаңа мектеп ашылды.",
    "В Жетысуском районе Алматы открылась школа.",
])
def test_gazetteer_unit_name_before_district_word_is_no_unit(text) -> None:
    assert "Jetisu Region" not in [m.canonical for m in Gazetteer.load().find(text)]


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # "академиясы" heads a name; a Latin acronym may stand inside a Kazakh name
    ("Кәсіпорын Батыс Қазақстан медицина академиясымен бірлескен оқу бағдарламасы туралы "
     "келісімге қол қойды.", "kk", {"Батыс Қазақстан медицина академиясы"}),
    ("Қытайлық компания Павлодар IT колледжімен ынтымақтастық туралы меморандум жасады.", "kk",
     {"Павлодар IT колледжі"}),
    # "облыс орталығындағы «X» аймағы": the quoted name belongs to the head after it
    ("Инвесторлар облыс орталығындағы «Тобыл» индустриялық аймағының аумағымен танысып, "
     "келісімге қол қойды.", "kk", {"Тобыл индустриялық аймағы"}),
    # a city's name after "города" stops before the region's adjective
    ("Соглашение о сотрудничестве подписано в индустриальной зоне города Степногорск "
     "Акмолинской области.", "ru", {"Индустриальная зона города Степногорск"}),
])
def test_organizations_kazakh_heads_and_phrase_bounds(stage, text, lang, expected) -> None:
    assert org_names(stage, text, lang) == expected
