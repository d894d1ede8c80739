"""Chaos on the store (issue 17): ``kzcn merge`` and ``kzcn import`` SIGKILLed at seeded random
moments, the disk filling up during ``kzcn ingest``, PostgreSQL restarted (or its connections
cut) in the middle of ``kzcn batch``. After a re-run the store must equal an undisturbed run of
the same work: every table compared without surrogate ids and write times (``canonical``),
reviewer corrections included. All articles are generated (invented); everything is local.
"""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
import time
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from kzcn.errors import ExitCode
from kzcn.merge import merge_store
from kzcn.store import Store
from kzcn.store.backup import export_all, import_all
from tests.reliability import chaos_helpers as chaos
from tests.reliability.test_cli_errors import assert_one_line

SEED = 20261207
#: Synthetic articles in the merge/import store: `kzcn merge` over the unmerged two thirds takes
#: ~1.5 s and `kzcn import` of its backup writes for ~0.8 s on the 2-core project machine, so a
#: kill a few hundred ms in lands mid-run.
ARTICLES = 1500
#: (what must have happened first, shortest and longest extra delay in seconds): one kill per
#: row, aimed at the duplicate search (from ~0.3 s to ~0.6 s after the store is opened on a quiet
#: machine), the events part and the projects part.
MERGE_KILLS = (("store opened", 0.2, 0.45), ("duplicates committed", 0.0, 0.1),
               ("events committed", 0.0, 0.03))
#: Tables counted right after a kill: the merge's records, then what it must never lose.
COUNTED = ("doc_signatures", "event_clusters", "project_records",
           "documents", "events", "projects", "figures", "corrections", "users")
IMPORT_KILLS = 3
#: Write-ahead log size meaning `kzcn import` is inside its one transaction (pages spill to the
#: log long before the commit).
IMPORT_WRITING = 256 * 1024


@pytest.fixture(scope="module")
def merged(tmp_path_factory):
    """``base``: a third of the articles merged, a reviewer's verdicts, the rest stored but not
    merged yet; ``clean``: base after an undisturbed merge, and its canonical dump."""
    root = tmp_path_factory.mktemp("chaos-merge")
    docs = chaos.synthetic_documents(ARTICLES)
    base = root / "base.sqlite"
    store = chaos.store_documents(f"sqlite:///{base}", docs[:len(docs) // 3])
    merge_store(store)
    assert chaos.add_corrections(store) == 3
    chaos.store_documents(store.url, docs[len(docs) // 3:]).engine.dispose()
    store.engine.dispose()
    clean = root / "clean.sqlite"
    chaos.copy_sqlite(base, clean)
    merge_store(Store(f"sqlite:///{clean}").migrate())
    return root, base, clean, chaos.canonical(f"sqlite:///{clean}")


def _merge_moments(db: Path, base: Path) -> dict:
    signatures = chaos.sqlite_count(base, "doc_signatures")
    clusters = chaos.sqlite_count(base, "event_clusters")
    return {"store opened": lambda: Path(f"{db}-shm").exists(),
            "duplicates committed": lambda: chaos.sqlite_count(db, "doc_signatures") > signatures,
            "events committed": lambda: chaos.sqlite_count(db, "event_clusters") > clusters}


def test_chaos_sigkill_during_merge_then_rerun_equals_clean_merge(merged):
    root, base, _, expected = merged
    base_counts, rng, landed = {t: chaos.sqlite_count(base, t) for t in COUNTED}, chaos.seeded(SEED), []
    assert expected["corrections"] and len(expected["corrections"]) == base_counts["corrections"] == 3
    for trial, (moment, shortest, longest) in enumerate(MERGE_KILLS):
        db = root / f"merge{trial}.sqlite"
        chaos.copy_sqlite(base, db)
        url = f"sqlite:///{db}"
        ready = _merge_moments(db, base)[moment]
        killed = chaos.kill_when(chaos.start("merge", "--db", url), ready, rng.uniform(shortest, longest))
        assert killed, f"trial {trial}: merge finished before the kill ({moment})"
        counts = {t: chaos.sqlite_count(db, t) for t in COUNTED}
        landed.append({t: counts[t] - base_counts[t] for t in COUNTED[:3]})
        # The merge only adds records (and sets documents.duplicate_of): facts and verdicts stay.
        assert all(counts[t] == base_counts[t] for t in COUNTED[3:]), f"trial {trial}: the kill lost rows"
        rerun = chaos.run("merge", "--db", url)
        assert rerun.returncode == 0, rerun.stderr[-2000:]
        got = chaos.canonical(url)
        assert got == expected, f"trial {trial} ({moment}) differs: {chaos.differences(got, expected)}"
    print("merge kills landed after (new rows committed):", landed)


@pytest.fixture(scope="module")
def backup(merged, tmp_path_factory):
    """The merged store exported with ``export --all``, an empty migrated store, and the dump of
    an undisturbed import of the one into a copy of the other."""
    _, _, clean, clean_dump = merged
    root = tmp_path_factory.mktemp("chaos-import")
    archive = root / "backup.tar.gz"
    source = Store(f"sqlite:///{clean}")
    export_all(source.engine, archive)
    source.engine.dispose()
    empty = root / "empty.sqlite"
    Store(f"sqlite:///{empty}").migrate().engine.dispose()
    undisturbed = root / "undisturbed.sqlite"
    chaos.copy_sqlite(empty, undisturbed)
    restored = Store(f"sqlite:///{undisturbed}")
    import_all(restored.engine, archive)
    restored.engine.dispose()
    expected = chaos.canonical(f"sqlite:///{undisturbed}")
    assert expected == clean_dump, chaos.differences(expected, clean_dump)
    return root, archive, empty, expected


def test_chaos_sigkill_during_import_leaves_nothing_then_rerun_equals_clean_import(backup):
    root, archive, empty, expected = backup
    empty_dump, rng = chaos.canonical(f"sqlite:///{empty}"), chaos.seeded(SEED + 1)
    for trial in range(IMPORT_KILLS):
        db = root / f"import{trial}.sqlite"
        chaos.copy_sqlite(empty, db)
        url = f"sqlite:///{db}"
        killed = chaos.kill_when(chaos.start("import", str(archive), "--db", url),
                                 lambda db=db: chaos.wal_bytes(db) > IMPORT_WRITING, rng.uniform(0.0, 0.4))
        assert killed, f"trial {trial}: the import finished before the kill"
        assert chaos.canonical(url) == empty_dump, f"trial {trial}: a killed import left rows behind"
        rerun = chaos.run("import", str(archive), "--db", url)
        assert rerun.returncode == 0, rerun.stderr[-2000:]
        got = chaos.canonical(url)
        assert got == expected, f"trial {trial} differs: {chaos.differences(got, expected)}"


@pytest.fixture(scope="module")
def ingested(tmp_path_factory):
    """Sixteen generated articles; ``base``: the first eight ingested plus reviewer verdicts;
    the dump of an undisturbed ingest of all sixteen into a copy of it."""
    root = tmp_path_factory.mktemp("chaos-ingest")
    half, full = root / "half", root / "full"
    chaos.write_articles(half, range(8))
    chaos.write_articles(full, range(16))
    base = root / "base.sqlite"
    first = chaos.run("ingest", str(half), "--db", f"sqlite:///{base}")
    assert first.returncode == 0, first.stderr[-2000:]
    store = Store(f"sqlite:///{base}")
    assert chaos.add_corrections(store) >= 1
    store.engine.dispose()
    clean = root / "clean.sqlite"
    chaos.copy_sqlite(base, clean)
    assert chaos.run("ingest", str(full), "--db", f"sqlite:///{clean}").returncode == 0
    return root, full, base, chaos.canonical(f"sqlite:///{clean}")


def test_chaos_disk_full_during_ingest_loses_nothing_and_rerun_completes(ingested):
    root, full, base, expected = ingested
    base_dump = chaos.canonical(f"sqlite:///{base}")
    # Room for the stored base, SQLite's 32 kB shared-memory index and a few log pages: the
    # new articles cannot fit. Without a tmpfs: every file is capped at 48 kB instead.
    size = base.stat().st_size + 32 * 1024 + 48 * 1024
    with chaos.small_disk(root / "small", size, 48 * 1024) as (limit, grow):
        db = root / "small" / "kzcn.sqlite"
        shutil.copy(base, db)
        url = f"sqlite:///{db}"
        failed = chaos.run("ingest", str(full), "--db", url, preexec_fn=limit)
        if limit is None:
            assert_one_line(failed, ExitCode.DISK_FULL, "full")
        else:  # a capped file fails with EFBIG, which SQLite reports as "disk I/O error"
            code = ExitCode.DISK_FULL if failed.returncode == ExitCode.DISK_FULL else ExitCode.STORE_REFUSED
            assert_one_line(failed, code, "full" if code == ExitCode.DISK_FULL else "disk I/O error")
        with contextlib.closing(sqlite3.connect(db)) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        after = chaos.canonical(url)
        assert _sqlite_ids(base) <= _sqlite_ids(db), "a stored article was lost"
        assert len(after["documents"]) < len(expected["documents"]), "the disk never filled up"
        assert after["corrections"] == base_dump["corrections"] and after["users"] == base_dump["users"]
        grow()
        rerun = chaos.run("ingest", str(full), "--db", url)
        assert rerun.returncode == 0, rerun.stderr[-2000:]
        got = chaos.canonical(url)
    assert got == expected, chaos.differences(got, expected)


def _sqlite_ids(db: Path) -> set[str]:
    with contextlib.closing(sqlite3.connect(db)) as conn:
        return {row[0] for row in conn.execute("SELECT id FROM documents")}


@pytest.fixture(scope="module")
def batch_corpus(tmp_path_factory):
    """Thirty-two generated articles about China (``benchmarks.synth``) in one JSONL file: four
    partitions of eight, ~0.3 s each once the pipeline is loaded."""
    import sys

    sys.path.insert(0, str(chaos.ROOT))
    from benchmarks.synth import write_jsonl

    return write_jsonl(tmp_path_factory.mktemp("chaos-batch") / "articles.jsonl", 32, 1.0, seed=SEED % 1000)


def _batch(corpus: Path, out: Path, url: str):
    return ("batch", str(corpus), "--out", str(out), "--partition-size", "8", "--store", url)


@pytest.fixture(scope="module")
def private_server():
    """A throwaway PostgreSQL cluster this module may restart, or None when none can run here."""
    with chaos.private_cluster() as cluster:
        yield cluster


@pytest.fixture(scope="module")
def clean_batch(request, private_server, batch_corpus, tmp_path_factory):
    """The canonical dump of an undisturbed ``kzcn batch`` into a fresh PostgreSQL schema (on the
    private cluster, else on the shared test server)."""
    server = private_server.url if private_server else request.getfixturevalue("postgres_url")
    with chaos.fresh_schema(server, "clean") as (url, _):
        clean = chaos.run(*_batch(batch_corpus, tmp_path_factory.mktemp("chaos-clean"), url))
        assert clean.returncode == 0, clean.stderr[-2000:]
        return chaos.canonical(url)


def _waiting_on_documents(admin, schema: str) -> bool:
    return bool(admin.execute(text(
        "SELECT count(*) FROM pg_locks l JOIN pg_class c ON c.oid = l.relation "
        "JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE NOT l.granted AND c.relname = 'documents' AND n.nspname = :schema"),
        {"schema": schema}).scalar())


def _documents(engine, schema: str) -> int:
    try:
        with engine.connect() as conn:
            return conn.execute(text(f"SELECT count(*) FROM {schema}.documents")).scalar()
    except Exception:  # noqa: BLE001 - not migrated yet, or the server is restarting
        return 0


def _disrupt_mid_batch(server: str, url: str, schema: str, corpus: Path, out: Path, disrupt) -> tuple:
    """Start the batch; once a partition is stored, hold an EXCLUSIVE lock on its documents
    table so the next partition's transaction stops half-way (its entities written, its
    documents waiting); then ``disrupt()`` and let go. Returns (the run, documents stored before)."""
    engine = create_engine(server)
    process = chaos.start(*_batch(corpus, out, url))
    deadline = time.monotonic() + 180
    while process.poll() is None and _documents(engine, schema) == 0 and time.monotonic() < deadline:
        time.sleep(0.01)
    locker = engine.connect()
    transaction = locker.begin()
    locker.execute(text(f"LOCK TABLE {schema}.documents IN EXCLUSIVE MODE"))
    stored = _documents(engine, schema)
    with engine.connect() as admin:
        while (process.poll() is None and not _waiting_on_documents(admin, schema)
               and time.monotonic() < deadline):
            time.sleep(0.01)
        assert process.poll() is None, "the batch finished before it could be disrupted"
    disrupt()
    try:
        transaction.rollback()
        locker.close()
    except Exception:  # noqa: BLE001 - the restart already closed it
        locker.invalidate()
    engine.dispose()
    return chaos.finish(process), stored


def _document_ids(url: str) -> set[str]:
    engine = create_engine(url)
    with engine.connect() as conn:
        ids = set(conn.execute(text("SELECT id FROM documents")).scalars())
    engine.dispose()
    return ids


def _terminator(server: str, url: str):
    """Terminate every backend of this batch (its connections carry the URL's application_name)."""
    name = url.split("application_name=", 1)[1].split("&", 1)[0]

    def disrupt() -> None:
        engine = create_engine(server)
        with engine.begin() as conn:
            ended = conn.execute(text("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                                      "WHERE application_name = :name"), {"name": name}).scalar()
        engine.dispose()
        assert ended >= 1

    return disrupt


@pytest.mark.parametrize("how", ["restart", pytest.param("terminate", marks=pytest.mark.postgres)])
def test_chaos_postgres_disrupted_mid_batch_then_rerun_equals_clean_batch(request, tmp_path, batch_corpus,
                                                                         private_server, clean_batch, how):
    """``restart``: the private throwaway cluster is restarted in immediate mode (a crash: no
    clean shutdown, recovery on start). The shared test server is never restarted, other tests
    use it; ``terminate`` ends this batch's backends on it with pg_terminate_backend instead."""
    if how == "restart" and private_server is None:
        pytest.skip("cannot run a private PostgreSQL cluster here "
                    "(no initdb/pg_ctl, or root without setpriv)")
    server = private_server.url if how == "restart" else request.getfixturevalue("postgres_url")
    with chaos.fresh_schema(server, "chaos") as (url, schema):
        disrupt = private_server.restart if how == "restart" else _terminator(server, url)
        hit, stored = _disrupt_mid_batch(server, url, schema, batch_corpus, tmp_path / "out", disrupt)
        assert hit.returncode == ExitCode.FAILED and "failed partition" in hit.stderr, hit.stderr[-1500:]
        survived = _document_ids(url)
        assert stored >= 1 and len(survived) >= stored, "a committed partition was lost"
        rerun = chaos.run(*_batch(batch_corpus, tmp_path / "out", url))
        assert rerun.returncode == 0, rerun.stderr[-2000:]
        got, final_ids = chaos.canonical(url), _document_ids(url)
    assert got == clean_batch, chaos.differences(got, clean_batch)
    assert survived <= final_ids


def test_batch_cli_reports_a_failed_partition_instead_of_crashing(monkeypatch, tmp_path):
    """A failed partition's entry carries no counts; the progress callback read
    ``entry["articles"]`` and the whole batch died with an internal KeyError."""
    import typer
    from typer.testing import CliRunner

    import kzcn.batch
    from kzcn.batch.run import BatchReport
    from kzcn.cli_batch import batch

    def one_failure(config, settings, on_plan=None, on_result=None):
        on_plan(2, 2)
        on_result({"id": "p0", "articles": 3, "kept": 3, "rejected": 0, "triage": 0, "stored": 3,
                   "seconds": {}, "peak_rss_mb": 1.0})
        on_result({"partition": "p1", "failed": "OperationalError: server closed the connection"})
        return BatchReport(partitions=1, articles=3,
                           failed=["p1: OperationalError: server closed the connection"])

    monkeypatch.setattr(kzcn.batch, "run_batch", one_failure)
    app = typer.Typer()
    app.command("noop")(lambda: None)
    app.command("batch")(batch)
    result = CliRunner().invoke(app, ["batch", str(tmp_path), "--out", str(tmp_path / "out")])
    assert result.exit_code == ExitCode.FAILED, result.output
    assert "p1: OperationalError" in result.output and "run the same command again" in result.output


@pytest.mark.parametrize("fails, merged", [(False, True), (True, False)])
def test_batch_with_a_failed_partition_leaves_merging_to_the_rerun(monkeypatch, tmp_path, fails, merged):
    """Merging the partitions that made it, then the retried one, gave other project records
    than one merge over all of them (the ``restart`` chaos test): the merge waits for a batch
    with every partition loaded."""
    import kzcn.batch.run as batch_run

    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    calls = []

    def partition(part, **_):
        if fails:
            raise RuntimeError("server closed the connection")
        return {"id": part.id, "fingerprint": part.fingerprint, "parquet": "", "articles": 1, "kept": 1,
                "rejected": 0, "triage": 0, "stored": 1, "seconds": {}, "peak_rss_mb": 1.0}

    monkeypatch.setattr(batch_run, "process_partition", partition)
    monkeypatch.setattr(batch_run, "run_merge", lambda url: calls.append(url) or "merged")
    monkeypatch.setattr(chaos.Store, "migrate", lambda self: self)
    report = batch_run.run_batch(batch_run.BatchConfig([str(tmp_path)], tmp_path / "out",
                                                       store_url=f"sqlite:///{tmp_path / 's.sqlite'}"))
    assert bool(report.failed) == fails and bool(calls) == merged
