"""Sectors, round-4 fixes: goods on show at a region's pavilion and a region's economic potential
are no field of cooperation; the same words told as cooperation still are. Invented sentences,
kk/ru/en."""

from __future__ import annotations

import pytest

from kzcn.extract.sectors.find import find_sectors

CASES = [
    # a pavilion's goods on show are a display, not fields of cooperation
    ("kk", "Көрмедегі облыс павильонында ірімшік, сүт өнімдері және тау-кен жабдықтары ұсынылды.", []),
    ("ru", "В павильоне области были представлены мясные продукты, текстиль и строительные материалы.", []),
    ("en", "The region's pavilion displayed dairy products, textiles and mining equipment.", []),
    # a region's economic potential told to guests is background
    ("ru", "Губернатор рассказал об экономическом потенциале края: металлургии, энергетике и химии.", []),
    ("kk", "Әкім облыстың мал шаруашылығы мен логистикалық мүмкіндіктер бағытындағы әлеуетіне тоқталды.", []),
    ("en", "The mayor spoke about the city's economic potential in metallurgy and energy.", []),
    # the same fields told as cooperation still count
    ("ru", "Стороны обсудили сотрудничество в металлургии и энергетике.", ["metallurgy", "energy"]),
    ("kk", "Тараптар мал шаруашылығы саласындағы ынтымақтастықты талқылады.", ["agriculture"]),
    ("en", "The sides agreed to cooperate in textiles and dairy products.", ["textiles", "food_processing"]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_sectors_round4_display_and_potential(lang: str, text: str, expected: list[str]) -> None:
    assert find_sectors(text, lang) == expected
