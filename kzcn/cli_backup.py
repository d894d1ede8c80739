"""``kzcn export`` (tables as csv/json/parquet, or ``--all FILE``: the whole store as a backup)
and ``kzcn import FILE`` (restore a backup; idempotent and transactional)."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer
from rich.console import Console

from kzcn.settings import Settings

err = Console(stderr=True)


def _settings(db: Optional[str]) -> Settings:
    settings = Settings()
    return settings.model_copy(update={"database_url": db}) if db else settings


def export(fmt: str = typer.Option("json", "--format", help="csv | json | parquet"),
           out_dir: Path = typer.Option(Path("export"), "--out", help="Folder for the files."),
           all_to: Optional[Path] = typer.Option(
               None, "--all", help="Back up the WHOLE store (every table, reviews included) to "
                                   "FILE.tar.gz or a folder; --format/--out are then ignored."),
           db: Optional[str] = typer.Option(None, help="Database URL.")) -> None:
    """Export documents and facts one file per table, or with --all the whole store as a backup."""
    if all_to is not None:
        from kzcn.store import Store
        from kzcn.store.backup import export_all

        store = Store(_settings(db).database_url).migrate()
        manifest = export_all(store.engine, all_to)
        rows = sum(manifest["tables"].values())
        err.print(f"wrote {len(manifest['tables'])} tables, {rows} rows -> {all_to}")
        return
    from kzcn.export.tables import export_tables

    for path in export_tables(_settings(db), fmt, out_dir):
        err.print(f"wrote {path}")


def import_store(source: Path = typer.Argument(..., exists=True, help="A backup made by export --all."),
                 db: Optional[str] = typer.Option(None, help="Database URL.")) -> None:
    """Restore a backup into the store (rows already present are skipped; all or nothing)."""
    from kzcn.errors import StoreError
    from kzcn.store import Store
    from kzcn.store.backup import import_all

    store = Store(_settings(db).database_url).migrate()
    try:
        inserted = import_all(store.engine, source)
    except StoreError as error:
        err.print(f"[red]import refused, nothing written:[/] {error}")
        raise typer.Exit(1) from error
    err.print(f"imported {sum(inserted.values())} new rows into {len(inserted)} tables from {source}")


def register(app: typer.Typer) -> None:
    """Add ``export`` (replacing a plain one) and ``import`` to ``app``."""
    app.registered_commands[:] = [c for c in app.registered_commands
                                  if (c.name or getattr(c.callback, "__name__", "")) != "export"]
    app.command("export")(export)
    app.command("import")(import_store)
