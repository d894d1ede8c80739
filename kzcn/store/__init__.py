"""The store: SQLAlchemy Core tables (SQLite and PostgreSQL), migrations, repository."""

from kzcn.store.repository import Store
from kzcn.store import merge_tables, review, search  # noqa: F401,E402 - registers their tables on metadata

__all__ = ["Store"]
