"""The results table (benchmarks/results/README.md) and the 1M-article extrapolation."""

from __future__ import annotations

import json
from pathlib import Path

TARGETS = {"triage": 2000, "pipeline": 50, "memory_mb": 1024, "speedup": 1.8, "hours_1m": 1.0}


def _load(results: Path, name: str) -> dict:
    path = results / f"{name}.json"
    return json.loads(path.read_text("utf-8")) if path.exists() else {}


def extrapolate(triage: dict, pipeline: dict, store: dict, scaling: dict,
                n: int = 1_000_000, share: float = 0.1, cores: int = 2) -> dict:
    """Hours for ``n`` articles, ``share`` relevant, on ``cores``: CPU cost per article kind
    from the single-core rates, divided by the measured parallel efficiency, plus store time."""
    irrelevant = n * (1 - share) / triage["parse_clean_triage_per_cpu_s"]
    relevant = n * share * (1 / pipeline["per_cpu_s"] + 1 / triage["parse_clean_triage_per_cpu_s"])
    efficiency = min(1.0, scaling.get("speedup", cores) / cores) if scaling else 1.0
    load_rate = store.get("postgres_bulk_per_s") or store.get("sqlite_bulk_per_s")
    storing = n * share / load_rate if load_rate else 0.0
    seconds = (irrelevant + relevant) / (cores * efficiency) + storing
    return {"articles": n, "relevant_share": share, "cores": cores,
            "cpu_seconds_irrelevant": round(irrelevant), "cpu_seconds_relevant": round(relevant),
            "parallel_efficiency": round(efficiency, 2), "store_seconds": round(storing),
            "hours": round(seconds / 3600, 2)}


def _row(what: str, value, target: str, ok: bool | None) -> str:
    mark = "" if ok is None else ("yes" if ok else "**no**")
    return f"| {what} | {value} | {target} | {mark} |"


def write_readme(results: Path) -> str:
    """Render the table from the JSON files present; returns the text written."""
    t, p, pp, s, sc = (_load(results, n) for n in ("triage", "pipeline", "pipeline_proposed", "store", "scaling"))
    rows = ["| measure | value | target | met |", "|---|---|---|---|"]
    if t:
        rows.append(_row("triage alone, irrelevant articles / CPU-s", t["triage_alone_per_cpu_s"], ">= 2,000", t["triage_alone_per_cpu_s"] >= TARGETS["triage"]))
        rows.append(_row("parse + clean + triage, irrelevant articles / CPU-s", t["parse_clean_triage_per_cpu_s"], ">= 2,000", t["parse_clean_triage_per_cpu_s"] >= TARGETS["triage"]))
        rows.append(_row("triage recall / precision on a 10%-relevant synthetic corpus", f"{t['mixed_recall']} / {t['mixed_precision']}", "recall 1.0", t["mixed_recall"] == 1.0))
    for name, res in (("full pipeline (as is)", p), ("full pipeline + benchmarks/proposed.py", pp)):
        if res:
            rows.append(_row(f"{name}, relevant kk/ru articles / CPU-s", res["per_cpu_s"], ">= 50", res["per_cpu_s"] >= TARGETS["pipeline"]))
    if sc:
        peak = max(sc["one"]["peak_rss_mb_per_worker"], sc["two"]["peak_rss_mb_per_worker"])
        rows.append(_row("peak memory per worker (MB)", peak, "< 1,024", peak < TARGETS["memory_mb"]))
        rows.append(_row(f"batch speed-up 1 -> 2 workers, wall ({sc['one']['articles']} articles, 10% relevant)", sc["speedup"], ">= 1.8", sc["speedup"] >= TARGETS["speedup"]))
        if "cpu_share" in sc["one"]:
            fair = round(sc["speedup"] * sc["one"]["cpu_share"] / sc["two"]["cpu_share"], 2)
            rows.append(_row(f"same, normalised by the CPU share each run got (1 worker {sc['one']['cpu_share']}, 2 workers {sc['two']['cpu_share']} of a core each)", fair, ">= 1.8", fair >= TARGETS["speedup"]))
    if s:
        for key in ("sqlite_bulk_per_s", "sqlite_single_per_s", "postgres_bulk_per_s", "postgres_single_per_s"):
            if key in s:
                rows.append(_row(f"store load, {key.replace('_per_s', '').replace('_', ' ')} (documents/s)", s[key], "", None))
    extra = []
    if t and p and sc:
        for name, res in (("as is", p), ("with proposed patches", pp)):
            if res:
                e = extrapolate(t, res, s, sc)
                extra.append(f"- 1,000,000 articles, 10% relevant, 2 cores, {name}: **{e['hours']} h** "
                             f"(extrapolated, not run: {json.dumps(e)})")
    if sc:
        two = sc["two"]
        hours = (1_000_000 / two["per_wall_s"] + (100_000 / s["postgres_bulk_per_s"] if s.get("postgres_bulk_per_s") else 0)) / 3600
        extra.append(f"- the same from the measured `run_batch` rate on 2 workers ({two['per_wall_s']} articles/s wall over "
                     f"{two['articles']} articles, 10% relevant, as is) plus PostgreSQL bulk loading: **{hours:.2f} h** (extrapolated)")
    stage = p.get("stage_cpu_ms_per_article", {})
    lines = ["# Benchmark results", "", "Measured by `python -m benchmarks.run` (`make bench`) on the machine in each JSON file's",
             "`machine` field (2 cores, shared with other jobs: rates are per CPU-second, wall rates are in the JSON).",
             "Corpora are synthetic (benchmarks/synth.py, kk and ru, templates of our own).", "", *rows, "",
             *extra, "", "CPU ms per relevant article by stage (as is): " + ", ".join(f"{k} {v}" for k, v in stage.items()), ""]
    text = "\n".join(lines)
    (results / "README.md").write_text(text, "utf-8")
    return text
