"""Articles per second per core: triage alone on irrelevant articles, and the full pipeline on
relevant kk/ru articles with CPU milliseconds per stage."""

from __future__ import annotations

import json
import time
import warnings
from pathlib import Path

from benchmarks.synth import generate
from benchmarks.timing import Clock, peak_rss_mb, timed
from kzcn.clean import make_document
from kzcn.language.script import dominant_script, language_label
from kzcn.ingest.records import record_to_article
from kzcn.model import Rejection
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


#: Where the real-length corpus comes from: real articles cached by ``make eval-real``'s fetch
#: (never committed), else the project's own fictional articles of press length.
REAL_TEXTS = ("var/real-dev", "var/real")
OWN_TEXTS = ("examples/corpus", "tests/cases/dev2", "tests/cases/dev3", "tests/cases/heldout", "tests/cases/zh",
             "tests/cases/kk_scripts")


def real_length_paths(root: Path, min_bytes: int = 700) -> tuple[str, list[Path]]:
    """(what, files): the cached real articles if any, else the fictional ones of press length."""
    for source, folders in (("real articles (var/)", REAL_TEXTS), ("own fictional articles", OWN_TEXTS)):
        files = sorted(p for folder in folders for p in (root / folder).glob("*.txt")
                       if p.stat().st_size >= min_bytes)
        if files:
            return source, files
    return "none", []


def measure_real_length(rounds: int = 3) -> dict:
    """The full triaged pipeline on press-length articles (1-6 KB), each read ``rounds`` times."""
    warnings.simplefilter("ignore")
    from kzcn.ingest.paths import read_path
    from kzcn.triage import triaged_stages

    source, files = real_length_paths(Path(__file__).parent.parent)
    stages, cpu = timed(triaged_stages())
    pipeline = Pipeline(stages)
    docs = [doc for path in files for raw in read_path(path) if not isinstance(raw, Rejection)
            if not isinstance(doc := make_document(raw), Rejection)]
    for doc in docs[:10]:
        pipeline(doc)
    cpu.clear()
    by_lang: dict[str, list[float]] = {}  # language -> [CPU seconds, relevant articles]
    out = []
    with Clock() as run:
        for _ in range(rounds):
            for doc in docs:
                started = time.process_time()
                done = pipeline(doc)
                lang = language_label(done.lang, dominant_script(done.text))
                tally = by_lang.setdefault(lang, [0.0, 0])
                tally[0] += time.process_time() - started
                tally[1] += done.rejection is None
                out.append(done)
    relevant = sum(d.rejection is None for d in out)
    sizes = sorted(len(d.text.encode("utf-8")) for d in docs) or [0]
    return {"source": source, "articles": len(docs), "rounds": rounds,
            "median_bytes": sizes[len(sizes) // 2], "relevant_per_cpu_s": round(relevant / run.cpu, 2),
            "per_wall_s": round(len(out) / run.wall, 2), "relevant": relevant,
            "relevant_per_cpu_s_by_language": {lang: round(n / cpu, 2) for lang, (cpu, n) in sorted(by_lang.items())
                                               if cpu > 0},
            "articles_by_language": {lang: n // rounds for lang, (_, n) in sorted(by_lang.items())},
            "stage_cpu_ms_per_article": {k: round(1000 * v / len(out), 2) for k, v in cpu.items()},
            "peak_rss_mb": peak_rss_mb()}
