"""The monitor's tables in kzcn/store/tables.py match migration 0006_monitor."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from kzcn.store import tables as t

MONITOR_TABLES = {"sources", "source_health", "source_items", "alert_subscriptions", "alert_deliveries"}


def test_monitor_migration_matches_tables(store):
    with store.engine.connect() as conn:
        diffs = compare_metadata(MigrationContext.configure(conn), t.metadata)
    ours = [d for d in diffs if _table_of(d) in MONITOR_TABLES]
    assert ours == []


def _table_of(diff) -> str | None:
    item = diff[0] if isinstance(diff, list) else diff
    for part in item[1:]:
        name = getattr(part, "name", None) if not isinstance(part, str) else None
        table = getattr(part, "table", None)
        if table is not None:
            return table.name
        if name in MONITOR_TABLES:
            return name
    return item[2] if len(item) > 2 and isinstance(item[2], str) else None
