"""``run_batch``: partitions -> Parquet + manifest, resumable, in process, on 2 processes and on
an in-process Dask LocalCluster; the same counts every way."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from benchmarks.synth import write_jsonl
from kzcn.batch import BatchConfig, run_batch
from kzcn.batch.manifest import manifest_path

N, SHARE, SIZE = 60, 0.3, 20


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    return write_jsonl(tmp_path_factory.mktemp("corpus") / "news.jsonl", N, SHARE, seed=7)


def _about_china(corpus: Path) -> int:
    return sum(json.loads(line)["about_china"] for line in corpus.read_text("utf-8").splitlines())


def _parts(out: Path) -> list[dict]:
    rows = []
    for path in sorted((out / "parts").glob("*.parquet")):
        rows += pq.read_table(path).to_pylist()
    return rows


@pytest.mark.parametrize("how", [{"workers": 1}, {"workers": 2}, {"dask": "local", "workers": 2}])
def test_batch_run_same_counts_every_way(corpus, tmp_path, how):
    config = BatchConfig([str(corpus)], tmp_path / "out", partition_size=SIZE, stages="triage",
                         dask_in_process=True, **how)
    report = run_batch(config)
    rows = _parts(tmp_path / "out")
    assert report.partitions == N // SIZE and report.articles == N == len(rows)
    assert report.kept == _about_china(corpus) == sum(r["status"] == "ok" for r in rows)
    assert {r["reason"] for r in rows if r["status"] == "triage"} == {"not about China"}


def test_batch_run_resumes_after_a_crash(corpus, tmp_path):
    out = tmp_path / "out"
    config = BatchConfig([str(corpus)], out, partition_size=SIZE, stages="triage")
    assert run_batch(config).partitions == 3
    lines = manifest_path(out).read_text("utf-8").splitlines()
    # a crash while recording the last partition: its line is torn
    manifest_path(out).write_text("\n".join(lines[:-1]) + "\n" + lines[-1][:15], "utf-8")
    again = run_batch(config)
    assert (again.partitions, again.skipped, again.articles) == (1, 2, SIZE)
    assert run_batch(config).partitions == 0


def test_batch_run_redoes_a_partition_whose_parquet_is_gone(corpus, tmp_path):
    out = tmp_path / "out"
    config = BatchConfig([str(corpus)], out, partition_size=SIZE, stages="triage")
    run_batch(config)
    next((out / "parts").glob("*.parquet")).unlink()
    assert run_batch(config).partitions == 1


def test_batch_run_loads_the_store_once(corpus, tmp_path):
    from kzcn.store import Store

    url = f"sqlite:///{tmp_path / 'kzcn.sqlite'}"
    config = BatchConfig([str(corpus)], tmp_path / "out", partition_size=SIZE, stages="triage",
                         store_url=url, merge=False)
    report = run_batch(config)
    assert report.stored == report.kept == Store(url).count("documents")
    (tmp_path / "out" / "manifest.jsonl").unlink()  # everything redone: nothing stored twice
    assert run_batch(config).stored == 0 and Store(url).count("documents") == report.kept


def test_batch_run_full_pipeline_writes_records(tmp_path):
    """The standard pipeline over the sample corpus folder: facts land in the Parquet records."""
    from tests.conftest import CORPUS

    report = run_batch(BatchConfig([str(CORPUS)], tmp_path / "out", partition_size=50))
    rows = [r for r in _parts(tmp_path / "out") if r["status"] == "ok"]
    assert report.kept == len(rows) >= 35
    assert sum(len(json.loads(r["record"])["events"]) for r in rows) >= 30
