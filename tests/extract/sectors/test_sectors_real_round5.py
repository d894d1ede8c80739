"""Sectors, round-5 fixes from the real-dev articles: how the press names fields in kk and ru
(inflected and variant forms), "trade and economic" cooperation discussed or signed is trade (a
bare mention is not), and articles and prepositions do not push a facility word out of reach of
"construction". Invented sentences, kk/ru/en."""

from __future__ import annotations

import pytest

from kzcn.extract.sectors.find import find_sectors

CASES = [
    # "trade and economic" cooperation discussed or signed is trade
    ("kk", "Тараптар сауда-экономикалық байланыстарды нығайту мәселелерін талқылады.", ["trade"]),
    ("ru", "Стороны обсудили развитие торгово-экономического сотрудничества.", ["trade"]),
    ("en", "The sides discussed trade and economic cooperation.", ["trade"]),
    # ... a bare mention without a word of cooperation is not
    ("kk", "Сауда-экономикалық әріптестер ретінде танымал.", []),
    # variant and inflected forms
    ("kk", "Қонақтар индустриалды аймақ пен өнеркәсіптік паркті дамыту бағытын ұсынды.", ["industrial_zones"]),
    ("kk", "Арнайы экономикалық аумағында жаңа кәсіпорындар ашылады деп уағдаласты.", ["industrial_zones"]),
    ("kk", "Серіктестер машина салу және техника өндіру саласында бірлесіп жұмыс істейді.", ["machinery"]),
    ("kk", "Қаладағы жаңа қонақ үй мен аквапарк жобасы талқыланды.", ["tourism"]),
    ("kk", "Тараптар бейнебақылау жүйелері мен цифрлық инфрақұрылым саласын талқылады.", ["digital"]),
    ("kk", "Медицина және білім салаларында ынтымақтастық дамиды.", ["healthcare", "education"]),
    ("kk", "Тараптар контейнерлер тасымалы бойынша ынтымақтастықты талқылады.", ["transport_logistics"]),
    ("ru", "Компания построит ветроэлектростанцию и солнечную станцию.", ["renewable_energy"]),
    ("ru", "Обсуждены вопросы продвижения туристского потенциала и строительства гостиниц.", ["tourism"]),
    ("ru", "Подписан меморандум о сотрудничестве в области аквакультуры и рыбоводства.", ["agriculture"]),
    ("ru", "Переговоры касались развития цифровой инфраструктуры.", ["digital"]),
    ("ru", "Предприятия занимаются переработкой нефти и газа, строительством и торговлей.", ["oil_gas", "construction", "trade"]),
    ("ru", "Стороны договорились о сотрудничестве в производстве спецтехники.", ["machinery"]),
    ("en", "The investors will build a wall panels plant and an agricultural processing plant.", ["construction_materials", "food_processing", "agriculture"]),
    ("en", "The governments are negotiating food exports.", ["food_processing", "trade"]),
    # a vegetable-oil plant is food processing, and its construction is no construction sector
    ("en", "The partners completed the construction of a joint oil plant in five months.", ["food_processing"]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_sectors_real_round5(lang: str, text: str, expected: list[str]) -> None:
    assert find_sectors(text, lang) == expected
