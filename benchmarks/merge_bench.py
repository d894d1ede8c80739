"""Merge benchmark: time to merge N synthetic articles (default 10,000) and the quality of the
duplicate groups and event clusters against the truth they were generated from; also dedup
precision/recall on the hand-labelled test corpus (tests/cases/merge/corpus.jsonl).

Run: cd /work/main && .venv/bin/python benchmarks/merge_bench.py [--articles 10000] [--db URL]
Writes benchmarks/results/merge.json.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import platform
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

from sqlalchemy import insert

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.merge_synthetic import generate  # noqa: E402
from kzcn.merge import merge_store  # noqa: E402
from kzcn.store import Store  # noqa: E402
from kzcn.store import tables as t  # noqa: E402
from kzcn.store.rows import document_rows  # noqa: E402


def bulk_save(store: Store, docs) -> None:
    """Insert documents and their facts in one transaction (faster set-up than save_document)."""
    merged: dict[str, list] = {}
    now = datetime.now(timezone.utc)
    for doc in docs:
        for name, rows in document_rows(doc, now, "bench").items():
            merged.setdefault(name, []).extend(rows)
    with store.engine.begin() as conn:
        for name in ("documents", "sentences", "mentions", "events", "projects", "figures", "evidence"):
            rows = merged.get(name, [])
            for start in range(0, len(rows), 2000):
                conn.execute(insert(t.metadata.tables[name]), rows[start:start + 2000])


def pair_scores(found: dict[str, str], truth: dict[str, str]) -> dict[str, float]:
    """Pairwise precision/recall/F1 of a clustering (item -> cluster) against the truth."""
    def pairs(assignment):
        groups: dict[str, list[str]] = {}
        for item, group in assignment.items():
            groups.setdefault(group, []).append(item)
        return {frozenset(p) for g in groups.values() for p in itertools.combinations(sorted(g), 2)}

    got, want = pairs(found), pairs(truth)
    precision = len(got & want) / len(got) if got else 1.0
    recall = len(got & want) / len(want) if want else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"pairs_true": len(want), "pairs_found": len(got), "precision": round(precision, 4),
            "recall": round(recall, 4), "f1": round(f1, 4)}


def dedup_assignment(store: Store) -> dict[str, str]:
    """Document id -> its canonical document id (itself when it has no copies)."""
    return {row["id"]: row["duplicate_of"] or row["id"] for row in store.iter_documents()}


def synthetic_run(url: str, n_articles: int) -> dict:
    store = Store(url).migrate()
    articles = generate(n_articles + 500)
    main, later = articles[:n_articles], articles[n_articles:]
    bulk_save(store, [a.doc for a in main])
    started = time.perf_counter()
    report = merge_store(store)
    full = time.perf_counter() - started
    bulk_save(store, [a.doc for a in later])
    started = time.perf_counter()
    incremental = merge_store(store)
    inc_seconds = time.perf_counter() - started
    rerun = merge_store(store).total_seconds
    doc_truth = {a.doc.id: str(a.dup_group) for a in articles}
    doc_truth = {d: doc_truth[d] for d in doc_truth}
    by_doc = {a.doc.id: a for a in articles}
    event_truth = {f"{a.doc.id}-e0": str(a.happening) for a in articles}
    events = {r["fact_id"]: r["cluster_id"] for r in store.rows("event_members", limit=10**7)}
    return {
        "articles": n_articles, "merge_seconds": round(full, 2), "parts_seconds": report.seconds,
        "parts": report.parts, "incremental_articles": len(later),
        "incremental_seconds": round(inc_seconds, 2), "incremental_parts": incremental.parts,
        "rerun_seconds": rerun,
        "duplicates": pair_scores(dedup_assignment(store), {d: doc_truth[d] for d in by_doc}),
        "events": pair_scores(events, event_truth),
    }


def corpus_run(url: str) -> dict:
    from tests.merge.corpus import load_cases, to_document

    store = Store(url).migrate()
    cases = load_cases()
    truth = {}
    for case in cases:
        doc = to_document(case)
        store.save_document(doc)
        truth[doc.id] = case["dup"] or doc.id
    merge_store(store)
    return {"documents": len(cases), "duplicates": pair_scores(dedup_assignment(store), truth)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--db", default=None, help="Database URL (default: a temporary SQLite file).")
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results" / "merge.json")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        url = args.db or f"sqlite:///{tmp}/bench.sqlite"
        synthetic = synthetic_run(url, args.articles)
        corpus = corpus_run(f"sqlite:///{tmp}/corpus.sqlite")
    result = {"command": "benchmarks/merge_bench.py " + " ".join(sys.argv[1:]),
              "backend": (args.db or "sqlite").split(":", 1)[0],
              "machine": {"platform": platform.platform(), "python": platform.python_version(),
                          "cpus": os.cpu_count(), "processor": platform.processor() or platform.machine()},
              "synthetic": synthetic, "corpus": corpus}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(json.dumps({k: result["synthetic"][k] for k in ("articles", "merge_seconds", "incremental_seconds",
                                                            "rerun_seconds", "duplicates", "events")}, indent=2))
    print(json.dumps(result["corpus"], indent=2))


if __name__ == "__main__":
    main()
