"""indexes for the dashboard's queries at volume (region/type/date filters, place and sector lookups)

Revision ID: 0004
Revises: 0001

The dashboard (kzcn/api/http/filters.py, lists.py) filters events by region or type and sorts by
date, projects by region and stage, figures by subject and metric, and tests documents for a
mention of a place (``mentions.canonical``) or a sector. Composite indexes let PostgreSQL answer
those from the index at 100k+ documents instead of scanning.
"""
from alembic import op

revision = "0004"
down_revision = "0001"
branch_labels = ("indexes",)
depends_on = None

INDEXES = (
    ("ix_events_region_date", "events", ["kz_region", "date"]),
    ("ix_events_type_date", "events", ["type", "date"]),
    ("ix_projects_region_stage", "projects", ["kz_region", "stage"]),
    ("ix_figures_subject_metric_period", "figures", ["subject", "metric", "period"]),
    ("ix_mentions_canonical_doc", "mentions", ["canonical", "doc_id"]),
    ("ix_mentions_doc_canonical", "mentions", ["doc_id", "canonical"]),
    ("ix_document_sectors_sector", "document_sectors", ["sector", "doc_id"]),
    ("ix_entities_kind_canonical", "entities", ["kind", "canonical"]),
    ("ix_documents_published_id", "documents", ["published", "id"]),
)


def upgrade() -> None:
    for name, table, columns in INDEXES:
        op.create_index(name, table, columns, unique=False)


def downgrade() -> None:
    for name, table, _columns in reversed(INDEXES):
        op.drop_index(name, table_name=table)
