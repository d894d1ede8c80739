"""find_amounts on money forms the seed articles do not show: glued scales ("$5m", "$1.2bn"),
compound amounts ("1 млрд 200 млн"), "от ... до" / "between ... and" ranges, an approximator
before a preposition ("примерно в"), and the Kazakh dative difference ("пайызға артық")."""

import pytest

from kzcn.extract.amounts.money import find_amounts

# (lang, text, (value, unit, qualifier, value_high)) of the first amount found
FORMS = [
    ("en", "a $5m grant", (5e6, "USD", "exact", None)),
    ("en", "a $1.2bn plant", (1.2e9, "USD", "exact", None)),
    ("en", "about CNY 300 million", (3e8, "CNY", "about", None)),
    ("en", "between $10 million and $17 million", (10e6, "USD", "exact", 17e6)),
    ("en", "from 2 to 3 billion tenge", (2e9, "KZT", "exact", 3e9)),
    ("ru", "1 млрд 200 млн тенге", (1.2e9, "KZT", "exact", None)),
    ("ru", "2 миллиарда 300 миллионов рублей", (2.3e9, "RUB", "exact", None)),
    ("ru", "от 10 до 17 млрд тенге", (10e9, "KZT", "exact", 17e9)),
    ("ru", "оценивается примерно в 40 млрд тенге", (40e9, "KZT", "about", None)),
    ("ru", "выросла почти на 12%", (12, "%", "about", None)),
    ("kk", "1 млрд 500 млн теңге", (1.5e9, "KZT", "exact", None)),
    ("kk", "8,3 пайызға артық", (8.3, "%", "exact", None)),
    ("kk", "3 млрд теңгеден артық", (3e9, "KZT", "more_than", None)),
]


@pytest.mark.parametrize(("lang", "text", "expected"), FORMS)
def test_find_amounts_forms(lang, text, expected):
    a = find_amounts(text, lang)[0]
    assert (pytest.approx(a.value), a.unit, a.qualifier, a.value_high and pytest.approx(a.value_high)) == expected


@pytest.mark.parametrize(("lang", "text"), [("en", "Block 2b"), ("en", "a 5m wall"), ("ru", "от 2023 до 2025 года"),
                                            ("en", "between 2020 and 2024")])
def test_find_amounts_forms_ignores_letters_and_year_ranges(lang, text):
    assert find_amounts(text, lang) == []
