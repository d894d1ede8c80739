"""find_figures, round-5 fixes from the real-dev articles (invented sentences, kk/ru/en):
a bracketed "(export – X, import – Y)" after a total leaves the total a turnover, and a name in
brackets is the subject of the bracketed count only; "its volume" takes the metric the sentence
before named; a count of firms whose noun is left out ("47 с участием китайского капитала");
counted projects with adjectives between number and noun; a plan, an obligation, one facility's
phase or a group of countries is no figure; "agreed to invest" names an investment."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from test_figures_support import place_mentions, run_stages, split_sentences  # noqa: E402

from kzcn.model import Document  # noqa: E402

# (text, lang, published, expected figures as (metric, subject, value, unit, period))
CASES = [
    (
        "Ақтөбе облысы мен Қытай арасындағы тауар айналымы артып келеді. 2024 жылдың 6 айында оның "
        "көлемі 300,5 млн АҚШ долларын (экспорт – 200,1 млн, импорт – 100,4 млн АҚШ доллары) құрады.",
        "kk", "2024-08-01",
        [("trade_turnover", "Aktobe Region", 300.5e6, "USD", "2024-01/2024-06"),
         ("export", "Aktobe Region", 200.1e6, "USD", "2024-01/2024-06"),
         ("import", "Aktobe Region", 100.4e6, "USD", "2024-01/2024-06")],
    ),
    (
        "Товарооборот Актюбинской области с Китаем растет. За январь-сентябрь 2024 года его объем "
        "составил 410 млн долларов (экспорт – 250 млн, импорт – 160 млн долларов).",
        "ru", "2024-11-01",
        [("trade_turnover", "Aktobe Region", 410e6, "USD", "2024-01/2024-09"),
         ("export", "Aktobe Region", 250e6, "USD", "2024-01/2024-09"),
         ("import", "Aktobe Region", 160e6, "USD", "2024-01/2024-09")],
    ),
    (
        "Аким Актюбинской области встретился с инвесторами из Китая. Сегодня в городе работают 55 "
        "предприятий с участием китайского капитала (Казахстан – 2900 предприятий).",
        "ru", "2024-11-01",
        [("companies", "Aktobe Region", 55, "count", None),
         ("companies", "Kazakhstan", 2900, "count", None)],
    ),
    (
        "В Актюбинской области действуют около 900 совместных и иностранных компаний, в том числе 47 "
        "с участием китайского капитала.",
        "ru", "2024-11-01",
        [("companies", "Aktobe Region", 47, "count", None)],
    ),
    (
        "Aktobe Region hosts 300 joint and foreign firms, including 21 with Chinese capital.",
        "en", "2024-11-01",
        [("companies", "Aktobe Region", 21, "count", None)],
    ),
    (
        "Ақтөбе облысының әкімі қытайлық инвесторлармен кездесті. Облыста жалпы құны 80 млрд теңге "
        "болатын 5 бірлескен инвестициялық жоба жүзеге асырылуда.",
        "kk", "2024-11-01",
        [("project_count", "Aktobe Region", 5, "count", None),
         ("investment", "Aktobe Region", 80e9, "KZT", None)],
    ),
    (
        "В Туркестанской области уже реализованы семь крупных проектов с китайским капиталом. Сейчас "
        "в работе проекты почти на 300 миллионов долларов.",
        "ru", "2024-11-01",
        [("project_count", "Turkistan Region", 7, "count", None),
         ("investment", "Turkistan Region", 300e6, "USD", None)],
    ),
    ("Ақтөбе облысында бұл зауытқа қытайлық компания 120 млрд теңге инвестиция салады.", "kk", "2024-11-01", []),
    ("Бірінші кезеңде Ақтөбе облысында 90 млн АҚШ доллары инвестицияланады.", "kk", "2024-11-01", []),
    ("По плану, Актюбинская область должна привлечь 2 трлн тенге инвестиций.", "ru", "2024-11-01", []),
    ("Товарооборот Китая со странами Центральной Азии достиг 80 млрд долларов, почти половина "
     "приходится на Казахстан.", "ru", "2024-11-01", []),
    ("Trade between China and Central Asian countries reached $80 billion, almost half of it with "
     "Kazakhstan.", "en", "2024-11-01", []),
    (
        "Chinese firms agreed to invest $1 bln in Aktobe Region after the visit.",
        "en", "2024-11-01",
        [("investment", "Aktobe Region", 1e9, "USD", None)],
    ),
]


@pytest.mark.parametrize(("text", "lang", "published", "expected"), CASES)
def test_find_figures_real_round5(text, lang, published, expected):
    doc = Document(text, published=published, lang=lang)
    doc = doc.add(sentences=split_sentences(text, lang), mentions=place_mentions(text))
    figures = run_stages(doc).figures
    got = [(f.metric, f.subject, pytest.approx(f.value), f.unit, f.period) for f in figures]
    assert sorted(got, key=str) == sorted(expected, key=str)
