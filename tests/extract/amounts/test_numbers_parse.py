"""parse_number: digits, separators, number words and scale words in kk, ru and en."""

import pytest

from kzcn.extract.amounts.numbers import parse_number

KK = [
    ("776,8 млн", 776_800_000),
    ("150 млн", 150_000_000),
    ("1,5 млрд", 1_500_000_000),
    ("бір жарым миллиард", 1_500_000_000),
    ("екі миллиард", 2_000_000_000),
    ("бес жүз мың", 500_000),
    ("он екі", 12),
    ("жиырма бес мың", 25_000),
    ("3 млрд-тан", 3_000_000_000),
    ("50-ге", 50),
    ("1 000 000", 1_000_000),
    ("1\u00a0200", 1_200),
    ("2\u202f500 мың", 2_500_000),
    ("12 трлн", 12_000_000_000_000),
    ("4,2 миллиардқа", 4_200_000_000),
    ("600 миллионнан", 600_000_000),
    ("үш", 3),
    ("жүз елу", 150),
]
RU = [
    ("148,9 млн", 148_900_000),
    ("60,09", 60.09),
    ("182,236 млрд", 182_236_000_000),
    ("полтора миллиарда", 1_500_000_000),
    ("полторы тысячи", 1_500),
    ("два миллиона", 2_000_000),
    ("сто пятьдесят тысяч", 150_000),
    ("пять млрд.", 5_000_000_000),
    ("24 млрд", 24_000_000_000),
    ("1 234,5", 1_234.5),
    ("3,5 тыс.", 3_500),
    ("10 тысяч", 10_000),
    ("двести миллионов", 200_000_000),
    ("7 трлн", 7_000_000_000_000),
    ("0,5 миллиона", 500_000),
]
EN = [
    ("1.5 billion", 1_500_000_000),
    ("three", 3),
    ("1,500", 1_500),
    ("2,000,000", 2_000_000),
    ("$2.5 bn", 2_500_000_000),
    ("134 billion", 134_000_000_000),
    ("twenty five million", 25_000_000),
    ("3 million", 3_000_000),
]


@pytest.mark.parametrize(("phrase", "expected"), KK)
def test_parse_number_kk(phrase, expected):
    assert parse_number(phrase, "kk") == pytest.approx(expected)


@pytest.mark.parametrize(("phrase", "expected"), RU)
def test_parse_number_ru(phrase, expected):
    assert parse_number(phrase, "ru") == pytest.approx(expected)


@pytest.mark.parametrize(("phrase", "expected"), EN)
def test_parse_number_en(phrase, expected):
    assert parse_number(phrase, "en") == pytest.approx(expected)


@pytest.mark.parametrize("phrase", ["", "жоқ", "нет данных", "none"])
def test_parse_number_none_without_number(phrase):
    assert parse_number(phrase, "ru") is None
