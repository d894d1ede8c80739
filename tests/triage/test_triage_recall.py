"""Triage loses no annotated fact: every annotated article (seeds and the sample corpus) is
kept, and every sentence the full pipeline draws a fact from stays in the sentence mask."""

from __future__ import annotations

import json
import warnings

import pytest

from kzcn.model import Rejection
from kzcn.pipeline.process import process_paths
from kzcn.pipeline.runner import Pipeline
from kzcn.settings import Settings
from kzcn.triage import TriageStage, relevant_sentences, triaged_stages
from tests.conftest import CORPUS, SEED_GOLD, SEEDS


def _gold_docs() -> list[str]:
    names = []
    for path in (SEED_GOLD, CORPUS / "gold.jsonl"):
        names += [json.loads(line)["doc"] for line in path.read_text("utf-8").splitlines() if line.strip()]
    return names


@pytest.fixture(scope="module")
def processed() -> dict:
    """Every annotated article through triage + the full pipeline, keyed by its gold name."""
    warnings.simplefilter("ignore")
    pipeline = Pipeline(triaged_stages())
    out = {}
    for item in process_paths([str(SEEDS), str(CORPUS)], pipeline, Settings()):
        key = item.where if isinstance(item, Rejection) else item.source
        out[key.rsplit("/", 1)[-1] if "example-news" not in key else key] = item
    return out


def test_triage_recall_keeps_every_annotated_article(processed):
    names = _gold_docs()
    assert len(names) >= 40
    lost = [n for n in names if not any(k.endswith(n) or n.endswith(k) for k, v in processed.items()
                                        if not isinstance(v, Rejection))]
    assert lost == []


def test_triage_recall_keeps_every_evidence_sentence(processed):
    facts = lost = 0
    for doc in processed.values():
        if isinstance(doc, Rejection):
            continue
        kept = {s.start for s in relevant_sentences(doc)}
        for fact in (*doc.events, *doc.projects, *doc.figures):
            if fact.evidence is None:
                continue
            facts += 1
            sentence = doc.sentence_at(fact.evidence.sentence_start)
            lost += sentence is None or sentence.start not in kept
    assert facts > 100 and lost == 0


@pytest.mark.parametrize("folder", [SEEDS, CORPUS])
def test_triage_recall_alone_keeps_every_article(folder):
    """Triage alone (no other stage) keeps every annotated article of ``folder``."""
    items = list(process_paths([str(folder)], Pipeline([TriageStage()]), Settings()))
    rejected = [i.where for i in items if isinstance(i, Rejection)]
    assert rejected == [] and len(items) >= 5
