"""The merge test corpus (tests/cases/merge/corpus.jsonl) as Documents with hand-built facts,
so the merge tests do not depend on extraction quality. Each fact carries the label of the
record it must end up in (``expect``); each document the label of its duplicate group (``dup``)."""

from __future__ import annotations

import json
import re
from pathlib import Path

from kzcn.model import Document, Event, Evidence, Figure, Mention, Money, Project, Sentence

CASES = Path(__file__).resolve().parent.parent / "cases" / "merge"
SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def load_cases(name: str = "corpus.jsonl") -> list[dict]:
    """The raw corpus lines."""
    with open(CASES / name, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def _sentences(text: str, lang: str) -> tuple[Sentence, ...]:
    out, start = [], 0
    for match in SENTENCE_END.finditer(text):
        out.append(Sentence(start, match.start(), lang))
        start = match.end()
    out.append(Sentence(start, len(text), lang))
    return tuple(out)


def _evidence(doc_text: str, sentences, needle: str) -> Evidence:
    start = doc_text.index(needle)
    sentence = next(s for s in sentences if s.start <= start < s.stop)
    return Evidence(sentence.start, sentence.stop, ((start, start + len(needle)),), 0.9)


def _project(p: dict, evidence: Evidence) -> Project:
    value = Money(p["amount"], p["currency"], p.get("qualifier") or "exact") if p.get("amount") else None
    return Project(p["what"], p["kz_region"], p.get("sector"), p.get("partner"), value, p["stage"],
                   evidence=evidence)


def to_document(case: dict) -> Document:
    """One corpus line as a processed Document."""
    text, lang = case["text"], case["lang"]
    sentences = _sentences(text, lang)
    ev = lambda fact: _evidence(text, sentences, fact["evidence"])  # noqa: E731
    events = tuple(Event(e["type"], e["kz_region"], e.get("date"), e.get("place"), tuple(e["cn_parties"]),
                         e.get("instrument"), evidence=ev(e)) for e in case["events"])
    figures = tuple(Figure(f["metric"], f["subject"], f["value"], f["unit"], f.get("counterpart"),
                           f.get("period"), evidence=ev(f)) for f in case["figures"])
    mentions = []
    for mention in case["mentions"]:
        start = text.index(mention["text"])
        mentions.append(Mention(start, start + len(mention["text"]), mention["text"], mention["kind"],
                                mention["canonical"], mention["entity_id"], mention.get("country")))
    return Document(text=text, source=case["source"] + "/" + case["name"], title=case["title"],
                    published=case["published"]).add(
        lang=lang, sentences=sentences, mentions=tuple(mentions), events=events, figures=figures,
        projects=tuple(_project(p, ev(p)) for p in case["projects"]))


def expected_partition(cases: list[dict], kind: str) -> set[frozenset[str]]:
    """The fact ids (``{doc_id}-{e|p|f}{n}``) grouped by their ``expect`` label."""
    groups: dict[str, set[str]] = {}
    for case in cases:
        doc_id = to_document(case).id
        for number, fact in enumerate(case[kind + "s"]):
            groups.setdefault(fact["expect"], set()).add(f"{doc_id}-{kind[0]}{number}")
    return {frozenset(g) for g in groups.values()}


def label_of(cases: list[dict], kind: str) -> dict[str, str]:
    """Fact id -> expected label."""
    out = {}
    for case in cases:
        doc_id = to_document(case).id
        for number, fact in enumerate(case[kind + "s"]):
            out[f"{doc_id}-{kind[0]}{number}"] = fact["expect"]
    return out
