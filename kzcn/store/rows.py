"""A processed Document as rows for each table (pure: no database access)."""

from __future__ import annotations

import json

import math
from datetime import datetime
from typing import Any

from kzcn.model import Document, Evidence


def finite(value: float | None) -> float | None:
    """``value`` unless it is NaN or infinite (JSON and SQL cannot carry those faithfully)."""
    return value if value is None or math.isfinite(value) else None


def _evidence(evidence: Evidence | None, summary: str) -> dict[str, Any]:
    if evidence is None:
        return {"sentence_start": None, "sentence_stop": None, "confidence": None, "summary": summary}
    return {"sentence_start": evidence.sentence_start, "sentence_stop": evidence.sentence_stop,
            "confidence": evidence.confidence, "summary": summary}


def _evidence_spans(kind: str, fact_id: str, doc_id: str, evidence: Evidence | None) -> list[dict]:
    if evidence is None:
        return []
    spans = list(evidence.spans) or [(evidence.sentence_start, evidence.sentence_stop)]
    return [{"fact_kind": kind, "fact_id": fact_id, "doc_id": doc_id, "start": s, "stop": e}
            for s, e in spans]


def document_rows(doc: Document, now: datetime, pipeline: str) -> dict[str, list[dict[str, Any]]]:
    """Rows keyed by table name for ``doc`` and everything extracted from it."""
    rows: dict[str, list[dict[str, Any]]] = {
        "documents": [{"id": doc.id, "source": doc.source, "url": doc.meta_get("url"),
                       "title": doc.title, "published": doc.published, "lang": doc.lang,
                       "text": doc.text, "ingested_at": now, "pipeline": pipeline,
                       "duplicate_of": None}],
        "sentences": [{"doc_id": doc.id, "idx": i, "start": s.start, "stop": s.stop, "lang": s.lang}
                      for i, s in enumerate(doc.sentences)],
        "document_sectors": [{"doc_id": doc.id, "sector": s} for s in dict.fromkeys(doc.sectors)],
        "document_units": [{"doc_id": doc.id, "unit": a.unit, "weight": a.weight, "principal": a.principal,
                            "cues": json.dumps([{"cue": c.cue, "start": c.start, "stop": c.stop,
                                                 "weight": c.weight} for c in a.cues])}
                           for a in doc.actors],
        "evidence": [],
    }
    rows["mentions"], rows["entities"] = _mention_rows(doc)
    for kind, facts in (("event", doc.events), ("project", doc.projects), ("figure", doc.figures)):
        table_rows = []
        for number, fact in enumerate(facts):
            fact_id = f"{doc.id}-{kind[0]}{number}"
            table_rows.append({"id": fact_id, "doc_id": doc.id, **FACT_COLUMNS[kind](fact),
                               **_evidence(fact.evidence, getattr(fact, "summary", "") or "")})
            rows["evidence"] += _evidence_spans(kind, fact_id, doc.id, fact.evidence)
        rows[kind + "s"] = table_rows
    return rows


def _mention_rows(doc: Document) -> tuple[list[dict], list[dict]]:
    mentions, entities = [], {}
    for m in doc.mentions:
        mentions.append({"doc_id": doc.id, "start": m.start, "stop": m.stop, "text": m.text,
                         "kind": m.kind, "canonical": m.canonical, "entity_id": m.entity_id or None,
                         "value": None, "role": m.role, "of": m.of})
        if m.entity_id and m.entity_id not in entities:
            entities[m.entity_id] = {"id": m.entity_id, "kind": m.kind, "canonical": m.canonical,
                                     "country": m.country, "region": m.region, "latin": m.latin}
    for a in doc.amounts:
        mentions.append({"doc_id": doc.id, "start": a.start, "stop": a.stop, "text": a.text,
                         "kind": a.kind, "canonical": None, "entity_id": None,
                         "value": f"{a.value:g} {a.unit}", "role": None, "of": None})
    for d in doc.dates:
        mentions.append({"doc_id": doc.id, "start": d.start, "stop": d.stop, "text": d.text,
                         "kind": d.kind, "canonical": None, "entity_id": None, "value": d.value,
                         "role": None, "of": None})
    return mentions, list(entities.values())


def _event_columns(e) -> dict[str, Any]:
    return {"type": e.type, "kz_region": e.kz_region, "date": e.date, "place": e.place,
            "instrument": e.instrument, "cn_parties": list(e.cn_parties)}


def _project_columns(p) -> dict[str, Any]:
    value = p.value
    return {"what": p.what, "sector": p.sector, "kz_region": p.kz_region, "partner": p.partner,
            "amount": finite(value.amount) if value else None, "currency": value.currency if value else None,
            "qualifier": value.qualifier if value else None,
            "value_usd": finite(value.value_usd) if value else None, "stage": p.stage}


def _figure_columns(f) -> dict[str, Any]:
    return {"metric": f.metric, "subject": f.subject, "counterpart": f.counterpart,
            "period": f.period, "value": finite(f.value) or 0.0, "unit": f.unit, "qualifier": f.qualifier,
            "value_usd": finite(f.value_usd)}


FACT_COLUMNS = {"event": _event_columns, "project": _project_columns, "figure": _figure_columns}
