"""find_dates, round-3 fixes: day ranges "с 10 по 12 марта", "Nov. 4–7", "қазанның 10-нан 17-сіне
дейін"; a reported past happening without a year never lands after the publication date.
Invented sentences, kk/ru/en."""

import pytest

from kzcn.extract.dates.find import find_dates

# (text, lang, published, expected (text, value) of every date)
CASES = [
    # day ranges
    ("Форум прошел с 10 по 12 марта в Харбине.", "ru", "2025-03-20", [("с 10 по 12 марта", "2025-03-10/2025-03-12")]),
    ("Выставка работала с 28 мая по 2 июня 2024 года.", "ru", None, [("с 28 мая по 2 июня 2024 года", "2024-05-28/2024-06-02")]),
    ("The fair ran Nov. 4–7 in Xi'an.", "en", "2025-11-20", [("Nov. 4–7", "2025-11-04/2025-11-07")]),
    ("The expo runs from 4 to 7 November 2026.", "en", None, [("from 4 to 7 November 2026", "2026-11-04/2026-11-07")]),
    ("Көрме қазанның 10-нан 17-сіне дейін өтті.", "kk", "2025-10-20", [("қазанның 10-нан 17-сіне дейін", "2025-10-10/2025-10-17")]),
    ("Жәрмеңке 3 шілдеден 6 шілдеге дейін өтті.", "kk", "2025-07-10", [("3 шілдеден 6 шілдеге дейін", "2025-07-03/2025-07-06")]),
    ("Жиын 5-ке дейін созылды.", "kk", "2025-10-20", []),
    # a reported past happening: the year that puts it on or before publication
    ("Напомним, 15 апреля аким области подписал меморандум.", "ru", "2025-02-10", [("15 апреля", "2024-04-15")]),
    ("Еске сала кетейік, 20 қыркүйекте меморандумға қол қойылды.", "kk", "2025-03-01", [("20 қыркүйекте", "2024-09-20")]),
    ("On October 8 the sides signed a roadmap.", "en", "2025-01-15", [("October 8", "2024-10-08")]),
    # a plan, or a past date already before publication, stays
    ("Форум пройдет 20 мая в Урумчи.", "ru", "2025-02-10", [("20 мая", "2025-05-20")]),
    ("15 сәуірде делегация Үрімжіге барады, онда форум өтеді.", "kk", "2025-02-10", [("15 сәуірде", "2025-04-15")]),
    ("Делегация 3 февраля посетила завод.", "ru", "2025-02-10", [("3 февраля", "2025-02-03")]),
]


@pytest.mark.parametrize(("text", "lang", "published", "expected"), CASES)
def test_find_dates_round3(text, lang, published, expected):
    assert [(d.text, d.value) for d in find_dates(text, lang, published)] == expected
