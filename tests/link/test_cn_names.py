"""Chinese personal names: surname + Mandarin given name, and Russian case forms."""

from __future__ import annotations

import pytest

from kzcn.link.cn_names import cn_name_nominative, is_cn_name


@pytest.mark.parametrize(("surname", "given", "expected"), [
    ("Чжан", "Лэйфан", True),      # kk/ru Palladius
    ("Линь", "Хайбо", True),       # a surname that is also a city (Linyi) before a given name
    ("Гао", "Цзэ", True),
    ("Ма", "Цзюнем", True),        # Russian instrumental of "Цзюнь"
    ("Zhou", "Minghao", True),     # pinyin
    ("Ма", "Тимур", False),        # a Kazakh name is no Mandarin
    ("Ли", "Асхат", False),
    ("He", "Said", False),
    ("Чжан", "Haoran", False),     # scripts must agree
    ("Ержан", "Сун", False),       # no surname first
])
def test_is_cn_name_surname_and_syllables(surname, given, expected) -> None:
    assert is_cn_name(surname, given) is expected


@pytest.mark.parametrize(("surname", "given", "text", "expected"), [
    ("Ма", "Цзюнем", "во главе с Ма Цзюнем. Ма Цзюнь отметил", "Ма Цзюнь"),
    ("Ма", "Цзюнем", "во главе с Ма Цзюнем.", "Ма Цзюнь"),
    ("Чжан", "Лэйфан", "Чжан Лэйфан сказал", "Чжан Лэйфан"),
])
def test_cn_name_nominative_russian_cases(surname, given, text, expected) -> None:
    assert cn_name_nominative(surname, given, text) == expected
