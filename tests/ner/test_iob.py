"""IOB2 spans and the exact-match entity metric."""

import pytest

from kzcn.ner.iob import entity_scores, iob_spans


@pytest.mark.parametrize(
    ("tags", "expected"),
    [
        (["B-PERSON", "I-PERSON", "O"], [(0, 2, "PERSON")]),
        (["B-GPE", "B-GPE"], [(0, 1, "GPE"), (1, 2, "GPE")]),
        (["O", "I-ORGANISATION", "I-ORGANISATION"], [(1, 3, "ORGANISATION")]),
        (["B-GPE", "I-LOCATION"], [(0, 1, "GPE"), (1, 2, "LOCATION")]),
        (["O", "O"], []),
        ([], []),
    ],
)
def test_iob_spans(tags, expected):
    assert iob_spans(tags) == expected


@pytest.mark.parametrize(
    ("gold", "predicted", "micro_f1"),
    [
        ([["B-PERSON", "I-PERSON"]], [["B-PERSON", "I-PERSON"]], 1.0),
        ([["B-PERSON", "I-PERSON"]], [["B-PERSON", "O"]], 0.0),  # a partial span is a miss
        ([["B-PERSON", "I-PERSON"]], [["B-POSITION", "I-POSITION"]], 0.0),  # wrong label
        ([["B-GPE", "O", "B-PERSON"]], [["B-GPE", "O", "O"]], 0.6667),
        ([["O"]], [["O"]], 0.0),
    ],
)
def test_entity_scores_micro_exact_match(gold, predicted, micro_f1):
    assert entity_scores(gold, predicted)["micro"]["f1"] == micro_f1


def test_entity_scores_per_class_support():
    scores = entity_scores([["B-GPE", "O", "B-PERSON"]], [["B-GPE", "B-GPE", "O"]])
    assert scores["GPE"] == {"precision": 0.5, "recall": 1.0, "f1": 0.6667, "support": 1}
    assert scores["PERSON"]["support"] == 1 and scores["PERSON"]["recall"] == 0.0
