"""One partition, start to finish, in whatever process runs it: read, clean, triage and extract
with the pipeline built once per process, write one Parquet file, optionally load the store."""

from __future__ import annotations

import json
import os
import resource
import time
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from kzcn.batch.partitions import Partition
from kzcn.batch.read import read_partition
from kzcn.model import Document, Rejection
from kzcn.pipeline.runner import Pipeline
from kzcn.settings import Settings

PARTS_DIR = "parts"
SCHEMA = pa.schema([
    ("id", pa.string()), ("source", pa.string()), ("url", pa.string()), ("title", pa.string()),
    ("published", pa.string()), ("lang", pa.string()), ("status", pa.string()),
    ("reason", pa.string()), ("where", pa.string()), ("record", pa.string()),
])
_PIPELINES: dict[str, Pipeline] = {}
#: Run once through a new pipeline so lazily loaded models (natasha, lingua, pymorphy2) load
#: before forking, not in every worker on its first Russian article.
WARM_UP = ("Аким области встретился с делегацией провинции Хэнань из Китая. Стороны подписали меморандум.",
           "Облыс әкімі Қытайдың Хэнань провинциясының делегациясымен кездесті. Тараптар меморандумға қол қойды.")
_STORES: dict[str, Any] = {}


def pipeline_for(settings: Settings, stages: str = "standard") -> Pipeline:
    """The pipeline named ``stages`` (``kzcn.triage.pipeline.STAGE_SETS``), built once per
    process so models load once."""
    key = stages + settings.model_dump_json()
    if key not in _PIPELINES:
        from kzcn.triage.pipeline import STAGE_SETS

        pipeline = Pipeline(STAGE_SETS[stages](settings))
        for text in WARM_UP:
            pipeline(Document(text=text, title=text))
        pipeline.seconds.clear()
        _PIPELINES[key] = pipeline
    return _PIPELINES[key]


def _store(url: str):
    if url not in _STORES:
        from kzcn.store import Store

        _STORES[url] = Store(url)  # the driver has migrated it
    return _STORES[url]


def _row(item: Document | Rejection) -> dict[str, Any]:
    if isinstance(item, Rejection):
        status = "triage" if item.kind == "triage" else "rejected"
        return {"status": status, "reason": item.reason, "where": item.where}
    from kzcn.export.record import to_record

    return {"id": item.id, "source": item.source, "url": item.meta_get("url"), "title": item.title,
            "published": item.published, "lang": item.lang, "status": "ok",
            "record": json.dumps(to_record(item), ensure_ascii=False)}


def process_partition(part: Partition, out_dir: str, settings: Settings,
                      store_url: str | None = None, stages: str = "standard") -> dict[str, Any]:
    """Run ``part`` and return its manifest entry (counts, stage seconds, peak memory)."""
    from kzcn.pipeline.process import process_raw

    started, cpu = time.perf_counter(), time.process_time()
    pipeline = pipeline_for(settings, stages)
    before = dict(pipeline.seconds)
    docs, rejected, rows = [], [], []
    for item in read_partition(part, settings.max_line_bytes):
        result = item if isinstance(item, Rejection) else process_raw(item, pipeline, settings)
        rows.append(_row(result))
        if isinstance(result, Document):
            docs.append(result)
        elif result.kind != "triage":
            rejected.append(result)
    parquet = _write_parquet(Path(out_dir), part.id, rows)
    stored = _load_store(store_url, docs, rejected) if store_url else 0
    return {"id": part.id, "fingerprint": part.fingerprint, "parquet": parquet,
            "articles": len(rows), "kept": len(docs), "rejected": len(rejected),
            "triage": len(rows) - len(docs) - len(rejected), "stored": stored,
            "seconds": {k: round(v - before.get(k, 0.0), 4) for k, v in pipeline.seconds.items()},
            "wall": round(time.perf_counter() - started, 4), "pid": os.getpid(),
            "cpu": round(time.process_time() - cpu, 4),
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)}


def _write_parquet(out_dir: Path, part_id: str, rows: list[dict[str, Any]]) -> str:
    """Write atomically (temporary name, then rename); returns the path relative to out_dir."""
    relative = f"{PARTS_DIR}/{part_id}.parquet"
    target = out_dir / relative
    target.parent.mkdir(parents=True, exist_ok=True)
    table = pa.Table.from_pylist(rows, schema=SCHEMA)
    temporary = target.with_suffix(f".tmp{os.getpid()}")
    pq.write_table(table, temporary, compression="zstd")
    os.replace(temporary, target)
    return relative


def _load_store(url: str, docs: list[Document], rejected: list[Rejection]) -> int:
    from kzcn.store.bulk import bulk_save, rows_for

    return bulk_save(_store(url), rows_for(docs), rejected)
