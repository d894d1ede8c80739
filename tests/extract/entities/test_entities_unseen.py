"""Entities on invented sentences in the styles of unseen articles (kk, ru, en): Chinese
names, English titles, Russian name cases, organisation phrases, places only mentioned."""

from __future__ import annotations

import pytest

from kzcn.extract.entities.stage import EntityStage, entity_fields
from kzcn.model import Document, Sentence


@pytest.fixture(scope="module")
def stage() -> EntityStage:
    return EntityStage()


def fields(stage: EntityStage, text: str, lang: str) -> dict:
    doc = Document(text=text, lang=lang).add(sentences=(Sentence(0, len(text), lang),))
    return entity_fields(stage(doc))


def names(stage, text, lang, field="people") -> list[str]:
    return [x["name"] for x in fields(stage, text, lang)[field]]


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # a Chinese surname that is also a place name is a person before a Mandarin given name
    ("Кездесуге Хэбэй провинциясының вице-губернаторы Линь Хайбо қатысты.", "kk", ["Линь Хайбо"]),
    ("Аким встретился с вице-мэром города Таншань Чжоу Лихуа. Стороны обсудили логистику.", "ru",
     ["Чжоу Лихуа"]),
    # a Chinese name without a title is still a person; a Russian case ending is undone
    ("Делегацию возглавил заместитель директора Ма Цзюнем.\nМа Цзюнь отметил рост.", "ru",
     ["Ма Цзюнь"]),
    # a name stops at the end of its sentence
    ("Договор подписан в присутствии акима Атырауской области Нурлана Сарсенова. Стоимость "
     "работ не раскрывается.", "ru", ["Нурлан Сарсенов"]),
    # a nominative Russian-style surname stays as written
    ("Аким Шымкента Бауыржан Есимов открыл форум.", "ru", ["Бауыржан Есимов"]),
    # a region spelled the Kazakh way after "области" is no part of the name
    ("Аким области Жетісу Нурбол Абенов принял гостей.", "ru", ["Нурбол Абенов"]),
    # English titles before Latin names; governor/mayor of a Kazakh unit is its akim
    ("Kostanay Region Governor Arman Seitov met the delegation.", "en", ["Arman Seitov"]),
    ("The deal was signed by Deputy Mayor Daniyar Omarov and the company's vice president "
     "Zhou Minghao.", "en", ["Daniyar Omarov", "Zhou Minghao"]),
    ("Vice Governor of Hebei Province Gao Lin visited Oral.", "en", ["Gao Lin"]),
])
def test_people_unseen_patterns(stage, text, lang, expected) -> None:
    assert names(stage, text, lang) == expected


@pytest.mark.parametrize(("text", "lang", "role"), [
    ("Kostanay Region Governor Arman Seitov met the delegation.", "en", "akim"),
    ("Pavlodar Deputy Governor Yerbol Dauletov opened the plant.", "en", "deputy akim"),
])
def test_people_english_governor_is_akim(stage, text, lang, role) -> None:
    assert fields(stage, text, lang)["people"][0]["role"] == role


def test_people_kazakh_crf_finds_untitled_names(stage) -> None:
    text = "Жиынға Ерлан Сәрсенбаев пен Әсел Нұрланова қатысты."
    assert set(names(stage, text, "kk")) == {"Ерлан Сәрсенбаев", "Әсел Нұрланова"}


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Делегация Yunnan Dianchi Agricultural Co., Ltd компаниясымен кездесті.", "kk",
     ["Yunnan Dianchi Agricultural Co., Ltd"]),
    ("Келісімге Gansu Lüyuan Food Co., Ltd қол қойды.", "kk", ["Gansu Lüyuan Food Co., Ltd"]),
    ("Завод построят в индустриальной зоне «Кызылжар».", "ru", ["индустриальная зона «Кызылжар»"]),
    ("В переговорах участвовали представители АО «Национальная компания «Kazakh Invest».", "ru",
     ["Kazakh Invest"]),
    ("Проект финансирует Банк развития Казахстана.", "ru", ["Банк развития Казахстана"]),
    ("Жамбыл облысының сауда үйі Сиань қаласында ашылды.", "kk", ["Жамбыл облысының сауда үйі"]),
    ("Делегация Шыңжаң Ұйғыр автономиялық ауданының орталығы Үрімжіге барды.", "kk", []),
    ("Чжан Лэйфан компания Сиань қаласында орналасқанын айтты.", "kk", []),
    ("The plant was built by Ningxia Sunrise Glass Co., Ltd in the Aktobe special economic zone.",
     "en", ["Ningxia Sunrise Glass Co., Ltd", "Aktobe special economic zone"]),
    ("According to the Ministry of Industry, China is a key partner.", "en", ["Ministry of Industry"]),
    ("В Урумчи подписан EPC-контракт на строительство станции.", "ru", []),
])
def test_organizations_unseen_patterns(stage, text, lang, expected) -> None:
    assert names(stage, text, lang, "organizations") == expected


@pytest.mark.parametrize(("text", "lang", "regions"), [
    # a bare city only mentioned does not take part
    ("Павлодар облысының әкімі делегацияны қабылдады. Өнім Астана мен Алматыға жеткізіледі.", "kk",
     ["Pavlodar Region"]),
    ("Аким Костанайской области провёл встречу. Генеральный консул КНР в Алматы выступил.", "ru",
     ["Kostanay Region"]),
    # a border crossing does not make its unit a participant
    ("Аким Актюбинской области обсудил перевозки через Достык.", "ru", ["Aktobe Region"]),
    # a district name without its district word is the common word it also is
    ("Ақтөбе облысының әкімі сөз сөйледі. Келесі кездесу қарашада өтеді.", "kk", ["Aktobe Region"]),
    # units named beside a title take part, also across a list
    ("Astana will host the forum. The governors of Pavlodar and Kostanay regions will attend.", "en",
     ["Astana", "Pavlodar Region", "Kostanay Region"]),
])
def test_regions_taking_part_not_merely_mentioned(stage, text, lang, regions) -> None:
    assert fields(stage, text, lang)["kz_regions"] == regions


@pytest.mark.parametrize(("text", "lang", "places"), [
    ("Аким встретился с заместителем губернатора провинции Хэбэй Линь Хайбо.", "ru", ["Hebei"]),
    ("Делегация Сычуань провинциясының вице-губернаторы Чжоу Лихуамен кездесті.", "kk", ["Sichuan"]),
])
def test_cn_places_not_taken_from_chinese_names(stage, text, lang, places) -> None:
    assert fields(stage, text, lang)["cn_places"] == places
