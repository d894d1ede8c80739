"""The dev3 gold is well formed and covers what the set promises (see README.md)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent


def _load_validate():
    # Loaded under a private name: other case folders may also ship a module called `validate`.
    spec = importlib.util.spec_from_file_location("dev3_validate", HERE / "validate.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


validate = _load_validate()
RECORDS = validate.load_gold()
COVERAGE = validate.coverage(RECORDS)


@pytest.mark.parametrize("record", RECORDS, ids=[r["doc"] for r in RECORDS])
def test_dev3_gold_record_is_valid(record):
    assert validate.check_record(record) == []


def test_dev3_gold_one_record_per_article():
    articles = sorted(p.name for p in HERE.iterdir() if p.suffix in {".txt", ".html"})
    assert sorted(r["doc"] for r in RECORDS) == articles


@pytest.mark.parametrize(("field", "key", "minimum"), [
    ("lang", "kk", 10), ("lang", "ru", 10), ("lang", "en", 2),
    ("kind", "txt+date", 16), ("kind", "txt", 5), ("kind", "html", 3),
    *[("event", t, 2) for t in sorted(validate.EVENT_TYPES)],
    *[("stage", s, 2) for s in sorted(validate.STAGES)],
])
def test_dev3_gold_coverage_minimum(field, key, minimum):
    assert COVERAGE[field][key] >= minimum


def test_dev3_gold_covers_every_kazakh_unit():
    assert set(COVERAGE["unit"]) == validate.KZ_UNITS


@pytest.mark.parametrize(("name", "text", "expected"), [
    ("Нурлан Абенов", "Аким Нурлан Абенов отметил", True),
    ("Асет Нургалиев", "во главе с Асетом Нургалиевым", True),
    ("Ма Синьчэн", "Ма Синьчэнмен кездесіп", True),
    ("Shandong Michon Machinery Co., Ltd", "«Shandong Michon Machinery Co., Ltd» компаниясы", True),
    ("Иван Петров", "Аким Нурлан Абенов отметил", False),
    ("Zhou Peng", "vice chairman Zhao Guoqiang said", False),
])
def test_dev3_name_occurs_allows_case_endings(name, text, expected):
    assert validate.name_occurs(name, text) is expected
