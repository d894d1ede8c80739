"""The store: SQLAlchemy Core tables (SQLite and PostgreSQL), migrations, repository."""

from kzcn.store.repository import Store
from kzcn.store import review, search  # noqa: F401,E402 - registers users/corrections/search tables on metadata

__all__ = ["Store"]
