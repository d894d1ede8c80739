"""find_figures on the common layouts of trade and investment statistics, kk/ru/en."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from test_figures_support import place_mentions, run_stages, split_sentences  # noqa: E402

from kzcn.model import Document  # noqa: E402

# (text, lang, published, expected figures as (metric, subject, value, unit, period))
CASES = [
    (
        "2024 жылы Түркістан облысы мен Қытай арасындағы сауда айналымы 1,2 млрд АҚШ долларын құрады. "
        "Оның ішінде экспорт – 700 млн доллар, импорт – 500 млн.",
        "kk", None,
        [("trade_turnover", "Turkistan Region", 1.2e9, "USD", "2024"),
         ("export", "Turkistan Region", 7e8, "USD", "2024"),
         ("import", "Turkistan Region", 5e8, "USD", "2024")],
    ),
    (
        "Биыл Ақтөбе облысы мен ҚХР арасындағы тауар айналымы 15%-ға өсті.",
        "kk", "2025-06-01",
        [("trade_growth", "Aktobe Region", 15, "%", "2025")],
    ),
    (
        "За 8 месяцев 2025 года товарооборот Актюбинской области с Китаем составил 500 млн долларов США.",
        "ru", None,
        [("trade_turnover", "Aktobe Region", 5e8, "USD", "2025-01/2025-08")],
    ),
    (
        "В прошлом году объём взаимной торговли с Туркестанской областью составил 148 млн долларов, "
        "из которых экспорт составил 60 млн долларов, импорт – 88 млн долларов.",
        "ru", "2025-03-01",
        [("trade_turnover", "Turkistan Region", 148e6, "USD", "2024"),
         ("export", "Turkistan Region", 60e6, "USD", "2024"),
         ("import", "Turkistan Region", 88e6, "USD", "2024")],
    ),
    (
        "Китай входит в число инвесторов в экономику Казахстана. "
        "За последние 15 лет общий объём инвестиций из Китая составил 24 млрд долларов.",
        "ru", "2025-03-01",
        [("investment", "Kazakhstan", 24e9, "USD", None)],
    ),
    (
        "Aktobe Region and China signed memorandums on 14 projects worth 134 billion tenge in 2024.",
        "en", None,
        [("investment", "Aktobe Region", 134e9, "KZT", "2024"),
         ("project_count", "Aktobe Region", 14, "count", "2024")],
    ),
    (
        "Ақтөбе облысында құны 150 млн АҚШ долларынан асатын зауыт салынады.",
        "kk", "2026-01-27",
        [],
    ),
]


@pytest.mark.parametrize(("text", "lang", "published", "expected"), CASES)
def test_find_figures_layouts(text, lang, published, expected):
    doc = Document(text, published=published, lang=lang)
    doc = doc.add(sentences=split_sentences(text, lang), mentions=place_mentions(text))
    figures = run_stages(doc).figures
    got = [(f.metric, f.subject, pytest.approx(f.value), f.unit, f.period) for f in figures]
    assert sorted(got, key=str) == sorted(expected, key=str)
