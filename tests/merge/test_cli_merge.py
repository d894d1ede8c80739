"""The merge commands: ``kzcn merge``, ``kzcn conflicts``, project lists and ``show project|event``."""

from __future__ import annotations

import typer
from rich.console import Console
from typer.testing import CliRunner

from kzcn.cli_merge import projects_table, register, show_record
from kzcn.settings import Settings
from kzcn.store import Store
from tests.merge.corpus import load_cases, to_document


def _store(tmp_path) -> str:
    url = f"sqlite:///{tmp_path / 'cli.sqlite'}"
    store = Store(url).migrate()
    for case in load_cases():
        store.save_document(to_document(case))
    return url


def test_cli_merge_then_conflicts_and_idempotent_rerun(tmp_path):
    url = _store(tmp_path)
    app = typer.Typer()
    register(app)
    runner = CliRunner()
    first = runner.invoke(app, ["merge", "--db", url])
    assert first.exit_code == 0, first.output
    assert "events: facts 12" in first.output
    again = runner.invoke(app, ["merge", "--db", url])
    assert "events: facts 0" in again.output
    listed = runner.invoke(app, ["conflicts", "--db", url], env={"COLUMNS": "200"})
    assert "trade_turnover" in listed.output and "498,000,000" in listed.output


def test_cli_show_project_and_event(tmp_path):
    url = _store(tmp_path)
    app = typer.Typer()
    register(app)
    CliRunner().invoke(app, ["merge", "--db", url])
    settings = Settings(database_url=url)
    store = Store(url)
    wind = next(r for r in store.rows("project_records") if r["stage"] == "operating")
    console = Console(record=True, width=200)
    assert show_record(console, settings, "project", wind["id"][:12])
    text = console.export_text()
    assert "agreed 2025-03-15" in text and "operating 2026-06-20" in text and "value differs" in text
    aktobe = next(r for r in store.rows("event_clusters") if r["kz_region"] == "Aktobe Region")
    assert show_record(console, settings, "event", aktobe["id"])
    assert "date disagrees" in console.export_text()
    assert not show_record(console, settings, "event", "nope")
    table = Console(record=True, width=250)
    table.print(projects_table(settings, "Jambyl Region", None, 10))
    assert "agreed 2025-03-15 -> under_construction 2025-09-10 -> operating 2026-06-20" in table.export_text()
