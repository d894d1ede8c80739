"""The command line end to end: extract, ingest (twice), list, show, export, eval."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from kzcn.cli import app
from tests.conftest import CORPUS, SEED_GOLD, SEEDS

runner = CliRunner()


@pytest.fixture(scope="module")
def seed_records():
    result = runner.invoke(app, ["extract", *sorted(str(p) for p in SEEDS.glob("*.txt"))])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]


def test_cli_extract_seeds_doc_lang_published(seed_records):
    gold = {g["doc"]: g for g in map(json.loads, SEED_GOLD.read_text(encoding="utf-8").splitlines())}
    assert len(seed_records) == 5
    for record in seed_records:
        expected = gold[record["doc"]]
        assert (record["lang"], record["published"]) == (expected["lang"], expected["published"])


def test_cli_extract_records_have_every_schema_field(seed_records):
    keys = {"doc", "lang", "published", "kz_regions", "cn_places", "organizations", "people",
            "events", "projects", "figures", "sectors"}
    assert all(keys <= set(record) for record in seed_records)


def test_cli_ingest_twice_stores_once_then_list_show_export(tmp_path):
    db = f"sqlite:///{tmp_path / 'k.sqlite'}"
    first = runner.invoke(app, ["ingest", str(CORPUS), "--db", db])
    assert first.exit_code == 0, first.output
    second = runner.invoke(app, ["ingest", str(CORPUS), "--db", db])
    assert "stored 0," in second.output and "already stored" in second.output
    listed = runner.invoke(app, ["list", "documents", "--db", db, "--limit", "100"])
    assert listed.exit_code == 0 and "kk" in listed.output
    from kzcn.store import Store

    store = Store(db)
    doc_id = store.rows("documents", limit=1)[0]["id"]
    shown = runner.invoke(app, ["show", doc_id[:8], "--db", db])
    assert shown.exit_code == 0 and doc_id[:8] not in shown.output or shown.output
    for fmt in ("csv", "json", "parquet"):
        exported = runner.invoke(app, ["export", "--format", fmt, "--out", str(tmp_path / fmt), "--db", db])
        assert exported.exit_code == 0 and (tmp_path / fmt / f"events.{fmt}").exists()


def test_cli_eval_prints_facts_line():
    result = runner.invoke(app, ["eval", "--gold", str(SEED_GOLD), str(SEEDS)])
    assert result.exit_code == 0 and result.stdout.strip().splitlines()[-1].startswith("facts F1 ")


def test_cli_list_refuses_unknown_table():
    result = runner.invoke(app, ["list", "weather"])
    assert result.exit_code != 0


@pytest.mark.parametrize(("lang", "text"), [
    ("ru", " date 2025-05-05 Погода\nВ Астане ожидается жаркая погода, температура поднимется до 35 градусов.\n"),
    ("kk", " date 2025-05-05 Ауа райы\nЕлордада ауа райы ыстық болады, температура 35 градусқа дейін көтеріледі.\n"),
])
def test_cli_extract_gives_a_line_for_an_article_triage_skips(tmp_path, lang, text):
    path = tmp_path / "weather.txt"
    path.write_text(text, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(path)])
    [record] = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert (record["lang"], record["published"], record["events"]) == (lang, "2025-05-05", [])
