"""The manifest of finished partitions: one JSON line each, appended and flushed as soon as a
partition's Parquet file is in place, so a crashed run resumes where it stopped."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

MANIFEST = "manifest.jsonl"


def manifest_path(out_dir: Path) -> Path:
    return Path(out_dir) / MANIFEST


def load_done(out_dir: Path) -> dict[str, str]:
    """``{partition id: fingerprint}`` of finished partitions whose output still exists; a torn
    last line (crash while writing) is ignored."""
    path, done = manifest_path(out_dir), {}
    if not path.exists():
        return done
    for line in path.read_text("utf-8").splitlines():
        try:
            entry = json.loads(line)
        except ValueError:
            continue
        part_file = entry.get("parquet")
        if part_file is None or (Path(out_dir) / part_file).exists():
            done[entry["id"]] = entry["fingerprint"]
    return done


def append_done(out_dir: Path, entry: dict[str, Any]) -> None:
    """Record one finished partition durably (after a torn last line, on a fresh line)."""
    path = manifest_path(out_dir)
    torn = False
    if path.exists() and path.stat().st_size > 0:
        with path.open("rb") as tail:
            tail.seek(-1, os.SEEK_END)
            torn = tail.read(1) != b"\n"
    with path.open("a", encoding="utf-8") as handle:
        handle.write(("\n" if torn else "") + json.dumps(entry, ensure_ascii=False) + "\n")
        handle.flush()
        os.fsync(handle.fileno())
