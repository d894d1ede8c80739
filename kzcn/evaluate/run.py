"""``kzcn eval``: extract the given articles and score them against a gold JSONL file."""

from __future__ import annotations

import json
from pathlib import Path

from kzcn.errors import InputError
from kzcn.evaluate.report import (Report, doc_key, evaluate, evaluate_by_language, render,
                                   render_languages)
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


def read_golds(paths: list[Path]) -> list[dict]:
    """Several gold sets as one; a document annotated in two of them is an error naming both."""
    records, seen = [], {}
    for path in paths:
        for record in read_gold(path):
            key = doc_key(record["doc"])
            if key in seen:
                raise InputError("each document annotated once", f"{key!r} again (first in {seen[key]})", str(path))
            seen[key] = str(path)
            records.append(record)
    return records


def read_records(path: Path) -> list[dict]:
    """Records extracted earlier (``kzcn extract --out``), to score another version's output."""
    return read_gold(path)


def score_paths(paths: list[str], gold_path: Path | list[Path], settings: Settings,
                only_present: bool = False) -> Report:
    """The Report for the articles under ``paths`` against the gold set(s)."""
    gold = read_golds(gold_path if isinstance(gold_path, list) else [gold_path])
    return evaluate(gold, extract_records(paths, settings), only_present=only_present)


def evaluate_paths(paths: list[str], gold_path: Path | list[Path], settings: Settings, verbose: bool = False,
                   predicted: Path | None = None, only_present: bool = False) -> str:
    """The rendered score table, with a table per language when the set has several."""
    gold = read_golds(gold_path if isinstance(gold_path, list) else [gold_path])
    records = read_records(predicted) if predicted else extract_records(paths, settings)
    report = evaluate(gold, records, only_present=only_present)
    by_language = evaluate_by_language(gold, records, only_present=only_present)
    table = render_languages(by_language) + "\n" if len(by_language) > 1 else ""
    return table + render(report, verbose=verbose)
