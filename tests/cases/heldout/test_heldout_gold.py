"""The held-out gold stays valid: every line passes validate.py and the set keeps its coverage."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
_SPEC = importlib.util.spec_from_file_location("heldout_validate", HERE / "validate.py")
validate = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(validate)

RECORDS = [json.loads(line) for line in (HERE / "gold.jsonl").read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("record", RECORDS, ids=[r["doc"] for r in RECORDS])
def test_heldout_record_is_valid(record):
    assert validate.check_record(record, record["doc"]) == []


def test_heldout_gold_has_no_orphans():
    assert validate.load()[1] == []


@pytest.mark.parametrize("field, wanted", [
    ("kz_regions", validate.KZ_UNITS),
    ("events", validate.EVENT_TYPES),
    ("projects", validate.STAGES),
    ("figures", validate.METRICS),
    ("lang", {"kk", "ru", "en"}),
])
def test_heldout_covers(field, wanted):
    seen = set()
    for record in RECORDS:
        value = record[field]
        if field == "events":
            seen |= {e["type"] for e in value}
        elif field == "projects":
            seen |= {p["stage"] for p in value}
        elif field == "figures":
            seen |= {f["metric"] for f in value}
        else:
            seen |= set(value) if isinstance(value, list) else {value}
    assert wanted <= seen
