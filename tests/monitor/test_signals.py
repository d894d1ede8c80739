"""SIGTERM or SIGKILL in the middle of `kzcn watch`: nothing is lost, nothing doubled, and the
next run stores exactly what was left."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest
from sqlalchemy import select

from kzcn.monitor.watch import Watcher
from kzcn.store import tables as t
from tests.conftest import ROOT
from tests.monitor.articles import ARTICLES, page, rss
from tests.monitor.server import Route

N = 6


def _slow_site(site) -> list[str]:
    relevant = list(ARTICLES)[:3]
    paths = [f"/news/2025/03/item-{n}-1{n:04d}" for n in range(N)]
    for n, path in enumerate(paths):
        body = page(relevant[n % 3], extra=f"Материал подготовлен отделом номер {n + 1}.")
        site.routes[path] = Route(body, delay=0.4)
    site.routes["/rss.xml"] = Route(rss(site.base, []).replace(b"</channel>", b"".join(
        f"<item><title>t{n}</title><link>{site.base}{p}</link></item>".encode() for n, p in enumerate(paths))
        + b"</channel>"), content_type="application/rss+xml", etag='"s1"')
    return paths


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGKILL])
def test_watch_killed_mid_run_resumes_without_loss_or_duplicates(site, settings, store, registry, poller, sig):
    paths = _slow_site(site)
    source, _ = registry.add(site.base + "/rss.xml", "feed")
    env = {**os.environ, "KZCN_DATABASE_URL": settings.database_url, "KZCN_FETCH_ALLOW_PRIVATE": "1",
           "KZCN_FETCH_DELAY": "0"}
    process = subprocess.Popen([sys.executable, "-m", "kzcn.cli", "watch", "--once", "--max-age-days", "0"],
                               cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 120
        while store.count("documents") < 1 and time.monotonic() < deadline and process.poll() is None:
            time.sleep(0.05)
        process.send_signal(sig)
        _, stderr = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
    stored_before = store.count("documents")
    assert 1 <= stored_before < N, stderr.decode()[-2000:]
    if sig == signal.SIGTERM:
        assert process.returncode == 0, stderr.decode()[-2000:]
        assert b"finishing the current article" in stderr
    Watcher(poller).run(once=True)
    assert store.count("documents") == N
    with store.engine.connect() as conn:
        states = conn.execute(select(t.source_items.c.state).where(t.source_items.c.source_id == source.id)).scalars().all()
    assert sorted(states) == ["stored"] * N or (sig == signal.SIGKILL and set(states) <= {"stored", "known"})
    assert all(len(site.hits(p)) <= 2 for p in paths)
