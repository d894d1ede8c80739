"""review (users, corrections) and full-text search over articles

Revision ID: 0002
Revises: 0001
"""
from alembic import op
import sqlalchemy as sa

from kzcn.store import search

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "users",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("token_sha256", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_users")),
        sa.UniqueConstraint("name", name=op.f("uq_users_name")),
        sa.UniqueConstraint("token_sha256", name=op.f("uq_users_token_sha256")),
    )
    op.create_table(
        "corrections",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("fact_kind", sa.String(length=16), nullable=False),
        sa.Column("doc_id", sa.String(length=16), nullable=False),
        sa.Column("fingerprint", sa.String(length=64), nullable=False),
        sa.Column("fact_id", sa.String(length=40), nullable=False),
        sa.Column("action", sa.String(length=16), nullable=False),
        sa.Column("fields", sa.JSON(), nullable=False),
        sa.Column("original", sa.JSON(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("reviewer", sa.String(length=80), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_corrections")),
    )
    op.create_index(op.f("ix_corrections_doc_id"), "corrections", ["doc_id"], unique=False)
    op.create_index("ix_corrections_fact", "corrections", ["fact_kind", "doc_id", "fingerprint"], unique=False)
    ddl = search.SQLITE_DDL if op.get_bind().dialect.name == "sqlite" else search.PG_DDL
    for statement in ddl:
        op.execute(statement)


def downgrade() -> None:
    drop = search.SQLITE_DROP if op.get_bind().dialect.name == "sqlite" else search.PG_DROP
    for statement in drop:
        op.execute(statement)
    op.drop_index("ix_corrections_fact", table_name="corrections")
    op.drop_index(op.f("ix_corrections_doc_id"), table_name="corrections")
    op.drop_table("corrections")
    op.drop_table("users")
