"""find_sectors keeps a weak word (construction, equipment, infrastructure, banks, exports) only
as a field of cooperation, and drops sector words inside an office's name."""

from __future__ import annotations

import pytest

from kzcn.extract.sectors.find import find_sectors

CASES = [
    ("ru", "Стороны обсудили строительство цементного завода.", ["construction_materials"]),
    ("ru", "Стороны обсудили сотрудничество в сферах строительства и энергетики.", ["construction", "energy"]),
    ("ru", "Аким поручил управлению энергетики ускорить работу.", []),
    ("ru", "Оборудование уже заказано у производителей.", []),
    ("ru", "Кредит предоставил Банк развития.", []),
    ("ru", "Стороны обсудили наращивание поставок зерна.", ["trade", "agriculture"]),
    ("ru", "Участие компаний в модернизации коммунальной инфраструктуры.", ["infrastructure"]),
    ("ru", "Подписан меморандум о сотрудничестве в создании «умного города».", ["urban_development"]),
    ("kk", "Цех құрылысы биыл басталады.", []),
    ("kk", "Зауыт өнімі құрылыс саласына жөнелтіледі.", ["construction"]),
    ("kk", "Тараптар құрылыс жұмыстарын бастауға уағдаласты.", []),
    ("kk", "Облыстық сауда басқармасының өкілі қатысты.", []),
    ("kk", "Логистикалық инфрақұрылымды бірлесіп дамыту қажет.", ["transport_logistics", "infrastructure"]),
    ("kk", "Өнім арнайы экономикалық аймағында шығарылады.", ["industrial_zones"]),
    ("en", "The governor inspected the construction of a terminal.", []),
    ("en", "Shipments of window profiles began.", []),
    ("en", "An exhibition of renewable energy equipment.", ["renewable_energy", "machinery"]),
    ("en", "The parties discussed cooperation in construction and agriculture.", ["construction", "agriculture"]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_sectors_context_weak_words_and_bodies(lang, text, expected):
    assert find_sectors(text, lang) == expected
