"""Articles per second per core: triage alone on irrelevant articles, and the full pipeline on
relevant kk/ru articles with CPU milliseconds per stage."""

from __future__ import annotations

import json
import warnings
from pathlib import Path

from benchmarks.synth import generate
from benchmarks.timing import Clock, peak_rss_mb, timed
from kzcn.clean import make_document
from kzcn.ingest.records import record_to_article
from kzcn.pipeline.runner import Pipeline


def _raws(records: list[dict]) -> list:
    return [record_to_article(r, "synthetic.jsonl", f"synthetic.jsonl:{i + 1}") for i, r in enumerate(records)]


def measure_triage(n: int, seed: int = 1) -> dict:
    """Triage on ``n`` irrelevant articles: the stage alone, and parse+clean+triage end to end;
    plus its recall and precision on a 10%-relevant corpus (synthetic truth)."""
    from kzcn.triage import TriageStage

    records = [json.dumps(r, ensure_ascii=False) for r in generate(n, 0.0, seed)]
    stage = TriageStage()
    with Clock() as whole:
        docs = [make_document(raw) for raw in _raws([json.loads(line) for line in records])]
        with Clock() as alone:
            kept = sum(stage(doc).rejection is None for doc in docs)
    mixed = list(generate(max(2000, n // 5), 0.1, seed + 1))
    verdicts = [stage(make_document(raw)).rejection is None for raw in _raws(mixed)]
    truth = [r["about_china"] for r in mixed]
    hits = sum(v and t for v, t in zip(verdicts, truth))
    return {"articles": n, "kept_irrelevant": kept,
            "triage_alone_per_cpu_s": round(n / alone.cpu), "triage_alone_per_wall_s": round(n / alone.wall),
            "parse_clean_triage_per_cpu_s": round(n / whole.cpu),
            "parse_clean_triage_per_wall_s": round(n / whole.wall),
            "mixed_recall": round(hits / max(1, sum(truth)), 4),
            "mixed_precision": round(hits / max(1, sum(verdicts)), 4)}


def measure_pipeline(n: int, seed: int = 2, proposed: bool = False) -> dict:
    """The full triaged pipeline on ``n`` relevant kk/ru articles (after a warm-up of 20)."""
    warnings.simplefilter("ignore")
    patches = []
    if proposed:
        from benchmarks.proposed import apply_all

        patches = apply_all()
    from kzcn.triage import triaged_stages

    with Clock() as build:
        stages, cpu = timed(triaged_stages())
        pipeline = Pipeline(stages)
    docs = [make_document(raw) for raw in _raws(list(generate(n + 20, 1.0, seed)))]
    for doc in docs[:20]:
        pipeline(doc)
    cpu.clear()
    with Clock() as run:
        out = [pipeline(doc) for doc in docs[20:]]
    return {"articles": n, "proposed_patches": patches, "build_seconds": round(build.wall, 2),
            "per_cpu_s": round(n / run.cpu, 2), "per_wall_s": round(n / run.wall, 2),
            "kept": sum(d.rejection is None for d in out),
            "facts": sum(len(d.events) + len(d.projects) + len(d.figures) for d in out),
            "stage_cpu_ms_per_article": {k: round(1000 * v / n, 2) for k, v in cpu.items()},
            "peak_rss_mb": peak_rss_mb()}
