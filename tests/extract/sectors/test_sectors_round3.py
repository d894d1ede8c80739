"""Sectors, round-3 fixes: an office's name with a list or "по" in it, a place's economic profile,
a site's ready infrastructure, export/import statistics, two words of one field are not a list,
new product stems (glass, cardboard, oilseed and potato processing, desalination, training), and
no sectors in an article without any fact of cooperation. Invented sentences, kk/ru/en."""

from __future__ import annotations

import pytest

from kzcn.extract.sectors.find import SectorStage, find_sectors
from kzcn.model import Document, Figure

CASES = [
    # an office's name: a list before the office word (kk) or after it (ru), "комитет по"
    ("kk", "Жиынға облыстық энергетика және тұрғын үй-коммуналдық шаруашылық басқармасының өкілдері қатысты.", []),
    ("kk", "Делегация құрамында ауыл шаруашылығы, кәсіпкерлік басқармаларының басшылары болды.", []),
    ("ru", "В делегацию вошли сотрудники городского комитета по торговле.", []),
    ("ru", "Сведения предоставило управление промышленности и сельского хозяйства области.", []),
    ("en", "The ministry of energy and the department of agriculture sent their experts.", []),
    # a place's economic profile is background, not cooperation
    ("ru", "Основу экономики провинции составляют машиностроение и химическая промышленность.", []),
    ("kk", "Провинция экономикасының негізін металлургия мен химия өнеркәсібі құрайды.", []),
    ("en", "The province's economy is based on car making and chemicals.", []),
    # a site's ready infrastructure is an amenity, not a field
    ("ru", "Регион располагает развитой транспортной инфраструктурой и свободными землями.", []),
    ("ru", "Инвесторам предложат площадки со всей необходимой инфраструктурой для сотрудничества.", []),
    ("kk", "Аймақта инженерлік инфрақұрылымы дайын жер телімдері бар, ынтымақтастыққа шақырамыз.", []),
    ("en", "The zone offers cooperation on plots with developed infrastructure.", []),
    # export/import as a statistic, not a field
    ("kk", "Тауар айналымы 120 млн долларды құрады, оның ішінде экспорт – 80 млн доллар.", []),
    ("ru", "Из них экспорт – 64 млн долларов, импорт – 20 млн долларов.", []),
    ("en", "Of the total, exports – 45 million dollars.", []),
    ("ru", "Стороны обсудили наращивание экспорта зерна.", ["trade", "agriculture"]),
    # two words of one field are not a list of fields
    ("ru", "Проект профинансируют с банками второго уровня и Банком развития.", []),
    ("ru", "Стороны обсудили сотрудничество банков и лизинговых компаний.", ["finance"]),
    # new product stems
    ("ru", "Начато строительство стекольного завода мощностью 500 тонн в сутки.", ["construction_materials"]),
    ("ru", "Компания построит фабрику картонной упаковки.", ["paper"]),
    ("ru", "Обсуждена переработка картофеля и семян подсолнечника.", ["food_processing"]),
    ("ru", "Подписан контракт на строительство опреснительного завода.", ["infrastructure"]),
    ("kk", "Тараптар шыны зауытын салу жобасын талқылады.", ["construction_materials"]),
    ("kk", "Картопты өңдейтін зауыт салу туралы меморандумға қол қойылды.", ["food_processing"]),
    ("kk", "Күнбағыс тұқымын өңдейтін май экстракциялау зауыты салынады.", ["food_processing"]),
    ("kk", "Теңіз суын тұщыландыру зауытын салу туралы келісімшарт жасалды.", ["infrastructure"]),
    ("kk", "Бірлескен оқу бағдарламасы аясында жергілікті мамандарды даярлау көзделген.", ["education"]),
    ("en", "Exports were mostly crude oil and petrochemicals.", ["oil_gas", "chemicals"]),
    ("en", "The partners will build a float glass plant and a cardboard mill.", ["construction_materials", "paper"]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_sectors_round3(lang: str, text: str, expected: list[str]) -> None:
    assert find_sectors(text, lang) == expected


FACT = Figure("trade_turnover", "Aktobe Region", 1e8, "USD", "China")


@pytest.mark.parametrize(("text", "lang", "facts", "expected"), [
    ("Облыста астық жинау науқаны аяқталды, ауыл шаруашылығы өнімдері ішкі нарыққа жөнелтілді.", "kk", {}, ()),
    ("Аким проверил ход уборки зерна и работу сельского хозяйства района.", "ru", {}, ()),
    ("Товарооборот с Китаем в сельском хозяйстве вырос.", "ru", {"figures": [FACT]}, ("agriculture",)),
])
def test_sectors_stage_without_facts_is_empty(text: str, lang: str, facts: dict, expected: tuple) -> None:
    assert SectorStage()(Document(text, lang=lang).add(**facts)).sectors == expected
