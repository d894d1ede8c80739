"""find_figures, round-2 fixes: converb growth words ("өсіп", "увеличившись"), export growth is no
trade_growth, "с китайским участием" firms, "инвестициялық жоба" counts, one facility's investment,
a total stock inherits no period, "в денежном выражении" refers back. Invented sentences, kk/ru/en."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from test_figures_support import place_mentions, run_stages, split_sentences  # noqa: E402

from kzcn.model import Document  # noqa: E402

# (text, lang, published, expected figures as (metric, subject, value, unit, period))
CASES = [
    (  # a Kazakh converb of growth before the amount
        "2025 жылдың 6 айында Ақтөбе облысы мен Қытай арасындағы тауар айналымы 12,5 пайызға өсіп, "
        "300 млн АҚШ долларына жетті.",
        "kk", "2025-08-01",
        [("trade_turnover", "Aktobe Region", 3e8, "USD", "2025-01/2025-06"),
         ("trade_growth", "Aktobe Region", 12.5, "%", "2025-01/2025-06")],
    ),
    (  # a Russian participle of growth after the amount
        "За 6 месяцев 2025 года товарооборот Актюбинской области с Китаем составил 80 млн долларов США, "
        "увеличившись на 7%.",
        "ru", "2025-08-01",
        [("trade_turnover", "Aktobe Region", 8e7, "USD", "2025-01/2025-06"),
         ("trade_growth", "Aktobe Region", 7, "%", "2025-01/2025-06")],
    ),
    ("Экспорт Актюбинской области в Китай в 2024 году вырос на 12%.", "ru", "2025-03-01", []),
    ("Былтыр Ақтөбе облысының Қытайға экспорты 6 пайызға өсті.", "kk", "2025-03-01", []),
    ("Aktobe Region's exports to China rose 9% in 2024.", "en", "2025-03-01", []),
    (
        "В Актюбинской области работают 45 компаний с китайским участием.", "ru", None,
        [("companies", "Aktobe Region", 45, "count", None)],
    ),
    (
        "Ақтөбе облысында қытай қатысуымен 30 кәсіпорын жұмыс істейді.", "kk", None,
        [("companies", "Aktobe Region", 30, "count", None)],
    ),
    (  # an adjective between the count and "жоба"
        "Ақтөбе облысында бизнес-форум өтті. Форумда жалпы құны 200 млн АҚШ долларын құрайтын "
        "3 инвестициялық жоба бойынша келісімдерге қол қойылды.",
        "kk", None,
        [("project_count", "Aktobe Region", 3, "count", None),
         ("investment", "Aktobe Region", 2e8, "USD", None)],
    ),
    (
        "Актюбинская область подписала соглашения по 5 инвестиционным проектам на 90 млрд тенге.", "ru", None,
        [("project_count", "Aktobe Region", 5, "count", None),
         ("investment", "Aktobe Region", 90e9, "KZT", None)],
    ),
    (  # one facility's capacity and investment: a project's value, not a statistic
        "В Актюбинской области запустили завод. Мощность – 20 тысяч тонн в год, объем инвестиций – 15 млрд тенге.",
        "ru", None, [],
    ),
    ("A Chinese firm plans a plant in Aktobe Region with an investment of $40 million.", "en", None, []),
    (
        "Ақтөбе облысында жылына 50 мың тонна қуаты бар зауыт салынады, инвестиция көлемі 25 млрд теңге.",
        "kk", None, [],
    ),
    (  # a total accumulated over the years does not take the previous sentence's year
        "2024 жылы Ақтөбе облысы мен Қытай арасындағы тауар айналымы 500 млн АҚШ долларын құрады. "
        "Облыс экономикасына тартылған қытай инвестициясының жалпы көлемі 2 млрд доллардан асады.",
        "kk", "2025-03-01",
        [("trade_turnover", "Aktobe Region", 5e8, "USD", "2024"),
         ("investment", "Aktobe Region", 2e9, "USD", None)],
    ),
    (  # "in value terms" refers back to the period of the sentence before
        "В 2024 году Актюбинская область экспортировала в Китай 500 тысяч тонн пшеницы. "
        "В денежном выражении экспорт Актюбинской области в КНР составил 150 млн долларов США.",
        "ru", "2025-03-01",
        [("export", "Aktobe Region", 1.5e8, "USD", "2024")],
    ),
    (
        "2025 жылдың алғашқы жартыжылдығында Ақтөбе облысы мен Қытай арасындағы тауар айналымы "
        "90 млн АҚШ долларын құрады.",
        "kk", "2025-08-01",
        [("trade_turnover", "Aktobe Region", 9e7, "USD", "2025-01/2025-06")],
    ),
]


@pytest.mark.parametrize(("text", "lang", "published", "expected"), CASES)
def test_find_figures_round2(text, lang, published, expected):
    doc = Document(text, published=published, lang=lang)
    doc = doc.add(sentences=split_sentences(text, lang), mentions=place_mentions(text))
    figures = run_stages(doc).figures
    got = [(f.metric, f.subject, pytest.approx(f.value), f.unit, f.period) for f in figures]
    assert sorted(got, key=str) == sorted(expected, key=str)
