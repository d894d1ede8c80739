"""Comparison keys and dates: spellings of one name meet, different names stay apart, dates of
any precision are compared and reconciled."""

from __future__ import annotations

import pytest

from kzcn.merge.dates import compatible, gap_days, interval, reconcile_date
from kzcn.merge.entities import entity_key
from kzcn.merge.normalise import names_match, parties_overlap, same_facility, shingles


@pytest.mark.parametrize("left, right, expected", [
    ("Хэнань провинциясы", "провинция Хэнань", True),  # kk and ru place heads dropped
    ("Хэнань", "Henan", True),
    ("Цзянсу", "Jiangsu", True),  # Palladius цз = j, -ng
    ("Чжэцзян", "Zhejiang", True),
    ("Шанхай қаласы", "Shanghai", True),
    ("ТОО «Қазақ Темір»", "Казак Темир LLP", True),  # kk letters, quotes, legal forms
    ("China Power Engineering", "China Power Engineering Co., Ltd", True),
    ("Цзянсу Хуасинь Энерджи", "Jiangsu Huaxin Energy", True),  # transliteration, fuzzy
    ("Henan", "Hunan", False),  # short keys: equal or nothing
    ("Hubei", "Hebei", False),
    ("Shanxi", "Shaanxi", False),
    ("Pinghai Energy", "Minghai Energy", False),  # both Latin: copied, not transliterated
    ("China Power", "China Energy", False),
])
def test_names_match_spellings(left, right, expected):
    assert names_match(left, right) is expected


@pytest.mark.parametrize("left, right, expected", [
    (["Хэнань провинциясы"], ["Henan", "Zhengzhou"], True),
    (["Weigao Medical", "Shandong"], ["Henan"], False),
    ([], ["Henan"], False),
])
def test_parties_overlap(left, right, expected):
    assert parties_overlap(left, right) is expected


@pytest.mark.parametrize("left, right, expected", [
    ("wind farm", "wind power plant", True),
    ("solar power plant", "wind power plant", False),
    ("plant", "wind farm", None),  # no kind to compare
    ("greenhouse complex", "greenhouse", True),
])
def test_same_facility(left, right, expected):
    assert same_facility(left, right) is expected


@pytest.mark.parametrize("kind, left, right", [
    ("person", "Серік Омаров", "Омаров Серик"),  # kk/ru spelling, word order
    ("org", "«Қазақ Темір» ЖШС", "ТОО «Казак Темир»"),
])
def test_entity_key_same_for_variants(kind, left, right):
    assert entity_key(kind, left) == entity_key(kind, right)


@pytest.mark.parametrize("values, expected", [
    (["2025-03", "2025-03-04", None], ("2025-03-04", False)),  # most specific wins
    (["2025-05-20", "2025-05-21"], ("2025-05-20", True)),  # disagreement kept, earlier chosen
    (["2025-05-21", "2025-05-20", "2025-05-21"], ("2025-05-21", True)),  # majority
    (["2025", "2025-03/2025-04", "2025-03-15"], ("2025-03-15", False)),
    ([None, None], (None, False)),
])
def test_reconcile_date(values, expected):
    assert reconcile_date(values) == expected


@pytest.mark.parametrize("left, right, gap, ok", [
    ("2025-03-04", "2025-03-10", 6, False),
    ("2025-03", "2025-03-10", 0, True),
    ("2025-02", "2025-03-10", 10, False),
    ("2025-03-01/2025-03-05", "2025-03-03", 0, True),
])
def test_dates_gap_and_compatibility(left, right, gap, ok):
    assert gap_days(interval(left), interval(right)) == gap
    assert compatible(left, right) is ok


@pytest.mark.parametrize("text, expected", [
    ("Павлодар облысының әкімі, қытайлық делегациямен кездесті.", {"павлодар облысының әкімі", "облысының әкімі қытайлық",
                                                                 "әкімі қытайлық делегациямен", "қытайлық делегациямен кездесті"}),
    ("Аким «Павлодарской» области", {"аким павлодарской области"}),
    ("Стороны", {"стороны"}),
])
def test_shingles_lowercase_no_punctuation(text, expected):
    assert shingles(text, 3) == expected
