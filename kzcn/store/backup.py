"""Whole-store backup: every table of the schema as JSONL, in a folder or one ``.tar.gz``.

``export_all`` writes ``manifest.json`` (format, schema revisions, row counts) and one
``<table>.jsonl`` per table known to ``kzcn.store.tables.metadata`` at run time, including the
review and merge tables when their modules exist. ``import_all`` restores them in foreign-key
order in ONE transaction: a row whose primary key is already stored with the same content is
skipped (so importing twice is harmless); the same key with different content aborts the whole
import with a StoreError naming table and key, so nothing is silently overwritten or dropped.
"""

from __future__ import annotations

import base64
import importlib
import io
import json
import tarfile
import tempfile
from collections.abc import Iterator
from datetime import date, datetime, timezone
from pathlib import Path
from typing import IO, Any

from sqlalchemy import Date, DateTime, LargeBinary, Table, func, inspect, select, text, tuple_
from sqlalchemy.engine import Connection, Engine

from kzcn.errors import StoreError
from kzcn.store.tables import metadata

FORMAT = "kzcn-backup/1"
#: Modules that add tables to the shared metadata; imported when present so they are backed up.
SCHEMA_MODULES = ("kzcn.store.review", "kzcn.store.merge_tables")
#: Rows per INSERT batch (measured: 500 keeps SQLite's 32k-parameter limit far away).
BATCH = 500


def schema_tables() -> list[Table]:
    """Every table of the schema, parents before children."""
    for name in SCHEMA_MODULES:
        try:
            importlib.import_module(name)
        except ModuleNotFoundError:
            continue
    return list(metadata.sorted_tables)


def encode_row(table: Table, row: dict[str, Any]) -> dict[str, Any]:
    """A row as JSON-ready values: datetimes as ISO text, bytes as base64."""
    out = {}
    for column in table.columns:
        value = row.get(column.name)
        if isinstance(value, datetime) and value.tzinfo is None and getattr(column.type, "timezone", False):
            value = value.replace(tzinfo=timezone.utc)  # SQLite drops the zone; kzcn stores UTC
        if isinstance(value, (datetime, date)):
            value = value.isoformat()
        elif isinstance(value, (bytes, bytearray, memoryview)):
            value = base64.b64encode(bytes(value)).decode("ascii")
        out[column.name] = value
    return out


def decode_row(table: Table, row: dict[str, Any], where: str) -> dict[str, Any]:
    """The inverse of ``encode_row``; an unknown column is a StoreError naming ``where``."""
    unknown = set(row) - set(table.columns.keys())
    if unknown:
        raise StoreError(f"expected columns of {table.name}, got {sorted(unknown)} in {where}")
    out = {}
    for name, value in row.items():
        kind = table.columns[name].type
        if value is not None and isinstance(kind, DateTime):
            value = datetime.fromisoformat(value)
        elif value is not None and isinstance(kind, Date):
            value = date.fromisoformat(value)
        elif value is not None and isinstance(kind, LargeBinary):
            value = base64.b64decode(value)
        out[name] = value
    return out


def export_all(engine: Engine, target: Path) -> dict[str, Any]:
    """Write the whole store to ``target`` (a folder, or a ``.tar.gz``/``.tgz`` file);
    returns the manifest."""
    if target.name.endswith((".tar.gz", ".tgz")):
        with tempfile.TemporaryDirectory() as tmp:
            manifest = _export_folder(engine, Path(tmp))
            target.parent.mkdir(parents=True, exist_ok=True)
            with tarfile.open(target, "w:gz") as archive:
                for path in sorted(Path(tmp).iterdir()):
                    archive.add(path, arcname=path.name)
        return manifest
    return _export_folder(engine, target)


def _export_folder(engine: Engine, folder: Path) -> dict[str, Any]:
    folder.mkdir(parents=True, exist_ok=True)
    present = set(inspect(engine).get_table_names())
    counts: dict[str, int] = {}
    with engine.connect() as conn:
        for table in schema_tables():
            if table.name not in present:
                continue
            with (folder / f"{table.name}.jsonl").open("w", encoding="utf-8") as sink:
                counts[table.name] = _write_table(conn, table, sink)
        revisions = _revisions(conn, present)
    manifest = {"format": FORMAT, "created_at": datetime.now(timezone.utc).isoformat(),
                "revisions": revisions, "tables": counts}
    (folder / "manifest.json").write_text(json.dumps(manifest, indent=1), encoding="utf-8")
    return manifest


def _write_table(conn: Connection, table: Table, sink: IO[str]) -> int:
    query = select(table).order_by(*table.primary_key.columns)
    count = 0
    for row in conn.execution_options(yield_per=BATCH).execute(query):
        sink.write(json.dumps(encode_row(table, dict(row._mapping)), ensure_ascii=False) + "\n")
        count += 1
    return count


def _revisions(conn: Connection, present: set[str]) -> list[str]:
    if "alembic_version" not in present:
        return []
    return sorted(conn.execute(text("SELECT version_num FROM alembic_version")).scalars())


def import_all(engine: Engine, source: Path) -> dict[str, int]:
    """Restore a backup made by ``export_all`` into the (migrated) store at ``engine``, in one
    transaction; returns the rows inserted per table (0 for rows already present)."""
    with _opened(source) as members:
        manifest = json.loads(members("manifest.json").read())
        if manifest.get("format") != FORMAT:
            raise StoreError(f"expected a {FORMAT} backup, got {manifest.get('format')!r} in {source}")
        tables = {t.name: t for t in schema_tables()}
        unknown = set(manifest["tables"]) - set(tables)
        if unknown:
            raise StoreError(f"expected tables of this kzcn version, got {sorted(unknown)} in {source}")
        inserted: dict[str, int] = {}
        with engine.begin() as conn:
            for table in schema_tables():
                if table.name in manifest["tables"]:
                    stream = members(f"{table.name}.jsonl")
                    inserted[table.name] = _import_table(conn, table, stream, f"{source}:{table.name}")
            _advance_sequences(conn, [tables[n] for n in inserted if inserted[n]])
    return inserted


class _opened:
    """Context manager giving ``members(name) -> text stream`` over a folder or a tarball."""

    def __init__(self, source: Path) -> None:
        self.source, self.archive = source, None

    def __enter__(self):
        if self.source.is_dir():
            return lambda name: (self.source / name).open("r", encoding="utf-8")
        self.archive = tarfile.open(self.source, "r:gz")

        def member(name: str) -> IO[str]:
            handle = self.archive.extractfile(self.archive.getmember(name))
            if handle is None:
                raise StoreError(f"expected a file {name} in {self.source}")
            return io.TextIOWrapper(handle, encoding="utf-8")

        return member

    def __exit__(self, *exc) -> None:
        if self.archive is not None:
            self.archive.close()


def _import_table(conn: Connection, table: Table, stream: IO[str], where: str) -> int:
    inserted = 0
    for batch in _batches(stream, table, where):
        fresh = _without_stored(conn, table, batch, where)
        if fresh:
            conn.execute(table.insert(), fresh)
            inserted += len(fresh)
    return inserted


def _batches(stream: IO[str], table: Table, where: str) -> Iterator[list[dict[str, Any]]]:
    batch: list[dict[str, Any]] = []
    with stream:
        for number, line in enumerate(stream, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except ValueError as err:
                raise StoreError(f"expected a JSON row, got {err} in {where}:{number}") from err
            batch.append(decode_row(table, record, f"{where}:{number}"))
            if len(batch) >= BATCH:
                yield batch
                batch = []
    if batch:
        yield batch


def _without_stored(conn: Connection, table: Table, batch: list[dict], where: str) -> list[dict]:
    """The rows of ``batch`` not yet stored; a stored key with other content is an error."""
    keys = list(table.primary_key.columns)
    key_of = lambda row: tuple(row.get(c.name) for c in keys)  # noqa: E731
    condition = keys[0].in_([k[0] for k in map(key_of, batch)]) if len(keys) == 1 else \
        tuple_(*keys).in_([key_of(row) for row in batch])
    stored = {key_of(dict(r._mapping)): encode_row(table, dict(r._mapping))
              for r in conn.execute(select(table).where(condition))}
    fresh = []
    for row in batch:
        existing = stored.get(key_of(row))
        if existing is None:
            fresh.append(row)
        elif existing != encode_row(table, row):
            raise StoreError(f"expected stored row {key_of(row)} of {table.name} to match the backup, "
                             f"got different content in {where}")
    return fresh


def _advance_sequences(conn: Connection, tables: list[Table]) -> None:
    """PostgreSQL serial sequences do not move on explicit ids: set them past the imported ones."""
    if conn.dialect.name != "postgresql":
        return
    for table in tables:
        keys = list(table.primary_key.columns)
        if len(keys) == 1 and keys[0].autoincrement is not False and keys[0].type.python_type is int:
            highest = conn.execute(select(func.max(keys[0]))).scalar()
            sequence = conn.execute(select(func.pg_get_serial_sequence(table.name, keys[0].name))).scalar()
            if sequence and highest is not None:
                conn.execute(select(func.setval(sequence, highest)))
