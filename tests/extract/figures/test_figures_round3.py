"""find_figures, round-3 fixes: a bundle of signed documents with a total sum ("6 меморандумов на
общую сумму 48 млрд тенге") is a project_count and an investment; documents without a total sum
are no figure. Invented sentences, kk/ru/en."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from test_figures_support import place_mentions, run_stages, split_sentences  # noqa: E402

from kzcn.model import Document  # noqa: E402

# (text, lang, published, expected figures as (metric, subject, value, unit, period))
CASES = [
    (
        "Форумда Ақтөбе облысы мен қытайлық компаниялар арасында жалпы сомасы 35 млрд теңге "
        "болатын 4 меморандумға қол қойылды.",
        "kk", "2025-06-01",
        [("project_count", "Aktobe Region", 4, "count", None),
         ("investment", "Aktobe Region", 35e9, "KZT", None)],
    ),
    (
        "По итогам визита Актюбинская область и китайские компании подписали 7 соглашений "
        "на общую сумму 210 млн долларов США.",
        "ru", "2025-06-01",
        [("project_count", "Aktobe Region", 7, "count", None),
         ("investment", "Aktobe Region", 2.1e8, "USD", None)],
    ),
    (
        "Aktobe Region and Chinese firms signed 3 agreements totalling 90 million US dollars.",
        "en", "2025-06-01",
        [("project_count", "Aktobe Region", 3, "count", None),
         ("investment", "Aktobe Region", 9e7, "USD", None)],
    ),
    ("Ақтөбе облысы мен қытайлық тарап 3 меморандумға қол қойды.", "kk", "2025-06-01", []),
    ("Актюбинская область и китайская сторона подписали 2 соглашения о сотрудничестве.", "ru", "2025-06-01", []),
]


@pytest.mark.parametrize(("text", "lang", "published", "expected"), CASES)
def test_find_figures_round3(text, lang, published, expected):
    doc = Document(text, published=published, lang=lang)
    doc = doc.add(sentences=split_sentences(text, lang), mentions=place_mentions(text))
    figures = run_stages(doc).figures
    got = [(f.metric, f.subject, pytest.approx(f.value), f.unit, f.period) for f in figures]
    assert sorted(got, key=str) == sorted(expected, key=str)
