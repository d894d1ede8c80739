"""monitor: sources, their health, the links found on them, alert subscriptions and deliveries

Revision ID: 0006_monitor
Revises: 0005

``kzcn sources``/``kzcn watch`` (kzcn/monitor) follow feeds, sitemaps and listing pages. A source's
health row keeps its conditional-GET validators (ETag, Last-Modified) and back-off; every article
link found is queued in ``source_items`` before it is fetched, so a run killed half-way resumes
where it stopped. ``kzcn alerts`` keeps webhook subscriptions and one delivery row per fact sent.
"""
import sqlalchemy as sa
from alembic import op

revision = "0006_monitor"
down_revision = "0005"
branch_labels = None
depends_on = None

TZ = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "sources",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(8), nullable=False),
        sa.Column("name", sa.Text()),
        sa.Column("region", sa.String(64)),
        sa.Column("lang", sa.String(2)),
        sa.Column("links", sa.Text()),
        sa.Column("status", sa.String(12), nullable=False),
        sa.Column("origin", sa.Text(), nullable=False),
        sa.Column("added_at", TZ, nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sources")),
        sa.UniqueConstraint("url", name=op.f("uq_sources_url")),
    )
    op.create_table(
        "source_health",
        sa.Column("source_id", sa.Integer(), nullable=False),
        sa.Column("etag", sa.Text()),
        sa.Column("last_modified", sa.Text()),
        sa.Column("last_polled_at", TZ),
        sa.Column("next_due_at", TZ),
        sa.Column("last_success_at", TZ),
        sa.Column("last_error_at", TZ),
        sa.Column("last_error", sa.Text()),
        sa.Column("last_status", sa.Integer()),
        sa.Column("errors_in_row", sa.Integer(), nullable=False),
        sa.Column("found", sa.Integer(), nullable=False),
        sa.Column("new", sa.Integer(), nullable=False),
        sa.Column("stored_total", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["source_id"], ["sources.id"], ondelete="CASCADE",
                                name=op.f("fk_source_health_source_id_sources")),
        sa.PrimaryKeyConstraint("source_id", name=op.f("pk_source_health")),
    )
    op.create_index(op.f("ix_source_health_next_due_at"), "source_health", ["next_due_at"])
    op.create_table(
        "source_items",
        sa.Column("source_id", sa.Integer(), nullable=False),
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column("title", sa.Text()),
        sa.Column("published", sa.String(10)),
        sa.Column("body", sa.Text()),
        sa.Column("state", sa.String(12), nullable=False),
        sa.Column("doc_id", sa.String(16)),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("error", sa.Text()),
        sa.Column("seen_at", TZ, nullable=False),
        sa.Column("done_at", TZ),
        sa.ForeignKeyConstraint(["source_id"], ["sources.id"], ondelete="CASCADE",
                                name=op.f("fk_source_items_source_id_sources")),
        sa.PrimaryKeyConstraint("source_id", "url", name=op.f("pk_source_items")),
    )
    op.create_index(op.f("ix_source_items_state"), "source_items", ["state"])
    op.create_index("ix_source_items_url", "source_items", ["url"])
    op.create_table(
        "alert_subscriptions",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("filter", sa.Text(), nullable=False),
        sa.Column("webhook", sa.Text(), nullable=False),
        sa.Column("secret", sa.Text(), nullable=False),
        sa.Column("since", TZ, nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", TZ, nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_alert_subscriptions")),
    )
    op.create_table(
        "alert_deliveries",
        sa.Column("subscription_id", sa.Integer(), nullable=False),
        sa.Column("fact_kind", sa.String(16), nullable=False),
        sa.Column("fact_id", sa.String(40), nullable=False),
        sa.Column("doc_id", sa.String(16), nullable=False),
        sa.Column("state", sa.String(8), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", TZ),
        sa.Column("last_error", sa.Text()),
        sa.Column("created_at", TZ, nullable=False),
        sa.Column("sent_at", TZ),
        sa.ForeignKeyConstraint(["subscription_id"], ["alert_subscriptions.id"], ondelete="CASCADE",
                                name=op.f("fk_alert_deliveries_subscription_id_alert_subscriptions")),
        sa.PrimaryKeyConstraint("subscription_id", "fact_kind", "fact_id", name=op.f("pk_alert_deliveries")),
    )
    op.create_index(op.f("ix_alert_deliveries_state"), "alert_deliveries", ["state"])


def downgrade() -> None:
    op.drop_table("alert_deliveries")
    op.drop_table("alert_subscriptions")
    op.drop_table("source_items")
    op.drop_table("source_health")
    op.drop_table("sources")
