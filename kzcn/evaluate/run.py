"""``kzcn eval``: extract the given articles and score them against a gold JSONL file."""

from __future__ import annotations

import json
from pathlib import Path

from kzcn.errors import InputError
from kzcn.evaluate.report import Report, evaluate, render
from kzcn.export.record import to_record
from kzcn.model import Rejection
from kzcn.settings import Settings


def read_gold(path: Path) -> list[dict]:
    """Gold records, one JSON object per line; a bad line raises InputError naming it."""
    records = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            raise InputError("a JSON object", f"invalid JSON ({err.msg})", f"{path}:{number}") from err
        if not isinstance(record, dict) or "doc" not in record:
            raise InputError("an object with a 'doc' key", type(record).__name__, f"{path}:{number}")
        records.append(record)
    return records


def extract_records(paths: list[str], settings: Settings) -> list[dict]:
    """SCHEMA records for every article under ``paths``."""
    from kzcn.pipeline.process import process_paths
    from kzcn.pipeline.registry import build_pipeline

    pipeline = build_pipeline(settings)
    records = []
    for item in process_paths(paths, pipeline, settings):
        if isinstance(item, Rejection) and item.document is not None:
            item = item.document  # skipped by triage: scored as an article with no facts
        if not isinstance(item, Rejection):
            records.append(to_record(item))
    return records


def score_paths(paths: list[str], gold_path: Path, settings: Settings) -> Report:
    """The Report for the articles under ``paths`` against ``gold_path``."""
    gold = read_gold(gold_path)
    return evaluate(gold, extract_records(paths, settings))


def evaluate_paths(paths: list[str], gold_path: Path, settings: Settings, verbose: bool = False) -> str:
    """The rendered score table."""
    return render(score_paths(paths, gold_path, settings), verbose=verbose)
