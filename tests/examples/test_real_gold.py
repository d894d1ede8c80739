"""The real development set (tests/cases/real): its gold is valid SCHEMA.md, every annotated
article is in the index, every index line says where the article is, and no text is committed."""

from __future__ import annotations

import importlib.util
import json
import re
from collections import Counter

import pytest

from tests.conftest import ROOT

REAL = ROOT / "tests" / "cases" / "real"
spec = importlib.util.spec_from_file_location("validate_gold", ROOT / "examples" / "validate_gold.py")
schema = importlib.util.module_from_spec(spec)
spec.loader.exec_module(schema)

GOLD = [json.loads(line) for line in (REAL / "gold.jsonl").read_text(encoding="utf-8").splitlines() if line]
INDEX = [json.loads(line) for line in (REAL / "index.jsonl").read_text(encoding="utf-8").splitlines() if line]


def _problems(rec: dict) -> list[str]:
    d, out = rec["doc"], []
    if not set(schema.DOC_KEYS) <= set(rec) <= set(schema.DOC_KEYS) | {"url", "script"}:
        out.append(f"{d}: keys {sorted(rec)}")
        return out
    out += [f"{d}: unit {u}" for u in rec["kz_regions"] if u not in schema.KZ_UNITS]
    out += [f"{d}: sector {s}" for s in rec["sectors"] if s not in schema.SECTORS]
    for e in rec["events"]:
        ok = set(e) == schema.EVENT_KEYS and e["type"] in schema.EVENT_TYPES
        ok = ok and e["kz_region"] in schema.KZ_UNITS | {None}
        ok = ok and (e["date"] is None or schema.DATE_RE.match(e["date"]))
        ok = ok and (e["instrument"] in schema.INSTRUMENTS | {None})
        out += [] if ok else [f"{d}: event {e}"]
    for p in rec["projects"]:
        ok = set(p) == schema.PROJECT_KEYS and p["stage"] in schema.STAGES
        ok = ok and p["kz_region"] in schema.KZ_UNITS | {None} and p["sector"] in schema.SECTORS | {None}
        out += [] if ok else [f"{d}: project {p}"]
        schema.check_value(f"{d}: project {p['what']}", p["value"], out)
    for f in rec["figures"]:
        ok = schema.FIGURE_KEYS <= set(f) <= schema.FIGURE_KEYS | {"qualifier"} and f["metric"] in schema.METRICS
        ok = ok and (f["period"] is None or schema.PERIOD_RE.match(f["period"]))
        out += [] if ok else [f"{d}: figure {f}"]
    return out


@pytest.mark.parametrize("rec", GOLD, ids=[g["doc"] for g in GOLD])
def test_real_gold_record_is_schema(rec):
    assert _problems(rec) == []


def test_real_gold_documents_are_indexed():
    annotated = {line["file"] for line in INDEX if line.get("annotated")}
    assert {g["doc"] for g in GOLD} == annotated


def test_real_index_lines_say_where_and_what():
    for line in INDEX:
        assert set(line) >= {"file", "url", "query", "lang", "annotated"}, line
        assert line["url"] or line.get("note"), line


def test_real_set_covers_what_the_issue_asks():
    langs = Counter(g["lang"] for g in GOLD)
    units = Counter(u for g in GOLD for u in g["kz_regions"])
    assert len(GOLD) >= 50 and langs["kk"] >= 20 and langs["ru"] >= 15 and langs["en"] >= 5 and langs["zh"] >= 8
    assert len(units) == 20 and min(units.values()) >= 2
    assert {g.get("script") for g in GOLD} >= {"latn", "arab"}


def test_no_third_party_text_is_committed():
    assert not [p for p in REAL.rglob("*") if p.suffix in (".txt", ".html")]
    assert not re.search(r"(?m)^var/", (ROOT / ".gitignore").read_text()) is None
