"""p95 latency of a filtered list request on a store of 100,000 synthetic articles.

    .venv/bin/python -m benchmarks.api_latency [--articles 100000] [--requests 200]

Rows are inserted directly with executemany (no extraction), then the API is called in-process
(FastAPI TestClient, so HTTP parsing and JSON encoding are counted; no network). Target: < 200 ms.
Writes benchmarks/results/api_latency.json.
"""

from __future__ import annotations

import argparse
import json
import platform
import random
import statistics
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

from sqlalchemy import insert

from kzcn.api.app import create_app
from kzcn.api.routes.places import kz_units
from kzcn.settings import Settings
from kzcn.store import Store
from kzcn.store import tables as t

RESULTS = Path(__file__).resolve().parent / "results" / "api_latency.json"
TYPES = ("meeting", "visit", "agreement", "forum", "site_visit", "office_opening", "project_launch")
PARTIES = ("Xinjiang", "Henan", "Shandong", "Jiangsu", "Urumqi", "Example Machinery Co")
BATCH = 5000


def _rows(i: int, rng: random.Random, regions: list[str]) -> tuple[dict, dict]:
    doc_id = f"{i:016x}"
    published = f"{rng.randint(2019, 2026)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    text = f"Synthetic article {i} about {rng.choice(regions)} and {rng.choice(PARTIES)}."
    doc = {"id": doc_id, "source": f"synthetic/{i}.txt", "url": None, "title": f"Article {i}",
           "published": published, "lang": rng.choice(("kk", "ru", "en")), "text": text,
           "ingested_at": datetime.now(timezone.utc), "pipeline": "bench", "duplicate_of": None}
    event = {"id": f"{doc_id}-e0", "doc_id": doc_id, "type": rng.choice(TYPES),
             "kz_region": rng.choice(regions), "date": published, "place": None, "instrument": None,
             "cn_parties": [rng.choice(PARTIES)], "sentence_start": 0, "sentence_stop": len(text),
             "confidence": 0.9, "summary": "synthetic"}
    return doc, event


def build_store(url: str, articles: int, seed: int = 7) -> Store:
    """A store holding ``articles`` synthetic documents with one event each."""
    store = Store(url).migrate()
    rng, regions = random.Random(seed), [u.name for u in kz_units()]
    with store.engine.begin() as conn:
        for start in range(0, articles, BATCH):
            pairs = [_rows(i, rng, regions) for i in range(start, min(articles, start + BATCH))]
            conn.execute(insert(t.documents), [d for d, _ in pairs])
            conn.execute(insert(t.events), [e for _, e in pairs])
    return store


def measure(store: Store, requests: int, seed: int = 11) -> list[float]:
    """Milliseconds per filtered list request (region + type + date range, first page)."""
    from fastapi.testclient import TestClient

    client = TestClient(create_app(Settings(database_url=store.url), store=store))
    rng, regions = random.Random(seed), [u.name for u in kz_units()]
    timings = []
    for _ in range(requests):
        params = {"region": rng.choice(regions), "type": rng.choice(TYPES),
                  "date_from": f"{rng.randint(2019, 2023)}-01", "limit": 50}
        start = time.perf_counter()
        response = client.get("/api/events", params=params)
        timings.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200, response.text
    return timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=200)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        store = build_store(f"sqlite:///{folder}/bench.sqlite", args.articles)
        build_s = time.perf_counter() - started
        measure(store, 10)  # warm caches
        timings = sorted(measure(store, args.requests))
    p95 = timings[int(0.95 * (len(timings) - 1))]
    result = {"articles": args.articles, "requests": args.requests, "request": "GET /api/events?region&type&date_from&limit=50",
              "p50_ms": round(statistics.median(timings), 2), "p95_ms": round(p95, 2),
              "max_ms": round(timings[-1], 2), "target_p95_ms": 200, "met": p95 < 200,
              "build_store_s": round(build_s, 1), "database": "sqlite",
              "machine": f"{platform.machine()} {platform.processor() or ''} python {platform.python_version()}".strip(),
              "measured_at": datetime.now(timezone.utc).isoformat(timespec="seconds")}
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
