"""The ``kzcn`` command line (Typer + Rich)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from kzcn.model import Rejection
from kzcn.settings import Settings

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="kzcn: facts on Kazakhstan-China regional cooperation from news. "
                       "Add --debug to any command to see the traceback of a failure.")
err = Console(stderr=True)
out = Console()
LISTABLE = ("documents", "events", "projects", "figures", "entities", "rejections")


def _settings(db: Optional[str]) -> Settings:
    settings = Settings()
    return settings.model_copy(update={"database_url": db}) if db else settings


def _progress() -> Progress:
    return Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(),
                    TextColumn("{task.completed} articles"), TimeElapsedColumn(),
                    console=err, transient=True, disable=not err.is_terminal)


def _pipeline(settings: Settings):
    from kzcn.pipeline.registry import build_pipeline

    return build_pipeline(settings)


@app.command()
def ingest(paths: list[str] = typer.Argument(..., help="Files, folders or feed URLs."),
           db: Optional[str] = typer.Option(None, help="Database URL (default: KZCN_DATABASE_URL)."),
           replace: bool = typer.Option(False, help="Re-extract documents already stored.")) -> None:
    """Read, extract and store articles; the same article is stored once."""
    from kzcn.ingest.fetch import Fetcher
    from kzcn.pipeline.process import process_paths
    from kzcn.store import Store

    settings = _settings(db)
    store = Store(settings.database_url).migrate()
    pipeline, fetcher = _pipeline(settings), Fetcher(settings)
    stored = skipped = rejected = irrelevant = 0
    with _progress() as progress:
        task = progress.add_task("ingesting", total=None)
        for item in process_paths(paths, pipeline, settings, fetcher=fetcher):
            if isinstance(item, Rejection) and item.kind == "triage":
                irrelevant += 1
            elif isinstance(item, Rejection):
                rejected += 1
                store.save_rejection(item)
                err.print(f"[yellow]rejected[/] {item.where}: {item.reason}")
            elif store.save_document(item, replace=replace):
                stored += 1
            else:
                skipped += 1
            progress.advance(task)
    err.print(f"stored {stored}, already stored {skipped}, not about China {irrelevant}, "
              f"rejected {rejected} -> {settings.database_url}")
    # Always merge: it is incremental (only unmerged documents and facts), and a run killed
    # between storing and merging leaves work that the next run must finish.
    from kzcn.merge import merge_store

    for line in merge_store(store).lines():
        err.print(f"merge: {line}")


@app.command()
def extract(paths: list[str] = typer.Argument(..., help="Files, folders or feed URLs."),
            out_file: Optional[Path] = typer.Option(None, "--out", help="Write JSONL here (default: stdout)."),
            evidence: bool = typer.Option(True, help="Include summaries and evidence in facts.")) -> None:
    """Extract facts without storing: one JSON line per article in SCHEMA.md's shape."""
    from kzcn.export.record import to_record
    from kzcn.pipeline.process import process_paths

    settings = _settings(None)
    pipeline = _pipeline(settings)
    sink = out_file.open("w", encoding="utf-8") if out_file else sys.stdout
    try:
        for item in process_paths(paths, pipeline, settings):
            if isinstance(item, Rejection) and item.document is not None:
                item = item.document  # skipped by triage: a record with no facts, so every article has a line
            if isinstance(item, Rejection):
                err.print(f"[yellow]rejected[/] {item.where}: {item.reason}")
                continue
            record = to_record(item)
            if not evidence:
                record = _strip_evidence(record)
            sink.write(json.dumps(record, ensure_ascii=False) + "\n")
    finally:
        if out_file:
            sink.close()


def _strip_evidence(record: dict) -> dict:
    for name in ("events", "projects", "figures"):
        record[name] = [{k: v for k, v in f.items() if k not in ("summary", "evidence")} for f in record[name]]
    return record


@app.command("eval")
def evaluate(paths: Optional[list[str]] = typer.Argument(None, help="Articles to extract."),
             gold: list[Path] = typer.Option(..., help="Gold JSONL in SCHEMA.md's shape; repeat for several sets."),
             verbose: bool = typer.Option(False, "--verbose", "-v", help="List what was missed and extra."),
             predicted: Optional[Path] = typer.Option(None, help="Score these records (kzcn extract's JSONL) "
                                                      "instead of extracting PATHS."),
             only_present: bool = typer.Option(False, help="Score only the gold documents whose text was given; "
                                                "list the others.")) -> None:
    """Extract the articles and print P/R/F1 per SCHEMA field and the pooled facts F1 (and a table
    per language when the gold sets hold several)."""
    from kzcn.evaluate.run import evaluate_paths

    if not paths and predicted is None:
        raise typer.BadParameter("expected article PATHS or --predicted FILE, got neither")
    typer.echo(evaluate_paths(paths or [], gold, _settings(None), verbose=verbose, predicted=predicted,
                              only_present=only_present))


@app.command("list")
def list_rows(what: str = typer.Argument(..., help="|".join(LISTABLE)),
              region: Optional[str] = typer.Option(None, help="Kazakh unit, e.g. 'Aktobe Region'."),
              type_: Optional[str] = typer.Option(None, "--type", help="Event type."),
              lang: Optional[str] = typer.Option(None, help="Document language."),
              stage: Optional[str] = typer.Option(None, help="Project stage."),
              metric: Optional[str] = typer.Option(None, help="Figure metric."),
              limit: int = typer.Option(50, help="At most this many rows."),
              db: Optional[str] = typer.Option(None, help="Database URL.")) -> None:
    """List stored documents, events, projects, figures, entities or rejections."""
    from kzcn.cli_views import list_table

    if what not in LISTABLE:
        raise typer.BadParameter(f"expected one of {', '.join(LISTABLE)}, got {what!r}")
    if what == "projects":
        from kzcn.cli_merge import projects_table

        out.print(projects_table(_settings(db), region, stage, limit))
        return
    filters = {"kz_region": region, "type": type_, "lang": lang, "stage": stage, "metric": metric}
    out.print(list_table(_settings(db), what, filters, limit))


@app.command()
def show(what_or_id: str = typer.Argument(..., help="A document id (a unique prefix is enough), or 'project'/'event'."),
         record_id: Optional[str] = typer.Argument(None, help="With 'project'/'event': the merged record's id."),
         db: Optional[str] = typer.Option(None, help="Database URL.")) -> None:
    """Print a stored document with its marked spans and facts, or a merged project/event with its sources."""
    from kzcn.cli_views import show_document

    if what_or_id in ("project", "event") and record_id:
        from kzcn.cli_merge import show_record

        if not show_record(out, _settings(db), what_or_id, record_id):
            err.print(f"[red]no {what_or_id} with id starting {record_id!r}[/]")
            raise typer.Exit(1)
        return
    doc_id = what_or_id
    if not show_document(out, _settings(db), doc_id):
        err.print(f"[red]no single document with id starting {doc_id!r}[/]")
        raise typer.Exit(1)


@app.command()
def export(fmt: str = typer.Option("json", "--format", help="csv | json | parquet"),
           out_dir: Path = typer.Option(Path("export"), "--out", help="Folder for the files."),
           db: Optional[str] = typer.Option(None, help="Database URL.")) -> None:
    """Export documents, mentions, events, projects and figures, one file per table."""
    from kzcn.export.tables import export_tables

    for path in export_tables(_settings(db), fmt, out_dir):
        err.print(f"wrote {path}")


@app.command()
def rejections(db: Optional[str] = typer.Option(None, help="Database URL."),
               limit: int = typer.Option(100, help="At most this many rows.")) -> None:
    """List inputs that were refused, with the file/line and the reason."""
    from kzcn.cli_views import list_table

    out.print(list_table(_settings(db), "rejections", {}, limit))


@app.command()
def serve(host: Optional[str] = typer.Option(None, help="Listen address (default 127.0.0.1)."),
          port: Optional[int] = typer.Option(None, help="Port (default 8000)."),
          db: Optional[str] = typer.Option(None, help="Database URL.")) -> None:
    """Serve the API and dashboard."""
    import uvicorn

    from kzcn.api.app import create_app

    settings = _settings(db)
    uvicorn.run(create_app(settings), host=host or settings.host, port=port or settings.port)


from kzcn.cli_merge import register as _register_merge  # noqa: E402
from kzcn.cli_users import app as users_app  # noqa: E402

app.add_typer(users_app, name="users")
_register_merge(app)

from kzcn.cli_backup import register as _register_backup  # noqa: E402

_register_backup(app)  # export gains --all FILE (whole-store backup); adds import

from kzcn.cli_batch import batch  # noqa: E402

app.command("batch")(batch)

from kzcn.cli_sources import register as _register_sources  # noqa: E402

_register_sources(app)  # sources, watch, alerts (kzcn/monitor)


def main() -> None:
    """Entry point: expected failures print one line and exit with their code (README "Exit
    codes"); ``--debug`` anywhere on the line shows the traceback."""
    from kzcn.cli_errors import run

    sys.exit(run(app, sys.argv[1:]))


if __name__ == "__main__":
    main()
