"""``kzcn batch`` on the command line: Parquet and manifest written, a re-run skips all."""

from __future__ import annotations

import typer
from typer.testing import CliRunner

from benchmarks.synth import write_jsonl
from kzcn.cli_batch import batch

app = typer.Typer()
app.command("batch")(batch)
app.command("noop")(lambda: None)  # two commands: Typer keeps "batch" as a sub-command


def test_batch_cli_runs_then_skips_finished_partitions(tmp_path):
    corpus = write_jsonl(tmp_path / "news.jsonl", 30, 0.5, seed=3)
    args = ["batch", str(corpus), "--out", str(tmp_path / "out"), "--partition-size", "10",
            "--stages", "triage", "--workers", "1"]
    first = CliRunner().invoke(app, args)
    assert first.exit_code == 0, first.output
    assert "partitions run 3, skipped (done before) 0; articles 30" in first.output
    assert len(list((tmp_path / "out" / "parts").glob("*.parquet"))) == 3
    second = CliRunner().invoke(app, args)
    assert "partitions run 0, skipped (done before) 3" in second.output
