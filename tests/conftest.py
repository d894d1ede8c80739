"""Shared fixtures: sample texts in Kazakh and Russian, database URLs."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
SEED_GOLD = SHARED / "gold" / "seeds.jsonl"
CORPUS = ROOT / "examples" / "corpus"
POSTGRES_URL = os.environ.get("KZCN_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")

KK_TEXT = (
    "Павлодар облысының әкімі қытайлық делегациямен кездесті. Кездесу барысында энергетика "
    "саласындағы ынтымақтастық талқыланды.\nТараптар меморандумға қол қойды."
)
RU_TEXT = (
    "Аким Павлодарской области встретился с делегацией провинции Хэнань. Стороны обсудили "
    "сотрудничество в энергетике.\nПо итогам встречи подписан меморандум."
)


@pytest.fixture(scope="session")
def postgres_url() -> str:
    """The test PostgreSQL URL, or a visible skip when no server answers."""
    import sqlalchemy

    try:
        engine = sqlalchemy.create_engine(POSTGRES_URL)
        with engine.connect():
            pass
    except Exception as err:  # noqa: BLE001 - any failure means: skip with the reason
        pytest.skip(f"PostgreSQL not reachable at {POSTGRES_URL}: {err.__class__.__name__}")
    return POSTGRES_URL


@contextmanager
def database_url(request, kind: str, folder: Path) -> Iterator[str]:
    """A URL of an empty database: a new SQLite file in ``folder``, or a fresh PostgreSQL
    schema (dropped afterwards) so tests never see each other's rows."""
    if kind == "sqlite":
        yield f"sqlite:///{folder / ('kzcn-' + uuid.uuid4().hex[:8] + '.sqlite')}"
        return
    from sqlalchemy import create_engine, text

    base = request.getfixturevalue("postgres_url")
    schema = "t_" + uuid.uuid4().hex[:10]
    admin = create_engine(base)
    with admin.begin() as conn:
        conn.execute(text(f"CREATE SCHEMA {schema}"))
    try:
        yield f"{base}?options=-csearch_path%3D{schema}"
    finally:
        with admin.begin() as conn:
            conn.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        admin.dispose()
