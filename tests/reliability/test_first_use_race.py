"""Ten processes started at once on a new store all succeed: the migration is serialised (a file
lock next to a SQLite database, an advisory lock on PostgreSQL), so none dies with "table
documents already exists"."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from kzcn.store import Store
from kzcn.store import tables as t
from kzcn.store.migrate import lock_path, migration_lock
from tests.conftest import database_url

ROOT = Path(__file__).resolve().parents[2]
PROCESSES = 10
#: Each process waits for the start file, then migrates and stores one article of its own, as the
#: first moments of `kzcn ingest`, a batch worker or `kzcn serve` would.
WORKER = """
import os, sys, time
from kzcn.store import Store
from tests.reliability.helpers import article_text, fact_document
url, start, number = sys.argv[1], sys.argv[2], int(sys.argv[3])
while not os.path.exists(start):
    time.sleep(0.005)
store = Store(url).migrate()
store.save_document(fact_document(article_text(number), source=f"race{number}.txt"))
print("ok", number)
"""


def _start_together(url: str, folder: Path) -> list[subprocess.CompletedProcess]:
    start = folder / "go"
    procs = [subprocess.Popen([sys.executable, "-c", WORKER, url, str(start), str(n)], cwd=ROOT,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for n in range(PROCESSES)]
    time.sleep(1.5)  # let every interpreter import and reach the start line
    start.touch()
    results = []
    for proc in procs:
        out, err = proc.communicate(timeout=180)
        results.append(subprocess.CompletedProcess(proc.args, proc.returncode, out, err))
    return results


@pytest.mark.parametrize("kind", ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def test_ten_processes_start_at_once_on_a_new_store(request, tmp_path, kind):
    with database_url(request, kind, tmp_path) as url:
        results = _start_together(url, tmp_path)
        failures = [r.stderr[-1500:] for r in results if r.returncode != 0]
        assert not failures, failures[0]
        store = Store(url)
        with store.engine.connect() as conn:
            assert conn.execute(select(func.count()).select_from(t.documents)).scalar() == PROCESSES
            heads = conn.execute(text("SELECT count(*) FROM alembic_version")).scalar()
        assert heads >= 1
        store.engine.dispose()


def test_sqlite_lock_file_sits_next_to_the_database(tmp_path):
    store = Store(f"sqlite:///{tmp_path / 'sub' / 'kzcn.sqlite'}").migrate()
    assert lock_path(store.engine) == tmp_path / "sub" / "kzcn.sqlite.migrate-lock"
    assert lock_path(Store("sqlite://").engine) is None


def test_sqlite_lock_is_exclusive_across_processes(tmp_path):
    store = Store(f"sqlite:///{tmp_path / 'kzcn.sqlite'}")
    probe = ("import fcntl, os, sys; fd = os.open(sys.argv[1], os.O_RDWR)\n"
             "try:\n    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB); print('free')\n"
             "except BlockingIOError:\n    print('held')")
    with migration_lock(store.engine):
        held = subprocess.run([sys.executable, "-c", probe, str(lock_path(store.engine))],
                              capture_output=True, text=True, timeout=60).stdout.strip()
    free = subprocess.run([sys.executable, "-c", probe, str(lock_path(store.engine))],
                          capture_output=True, text=True, timeout=60).stdout.strip()
    assert (held, free) == ("held", "free")


@pytest.mark.postgres
def test_postgres_advisory_lock_is_held_during_migration(request, tmp_path):
    with database_url(request, "postgres", tmp_path) as url:
        store = Store(url)
        with migration_lock(store.engine), store.engine.connect() as other:
            held = other.execute(text("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' "
                                      "AND pid <> pg_backend_pid() AND granted")).scalar()
        assert held >= 1
        store.engine.dispose()
