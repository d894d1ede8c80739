"""document_units: the actors layer (which Kazakh units act in a document, with evidence)

Revision ID: 0005
Revises: 0002, 0003, 0004

The resolution stage (kzcn/extract/actors) records per document the units taking part, the
principal one, and the cues that showed each (a named unit, a district, an official, a known
office holder, the outlet). ``kzcn show`` and the article page read it from here.
"""
import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = ("0002", "0003", "0004")
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "document_units",
        sa.Column("doc_id", sa.String(16), sa.ForeignKey("documents.id", ondelete="CASCADE"),
                  primary_key=True),
        sa.Column("unit", sa.String(64), primary_key=True),
        sa.Column("weight", sa.Float, nullable=False),
        sa.Column("principal", sa.Boolean, nullable=False),
        sa.Column("cues", sa.Text, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("document_units")
