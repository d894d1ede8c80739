"""Round-2 entity fixes on invented sentences (kk, ru, en): off-topic articles have no
participants, units listed before a plural unit word, units inside company names or only in
quoted speech, organisation names as written."""

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


@pytest.mark.parametrize(("text", "lang"), [
    ("Қостанайлық балуан Қытайдың Чэнду қаласындағы турнирде күміс алды. Келесі жарыс Таразда.",
     "kk"),
    ("Ертең Павлодар облысына Шыңжаң жақтан жаңбырлы ауа райы келеді, желдің екпіні күшейеді.",
     "kk"),
    ("Уроженец Костаная стал призёром турнира по боксу в китайском Ухане.", "ru"),
    ("Снегопад ожидается в Акмолинской области, в Синьцзяне уже похолодало.", "ru"),
    ("A boxer from Karaganda won bronze at the Asian championship in Hangzhou.", "en"),
])
def test_entities_off_topic_article_has_no_participants(stage, text, lang) -> None:
    out = fields(stage, text, lang)
    assert (out["kz_regions"], out["cn_places"]) == ([], [])


@pytest.mark.parametrize(("text", "lang", "regions"), [
    ("Көрмеде Ұлытау, Қостанай және Атырау облыстарының өнімдері ұсынылды, келісімдер жасалды.",
     "kk", ["Ulytau Region", "Kostanay Region", "Atyrau Region"]),
    ("На выставке работали стенды Абайской, Кызылординской и Жамбылской областей, подписаны "
     "соглашения.", "ru", ["Abai Region", "Kyzylorda Region", "Jambyl Region"]),
    ("Memorandums were signed by the Akmola, Kostanay and Atyrau regions with Chinese investors.",
     "en", ["Akmola Region", "Kostanay Region", "Atyrau Region"]),
    ("The Mangystau region and a Chinese company signed an agreement.", "en", ["Mangystau Region"]),
])
def test_regions_listed_before_plural_unit_word(stage, text, lang, regions) -> None:
    assert sorted(fields(stage, text, lang)["kz_regions"]) == sorted(regions)


@pytest.mark.parametrize(("text", "lang", "regions"), [
    # a unit inside a company's name does not take part
    ("Павлодар облысы әкімдігі мен «Атырау Трейд» ЖШС арасында келісім жасалды.", "kk",
     ["Pavlodar Region"]),
    ("Костанайская область и ТОО «Тараз Агро» подписали соглашение с китайской компанией.", "ru",
     ["Kostanay Region"]),
    # another unit named only in quoted speech is only mentioned
    ("Аким Жамбылской области провёл встречу с инвесторами. «Продукция пойдёт и в "
     "Кызылординскую область, и дальше на юг», – сказал он.", "ru", ["Jambyl Region"]),
    ("Түркістан облысының әкімі инвесторлармен кездесті. «Бұл өнім Маңғыстау облысына да "
     "жеткізіледі деп күтеміз», – деді әкім.", "kk", ["Turkistan Region"]),
])
def test_regions_in_company_names_or_speech_only_mentioned(stage, text, lang, regions) -> None:
    assert fields(stage, text, lang)["kz_regions"] == regions


@pytest.mark.parametrize(("text", "lang", "place"), [
    # a Chinese place heading a public body takes part; inside a company name it does not
    ("Әкім Хэнань провинциясы сауда департаментінің басшысымен кездесті.", "kk", ["Henan"]),
    ("Аким подписал соглашение с компанией Hunan Sanli Machinery Co., Ltd.", "ru", []),
])
def test_cn_place_in_public_body_takes_part(stage, text, lang, place) -> None:
    assert fields(stage, text, lang)["cn_places"] == place


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # a known organisation named only in Cyrillic keeps the text's form
    ("Контейнеры отправили из порта Ляньюньган в Актау по соглашению о транзите.", "ru",
     ["порт Ляньюньган"]),
    ("Ақмола облысы Самұрық-Қазынамен келісімге қол қойды.", "kk", ["Самұрық-Қазына"]),
    # Russian adjective names before their head, in the nominative
    ("Подписан меморандум с Уханьским текстильным университетом о подготовке кадров.", "ru",
     ["Уханьский текстильный университет"]),
    ("В индустриальной зоне «Бозтал» начнут строить завод.", "ru", ["индустриальная зона «Бозтал»"]),
    ("Завод откроют на территории специальной экономической зоны «Северный индустриальный "
     "технопарк».", "ru", ["Северный индустриальный технопарк"]),
    # English names end at a full stop; "X-based" is no part of the name
    ("The delegation toured the plant of Yunnan Lanhai Chemical Corporation. Talks followed.", "en",
     ["Yunnan Lanhai Chemical Corporation"]),
    ("Guiyang-based Anshun Tiancheng Logistics Co., Ltd plans a cargo terminal at Shymkent "
     "International Airport.", "en",
     ["Anshun Tiancheng Logistics Co., Ltd", "Shymkent International Airport"]),
])
def test_organizations_named_as_written(stage, text, lang, expected) -> None:
    assert [o["name"] for o in fields(stage, text, lang)["organizations"]] == expected


@pytest.mark.parametrize(("text", "lang"), [
    ("IX «Қытай – Орталық Азия» көрмесіне Қостанай облысы қатысты.", "kk"),
    ("Новый терминал обработает 300 тысяч TEU в год, сообщили в компании.", "ru"),
    ("ПАВЛОДАР. KAZINFORM – Аким области встретился с инвесторами из Китая.", "ru"),
    ("Компания «дочка» китайской группы начала экспорт.", "ru"),
    ("В Алматы обсудили сотрудничество. Модернизация автобусного парка продолжится.", "ru"),
    ("В Таразе логистического центра пока нет, сообщил аким.", "ru"),
])
def test_organizations_not_from_ordinals_units_outlets_or_phrases(stage, text, lang) -> None:
    assert fields(stage, text, lang)["organizations"] == []
