"""The pinned figures score on the five annotated seed articles (SCHEMA.md scoring)."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from test_figures_support import run_stages, score, seed_documents  # noqa: E402

#: Measured 2026 on the seeds: 10 of 10 gold figures, 0 spurious, 10 of 10 periods right.
F1_FLOOR, PERIOD_FLOOR = 0.95, 0.9

pytestmark = pytest.mark.skipif(not Path("/work/shared/gold/seeds.jsonl").exists(), reason="no seeds")


def test_figures_seeds_f1_and_period_accuracy():
    totals = [0, 0, 0, 0]
    for doc, gold in seed_documents():
        figures = run_stages(doc).figures
        predicted = [{"metric": f.metric, "subject": f.subject, "value": f.value, "period": f.period} for f in figures]
        totals = [t + s for t, s in zip(totals, score(predicted, gold["figures"]))]
    matched, n_predicted, n_gold, period_ok = totals
    precision, recall = matched / max(n_predicted, 1), matched / max(n_gold, 1)
    f1 = 2 * precision * recall / max(precision + recall, 1e-9)
    assert f1 >= F1_FLOOR, totals
    assert period_ok / max(matched, 1) >= PERIOD_FLOOR, totals


def test_figures_seeds_evidence_spans_inside_sentence():
    for doc, _ in seed_documents():
        for figure in run_stages(doc).figures:
            ev = figure.evidence
            assert all(ev.sentence_start <= a and b <= ev.sentence_stop for a, b in ev.spans)
