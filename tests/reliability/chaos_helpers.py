"""Pieces of the chaos test (``test_chaos.py``): running kzcn commands as processes and killing
them at a chosen moment, canonical dumps of a store, a store with unmerged synthetic articles,
a small disk, and a private PostgreSQL cluster that may be restarted without disturbing anyone
else's server."""

from __future__ import annotations

import contextlib
import glob
import os
import random
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from sqlalchemy import create_engine, text

from kzcn.store import Store
from kzcn.store.bulk import bulk_save, rows_for
from tests.reliability.helpers import article_text, fact_document, snapshot

ROOT = Path(__file__).resolve().parents[2]
#: Columns that legitimately differ between two runs of the same work (times of writing).
TIMESTAMPS = ("ingested_at", "at", "created_at")


def canonical(url: str) -> dict[str, list[str]]:
    """Every table of the store as sorted rows without surrogate ids and write times: documents,
    facts, clusters, projects, figure groups, aliases, corrections and users alike."""
    store = Store(url)
    try:
        return snapshot(store, skip=TIMESTAMPS)
    finally:
        store.engine.dispose()


def differences(got: dict, expected: dict) -> list[str]:
    """Tables whose rows differ, with counts, for a readable assertion message."""
    return [f"{name}: {len(got.get(name, []))} rows vs {len(expected.get(name, []))}"
            for name in sorted(set(got) | set(expected)) if got.get(name) != expected.get(name)]



def start(*args: str, preexec_fn=None) -> subprocess.Popen:
    """``kzcn ARGS`` as a child process (stderr captured as text)."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.Popen([sys.executable, "-m", "kzcn.cli", *args], cwd=ROOT, env=env, text=True,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, preexec_fn=preexec_fn)


def finish(process: subprocess.Popen, timeout: float = 180) -> subprocess.CompletedProcess:
    """Wait for ``process``; its return code and stderr."""
    _, stderr = process.communicate(timeout=timeout)
    return subprocess.CompletedProcess(process.args, process.returncode, "", stderr)


def run(*args: str, preexec_fn=None) -> subprocess.CompletedProcess:
    """``kzcn ARGS`` to the end."""
    return finish(start(*args, preexec_fn=preexec_fn))


def kill_when(process: subprocess.Popen, ready: Callable[[], bool], delay: float,
              timeout: float = 60) -> bool:
    """SIGKILL ``process`` ``delay`` seconds after ``ready()`` first holds (polled every 10 ms);
    True if it was still running when the signal went out."""
    deadline = time.monotonic() + timeout
    while process.poll() is None and not ready() and time.monotonic() < deadline:
        time.sleep(0.01)
    time.sleep(delay)
    if process.poll() is not None:
        return False
    process.send_signal(signal.SIGKILL)
    process.communicate(timeout=30)
    return True


def sqlite_count(db: Path, table: str) -> int:
    """Committed rows of ``table`` as another process sees them (0 if unreadable)."""
    try:
        with contextlib.closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)) as conn:
            return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # noqa: S608
    except sqlite3.Error:
        return 0


def wal_bytes(db: Path) -> int:
    """Size of the SQLite write-ahead log: it grows while a transaction writes (0 if absent)."""
    try:
        return os.path.getsize(f"{db}-wal")
    except OSError:
        return 0


def copy_sqlite(source: Path, target: Path) -> None:
    """A consistent copy through SQLite's backup API (never a half-written file)."""
    with contextlib.closing(sqlite3.connect(source)) as src, \
            contextlib.closing(sqlite3.connect(target)) as dst:
        src.backup(dst)



def synthetic_documents(articles: int, seed: int = 17) -> list:
    """Invented articles with events and projects (``benchmarks.merge_synthetic``, some
    republished copies) plus one article in ten carrying a figure (``fact_document``)."""
    sys.path.insert(0, str(ROOT))
    from benchmarks.merge_synthetic import generate

    docs = []
    for number, article in enumerate(generate(articles, seed=seed)):
        docs.append(article.doc)
        if number % 10 == 0:
            lang = "kk" if number % 20 else "ru"
            docs.append(fact_document(article_text(number), f"figures/{number}.txt", lang))
    return docs


def store_documents(url: str, docs: list) -> Store:
    """Store ``docs`` in one bulk transaction WITHOUT merging them."""
    store = Store(url).migrate()
    bulk_save(store, rows_for(docs))
    return store


def add_corrections(store: Store) -> int:
    """A reviewer confirms one event, corrects one project and rejects one figure; returns how
    many verdicts were stored."""
    from kzcn.store import review

    review.add_user(store.engine, "reviewer-chaos")
    done = 0
    for kind, table, action, fields in (("event", "events", "confirm", None),
                                        ("project", "projects", "correct", {"stage": "operating"}),
                                        ("figure", "figures", "reject", None)):
        rows = store.rows(table, limit=1)
        if rows:
            review.save_review(store.engine, kind, rows[0]["id"], action, "reviewer-chaos", fields,
                               note="chaos test")
            done += 1
    return done


def write_articles(folder: Path, numbers: range) -> None:
    """Generated articles (``helpers.article_text``) as ``NNN.txt`` files."""
    folder.mkdir(parents=True, exist_ok=True)
    for number in numbers:
        (folder / f"{number:03d}.txt").write_text(article_text(number), encoding="utf-8")


def seeded(seed: int) -> random.Random:
    """The random source of kill moments (seeded, so a failure can be replayed)."""
    return random.Random(seed)



@contextlib.contextmanager
def small_disk(folder: Path, disk_bytes: int,
               file_bytes: int) -> Iterator[tuple[Callable[[], None] | None, Callable[[], None]]]:
    """A tmpfs of ``disk_bytes`` at ``folder`` when this user may mount one: yields
    ``(None, grow)`` where ``grow()`` frees space by remounting it at 64 MB. Otherwise yields
    ``(limit, grow)``: ``limit`` is a preexec function capping every file written at
    ``file_bytes`` (RLIMIT_FSIZE, which SQLite reports as a full disk too; the run after it
    simply goes without) and ``grow`` does nothing."""
    folder.mkdir(parents=True, exist_ok=True)
    mounted = os.geteuid() == 0 and shutil.which("mount") is not None and subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={disk_bytes}", "tmpfs", str(folder)],
        capture_output=True).returncode == 0

    def limit() -> None:
        import resource

        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # EFBIG instead of death
        resource.setrlimit(resource.RLIMIT_FSIZE, (file_bytes, file_bytes))

    def grow() -> None:
        if mounted:
            subprocess.run(["mount", "-o", "remount,size=64m", str(folder)], check=True)

    try:
        yield (None if mounted else limit), grow
    finally:
        if mounted:
            subprocess.run(["umount", "-l", str(folder)], check=False)


def postgres_bindir() -> Path | None:
    """The folder holding ``initdb`` and ``pg_ctl`` (newest installed version), or None."""
    found = shutil.which("pg_ctl")
    if found:
        return Path(found).parent
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"), key=lambda p: int(p.split("/")[4]))
    return Path(candidates[-1]).parent if candidates else None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class PrivateCluster:
    """A throwaway PostgreSQL cluster in a temporary folder on 127.0.0.1, owned by this test, so
    it can be restarted ("immediate" mode: no clean shutdown, crash recovery on start) without
    touching the shared test server. As root the server runs as the ``postgres`` user."""

    def __init__(self, bindir: Path) -> None:
        self.bindir, self.port = bindir, _free_port()
        self.folder = Path(tempfile.mkdtemp(prefix="kzcn-chaos-pg-"))
        self.data = self.folder / "data"
        self.prefix: list[str] = []
        if os.geteuid() == 0:
            shutil.chown(self.folder, "postgres", "postgres")
            self.prefix = ["setpriv", "--reuid=postgres", "--regid=postgres", "--clear-groups"]
        self.url = f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/postgres"

    def _pg(self, tool: str, *args: str) -> None:
        subprocess.run([*self.prefix, str(self.bindir / tool), *args], check=True, capture_output=True,
                       timeout=120, cwd=self.folder)

    def _ctl(self, action: str, *args: str) -> None:
        options = f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 -c fsync=off"
        self._pg("pg_ctl", "-D", str(self.data), "-l", str(self.folder / "log"), "-w", "-o", options,
                 action, *args)

    def start(self) -> PrivateCluster:
        self._pg("initdb", "-D", str(self.data), "-A", "trust", "-U", "postgres", "-E", "UTF8", "--no-sync")
        self._ctl("start")
        return self

    def restart(self) -> None:
        """Stop without a clean shutdown (as a crash or power cut would) and start again."""
        self._ctl("restart", "-m", "immediate")

    def stop(self) -> None:
        with contextlib.suppress(subprocess.SubprocessError):
            self._ctl("stop", "-m", "immediate")
        shutil.rmtree(self.folder, ignore_errors=True)


@contextlib.contextmanager
def private_cluster() -> Iterator[PrivateCluster | None]:
    """A started ``PrivateCluster``, or None (with nothing left behind) when this machine
    cannot run one (no PostgreSQL binaries, no ``postgres`` user, no permission)."""
    bindir = postgres_bindir()
    if bindir is None or (os.geteuid() == 0 and not shutil.which("setpriv")):
        yield None
        return
    try:
        cluster = PrivateCluster(bindir).start()
    except (OSError, LookupError, subprocess.SubprocessError):
        yield None
        return
    try:
        yield cluster
    finally:
        cluster.stop()


@contextlib.contextmanager
def fresh_schema(base_url: str, tag: str) -> Iterator[tuple[str, str]]:
    """A new schema on the server at ``base_url`` (dropped afterwards): ``(url, schema)``, the
    URL selecting it and naming its connections (``application_name``) so that only they are
    ever terminated."""
    import uuid

    schema = "chaos_" + uuid.uuid4().hex[:10]
    admin = create_engine(base_url)
    with admin.begin() as conn:
        conn.execute(text(f"CREATE SCHEMA {schema}"))
    try:
        yield f"{base_url}?application_name=kzcn-{tag}-{schema}&options=-csearch_path%3D{schema}", schema
    finally:
        with contextlib.suppress(Exception), admin.begin() as conn:
            conn.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        admin.dispose()
