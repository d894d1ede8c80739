"""Tables of the merge step (issue 6): one record per real-world thing.

Defined on the shared ``kzcn.store.tables.metadata`` so Alembic and the store see one schema.
Member tables map every fact id to the record it belongs to; the record rows hold the
reconciled values and are recomputed from their members whenever a member joins.
"""

from __future__ import annotations

from sqlalchemy import JSON, Boolean, Column, Float, ForeignKey, Integer, LargeBinary, String, Table, Text

from kzcn.store.tables import metadata


def _doc_ref(primary_key: bool = False) -> Column:
    return Column("doc_id", String(16), ForeignKey("documents.id", ondelete="CASCADE"),
                  nullable=False, primary_key=primary_key, index=not primary_key)


# MinHash signature of each document's shingles, kept so new articles are compared without
# re-reading old texts.
doc_signatures = Table(
    "doc_signatures", metadata,
    _doc_ref(primary_key=True),
    Column("lang", String(2)),
    Column("num_perm", Integer, nullable=False),
    Column("hashvalues", LargeBinary, nullable=False),
    Column("shingles", Integer, nullable=False),
)

# One row per near-duplicate copy: the copy, its canonical document and their estimated Jaccard.
doc_duplicates = Table(
    "doc_duplicates", metadata,
    _doc_ref(primary_key=True),
    Column("canonical_id", String(16), nullable=False, index=True),
    Column("similarity", Float),
)

event_clusters = Table(
    "event_clusters", metadata,
    Column("id", String(48), primary_key=True),
    Column("type", String(24), nullable=False, index=True),
    Column("kz_region", Text, index=True),
    Column("date", String(24), index=True),
    Column("place", Text),
    Column("instrument", String(32)),
    Column("cn_parties", JSON, nullable=False),
    Column("n_sources", Integer, nullable=False),
    Column("disagreements", JSON, nullable=False),  # field -> [{value, facts, docs}]
)

event_members = Table(
    "event_members", metadata,
    Column("fact_id", String(40), primary_key=True),
    Column("cluster_id", String(48), nullable=False, index=True),
    _doc_ref(),
)

project_records = Table(
    "project_records", metadata,
    Column("id", String(48), primary_key=True),
    Column("what", Text, nullable=False),
    Column("kz_region", Text, index=True),
    Column("partner", Text),
    Column("sector", String(32), index=True),
    Column("stage", String(24), index=True),  # most advanced stage reported
    Column("first_seen", String(24)),
    Column("last_seen", String(24)),
    Column("n_sources", Integer, nullable=False),
    Column("variants", JSON, nullable=False),  # field -> [{value, date, fact, doc}] when values differ
)

project_members = Table(
    "project_members", metadata,
    Column("fact_id", String(40), primary_key=True),
    Column("project_id", String(48), nullable=False, index=True),
    _doc_ref(),
    Column("date", String(24)),  # the report's date: the document's publication date
)

project_events = Table(
    "project_events", metadata,
    Column("project_id", String(48), primary_key=True),
    Column("event_id", String(48), primary_key=True),
    Column("fact_id", String(40)),  # the event fact that names the project's document
)

figure_groups = Table(
    "figure_groups", metadata,
    Column("id", String(48), primary_key=True),
    Column("metric", String(24), nullable=False, index=True),
    Column("subject", Text, nullable=False),
    Column("counterpart", Text),
    Column("period", String(24)),
    Column("n_sources", Integer, nullable=False),
    Column("n_values", Integer, nullable=False),
    Column("conflict", Boolean, nullable=False, index=True),
    Column("values", JSON, nullable=False),  # [{value, unit, value_usd, facts, docs}]
)

figure_members = Table(
    "figure_members", metadata,
    Column("fact_id", String(40), primary_key=True),
    Column("group_id", String(48), nullable=False, index=True),
    _doc_ref(),
)

# Every entity id seen, mapped to the one id its spelling variants share.
entity_aliases = Table(
    "entity_aliases", metadata,
    Column("alias_id", String(200), primary_key=True),
    Column("entity_id", String(200), nullable=False, index=True),
    Column("kind", String(16), nullable=False),
    Column("alias", Text, nullable=False),
    Column("key", Text, nullable=False, index=True),
    Column("method", String(8), nullable=False),  # self | key | fuzzy
    Column("score", Float),
)

MERGE_TABLES = (doc_signatures, doc_duplicates, event_clusters, event_members, project_records,
                project_members, project_events, figure_groups, figure_members, entity_aliases)
