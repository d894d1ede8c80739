"""Export stored tables as CSV, JSON or Parquet files, one per table."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from sqlalchemy import select

from kzcn.errors import ConfigError
from kzcn.settings import Settings

TABLES = ("documents", "mentions", "entities", "events", "projects", "figures", "evidence", "rejections")
FORMATS = ("csv", "json", "parquet")


def _rows(engine, name: str) -> list[dict]:
    from kzcn.store.tables import metadata

    with engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(select(metadata.tables[name]))]


def _plain(value):
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def export_tables(settings: Settings, fmt: str, out_dir: Path) -> list[Path]:
    """Write every table to ``out_dir`` in ``fmt``; returns the written paths."""
    from kzcn.store import Store

    if fmt not in FORMATS:
        raise ConfigError(f"expected a format in {FORMATS}, got {fmt!r}")
    store = Store(settings.database_url).migrate()
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for name in TABLES:
        rows = [{k: _plain(v) for k, v in row.items()} for row in _rows(store.engine, name)]
        path = out_dir / f"{name}.{fmt}"
        WRITERS[fmt](path, rows)
        written.append(path)
    for kind in RECORD_KINDS:
        path = out_dir / f"{kind}_records.{fmt}"
        WRITERS[fmt](path, merged_rows(store.engine, kind), record_columns(kind))
        written.append(path)
    return written


#: The merged records (one event cluster, project, figure group) as the dashboard's tables show
#: them: plain columns, lists joined, each record's article URLs and pages.
RECORD_KINDS = ("events", "projects", "figures")


def record_columns(kind: str) -> tuple[str, ...]:
    """The plain columns of a merged-record table, in order."""
    from kzcn.api.routes.tables import COLUMNS

    return COLUMNS[kind]


def merged_rows(engine, kind: str) -> list[dict]:
    """Every merged record of ``kind`` as a plain row (``kzcn/api/routes/tables.py``'s columns)."""
    from kzcn.api.http.filters import Filters
    from kzcn.api.routes.tables import table

    rows, _, _ = table(engine, kind, Filters(), None, 10**9, 0, {})
    return rows


def _write_csv(path: Path, rows: list[dict], columns: tuple[str, ...] | None = None) -> None:
    with path.open("w", newline="", encoding="utf-8") as handle:
        if rows or columns:
            writer = csv.DictWriter(handle, fieldnames=list(columns or rows[0]), extrasaction="ignore")
            writer.writeheader()
            writer.writerows(rows)


def _write_json(path: Path, rows: list[dict], columns: tuple[str, ...] | None = None) -> None:
    if columns:
        rows = [{c: row.get(c) for c in columns} for row in rows]
    path.write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")


def _write_parquet(path: Path, rows: list[dict], columns: tuple[str, ...] | None = None) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    if columns:
        rows = [{c: row.get(c) for c in columns} for row in rows]
    pq.write_table(pa.Table.from_pylist(rows), path)


WRITERS = {"csv": _write_csv, "json": _write_json, "parquet": _write_parquet}
