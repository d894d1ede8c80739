"""Scores the entities stage on the annotated seed articles (SCHEMA "How a comparison scores")."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from kzcn.extract.entities.stage import EntityStage, entity_fields
from kzcn.gazetteer import Gazetteer
from kzcn.link.morph import kk_nominative
from kzcn.model import Document, Sentence

SHARED = Path("/work/shared")
LEGAL = re.compile(r"\b(co|ltd|llc|jsc|inc|corp|тоо|жшс|ао|ақ)\b\.?")


def norm(name: str) -> str:
    """Case, punctuation, quotes and legal suffixes ignored; case endings reduced."""
    words = LEGAL.sub(" ", name.lower().replace("ё", "е"))
    words = re.sub(r"[^\w\s]", " ", words).split()
    return " ".join(kk_nominative(w) for w in words)


def f1(gold: set, got: set) -> tuple[int, int, int]:
    return len(gold & got), len(got), len(gold)


def score(field: str) -> float:
    stage, tp, n_got, n_gold = EntityStage(Gazetteer.load()), 0, 0, 0
    for line in (SHARED / "gold" / "seeds.jsonl").read_text().splitlines():
        gold = json.loads(line)
        text = (SHARED / "seeds" / gold["doc"]).read_text()
        doc = Document(text=text, lang=gold["lang"]).add(
            sentences=(Sentence(0, len(text), gold["lang"]),))
        got = entity_fields(stage(doc))
        if field in ("kz_regions", "cn_places"):
            g, o = set(gold[field]), set(got[field])
        else:
            g = {norm(x["name"]) for x in gold[field]}
            o = {norm(x["name"]) for x in got[field]}
        a, b, c = f1(g, o)
        tp, n_got, n_gold = tp + a, n_got + b, n_gold + c
    precision, recall = tp / max(n_got, 1), tp / max(n_gold, 1)
    return 2 * precision * recall / max(precision + recall, 1e-9)


@pytest.mark.skipif(not (SHARED / "gold" / "seeds.jsonl").exists(), reason="no shared gold")
@pytest.mark.parametrize(("field", "floor"), [
    ("kz_regions", 0.95), ("cn_places", 0.95), ("organizations", 0.85), ("people", 0.85)])
def test_entities_seed_scores_reach_floor(field: str, floor: float) -> None:
    assert score(field) >= floor
