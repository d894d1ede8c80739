"""Store loading rate: processed relevant articles bulk-loaded (COPY on PostgreSQL,
executemany on SQLite) against one-transaction-per-document ``Store.save_document``."""

from __future__ import annotations

import tempfile
import uuid
import warnings
from pathlib import Path

from sqlalchemy import text

from benchmarks.synth import generate
from benchmarks.timing import Clock
from kzcn.clean import make_document
from kzcn.ingest.records import record_to_article
from kzcn.pipeline.runner import Pipeline
from kzcn.store import Store
from kzcn.store.bulk import bulk_save, rows_for

POSTGRES = "postgresql+psycopg://postgres@127.0.0.1:5432/test"


def processed_docs(n: int, seed: int = 3) -> list:
    warnings.simplefilter("ignore")
    from kzcn.triage import triaged_stages

    pipeline = Pipeline(triaged_stages())
    raws = [record_to_article(r, "s.jsonl", f"s.jsonl:{i}") for i, r in enumerate(generate(n, 1.0, seed))]
    return [pipeline(make_document(raw)) for raw in raws]


def _rate(store: Store, docs: list, bulk: bool, chunk: int = 250) -> float:
    with Clock() as clock:
        if bulk:
            for i in range(0, len(docs), chunk):
                bulk_save(store, rows_for(docs[i:i + chunk]))
        else:
            for doc in docs:
                store.save_document(doc)
    return round(len(docs) / clock.wall, 1)


def _postgres_schema() -> tuple[Store, str] | None:
    try:
        admin = Store(POSTGRES)
        schema = "bench_" + uuid.uuid4().hex[:8]
        with admin.engine.begin() as conn:
            conn.execute(text(f"CREATE SCHEMA {schema}"))
        return admin, schema
    except Exception:  # noqa: BLE001 - no server: the row says so
        return None


def measure_store(n: int) -> dict:
    """Documents per second into SQLite and PostgreSQL, bulk and one by one."""
    docs = processed_docs(n)
    out: dict = {"articles": n, "rows_per_article": _rows_per_doc(docs)}
    with tempfile.TemporaryDirectory() as folder:
        for mode in ("bulk", "single"):
            store = Store(f"sqlite:///{Path(folder) / (mode + '.sqlite')}").migrate()
            out[f"sqlite_{mode}_per_s"] = _rate(store, docs, mode == "bulk")
    for mode in ("bulk", "single"):
        admin_schema = _postgres_schema()
        if admin_schema is None:
            out["postgres"] = "not reachable"
            break
        admin, schema = admin_schema
        try:
            store = Store(f"{POSTGRES}?options=-csearch_path%3D{schema}").migrate()
            out[f"postgres_{mode}_per_s"] = _rate(store, docs, mode == "bulk")
            store.engine.dispose()
        finally:
            with admin.engine.begin() as conn:
                conn.execute(text(f"DROP SCHEMA {schema} CASCADE"))
    return out


def _rows_per_doc(docs: list) -> float:
    rows = rows_for(docs)
    return round(sum(len(v) for r in rows for v in r.values()) / max(1, len(rows)), 1)
