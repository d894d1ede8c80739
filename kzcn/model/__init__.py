"""Frozen value types that flow through the pipeline (no library objects inside)."""

from kzcn.model.document import Document, Sentence, Span
from kzcn.model.facts import (
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
