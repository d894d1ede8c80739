"""Errors people can read: each expected failure of a command prints one line naming what failed
and what to do, and exits with its own code (README "Exit codes"); ``--debug`` shows the traceback."""

from __future__ import annotations

import errno
import os
import resource
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import exc as sa

from kzcn.cli_errors import describe, split_debug, store_name
from kzcn.errors import ExitCode, FetchError, InputError, StoreError

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "reliability" / "data" / "hostile"
STORE = "sqlite:///var/x.sqlite"


def _db_error(cls, message: str):
    return cls("SELECT 1", {}, Exception(message))


@pytest.mark.parametrize("exc, code", [
    (_db_error(sa.OperationalError, "database is locked"), ExitCode.STORE_LOCKED),
    (_db_error(sa.OperationalError, "canceling statement due to lock timeout"), ExitCode.STORE_LOCKED),
    (_db_error(sa.OperationalError, "database or disk is full"), ExitCode.DISK_FULL),
    (_db_error(sa.OperationalError, 'could not extend file "base/1/2": No space left on device'), ExitCode.DISK_FULL),
    (_db_error(sa.OperationalError, "attempt to write a readonly database"), ExitCode.PERMISSION_DENIED),
    (_db_error(sa.ProgrammingError, "permission denied for table documents"), ExitCode.PERMISSION_DENIED),
    (_db_error(sa.OperationalError, 'connection to server at "127.0.0.1", port 1 failed: Connection refused'),
     ExitCode.STORE_UNREACHABLE),
    (_db_error(sa.IntegrityError, "UNIQUE constraint failed: documents.id"), ExitCode.STORE_REFUSED),
    (sa.ArgumentError("Could not parse SQLAlchemy URL from given URL string"), ExitCode.BAD_URL),
    (FetchError("expected an http(s) URL, got 'ftp://x'"), ExitCode.BAD_URL),
    (OSError(errno.ENOSPC, "No space left on device", "/data/x"), ExitCode.DISK_FULL),
    (OSError(errno.EACCES, "Permission denied", "/data/x"), ExitCode.PERMISSION_DENIED),
    (FileNotFoundError(errno.ENOENT, "No such file or directory", "/data/x"), ExitCode.BAD_INPUT),
    (InputError("a JSON object", "a list", "a.jsonl:3"), ExitCode.BAD_INPUT),
    (StoreError("expected schema 0004, got 0009"), ExitCode.STORE_REFUSED),
    (KeyboardInterrupt(), ExitCode.INTERRUPTED),
    (RuntimeError("boom\nsecond line"), ExitCode.INTERNAL),
])
def test_describe_gives_one_line_and_a_code(exc, code):
    got, line = describe(exc, STORE)
    assert got == code
    assert "\n" not in line and line.strip()


def test_exit_codes_are_distinct():
    codes = {k: v for k, v in vars(ExitCode).items() if k.isupper()}
    assert len(set(codes.values())) == len(codes)


@pytest.mark.parametrize("argv, expected", [
    (["--debug", "list", "events"], (["list", "events"], True)),
    (["list", "events", "--debug"], (["list", "events"], True)),
    (["ingest", "--", "--debug"], (["ingest", "--", "--debug"], False)),
])
def test_debug_flag_anywhere(argv, expected):
    assert split_debug(argv) == expected


def test_store_name_hides_the_password():
    assert store_name(["list", "--db", "postgresql+psycopg://u:secret@h/db"]) == "postgresql+psycopg://u:***@h/db"


def kzcn(*args: str, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kzcn.cli", *args], capture_output=True, text=True, cwd=ROOT,
                          timeout=300, **kwargs)


def assert_one_line(run: subprocess.CompletedProcess, code: int, *words: str) -> None:
    assert run.returncode == code, run.stderr[-1500:]
    assert "Traceback" not in run.stderr
    lines = [line for line in run.stderr.splitlines() if line.startswith("kzcn: ")]
    assert len(lines) == 1, run.stderr
    for word in words:
        assert word in lines[0], lines[0]


def test_store_unreachable_exits_3_and_debug_shows_the_traceback():
    url = "postgresql+psycopg://postgres@127.0.0.1:1/test"
    assert_one_line(kzcn("list", "events", "--db", url), ExitCode.STORE_UNREACHABLE, "cannot reach the store", url)
    debug = kzcn("--debug", "list", "events", "--db", url)
    assert debug.returncode == ExitCode.STORE_UNREACHABLE and "Traceback" in debug.stderr


def test_store_locked_exits_4(tmp_path):
    path = tmp_path / "kzcn.sqlite"
    assert kzcn("list", "events", "--db", f"sqlite:///{path}").returncode == 0  # a migrated store
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        run = kzcn("users", "add", "someone", "--db", f"sqlite:///{path}?timeout=0.2")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert_one_line(run, ExitCode.STORE_LOCKED, "locked by another process")


@pytest.fixture
def small_disk(tmp_path):
    """A 200 kB tmpfs when this user may mount one; else the process's file-size limit, which
    SQLite reports the same way ("database or disk is full")."""
    folder = tmp_path / "small"
    folder.mkdir()
    mounted = os.geteuid() == 0 and subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=200k", "tmpfs", str(folder)], capture_output=True).returncode == 0

    def limit():
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # EFBIG instead of death
        resource.setrlimit(resource.RLIMIT_FSIZE, (150_000, 150_000))

    yield folder, None if mounted else limit
    if mounted:
        subprocess.run(["umount", str(folder)], check=False)


def test_disk_full_exits_5(small_disk):
    folder, limit = small_disk
    url = f"sqlite:///{folder / 'kzcn.sqlite'}"
    run = kzcn("ingest", str(CORPUS), "--db", url, preexec_fn=limit)
    assert_one_line(run, ExitCode.DISK_FULL, "full")


def test_permission_denied_exits_6(tmp_path):
    folder = tmp_path / "readonly"
    folder.mkdir()
    url = f"sqlite:///{folder / 'kzcn.sqlite'}"
    if os.geteuid() == 0:  # root writes anywhere: run the command as nobody
        if not shutil.which("setpriv"):
            pytest.skip("running as root without setpriv (util-linux) to drop privileges")
        tmp_path.chmod(0o755)
        run = subprocess.run(["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", sys.executable,
                              "-m", "kzcn.cli", "list", "events", "--db", url],
                             capture_output=True, text=True, cwd=ROOT, timeout=300)
    else:
        folder.chmod(0o555)
        run = kzcn("list", "events", "--db", url)
        folder.chmod(0o755)
    assert_one_line(run, ExitCode.PERMISSION_DENIED, "permission denied")


@pytest.mark.parametrize("url", ["notaurl", "postgresql+nosuchdriver://u@h/db"])
def test_bad_database_url_exits_7(url):
    assert_one_line(kzcn("list", "events", "--db", url), ExitCode.BAD_URL, "bad database URL")


@pytest.mark.parametrize("args", [("list", "events", "--limit", "many"), ("list", "nothing"), ("frobnicate",)])
def test_bad_option_value_exits_2(args):
    assert_one_line(kzcn(*args), ExitCode.USAGE, "--help")


def test_interrupted_exits_130(tmp_path):
    proc = subprocess.Popen([sys.executable, "-m", "kzcn.cli", "ingest", str(CORPUS), "--db",
                             f"sqlite:///{tmp_path / 'kzcn.sqlite'}"], cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))  # as from a terminal
    time.sleep(2.5)  # past start-up, inside the pipeline's loading or the ingest loop
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=120)
    assert_one_line(subprocess.CompletedProcess(proc.args, proc.returncode, "", err), ExitCode.INTERRUPTED,
                    "interrupted", "run the same command again")
