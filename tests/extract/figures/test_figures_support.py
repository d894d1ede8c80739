"""Helpers for the seed-article tests: a regex sentence splitter and hand-made subject mentions.

The mentions stand in for the entity stage (built elsewhere); they cover only the place names
of the five seed articles, which is all these tests need.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from kzcn.extract.amounts.money import AmountStage
from kzcn.extract.dates.find import DateStage
from kzcn.extract.figures.find import FigureStage
from kzcn.model import Document, Mention, Sentence

SEEDS = Path("/work/shared/seeds")
GOLD = Path("/work/shared/gold/seeds.jsonl")
PLACES = (
    ("kz_region", "Aktobe Region", r"Ақтөбе облыс\w*|Актюбинск\w* област\w*|Aktobe Region"),
    ("kz_region", "Turkistan Region", r"Түркістан облыс\w*|Туркестанск\w* област\w*"),
    ("kz_region", "West Kazakhstan Region", r"Батыс Қазақстан облыс\w*|БҚО"),
    ("cn_place", "Mianyang", r"Мяньян\w*"),
    ("country", "China", r"Қытай\w*|ҚХР|Кита\w*|КНР|China"),
    ("country", "Kazakhstan", r"Қазақстан\w*|Казахстан\w*|Kazakhstan"),
)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[«\"A-ZА-ЯЁӘҒҚҢӨҰҮҺІ])|\n+")


def split_sentences(text: str, lang: str | None = None) -> list[Sentence]:
    """Sentences at line breaks and at . ! ? before a capital letter."""
    sentences, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        if match.start() > start:
            sentences.append(Sentence(start, match.start(), lang))
        start = match.end()
    if start < len(text):
        sentences.append(Sentence(start, len(text), lang))
    return sentences


def place_mentions(text: str) -> list[Mention]:
    """Mentions of the seed articles' places, first pattern wins where two overlap."""
    found: list[Mention] = []
    for kind, canonical, pattern in PLACES:
        for m in re.finditer(pattern, text):
            if not any(m.start() < f.stop and f.start < m.end() for f in found):
                found.append(Mention(m.start(), m.end(), m.group(0), kind, canonical))
    return sorted(found, key=lambda m: m.start)


def seed_documents() -> list[tuple[Document, dict]]:
    """(annotated Document ready for FigureStage input, gold record) for each seed article."""
    pairs = []
    for line in GOLD.read_text(encoding="utf-8").splitlines():
        gold = json.loads(line)
        text = (SEEDS / gold["doc"]).read_text(encoding="utf-8")
        doc = Document(text, source=gold["doc"], published=gold["published"], lang=gold["lang"])
        doc = doc.add(sentences=split_sentences(text, gold["lang"]), mentions=place_mentions(text))
        pairs.append((doc, gold))
    return pairs


def run_stages(doc: Document) -> Document:
    """AmountStage, DateStage and FigureStage in order."""
    for stage in (AmountStage(), DateStage(), FigureStage()):
        doc = stage(doc)
    return doc


def score(predicted: list[dict], gold: list[dict]) -> tuple[int, int, int, int]:
    """(matched, predicted, gold, matched with the same period) as SCHEMA.md scores figures."""
    matched = period_ok = 0
    free = list(gold)
    for p in predicted:
        for g in free:
            if p["metric"] == g["metric"] and p["subject"] == g["subject"] and abs(p["value"] - g["value"]) <= 0.005 * abs(g["value"]):
                matched += 1
                period_ok += p["period"] == g["period"]
                free.remove(g)
                break
    return matched, len(predicted), len(gold), period_ok
