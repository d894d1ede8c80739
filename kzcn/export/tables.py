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
    return written


def _write_csv(path: Path, rows: list[dict]) -> None:
    with path.open("w", newline="", encoding="utf-8") as handle:
        if rows:
            writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
            writer.writeheader()
            writer.writerows(rows)


def _write_json(path: Path, rows: list[dict]) -> None:
    path.write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")


def _write_parquet(path: Path, rows: list[dict]) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    pq.write_table(pa.Table.from_pylist(rows), path)


WRITERS = {"csv": _write_csv, "json": _write_json, "parquet": _write_parquet}
