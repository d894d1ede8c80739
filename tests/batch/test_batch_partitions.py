"""Partitions: JSONL byte ranges, Parquet row ranges and file groups cover every article once,
with the right line numbers, and are named the same on every run."""

from __future__ import annotations

import json

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from benchmarks.synth import generate
from kzcn.batch.partitions import plan
from kzcn.batch.read import read_partition
from kzcn.model import Rejection

RECORDS = {
    "kk": {"title": "Облыс әкімі Қытай делегациясымен кездесті", "text": "Тараптар меморандумға қол қойды."},
    "ru": {"title": "Аким встретился с делегацией КНР", "text": "Стороны подписали меморандум."},
}


@pytest.mark.parametrize("n, size, parts", [(10, 3, 4), (9, 3, 3), (1, 250, 1)])
def test_partitions_jsonl_cover_every_line_once(tmp_path, n, size, parts):
    path = tmp_path / "a.jsonl"
    lines = [json.dumps({**RECORDS["kk" if i % 2 else "ru"], "url": f"u{i}"}, ensure_ascii=False) for i in range(n)]
    path.write_text("\n".join(lines) + "\n", "utf-8")
    planned = plan([str(path)], size)
    assert len(planned) == parts and planned == plan([str(path)], size)
    read = [a for p in planned for a in read_partition(p)]
    assert [a.source for a in read] == [f"u{i}" for i in range(n)]
    assert read[-1].where == f"{path}:{n}"


def test_partitions_jsonl_bad_line_is_a_rejection_with_its_line(tmp_path):
    path = tmp_path / "b.jsonl"
    path.write_text(json.dumps(RECORDS["ru"], ensure_ascii=False) + "\n{oops\n\n" + json.dumps(RECORDS["kk"], ensure_ascii=False) + "\n", "utf-8")
    items = [a for p in plan([str(path)], 2) for a in read_partition(p)]
    assert [isinstance(i, Rejection) for i in items] == [False, True, False]
    assert items[1].where.endswith(":2")


def test_partitions_parquet_rows(tmp_path):
    path = tmp_path / "c.parquet"
    records = list(generate(25, 0.5, seed=1))
    pq.write_table(pa.Table.from_pylist(records), path, row_group_size=7)
    planned = plan([str(tmp_path)], 10)
    assert [(p.start, p.stop) for p in planned] == [(0, 10), (10, 20), (20, 25)]
    assert [a.source for p in planned for a in read_partition(p)] == [r["url"] for r in records]


def test_partitions_folder_groups_files(tmp_path):
    for i in range(5):
        (tmp_path / f"{i}.txt").write_text(RECORDS["kk"]["text"], "utf-8")
    planned = plan([str(tmp_path)], 2)
    assert [len(p.files) for p in planned] == [2, 2, 1]
    assert len([a for p in planned for a in read_partition(p)]) == 5


def test_batch_failing_partition_is_reported_not_recorded_and_others_finish(tmp_path):
    """A partition that raised (e.g. a database conflict) used to stop the whole batch from
    recording anything after it; now it is reported, left out of the manifest, and retried."""
    from kzcn.batch.executors import run_serial
    from kzcn.batch.partitions import Partition

    parts = [Partition("000-000000", "jsonl"), Partition("000-000001", "jsonl")]

    def task(part):
        if part.id.endswith("0"):
            raise RuntimeError("duplicate key")
        return {"partition": part.id}

    entries = list(run_serial(parts, task))
    assert entries[0]["failed"].startswith("RuntimeError") and entries[1] == {"partition": "000-000001"}
