"""find_amounts: money with currencies and qualifiers, percentages, quantities, and the traps."""

import pytest

from kzcn.extract.amounts.money import AmountStage, find_amounts
from kzcn.model import Document, Sentence

# (text, (value, unit, kind, qualifier)) of the first amount found
KK = [
    ("тауар айналымы 776,8 млн АҚШ долларын құрады", (776_800_000, "USD", "money", "exact")),
    ("экспорт – 601,4 млн доллар", (601_400_000, "USD", "money", "exact")),
    ("құны 150 млн АҚШ долларынан асатын зауыт", (150_000_000, "USD", "money", "more_than")),
    ("50-ге жуық кәсіпкер", (50, "", "number", "about")),
    ("500 млн теңгеден астам қаржы", (500_000_000, "KZT", "money", "more_than")),
    ("1 млрд теңгеге дейін", (1_000_000_000, "KZT", "money", "up_to")),
    ("шамамен 2 млрд теңге", (2_000_000_000, "KZT", "money", "about")),
    ("бір жарым миллиард теңге", (1_500_000_000, "KZT", "money", "exact")),
    ("3 млрд-тан астам юань", (3_000_000_000, "CNY", "money", "more_than")),
    ("10 млн юань", (10_000_000, "CNY", "money", "exact")),
    ("200 мың тонна өнім", (200_000, "t", "quantity", "exact")),
    ("50 МВт станция", (50, "MW", "quantity", "exact")),
    ("300 гектар жер", (300, "ha", "quantity", "exact")),
    ("500 жұмыс орны ашылады", (500, "jobs", "quantity", "exact")),
    ("11 пайызға өсті", (11, "%", "percent", "exact")),
    ("11%-ға артты", (11, "%", "percent", "exact")),
    ("100-ден астам компания", (100, "companies", "quantity", "more_than")),
    ("5 мың бас мал", (5_000, "head", "quantity", "exact")),
    ("120 шақырым жол", (120, "km", "quantity", "exact")),
    ("2 млн еуро", (2_000_000, "EUR", "money", "exact")),
    ("10-17 млн теңге", (10_000_000, "KZT", "money", "exact")),
    ("₸5 млрд", (5_000_000_000, "KZT", "money", "exact")),
    ("40 млн рубль", (40_000_000, "RUB", "money", "exact")),
    ("1,2 трлн теңгені құрады", (1_200_000_000_000, "KZT", "money", "exact")),
    ("екі миллиард доллардан астам", (2_000_000_000, "USD", "money", "more_than")),
]
RU = [
    ("составил 148,9 млн долларов", (148_900_000, "USD", "money", "exact")),
    ("экспорт составил 60,09 млн долларов", (60_090_000, "USD", "money", "exact")),
    ("импорт – 88,9 млн долларов", (88_900_000, "USD", "money", "exact")),
    ("24 млрд долларов", (24_000_000_000, "USD", "money", "exact")),
    ("превысил 400 млрд юаней", (400_000_000_000, "CNY", "money", "more_than")),
    ("182,236 млрд юаней", (182_236_000_000, "CNY", "money", "exact")),
    ("более 150 млн долларов США", (150_000_000, "USD", "money", "more_than")),
    ("свыше 2 млрд тенге", (2_000_000_000, "KZT", "money", "more_than")),
    ("около 300 млн тенге", (300_000_000, "KZT", "money", "about")),
    ("порядка 5 млрд рублей", (5_000_000_000, "RUB", "money", "about")),
    ("почти 1 млрд юаней", (1_000_000_000, "CNY", "money", "about")),
    ("до 50 млн евро", (50_000_000, "EUR", "money", "up_to")),
    ("полтора миллиарда долларов", (1_500_000_000, "USD", "money", "exact")),
    ("3 млн тонн зерна", (3_000_000, "t", "quantity", "exact")),
    ("на 11% по сравнению", (11, "%", "percent", "exact")),
    ("на 7,5 процента", (7.5, "%", "percent", "exact")),
    ("100 МВт", (100, "MW", "quantity", "exact")),
    ("1 200 рабочих мест", (1_200, "jobs", "quantity", "exact")),
    ("500 гектаров", (500, "ha", "quantity", "exact")),
    ("10 тыс. голов скота", (10_000, "head", "quantity", "exact")),
    ("более 700 компаний с китайским капиталом", (700, "companies", "quantity", "more_than")),
    ("5 млрд долл.", (5_000_000_000, "USD", "money", "exact")),
    ("$1,2 млрд", (1_200_000_000, "USD", "money", "exact")),
    ("2 млн юаней", (2_000_000, "CNY", "money", "exact")),
    ("¥400 млн", (400_000_000, "CNY", "money", "exact")),
    ("14 проектов на сумму 134 млрд тенге", (14, "projects", "quantity", "exact")),
    ("120 км", (120, "km", "quantity", "exact")),
    ("приблизительно 20 млн долларов", (20_000_000, "USD", "money", "about")),
]
EN = [
    ("more than $2.5 billion", (2_500_000_000, "USD", "money", "more_than")),
    ("3 million tonnes of grain", (3_000_000, "t", "quantity", "exact")),
    ("about 400 billion yuan", (400_000_000_000, "CNY", "money", "about")),
    ("up to 1 billion tenge", (1_000_000_000, "KZT", "money", "up_to")),
    ("USD 150 million", (150_000_000, "USD", "money", "exact")),
    ("14 projects worth 134 billion tenge", (14, "projects", "quantity", "exact")),
    ("grew by 11%", (11, "%", "percent", "exact")),
    ("over 1,500 jobs", (1_500, "jobs", "quantity", "more_than")),
    ("approximately 20 million US dollars", (20_000_000, "USD", "money", "about")),
    ("a 100 MW solar plant", (100, "MW", "quantity", "exact")),
    ("€50 million", (50_000_000, "EUR", "money", "exact")),
    ("nearly 3 bn yuan", (3_000_000_000, "CNY", "money", "about")),
]


def first(text, lang):
    a = find_amounts(text, lang)[0]
    return (pytest.approx(a.value), a.unit, a.kind, a.qualifier)


@pytest.mark.parametrize(("text", "expected"), KK)
def test_find_amounts_kk(text, expected):
    assert first(text, "kk") == expected


@pytest.mark.parametrize(("text", "expected"), RU)
def test_find_amounts_ru(text, expected):
    assert first(text, "ru") == expected


@pytest.mark.parametrize(("text", "expected"), EN)
def test_find_amounts_en(text, expected):
    assert first(text, "en") == expected


TRAPS = [
    ("2023 жылы", "kk"),
    ("2023 жылдың 10-17 қазан аралығында", "kk"),
    ("134-ші «Кантон» көрмесі", "kk"),
    ("бір компания", "kk"),
    ("жүзеге асатын жоба", "kk"),
    ("в 2023 году", "ru"),
    ("до 2030 года", "ru"),
    ("более 10 лет", "ru"),
    ("до 17 октября", "ru"),
    ("2200-летней историей", "ru"),
    ("22.10.2025", "ru"),
    ("in 2024", "en"),
]


@pytest.mark.parametrize(("text", "lang"), TRAPS)
def test_find_amounts_ignores_years_days_and_articles(text, lang):
    assert find_amounts(text, lang) == []


@pytest.mark.parametrize(
    ("text", "month", "value", "currency"),
    [
        ("134 млрд теңге", "2024-01", 134e9, "KZT"),
        ("400 млрд юаней", "2023-06", 400e9, "CNY"),
        ("150 млн АҚШ доллары", "2026-01", 150e6, "USD"),
        ("2 млн евро", None, 2e6, "EUR"),
    ],
)
def test_find_amounts_value_usd_at_month(text, month, value, currency):
    """USD at the rate the table gives for the article's month (tests/extract/amounts/test_fx_table.py
    pins the table itself), and the month of the rate used is told."""
    from kzcn.extract.amounts.fx import default_table

    usd, used = default_table().to_usd(value, currency, month)
    amount = find_amounts(text, None, month)[0]
    assert amount.value_usd == pytest.approx(usd, rel=1e-3)
    assert amount.rate_date == used
    if currency != "USD":
        assert usd != value


def test_find_amounts_range_high():
    amount = find_amounts("10–17 млн долларов", "ru")[0]
    assert (amount.value, amount.value_high) == (10e6, 17e6)


def test_amount_stage_offsets_match_text():
    text = "Экспорт – 601,4 млн доллар.\nИмпорт составил 88,9 млн долларов."
    doc = Document(text, published="2026-01-13").add(sentences=[Sentence(0, 27, "kk"), Sentence(28, len(text), "ru")])
    amounts = AmountStage()(doc).amounts
    assert [doc.text[a.start : a.stop] for a in amounts] == [a.text for a in amounts]
    assert [a.value for a in amounts] == [601.4e6, 88.9e6]
    assert {a.rate_date for a in amounts} == {"2026-01"}
