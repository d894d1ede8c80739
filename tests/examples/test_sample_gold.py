"""The sample corpus's gold annotations stay valid and the corpus covers what the README claims."""

from __future__ import annotations

import importlib.util
import json

from tests.conftest import CORPUS, ROOT


def test_sample_gold_is_valid():
    spec = importlib.util.spec_from_file_location("validate_gold", ROOT / "examples" / "validate_gold.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.main() == 0


def test_sample_corpus_covers_units_and_event_types():
    records = [json.loads(line) for line in (CORPUS / "gold.jsonl").read_text(encoding="utf-8").splitlines()]
    units = {r for rec in records for r in rec["kz_regions"]}
    types = {e["type"] for rec in records for e in rec["events"]}
    assert len(records) >= 24 and len(units) >= 12
    assert types == {"meeting", "visit", "agreement", "office_opening", "forum", "site_visit", "project_launch"}
