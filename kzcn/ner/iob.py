"""IOB2 tag sequences <-> entity spans over token indices. Pure functions."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

#: An entity over tokens: ``(first_token, stop_token, label)``, half-open.
TokenSpan = tuple[int, int, str]


def iob_spans(tags: Sequence[str]) -> list[TokenSpan]:
    """Entities of an IOB2 sequence; an ``I-X`` not continuing an ``X`` starts a new one."""
    spans: list[TokenSpan] = []
    start, label = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, kind = tag.partition("-")
        continues = prefix == "I" and kind == label and start >= 0
        if continues:
            continue
        if start >= 0:
            spans.append((start, i, label))
            start, label = -1, ""
        if prefix in ("B", "I"):
            start, label = i, kind
    return spans


def entity_scores(
    gold: Iterable[Sequence[str]], predicted: Iterable[Sequence[str]]
) -> dict[str, dict[str, float]]:
    """Exact-match entity precision, recall, F1 and support, per class and ``micro`` overall.

    An entity counts as found only if its first token, stop token and label all match.
    """
    tp: Counter[str] = Counter()
    n_gold: Counter[str] = Counter()
    n_pred: Counter[str] = Counter()
    for gold_tags, pred_tags in zip(gold, predicted, strict=True):
        gold_spans = set(iob_spans(gold_tags))
        pred_spans = set(iob_spans(pred_tags))
        for _, _, label in gold_spans:
            n_gold[label] += 1
        for span in pred_spans:
            n_pred[span[2]] += 1
            if span in gold_spans:
                tp[span[2]] += 1
    scores = {label: _prf(tp[label], n_pred[label], n_gold[label]) for label in sorted(n_gold | n_pred)}
    scores["micro"] = _prf(sum(tp.values()), sum(n_pred.values()), sum(n_gold.values()))
    return scores


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    precision = tp / n_pred if n_pred else 0.0
    recall = tp / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(f1, 4),
        "support": n_gold,
    }
