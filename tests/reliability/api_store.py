"""A temporary SQLite store with a few documents, facts and one reviewer, for API tests."""

from __future__ import annotations

from pathlib import Path

from kzcn.store import Store
from tests.reliability.helpers import article_text, fact_document


def filled_store(folder: Path, documents: int = 6) -> tuple[Store, str | None]:
    """The store and a reviewer token (None when reviews do not exist yet)."""
    store = Store(f"sqlite:///{folder / 'api.sqlite'}").migrate()
    for number in range(documents):
        lang = "kk" if number % 2 else "ru"
        store.save_document(fact_document(article_text(number), f"https://example.kz/{number}", lang))
    try:
        from kzcn.store import review
    except ImportError:
        return store, None
    return store, review.add_user(store.engine, "reviewer")
