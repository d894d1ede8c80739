"""``kzcn export --all`` / ``kzcn import``: the whole store round-trips, reviews included."""

from __future__ import annotations

import json
import uuid

import pytest
from sqlalchemy import text
from typer.testing import CliRunner

from kzcn.errors import StoreError
from kzcn.store import Store
from kzcn.store.backup import export_all, import_all, schema_tables
from tests.reliability.helpers import article_text, fact_document, snapshot


def _filled(url: str) -> Store:
    store = Store(url).migrate()
    for number in range(6):
        lang = "kk" if number % 2 else "ru"
        store.save_document(fact_document(article_text(number), f"{number}.txt", lang))
    from kzcn.model import Rejection

    store.save_rejection(Rejection("binary content", "bad.bin"))
    try:
        from kzcn.store import review
    except ImportError:
        return store
    review.add_user(store.engine, "aigerim")
    fact_id = store.rows("events", limit=1)[0]["id"]
    review.save_review(store.engine, "event", fact_id, "correct", "aigerim",
                       {"kz_region": "Abai Region"}, note="проверено / тексерілді")
    return store


@pytest.fixture(params=["sqlite", "postgres"])
def url(request, tmp_path):
    if request.param == "sqlite":
        yield lambda name: f"sqlite:///{tmp_path / name}.sqlite"
        return
    base = request.getfixturevalue("postgres_url")
    admin, schemas = Store(base), []

    def make(name):
        schemas.append("r_" + uuid.uuid4().hex[:10])
        with admin.engine.begin() as conn:
            conn.execute(text(f"CREATE SCHEMA {schemas[-1]}"))
        return f"{base}?options=-csearch_path%3D{schemas[-1]}"

    yield make
    with admin.engine.begin() as conn:
        for schema in schemas:
            conn.execute(text(f"DROP SCHEMA {schema} CASCADE"))


@pytest.mark.parametrize("target", ["backup.tar.gz", "backup-folder"])
def test_backup_round_trip_restores_every_table(url, tmp_path, target):
    source = _filled(url("a"))
    manifest = export_all(source.engine, tmp_path / target)
    restored = Store(url("b")).migrate()
    inserted = import_all(restored.engine, tmp_path / target)
    assert snapshot(restored, skip=()) == snapshot(source, skip=())
    assert sum(inserted.values()) == sum(manifest["tables"].values()) > 0
    if "corrections" in manifest["tables"]:
        assert manifest["tables"]["corrections"] == 1 and manifest["tables"]["users"] == 1


def test_backup_import_twice_is_idempotent(url, tmp_path):
    source = _filled(url("a"))
    export_all(source.engine, tmp_path / "b.tar.gz")
    restored = Store(url("b")).migrate()
    import_all(restored.engine, tmp_path / "b.tar.gz")
    assert sum(import_all(restored.engine, tmp_path / "b.tar.gz").values()) == 0
    assert snapshot(restored, skip=()) == snapshot(source, skip=())


def test_backup_new_rows_after_restore_get_fresh_ids(url, tmp_path):
    """PostgreSQL sequences must move past imported ids, or the next insert collides."""
    from kzcn.model import Rejection

    source = _filled(url("a"))
    export_all(source.engine, tmp_path / "b")
    restored = Store(url("b")).migrate()
    import_all(restored.engine, tmp_path / "b")
    restored.save_rejection(Rejection("late", "x.txt"))
    assert restored.count("rejections") == 2


def test_backup_conflicting_row_aborts_whole_import(tmp_path):
    source = _filled(f"sqlite:///{tmp_path / 'a.sqlite'}")
    export_all(source.engine, tmp_path / "b")
    lines = (tmp_path / "b" / "rejections.jsonl").read_text(encoding="utf-8").splitlines()
    row = json.loads(lines[0])
    row["reason"] = "something else"
    (tmp_path / "b" / "rejections.jsonl").write_text(json.dumps(row) + "\n", encoding="utf-8")
    with pytest.raises(StoreError, match="rejections"):
        import_all(source.engine, tmp_path / "b")
    empty = Store(f"sqlite:///{tmp_path / 'c.sqlite'}").migrate()
    (tmp_path / "b" / "documents.jsonl").write_text('{"id": "x", "bogus": 1}\n', encoding="utf-8")
    with pytest.raises(StoreError, match="bogus"):
        import_all(empty.engine, tmp_path / "b")
    assert empty.count("documents") == empty.count("rejections") == 0


def test_backup_covers_every_schema_table(tmp_path):
    source = _filled(f"sqlite:///{tmp_path / 'a.sqlite'}")
    manifest = export_all(source.engine, tmp_path / "b")
    assert set(manifest["tables"]) == {t.name for t in schema_tables()}
    assert manifest["revisions"]


def test_backup_cli_export_all_and_import(tmp_path):
    import typer

    from kzcn.cli_backup import register

    app = typer.Typer()
    app.command("noop")(lambda: None)
    register(app)
    source = _filled(f"sqlite:///{tmp_path / 'a.sqlite'}")
    runner = CliRunner()
    result = runner.invoke(app, ["export", "--all", str(tmp_path / "s.tar.gz"), "--db", source.url])
    assert result.exit_code == 0, result.output
    target = f"sqlite:///{tmp_path / 'b.sqlite'}"
    result = runner.invoke(app, ["import", str(tmp_path / "s.tar.gz"), "--db", target])
    assert result.exit_code == 0, result.output
    assert snapshot(Store(target)) == snapshot(source)
