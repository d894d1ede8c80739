"""The dev2 gold must match SCHEMA.md and its fictional articles (runs validate.py)."""

import importlib.util
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("dev2_validate", HERE / "validate.py")
validate = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(validate)

RECORDS, PARSE_ERRORS = validate.load(HERE)


def test_dev2_gold_parses_as_jsonl():
    assert PARSE_ERRORS == []
    assert len(RECORDS) == 30


def test_dev2_gold_covers_every_article_once():
    assert validate.validate(HERE) == []


@pytest.mark.parametrize("record", RECORDS, ids=[r["doc"] for r in RECORDS])
def test_dev2_gold_record_is_consistent(record):
    assert validate.check_record(record, HERE) == []


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        ("Ерлан Сағындықов", "Ерлан Сағындықовтың айтуынша", True),
        ("Айгүл Мұратқызы", "Айгүл Мұратқызымен бірге", True),
        ("Гульнара Сейткали", "по словам Гульнары Сейткали", True),
        ("Асылбек Жұмағалиев", "во главе с акимом Асылбеком Жұмағалиевым", True),
        ("Фан Вэй", "с мэром города Фан Вэем", True),
        ("Zhao Hongwei", "vice-governor Zhao Hongwei in Lanzhou", True),
        ("Нұрлан Сарсенбаев", "Нұрлан Сәрсенбаев", False),
        ("Ли Цзюнь", "Ли Хуэй и Цзюнь", False),
    ],
)
def test_dev2_name_occurs_allows_case_endings(name, text, expected):
    assert validate.name_occurs(name, text) is expected


def test_dev2_html_text_drops_markup():
    text = validate.article_text(HERE / "d2_13_pavlodar_ru.html")
    assert "<p>" not in text and "Алибеком Нурпеисовым" in text
