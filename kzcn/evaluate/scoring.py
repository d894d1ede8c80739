"""Precision, recall and F1 per SCHEMA field; facts (events, projects, figures) pooled."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from kzcn.evaluate.names import name_key, overlap

SET_FIELDS = ("kz_regions", "cn_places", "sectors")
NAME_FIELDS = ("organizations", "people")
FACT_FIELDS = ("events", "projects", "figures")
#: Figures match when values differ by at most this share (SCHEMA.md: 0.5%).
VALUE_TOLERANCE = 0.005
#: Words that say nothing about the kind of facility when comparing project ``what``.
GENERIC_WHAT = frozenset("plant factory facility project production enterprise in of the and a new".split())


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    missed: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else (1.0 if not self.fn else 0.0)

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Accuracy:
    right: int = 0
    total: int = 0

    @property
    def value(self) -> float:
        return self.right / self.total if self.total else 1.0


def _tally_sets(gold: set[str], pred: set[str], doc: str) -> Tally:
    return Tally(len(gold & pred), len(pred - gold), len(gold - pred),
                 [f"{doc}: {x}" for x in sorted(gold - pred)], [f"{doc}: {x}" for x in sorted(pred - gold)])


def _same_kind(a: str | None, b: str | None) -> bool:
    words_a = set(name_key(a or "").split()) - GENERIC_WHAT
    words_b = set(name_key(b or "").split()) - GENERIC_WHAT
    return bool(words_a & words_b) or (name_key(a or "") == name_key(b or "") != "")


def event_match(g: dict, p: dict) -> bool:
    """Same type and kz_region, and overlapping cn_parties where both list any."""
    if g.get("type") != p.get("type") or g.get("kz_region") != p.get("kz_region"):
        return False
    if g.get("cn_parties") and p.get("cn_parties"):
        return overlap(g["cn_parties"], p["cn_parties"])
    return True


def project_match(g: dict, p: dict) -> bool:
    """Same kz_region, and the same partner or the same kind of facility."""
    if g.get("kz_region") != p.get("kz_region"):
        return False
    same_partner = bool(g.get("partner")) and name_key(g["partner"]) == name_key(p.get("partner") or "")
    return same_partner or _same_kind(g.get("what"), p.get("what"))


def figure_match(g: dict, p: dict) -> bool:
    """Same metric and subject, value within 0.5%."""
    if g.get("metric") != p.get("metric") or g.get("subject") != p.get("subject"):
        return False
    gv, pv = float(g.get("value") or 0), float(p.get("value") or 0)
    return abs(gv - pv) <= VALUE_TOLERANCE * max(abs(gv), 1e-9)


MATCHERS: dict[str, Callable[[dict, dict], bool]] = {
    "events": event_match, "projects": project_match, "figures": figure_match}


def _describe(kind: str, item: dict) -> str:
    keys = {"events": ("type", "kz_region", "cn_parties", "date"),
            "projects": ("what", "kz_region", "partner", "stage"),
            "figures": ("metric", "subject", "value", "unit", "period")}[kind]
    return ", ".join(f"{k}={item.get(k)}" for k in keys)


def match_items(kind: str, gold: list[dict], pred: list[dict]) -> list[tuple[dict, dict]]:
    """Greedy one-to-one matching; for events, pairs with overlapping parties are preferred."""
    matcher, pairs, used = MATCHERS[kind], [], set()
    for g in gold:
        candidates = [i for i, p in enumerate(pred) if i not in used and matcher(g, p)]
        if kind == "events" and candidates:
            candidates.sort(key=lambda i: not overlap(g.get("cn_parties") or [], pred[i].get("cn_parties") or []))
        if candidates:
            used.add(candidates[0])
            pairs.append((g, pred[candidates[0]]))
    return pairs
