"""The dates start filter finds exactly what a full scan of every rule finds."""

import pytest

from kzcn.extract.dates.starts import start_filter as _start_filter
from kzcn.extract.dates.find import rules
from kzcn.extract.common.grammar import StartFilter, matches_from

TEXTS = [
    "2024 жылдың 5-12 наурыз аралығында өтті, ал былтыр тауар айналымы 15 пайызға өсті.",
    "Биылғы жылдың алғашқы сегіз айында экспорт артты; 1-тоқсанда жоба басталды.",
    "Шілде айында делегация келді. Қазан қаласында емес, Қазақстанда.",
    "За первые 9 месяцев 2025 года товарооборот вырос; в июле и во втором полугодии — тоже.",
    "С 12 по 15 марта 2023 г., 01.02.2024 и 2024-03-05 прошли встречи; в прошлом году тоже.",
    "In the first half of 2025, on March 3rd, 2024 and since 2019, for the past 10 years.",
    "İn 2023 ſeptember 5 — unusual letters fall back to a full scan.",
    "Мамыр–маусым 2025 жылы, I квартал 2024 года, за последние 15 лет.",
    "Көрме қазанның 10-нан 17-сіне дейін, ал жәрмеңке 3 шілдеден 6 шілдеге дейін өтті; Nov. 4–7, from 4 to 7 May.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_dates_prefilter_same_matches(text):
    starts = _start_filter().starts(text)
    for rule, regex in rules().items():
        full = [m.span() for m in regex.finditer(text)]
        assert [m.span() for m in matches_from(regex, text, starts[rule])] == full, rule


@pytest.mark.parametrize("words, text, expected", [
    (["қазан*"], "Қазан айында", [0]),
    (["#"], "в 2024 году", [2]),
    (["1-тоқсан*"], "1-тоқсанда", [0]),
    (["в", "во"], "во вторник вырос", [0, 3, 11]),
    (["март*"], "İn март", [0, 3]),
])
def test_dates_prefilter_starts(words, text, expected):
    assert StartFilter({"rule": words}).starts(text)["rule"] == expected
