"""SQLAlchemy Core schema. Every fact row points at its document and character span."""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData(
    naming_convention={
        "ix": "ix_%(column_0_label)s",
        "uq": "uq_%(table_name)s_%(column_0_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)


def _doc_fk(primary_key: bool = False) -> Column:
    return Column("doc_id", String(16), ForeignKey("documents.id", ondelete="CASCADE"),
                  nullable=False, index=not primary_key, primary_key=primary_key)


def _evidence_columns() -> list[Column]:
    """The sentence span a fact was read from and the extractor's confidence."""
    return [
        Column("sentence_start", Integer),
        Column("sentence_stop", Integer),
        Column("confidence", Float),
        Column("summary", Text),
    ]


documents = Table(
    "documents", metadata,
    Column("id", String(16), primary_key=True),
    Column("source", Text, nullable=False),
    Column("url", Text),
    Column("title", Text),
    Column("published", String(10), index=True),
    Column("lang", String(2), index=True),
    Column("text", Text, nullable=False),
    Column("ingested_at", DateTime(timezone=True), nullable=False),
    Column("pipeline", String(32)),
    Column("duplicate_of", String(16), index=True),
)

sentences = Table(
    "sentences", metadata,
    _doc_fk(primary_key=True),
    Column("idx", Integer, primary_key=True),
    Column("start", Integer, nullable=False),
    Column("stop", Integer, nullable=False),
    Column("lang", String(2)),
)

entities = Table(
    "entities", metadata,
    Column("id", String(200), primary_key=True),
    Column("kind", String(16), nullable=False, index=True),
    Column("canonical", Text, nullable=False),
    Column("country", String(2)),
    Column("region", Text),
    Column("latin", Text),
)

mentions = Table(
    "mentions", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    _doc_fk(),
    Column("start", Integer, nullable=False),
    Column("stop", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("kind", String(16), nullable=False, index=True),
    Column("canonical", Text),
    Column("entity_id", String(200), index=True),
    Column("value", Text),  # normalised value for amounts and dates
    Column("role", Text),
    Column("of", Text),
)

events = Table(
    "events", metadata,
    Column("id", String(40), primary_key=True),
    _doc_fk(),
    Column("type", String(24), nullable=False, index=True),
    Column("kz_region", Text, index=True),
    Column("date", String(24), index=True),
    Column("place", Text),
    Column("instrument", String(32)),
    Column("cn_parties", JSON, nullable=False),
    *_evidence_columns(),
)

projects = Table(
    "projects", metadata,
    Column("id", String(40), primary_key=True),
    _doc_fk(),
    Column("what", Text, nullable=False),
    Column("sector", String(32), index=True),
    Column("kz_region", Text, index=True),
    Column("partner", Text),
    Column("amount", Float),
    Column("currency", String(3)),
    Column("qualifier", String(16)),
    Column("value_usd", Float),
    Column("stage", String(24), index=True),
    *_evidence_columns(),
)

figures = Table(
    "figures", metadata,
    Column("id", String(40), primary_key=True),
    _doc_fk(),
    Column("metric", String(24), nullable=False, index=True),
    Column("subject", Text, nullable=False, index=True),
    Column("counterpart", Text),
    Column("period", String(24)),
    Column("value", Float, nullable=False),
    Column("unit", String(8), nullable=False),
    Column("qualifier", String(16)),
    Column("value_usd", Float),
    *_evidence_columns(),
)

evidence = Table(
    "evidence", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("fact_kind", String(16), nullable=False),
    Column("fact_id", String(40), nullable=False),
    _doc_fk(),
    Column("start", Integer, nullable=False),
    Column("stop", Integer, nullable=False),
    Index("ix_evidence_fact", "fact_kind", "fact_id"),
)

document_sectors = Table(
    "document_sectors", metadata,
    _doc_fk(primary_key=True),
    Column("sector", String(32), primary_key=True),
)

#: The actors layer: each Kazakh unit acting in a document, its weight, whether it is the
#: document's own (principal) unit, and its evidence as JSON [{"cue", "start", "stop", "weight"}].
document_units = Table(
    "document_units", metadata,
    _doc_fk(primary_key=True),
    Column("unit", String(64), primary_key=True),
    Column("weight", Float, nullable=False),
    Column("principal", Boolean, nullable=False),
    Column("cues", Text, nullable=False),
)

rejections = Table(
    "rejections", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("where", Text, nullable=False),
    Column("reason", Text, nullable=False),
    Column("at", DateTime(timezone=True), nullable=False),
    Column("resolved", Boolean, nullable=False, default=False),
)

FACT_TABLES = {"event": events, "project": projects, "figure": figures}

#: The monitor (kzcn/monitor): sources to follow, each one's health and conditional-GET
#: validators, the article links found on them (a queue that survives a crash), and alert
#: subscriptions with their deliveries (one row per subscription and fact: sent at most once).
sources = Table(
    "sources", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("url", Text, nullable=False, unique=True),
    Column("kind", String(8), nullable=False),  # feed | sitemap | page
    Column("name", Text),
    Column("region", String(64)),
    Column("lang", String(2)),
    Column("links", Text),  # CSS selector of article links on a listing page
    Column("status", String(12), nullable=False),  # unverified | verified | failing
    Column("origin", Text, nullable=False),  # "user", or "starter" with the row's source line
    Column("added_at", DateTime(timezone=True), nullable=False),
)

source_health = Table(
    "source_health", metadata,
    Column("source_id", Integer, ForeignKey("sources.id", ondelete="CASCADE"), primary_key=True),
    Column("etag", Text),
    Column("last_modified", Text),
    Column("last_polled_at", DateTime(timezone=True)),
    Column("next_due_at", DateTime(timezone=True), index=True),
    Column("last_success_at", DateTime(timezone=True)),
    Column("last_error_at", DateTime(timezone=True)),
    Column("last_error", Text),
    Column("last_status", Integer),
    Column("errors_in_row", Integer, nullable=False, default=0),
    Column("found", Integer, nullable=False, default=0),  # links listed at the last full answer
    Column("new", Integer, nullable=False, default=0),  # of which not seen before
    Column("stored_total", Integer, nullable=False, default=0),
)

source_items = Table(
    "source_items", metadata,
    Column("source_id", Integer, ForeignKey("sources.id", ondelete="CASCADE"), primary_key=True),
    Column("url", Text, primary_key=True),
    Column("title", Text),
    Column("published", String(10)),
    Column("body", Text),  # the feed's full text when it carries one (then no page is fetched)
    Column("state", String(12), nullable=False, index=True),  # pending, stored, known, irrelevant, ...
    Column("doc_id", String(16)),
    Column("attempts", Integer, nullable=False, default=0),
    Column("error", Text),
    Column("seen_at", DateTime(timezone=True), nullable=False),
    Column("done_at", DateTime(timezone=True)),
    Index("ix_source_items_url", "url"),
)

alert_subscriptions = Table(
    "alert_subscriptions", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("filter", Text, nullable=False),  # dashboard query string: region=…&type=…
    Column("webhook", Text, nullable=False),
    Column("secret", Text, nullable=False),  # HMAC key; kept in clear because signing needs it
    Column("since", DateTime(timezone=True), nullable=False),  # facts stored after this are news
    Column("active", Boolean, nullable=False, default=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

alert_deliveries = Table(
    "alert_deliveries", metadata,
    Column("subscription_id", Integer, ForeignKey("alert_subscriptions.id", ondelete="CASCADE"),
           primary_key=True),
    Column("fact_kind", String(16), primary_key=True),
    Column("fact_id", String(40), primary_key=True),
    Column("doc_id", String(16), nullable=False),
    Column("state", String(8), nullable=False, index=True),  # pending | sent | failed
    Column("attempts", Integer, nullable=False, default=0),
    Column("next_attempt_at", DateTime(timezone=True)),
    Column("last_error", Text),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("sent_at", DateTime(timezone=True)),
)
