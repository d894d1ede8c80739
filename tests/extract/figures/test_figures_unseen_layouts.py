"""find_figures on layouts the seed articles do not show: growth in the next sentence, change
words ("больше", "up ... year on year", "снизился"), relative comparison bases, "the same period",
forecasts and one project's cost (not figures), bundles after an unrelated Kazakhstan mention,
and a firm count that takes no period from another clause. Invented sentences, kk/ru/en."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from test_figures_support import place_mentions, run_stages, split_sentences  # noqa: E402

from kzcn.model import Document  # noqa: E402

# (text, lang, published, expected figures as (metric, subject, value, unit, period))
CASES = [
    (  # growth in the next sentence; "өткен жылдың ... салыстырғанда" is the base, "пайызға артық" a change
        "2025 жылдың 6 айында Ақтөбе облысы мен Қытай арасындағы тауар айналымы 200 млн АҚШ долларын құрады. "
        "Бұл өткен жылдың сәйкес кезеңімен салыстырғанда 7,5 пайызға артық.",
        "kk", "2025-08-01",
        [("trade_turnover", "Aktobe Region", 2e8, "USD", "2025-01/2025-06"),
         ("trade_growth", "Aktobe Region", 7.5, "%", "2025-01/2025-06")],
    ),
    (  # "на N% больше, чем годом ранее"
        "В 2024 году товарооборот Актюбинской области с Китаем составил 300 млн долларов, "
        "что на 5,5% больше, чем годом ранее.",
        "ru", "2025-03-01",
        [("trade_turnover", "Aktobe Region", 3e8, "USD", "2024"),
         ("trade_growth", "Aktobe Region", 5.5, "%", "2024")],
    ),
    (  # a decline is a negative growth; bare "за 8 месяцев" is this year's first 8 months
        "За 8 месяцев товарооборот Актюбинской области с Китаем снизился на 3,2%.",
        "ru", "2025-10-01",
        [("trade_growth", "Aktobe Region", -3.2, "%", "2025-01/2025-08")],
    ),
    (  # English "X's trade with China", "up N% year on year"
        "In 2024, Aktobe Region's trade with China reached $1.3 billion, up 8% year on year.",
        "en", "2025-02-01",
        [("trade_turnover", "Aktobe Region", 1.3e9, "USD", "2024"),
         ("trade_growth", "Aktobe Region", 8, "%", "2024")],
    ),
    (  # one project's estimated cost is a project value, not an investment figure
        "Актюбинская область и Китай обсудили завод. Инвестиции в проект могут составить до 500 млн долларов.",
        "ru", "2025-03-01", [],
    ),
    ("Aktobe Region hosted Chinese investors. Investment in the project will reach $300 million.", "en", None, []),
    ("Ақтөбе облысында зауыт салынады. Жобаға салынатын инвестиция 40 млн АҚШ долларын құрауы мүмкін.", "kk", None, []),
    (  # bundle: the earlier sentence names Kazakhstan but is no statistics: the article's own region
        "Форум прошёл в Актюбинской области. Генконсул отметил рост интереса к Казахстану. "
        "По итогам подписаны соглашения по 7 проектам на общую сумму 40 млрд тенге.",
        "ru", "2025-05-01",
        [("project_count", "Aktobe Region", 7, "count", None),
         ("investment", "Aktobe Region", 40e9, "KZT", None)],
    ),
    (  # "осы кезеңде" takes the period of the sentence before
        "2025 жылдың 5 айында облыстан Қытайға 10 мың тонна ет экспортталды. "
        "Түркістан облысының Қытайға экспорты осы кезеңде 20 млн АҚШ долларын құрады.",
        "kk", "2025-07-01",
        [("export", "Turkistan Region", 2e7, "USD", "2025-01/2025-05")],
    ),
    (  # a count of firms is a stock: the trade clause's period is not its period
        "In the first half of 2025 Aktobe Region's trade with China totalled $2 billion, "
        "and 300 companies with Chinese capital operate in the region.",
        "en", "2025-08-01",
        [("trade_turnover", "Aktobe Region", 2e9, "USD", "2025-01/2025-06"),
         ("companies", "Aktobe Region", 300, "count", None)],
    ),
    (  # "the capital's portfolio" is the article's own unit, not the Kazakhstan of the sentence before
        "Aktobe Region will host a forum. Kazakhstan's investment from China reached $2 billion in 2024. "
        "The region's investment portfolio includes 12 projects with Chinese participation worth $900 million.",
        "en", None,
        [("investment", "Kazakhstan", 2e9, "USD", "2024"),
         ("investment", "Aktobe Region", 9e8, "USD", None),
         ("project_count", "Aktobe Region", 12, "count", None)],
    ),
    (  # "до 50%" is a level, not a change
        "Уровень локализации экспорта Актюбинской области вырос до 50%.",
        "ru", None, [],
    ),
]


@pytest.mark.parametrize(("text", "lang", "published", "expected"), CASES)
def test_find_figures_unseen_layouts(text, lang, published, expected):
    doc = Document(text, published=published, lang=lang)
    doc = doc.add(sentences=split_sentences(text, lang), mentions=place_mentions(text))
    figures = run_stages(doc).figures
    got = [(f.metric, f.subject, pytest.approx(f.value), f.unit, f.period) for f in figures]
    assert sorted(got, key=str) == sorted(expected, key=str)
