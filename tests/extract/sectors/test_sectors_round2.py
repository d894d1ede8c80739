"""Sectors, round-2 lexicon and context fixes: machinery of vehicles, liquefied gas, flights and
ports, fintech, wind energy, processing of oilseeds, staff training in a cooperation sentence,
a checkpoint or electricity as a mere utility, trade statistics masked in English, and a zone's
representatives (a body, not a field). Invented sentences, kk/ru/en."""

from __future__ import annotations

import pytest

from kzcn.extract.sectors.find import find_sectors

CASES = [
    # new stems
    ("ru", "Подписан контракт на поставку 50 тракторов для хозяйств района.", ["machinery", "agriculture"]),
    ("ru", "На заводе запустили линию сборки автомобилей и цех автокомпонентов.", ["machinery"]),
    ("ru", "Компания рассмотрит строительство завода по сжижению газа.", ["oil_gas"]),
    ("ru", "Стороны заинтересованы в увеличении числа прямых рейсов.", ["transport_logistics"]),
    ("ru", "Делегация познакомилась со стартапами в сфере финтеха.", ["digital"]),
    ("ru", "Подписано соглашение о модернизации котельной.", ["energy"]),
    ("ru", "Обсуждена торговля сельхозпродукцией.", ["trade", "agriculture"]),
    ("ru", "Стороны обсудили сотрудничество в подготовке медицинских кадров.", ["education", "healthcare"]),
    ("kk", "Тараптар жел энергетикасы бойынша ынтымақтастықты талқылады.", ["renewable_energy"]),
    ("kk", "Порт инфрақұрылымын дамыту мәселесі қаралды.", ["infrastructure", "transport_logistics"]),
    ("kk", "Майлы дақылдарды өңдейтін зауыт салу ұсынылды.", ["food_processing"]),
    ("kk", "Тараптар медициналық кадр даярлау саласындағы ынтымақтастықты талқылады.", ["healthcare", "education"]),
    ("kk", "Ауданға 30 трактор жеткізіледі.", ["machinery", "agriculture"]),
    ("en", "The sides discussed cooperation in textiles and agro-processing.", ["textiles", "food_processing"]),
    ("en", "The delegation visited an electric bus plant and discussed direct flights.", ["machinery", "transport_logistics"]),
    # a utility or a place on the way, not a field of cooperation
    ("ru", "Инфраструктура к площадке – дороги, газ, электроэнергия – будет подведена за счет бюджета.", []),
    ("kk", "Өткізу пункттеріне апаратын жолдарда көктайғақ болады.", []),
    ("ru", "Очереди у пункта пропуска выросли из-за ремонта дороги.", []),
    # trade statistics are figures, not a field (as "товарооборот", "тауар айналымы")
    ("en", "In 2024, the region's trade with China reached $900 million.", []),
    ("en", "Trade between the region and China grew; China accounts for 20% of its foreign trade.", []),
    ("en", "The sides agreed to expand trade and logistics.", ["trade", "transport_logistics"]),
    # the zone's representatives or its managing company: a body taking part
    ("kk", "Кездесуге «Тараз» арнайы экономикалық аймағының өкілдері қатысты.", []),
    ("ru", "На встрече присутствовали представители СЭЗ «Оңтүстік».", []),
    ("ru", "Выступил директор управляющей компании СЭЗ.", []),
    ("ru", "Завод разместится в специальной экономической зоне.", ["industrial_zones"]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_sectors_round2(lang, text, expected):
    assert sorted(find_sectors(text, lang)) == sorted(expected)
