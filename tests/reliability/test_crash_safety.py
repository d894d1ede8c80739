"""SIGKILL during ``kzcn ingest`` at seeded random moments, then a re-run: the store equals an
uninterrupted run (no duplicates, nothing missing) and reviewer corrections survive."""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from kzcn.store import Store
from tests.reliability.chaos_helpers import kill_when
from tests.reliability.helpers import article_text, snapshot

ROOT = Path(__file__).resolve().parents[2]
ARTICLES = 16
TRIALS = 3
SEED = 20261121


def _ingest(folder: Path, db: Path, kill_at: int | None = None, extra: float = 0.0) -> bool:
    """Run the real CLI; with ``kill_at`` SIGKILL it ``extra`` seconds after the store holds
    that many documents (so the kill lands mid-ingest, not during start-up). True if killed."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    command = [sys.executable, "-m", "kzcn.cli", "ingest", str(folder), "--db", f"sqlite:///{db}"]
    process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    if kill_at is None:
        _, stderr = process.communicate(timeout=120)
        assert process.returncode == 0, stderr.decode()[-2000:]
        return False
    return kill_when(process, lambda: _documents(db) >= kill_at, extra)


def _documents(db: Path) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as conn:
            return conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    except sqlite3.Error:
        return 0


def _copy_sqlite(source: Path, target: Path) -> None:
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """A folder of generated articles plus bad files, and a base store holding the first half
    of it with one reviewer correction."""
    root = tmp_path_factory.mktemp("crash")
    half, full = root / "half", root / "full"
    half.mkdir(), full.mkdir()
    for number in range(ARTICLES):
        name = f"{number:03d}.txt"
        (full / name).write_text(article_text(number), encoding="utf-8")
        if number < ARTICLES // 2:
            shutil.copy(full / name, half / name)
    (full / "zz-binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    (full / "zz-empty.txt").write_bytes(b"  \n")
    base = root / "base.sqlite"
    _ingest(half, base)
    _add_correction(base)
    return full, base, root


def _add_correction(db: Path) -> None:
    try:
        from kzcn.store import review
    except ImportError:
        return
    store = Store(f"sqlite:///{db}")
    events = store.rows("events", limit=1) or store.rows("figures", limit=1)
    if events:
        kind = "event" if store.rows("events", limit=1) else "figure"
        review.add_user(store.engine, "reviewer")
        review.save_review(store.engine, kind, events[0]["id"], "confirm", "reviewer", note="ok")


def test_crash_safety_sigkill_then_rerun_equals_clean_run(corpus):
    full, base, root = corpus
    clean = root / "clean.sqlite"
    _copy_sqlite(base, clean)
    _ingest(full, clean)
    already = _documents(base)
    expected = snapshot(Store(f"sqlite:///{clean}"), skip=("ingested_at", "at", "created_at"))
    expected_rejections = set(expected.pop("rejections"))
    assert any("zz-binary.txt" in r and "binary" in r for r in expected_rejections)
    rng, killed = random.Random(SEED), 0
    for trial in range(TRIALS):
        db = root / f"trial{trial}.sqlite"
        _copy_sqlite(base, db)
        killed += _ingest(full, db, kill_at=rng.randint(already, already + ARTICLES // 2 - 1),
                          extra=rng.uniform(0.0, 0.05))
        _ingest(full, db)
        got = snapshot(Store(f"sqlite:///{db}"), skip=("ingested_at", "at", "created_at"))
        got_rejections = got.pop("rejections")
        assert got == expected, f"trial {trial} differs from the clean run"
        assert set(got_rejections) == expected_rejections
    assert killed == TRIALS, "a trial finished before its kill: lower kill_at"
    if "corrections" in expected:
        assert expected["corrections"], "the base store should hold a reviewer correction"


def test_crash_safety_rerun_does_not_duplicate_rejections(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "binary.txt").write_bytes(b"\x00\x01" * 50)
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    db = tmp_path / "twice.sqlite"
    _ingest(tmp_path / "in", db)
    _ingest(tmp_path / "in", db)
    rows = snapshot(Store(f"sqlite:///{db}"))["rejections"]
    assert len(rows) == len(set(rows))
