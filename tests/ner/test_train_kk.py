"""Training smoke test: a few hundred KazNERD sentences into a temporary model."""

import json
from pathlib import Path

import pytest

from kzcn.ner import KazakhNER
from kzcn.ner.train_kk import main

KAZNERD = Path("/work/shared/kaznerd")


@pytest.mark.skipif(not (KAZNERD / "IOB2_valid2.txt").is_file(), reason="KazNERD not present")
def test_train_kk_smoke(tmp_path):
    out = tmp_path / "tiny.crfsuite"
    metrics = main(["--data", str(KAZNERD), "--out", str(out), "--limit", "200", "--iterations", "15"])
    assert out.is_file() and metrics["train_sentences"] + metrics["held_out_sentences"] == 200
    written = json.loads(out.with_suffix(".metrics.json").read_text(encoding="utf-8"))
    assert written["micro_f1"] == metrics["micro_f1"] and 0.0 <= written["micro_f1"] <= 1.0
    assert KazakhNER.load(out).tag(["Астана", "."])[1] == "O"
