"""Train and evaluate the Kazakh CRF on KazNERD.

    python -m kzcn.ner.train_kk --data /work/shared/kaznerd \
        --out kzcn/ner/models/kk_kaznerd.crfsuite

Sentences whose number (``AID283875`` -> 283875) is divisible by 4 are held out
(about 25%); every rendering of a sentence (A spells numbers, B writes digits)
shares the number, so none leaks from training into evaluation. Prints micro
exact-match entity F1 overall and per class and writes them, with the command,
split rule and hyper-parameters, to ``<out without suffix>.metrics.json``.
"""

from __future__ import annotations

import argparse
import json
import platform
import shlex
import sys
import time
from pathlib import Path

from kzcn.ner.corpus import HELD_OUT_MODULUS, TaggedSentence, read_corpus, split
from kzcn.ner.iob import entity_scores
from kzcn.ner.kk_crf import KazakhNER, train

#: Chosen by ``--tune`` on the inner dev split (features without stems), dev micro F1:
#: c1/c2 0.05/0.01 -> 0.8678, 0.1/0.01 -> 0.8666, 0.2/0.01 -> 0.8637, 0.05/0.05 -> 0.8649.
DEFAULT_C1 = 0.05
DEFAULT_C2 = 0.01
#: L-BFGS iteration cap; 200 keeps a full training near 3-4 minutes on one core.
DEFAULT_ITERATIONS = 200
#: Inner dev split for --tune: training sentences with number % 8 == 1 (never the held-out part).
TUNE_GRID = ((0.05, 0.01), (0.1, 0.01), (0.2, 0.01), (0.05, 0.05), (0.1, 0.1))


def crf_params(c1: float, c2: float, iterations: int) -> dict[str, object]:
    """The crfsuite L-BFGS parameters used for training."""
    return {
        "c1": c1,
        "c2": c2,
        "max_iterations": iterations,
        "feature.possible_transitions": True,
        "feature.minfreq": 1,
    }


def fit_and_score(
    train_part: list[TaggedSentence], eval_part: list[TaggedSentence], out: Path, params: dict
) -> dict:
    """Train on ``train_part`` into ``out``, tag ``eval_part``, return scores and timings."""
    started = time.perf_counter()
    train(((s.tokens, s.tags) for s in train_part), out, params)
    train_seconds = time.perf_counter() - started
    ner = KazakhNER.load(out)
    started = time.perf_counter()
    predicted = [ner.tag(s.tokens) for s in eval_part]
    tag_seconds = time.perf_counter() - started
    scores = entity_scores((s.tags for s in eval_part), predicted)
    return {
        "scores": scores,
        "train_seconds": round(train_seconds, 1),
        "tag_sentences_per_second": round(len(eval_part) / max(tag_seconds, 1e-9)),
    }


def tune(train_part: list[TaggedSentence], iterations: int, scratch: Path) -> tuple[float, float]:
    """The (c1, c2) of ``TUNE_GRID`` with the best micro F1 on an inner dev split."""
    inner_train = [s for s in train_part if s.number % 8 != 1]
    inner_dev = [s for s in train_part if s.number % 8 == 1]
    best, best_f1 = TUNE_GRID[0], -1.0
    for c1, c2 in TUNE_GRID:
        result = fit_and_score(inner_train, inner_dev, scratch, crf_params(c1, c2, iterations))
        f1 = result["scores"]["micro"]["f1"]
        print(f"tune c1={c1} c2={c2}: dev micro F1 {f1:.4f}", flush=True)
        if f1 > best_f1:
            best, best_f1 = (c1, c2), f1
    return best


def report(scores: dict, classes: list[str]) -> str:
    """A text table of F1 per class, ``micro`` first."""
    lines = [f"{'class':<15}{'P':>8}{'R':>8}{'F1':>8}{'n':>7}"]
    for label in ["micro", *classes]:
        s = scores[label]
        lines.append(
            f"{label:<15}{s['precision']:>8.4f}{s['recall']:>8.4f}{s['f1']:>8.4f}{s['support']:>7}"
        )
    return "\n".join(lines)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, required=True, help="folder with IOB2_*.txt")
    parser.add_argument("--out", type=Path, required=True, help="model file to write")
    parser.add_argument("--c1", type=float, default=DEFAULT_C1, help="L1 penalty")
    parser.add_argument("--c2", type=float, default=DEFAULT_C2, help="L2 penalty")
    parser.add_argument("--iterations", type=int, default=DEFAULT_ITERATIONS)
    parser.add_argument("--limit", type=int, default=0, help="use only the first N sentences")
    parser.add_argument("--tune", action="store_true", help="pick c1/c2 on an inner dev split")
    parser.add_argument("--metrics", type=Path, default=None, help="metrics JSON to write")
    return parser.parse_args(argv)


def metrics_record(
    args: argparse.Namespace, command: str, params: dict, result: dict, sizes: tuple[int, int]
) -> dict:
    """The metrics JSON: command, split rule, hyper-parameters, scores, size and timings."""
    return {
        "command": "python -m kzcn.ner.train_kk " + command,
        "data": str(args.data),
        "split": f"held out: sentence number % {HELD_OUT_MODULUS} == 0 (A-F renderings kept together)",
        "seed": None,
        "seed_note": "no randomness: the split is by sentence number and L-BFGS is deterministic",
        "algorithm": "lbfgs",
        "params": params,
        "tuned": bool(args.tune),
        "train_sentences": sizes[0],
        "held_out_sentences": sizes[1],
        "metric": "entity-level exact match (first token, last token, label), micro over classes",
        "micro_f1": result["scores"]["micro"]["f1"],
        "per_class": result["scores"],
        "model_bytes": args.out.stat().st_size,
        "train_seconds": result["train_seconds"],
        "tag_sentences_per_second": result["tag_sentences_per_second"],
        "machine": f"{platform.machine()} {platform.processor()} Python {platform.python_version()}",
    }


def main(argv: list[str] | None = None) -> dict:
    """Train, evaluate on the held-out sentences, print and write the metrics."""
    args = parse_args(argv)
    sentences = read_corpus(args.data)
    if args.limit:
        sentences = sentences[: args.limit]
    train_part, held_out = split(sentences)
    c1, c2 = args.c1, args.c2
    if args.tune:
        c1, c2 = tune(train_part, args.iterations, args.out.with_suffix(".tune.tmp"))
        args.out.with_suffix(".tune.tmp").unlink(missing_ok=True)
    params = crf_params(c1, c2, args.iterations)
    result = fit_and_score(train_part, held_out, args.out, params)
    classes = sorted(k for k in result["scores"] if k != "micro")
    print(report(result["scores"], classes))
    command = shlex.join(argv if argv is not None else sys.argv[1:])
    metrics = metrics_record(args, command, params, result, (len(train_part), len(held_out)))
    metrics_path = args.metrics or args.out.with_suffix(".metrics.json")
    metrics_path.write_text(json.dumps(metrics, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"model {args.out} ({metrics['model_bytes'] / 1e6:.1f} MB), metrics {metrics_path}")
    return metrics


if __name__ == "__main__":
    main()
