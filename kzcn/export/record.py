"""A processed Document as one record in the shape of ``shared/gold/SCHEMA.md``.

Beyond SCHEMA's keys, events, projects and figures carry ``summary`` (an English line) and
``evidence`` (the sentence and its offsets) so every fact can be traced to its source.
"""

from __future__ import annotations

from typing import Any

from kzcn.language.script import dominant_script
from kzcn.model import Document, Event, Evidence, Figure, Money, Project


def evidence_dict(doc: Document, evidence: Evidence | None) -> dict[str, Any] | None:
    """The evidence of a fact with its sentence text."""
    if evidence is None:
        return None
    return {
        "sentence": doc.text[evidence.sentence_start : evidence.sentence_stop],
        "start": evidence.sentence_start,
        "stop": evidence.sentence_stop,
        "spans": [list(span) for span in evidence.spans],
        "confidence": round(evidence.confidence, 3),
    }


def event_dict(doc: Document, event: Event) -> dict[str, Any]:
    return {
        "type": event.type,
        "date": event.date,
        "place": event.place,
        "kz_region": event.kz_region,
        "cn_parties": list(event.cn_parties),
        "instrument": event.instrument,
        "summary": event.summary,
        "evidence": evidence_dict(doc, event.evidence),
    }


def money_dict(money: Money | None) -> dict[str, Any] | None:
    if money is None:
        return None
    return {"amount": _whole(money.amount), "currency": money.currency,
            "qualifier": money.qualifier, "value_usd": _whole(money.value_usd)}


def project_dict(doc: Document, project: Project) -> dict[str, Any]:
    return {
        "what": project.what,
        "sector": project.sector,
        "kz_region": project.kz_region,
        "partner": project.partner,
        "value": money_dict(project.value),
        "stage": project.stage,
        "summary": project.summary,
        "evidence": evidence_dict(doc, project.evidence),
    }


def figure_dict(doc: Document, figure: Figure) -> dict[str, Any]:
    return {
        "metric": figure.metric,
        "subject": figure.subject,
        "counterpart": figure.counterpart,
        "period": figure.period,
        "value": _whole(figure.value),
        "unit": figure.unit,
        "qualifier": figure.qualifier,
        "value_usd": _whole(figure.value_usd),
        "evidence": evidence_dict(doc, figure.evidence),
    }


def to_record(doc: Document) -> dict[str, Any]:
    """SCHEMA.md record of ``doc``; layers not extracted are empty lists."""
    lang = doc.lang
    if lang is None and "lang" not in doc.provided:  # skipped before the language stage
        from kzcn.language.detect import detect_language

        lang = detect_language(doc.title + "\n" + doc.text)
    record: dict[str, Any] = {
        "doc": doc.source,
        "lang": lang,
        "published": doc.published,
        "title": doc.title,
        "script": dominant_script(doc.text),
        "kz_regions": [],
        "cn_places": [],
        "organizations": [],
        "people": [],
    }
    if "mentions" in doc.provided:
        from kzcn.extract.entities.stage import entity_fields

        record.update(entity_fields(doc))
        record["kz_regions"] += [a.unit for a in doc.actors if a.unit not in record["kz_regions"]]
        # a unit where an event happens or a project stands takes part (CONVENTIONS.md), even if
        # only a village of it is named ("a wind farm by the village of X")
        hosts = [x.kz_region for x in (*doc.events, *doc.projects) if x.kz_region]
        record["kz_regions"] += [u for u in dict.fromkeys(hosts) if u not in record["kz_regions"]]
    record["events"] = [event_dict(doc, e) for e in doc.events]
    record["projects"] = [project_dict(doc, p) for p in doc.projects]
    record["figures"] = [figure_dict(doc, f) for f in doc.figures]
    record["sectors"] = list(doc.sectors)
    return record


def _whole(value: float | None) -> float | int | None:
    """Integers stay integers in JSON (150000000, not 150000000.0)."""
    if value is None:
        return None
    return int(value) if float(value).is_integer() else round(value, 4)
