"""Frozen value types that flow through the pipeline (no library objects inside)."""

from kzcn.model.document import Document, Sentence, Span
from kzcn.model.facts import (
    ActingUnit,
    UnitCue,
    Amount,
    DateMention,
    Event,
    Evidence,
    Figure,
    Mention,
    Money,
    Project,
    Rejection,
)

__all__ = [
    "ActingUnit",
    "UnitCue",
    "Amount",
    "DateMention",
    "Document",
    "Event",
    "Evidence",
    "Figure",
    "Mention",
    "Money",
    "Project",
    "Rejection",
    "Sentence",
    "Span",
]
