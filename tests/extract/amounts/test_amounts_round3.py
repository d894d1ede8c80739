"""find_amounts, round-3: "более чем"/"больше чем" are more_than; "оценивается в", "estimated at",
"бағаланады" give no qualifier of their own (exact, as the annotated sets read them).
Invented sentences, kk/ru/en."""

import pytest

from kzcn.extract.amounts.money import find_amounts

# (lang, text, (value, unit, qualifier) of the money amount)
CASES = [
    ("ru", "Инвестиции в проект составят более чем 70 млн долларов США.", (7e7, "USD", "more_than")),
    ("ru", "Объем вложений – больше чем 4 млрд тенге.", (4e9, "KZT", "more_than")),
    ("ru", "Стоимость завода оценивается в 33 млн долларов.", (3.3e7, "USD", "exact")),
    ("ru", "Стоимость завода оценивается примерно в 33 млн долларов.", (3.3e7, "USD", "about")),
    ("kk", "Жобаның құны 27 млн АҚШ долларына бағаланады.", (2.7e7, "USD", "exact")),
    ("kk", "Жобаның құны шамамен 27 млн АҚШ долларына бағаланады.", (2.7e7, "USD", "about")),
    ("en", "The plant is estimated at 19 million US dollars.", (1.9e7, "USD", "exact")),
    ("en", "The plant will cost more than 19 million US dollars.", (1.9e7, "USD", "more_than")),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_find_amounts_round3_qualifiers(lang, text, expected):
    money = [a for a in find_amounts(text, lang) if a.kind == "money"]
    assert (pytest.approx(money[0].value), money[0].unit, money[0].qualifier) == expected
