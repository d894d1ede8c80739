"""The store: SQLAlchemy Core tables (SQLite and PostgreSQL), migrations, repository."""

from kzcn.store.repository import Store

__all__ = ["Store"]
