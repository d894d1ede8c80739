"""merge tables: signatures, duplicates, event clusters, project records, figure groups, aliases

Revision ID: 0003
Revises: 0001
"""
from alembic import op
import sqlalchemy as sa

revision = "0003"
down_revision = "0001"
branch_labels = ("merge",)
depends_on = None


def _index(table: str, *columns: str) -> None:
    op.create_index(f"ix_{table}_{columns[0]}", table, list(columns))


def upgrade() -> None:
    op.create_table(
        "doc_signatures", sa.Column("doc_id", sa.String(16), primary_key=True),
        sa.Column("lang", sa.String(2)), sa.Column("num_perm", sa.Integer, nullable=False),
        sa.Column("hashvalues", sa.LargeBinary, nullable=False),
        sa.Column("shingles", sa.Integer, nullable=False),
        sa.ForeignKeyConstraint(["doc_id"], ["documents.id"], ondelete="CASCADE",
                                name="fk_doc_signatures_doc_id_documents"))
    op.create_table(
        "doc_duplicates", sa.Column("doc_id", sa.String(16), primary_key=True),
        sa.Column("canonical_id", sa.String(16), nullable=False), sa.Column("similarity", sa.Float),
        sa.ForeignKeyConstraint(["doc_id"], ["documents.id"], ondelete="CASCADE",
                                name="fk_doc_duplicates_doc_id_documents"))
    _index("doc_duplicates", "canonical_id")
    op.create_table(
        "event_clusters", sa.Column("id", sa.String(48), primary_key=True),
        sa.Column("type", sa.String(24), nullable=False), sa.Column("kz_region", sa.Text),
        sa.Column("date", sa.String(24)), sa.Column("place", sa.Text),
        sa.Column("instrument", sa.String(32)), sa.Column("cn_parties", sa.JSON, nullable=False),
        sa.Column("n_sources", sa.Integer, nullable=False),
        sa.Column("disagreements", sa.JSON, nullable=False))
    for column in ("type", "kz_region", "date"):
        _index("event_clusters", column)
    _members("event_members", "cluster_id")
    op.create_table(
        "project_records", sa.Column("id", sa.String(48), primary_key=True),
        sa.Column("what", sa.Text, nullable=False), sa.Column("kz_region", sa.Text),
        sa.Column("partner", sa.Text), sa.Column("sector", sa.String(32)),
        sa.Column("stage", sa.String(24)), sa.Column("first_seen", sa.String(24)),
        sa.Column("last_seen", sa.String(24)), sa.Column("n_sources", sa.Integer, nullable=False),
        sa.Column("variants", sa.JSON, nullable=False))
    for column in ("kz_region", "sector", "stage"):
        _index("project_records", column)
    _members("project_members", "project_id", sa.Column("date", sa.String(24)))
    op.create_table(
        "project_events", sa.Column("project_id", sa.String(48), primary_key=True),
        sa.Column("event_id", sa.String(48), primary_key=True), sa.Column("fact_id", sa.String(40)))
    op.create_table(
        "figure_groups", sa.Column("id", sa.String(48), primary_key=True),
        sa.Column("metric", sa.String(24), nullable=False), sa.Column("subject", sa.Text, nullable=False),
        sa.Column("counterpart", sa.Text), sa.Column("period", sa.String(24)),
        sa.Column("n_sources", sa.Integer, nullable=False), sa.Column("n_values", sa.Integer, nullable=False),
        sa.Column("conflict", sa.Boolean, nullable=False), sa.Column("values", sa.JSON, nullable=False))
    _index("figure_groups", "metric")
    _index("figure_groups", "conflict")
    _members("figure_members", "group_id")
    op.create_table(
        "entity_aliases", sa.Column("alias_id", sa.String(200), primary_key=True),
        sa.Column("entity_id", sa.String(200), nullable=False), sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("alias", sa.Text, nullable=False), sa.Column("key", sa.Text, nullable=False),
        sa.Column("method", sa.String(8), nullable=False), sa.Column("score", sa.Float))
    _index("entity_aliases", "entity_id")
    _index("entity_aliases", "key")


def _members(table: str, group: str, *extra: sa.Column) -> None:
    op.create_table(
        table, sa.Column("fact_id", sa.String(40), primary_key=True),
        sa.Column(group, sa.String(48), nullable=False),
        sa.Column("doc_id", sa.String(16), nullable=False), *extra,
        sa.ForeignKeyConstraint(["doc_id"], ["documents.id"], ondelete="CASCADE",
                                name=f"fk_{table}_doc_id_documents"))
    _index(table, group)
    _index(table, "doc_id")


def downgrade() -> None:
    for table in ("entity_aliases", "figure_members", "figure_groups", "project_events",
                  "project_members", "project_records", "event_members", "event_clusters",
                  "doc_duplicates", "doc_signatures"):
        op.drop_table(table)
