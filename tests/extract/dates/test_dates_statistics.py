"""find_dates on statistics periods the seed articles do not show: a bare "за 8 месяцев" or
"8 айда" is a period beside a statistics word and a duration otherwise; "биылғы 8 айда";
a month range with its month word; a relative year as a comparison base."""

import pytest

from kzcn.extract.dates.find import find_dates, is_comparison_base

CASES = [
    ("ru", "За 8 месяцев товарооборот вырос.", "2025-10-01", [("За 8 месяцев", "2025-01/2025-08")]),
    ("ru", "Экспорт за 11 месяцев составил 5 млн.", "2026-01-13", [("за 11 месяцев", "2025-01/2025-11")]),
    ("ru", "Завод построили за 3 месяца.", "2025-10-01", []),
    ("kk", "Биылғы 8 айда тауар айналымы өсті.", "2025-10-01", [("Биылғы 8 айда", "2025-01/2025-08")]),
    ("kk", "8 айда экспорт 10 млн долларды құрады.", "2025-10-01", [("8 айда", "2025-01/2025-08")]),
    ("kk", "Зауыт 3 айда салынды.", "2025-10-01", []),
    ("kk", "қаңтар-маусым айларында", "2025-10-01", [("қаңтар-маусым айларында", "2025-01/2025-06")]),
]


@pytest.mark.parametrize(("lang", "text", "published", "expected"), CASES)
def test_find_dates_statistics_periods(lang, text, published, expected):
    assert [(d.text, d.value) for d in find_dates(text, lang, published)] == expected


@pytest.mark.parametrize(("lang", "text", "base"), [
    ("kk", "Бұл өткен жылдың сәйкес кезеңімен салыстырғанда 5 пайызға артық.", "өткен жылдың"),
    ("ru", "Рост на 4% по сравнению с аналогичным периодом прошлого года.", "прошлого года"),
    ("ru", "Рост на 4% по сравнению с прошлым годом.", "прошлым годом"),
])
def test_find_dates_relative_comparison_base(lang, text, base):
    dates = [d for d in find_dates(text, lang, "2025-06-01") if d.text == base]
    assert dates and is_comparison_base(text, dates[0])
