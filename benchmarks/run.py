"""All of kzcn's throughput benchmarks in one command; results in benchmarks/results/.

    python -m benchmarks.run            # full sizes (~5-10 minutes on 2 cores)
    python -m benchmarks.run --quick    # small sizes (~1-2 minutes)
    python -m benchmarks.run --proposed # also measure the patches in benchmarks/proposed.py
"""

from __future__ import annotations

import argparse
import json
import os
import platform
from datetime import datetime, timezone
from pathlib import Path

RESULTS = Path(__file__).parent / "results"
SIZES = {"full": {"triage": 20000, "pipeline": 300, "scaling": 6000, "store": 300},
         "quick": {"triage": 4000, "pipeline": 80, "scaling": 1500, "store": 80}}


def machine() -> dict:
    """What the numbers were measured on."""
    return {"cpus": os.cpu_count(), "python": platform.python_version(),
            "platform": platform.platform(), "load_average": os.getloadavg(),
            "at": datetime.now(timezone.utc).isoformat(timespec="seconds")}


def write(name: str, result: dict) -> None:
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / f"{name}.json").write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", "utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description="kzcn throughput benchmarks")
    parser.add_argument("--quick", action="store_true", help="Small sizes.")
    parser.add_argument("--proposed", action="store_true", help="Also measure benchmarks/proposed.py.")
    parser.add_argument("--only", default="triage,pipeline,real_length,store,scaling",
                        help="Comma-separated subset of triage,pipeline,real_length,store,scaling.")
    args = parser.parse_args()
    os.environ.setdefault("OMP_NUM_THREADS", "1")  # one core per worker: numpy must not fan out
    sizes, only = SIZES["quick" if args.quick else "full"], set(args.only.split(","))
    env = machine()
    if "triage" in only:
        from benchmarks.throughput import measure_triage

        write("triage", {"command": "python -m benchmarks.run", "machine": env, **measure_triage(sizes["triage"])})
    if "pipeline" in only:
        _pipeline(sizes["pipeline"], args.proposed, env)
    if "real_length" in only:  # press-length articles (1-6 KB): cached real ones, else our own
        from benchmarks.throughput import measure_real_length

        write("real_length", {"command": "python -m benchmarks.run --only real_length", "machine": env,
                              **measure_real_length(1 if args.quick else 3)})
    if "store" in only:
        from benchmarks.store_load import measure_store

        write("store", {"machine": env, **measure_store(sizes["store"])})
    if "scaling" in only:
        from benchmarks.scaling import measure_scaling

        write("scaling", {"machine": env, **measure_scaling(sizes["scaling"], 0.1)})
    from benchmarks.report import write_readme

    print(write_readme(RESULTS))


def _pipeline(n: int, proposed: bool, env: dict) -> None:
    """Each measurement in a fresh process: patches must not leak into the 'as is' numbers."""
    import subprocess
    import sys

    for name, flag in (("pipeline", []), ("pipeline_proposed", ["--proposed"]))[: 2 if proposed else 1]:
        code = ("import json,sys; from benchmarks.throughput import measure_pipeline; "
                f"print(json.dumps(measure_pipeline({n}, proposed={bool(flag)})))")
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                              cwd=Path(__file__).parent.parent)
        write(name, {"machine": env, **json.loads(done.stdout.strip().splitlines()[-1])})


if __name__ == "__main__":
    main()
