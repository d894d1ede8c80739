"""``kzcn batch``: the pipeline over JSONL/Parquet/folders in partitions (register with
``app.command("batch")(batch)`` in kzcn/cli.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

from kzcn.settings import Settings

err = Console(stderr=True)


def batch(inputs: list[str] = typer.Argument(..., help="JSONL or Parquet files, or folders of articles."),
          out: Path = typer.Option(..., "--out", help="Folder for parts/*.parquet and manifest.jsonl."),
          workers: int = typer.Option(1, help="Worker processes (or Dask workers with --dask local)."),
          dask: Optional[str] = typer.Option(None, help="Dask scheduler address, or 'local' for a LocalCluster."),
          store: Optional[str] = typer.Option(None, help="Also load the store at this database URL."),
          partition_size: int = typer.Option(250, help="Articles per partition."),
          stages: str = typer.Option("standard", help="standard (extract) | triage (only sort out articles about China)."),
          merge: bool = typer.Option(True, help="Run kzcn.merge over the store at the end.")) -> None:
    """Extract many articles in resumable partitions: finished partitions are not redone."""
    from kzcn.batch import BatchConfig, run_batch

    config = BatchConfig(inputs, out, workers, dask, store, partition_size, merge, stages=stages)
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                  TextColumn("{task.fields[articles]} articles"), TimeElapsedColumn(),
                  TimeRemainingColumn(), console=err, disable=not err.is_terminal) as progress:
        task = progress.add_task("partitions", total=None, articles=0)

        def on_plan(total: int, todo: int) -> None:
            progress.update(task, total=total, completed=total - todo)

        def on_result(entry: dict) -> None:
            # A failed partition's entry has no counts ({"partition", "failed"}): it is reported
            # after the run, not a reason to stop the others.
            done = progress.tasks[0].fields["articles"] + entry.get("articles", 0)
            progress.update(task, advance=1, articles=done)

        report = run_batch(config, Settings(), on_plan=on_plan, on_result=on_result)
    err.print(f"partitions run {report.partitions}, skipped (done before) {report.skipped}; "
              f"articles {report.articles}: kept {report.kept}, not about China {report.triage}, "
              f"rejected {report.rejected}, stored {report.stored}; peak memory {report.peak_rss_mb} MB/worker")
    if report.merge is not None:
        for line in report.merge.lines():
            err.print(f"merge {line}")
    for line in report.failed:
        err.print(f"[red]failed partition[/] {line}")
    if report.failed:
        err.print(f"{len(report.failed)} partitions failed; run the same command again to retry them "
                  "(the store is merged once every partition is loaded, or run kzcn merge)")
        raise typer.Exit(1)
