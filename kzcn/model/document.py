"""The Document: frozen cleaned text plus layers of offset-anchored annotations.

Offsets are half-open character offsets into ``Document.text``; for every span
``doc.text[span.start:span.stop] == span.text``. The text never changes after
cleaning: stages only add layers, through ``Document.add``.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, fields, replace
from typing import Any

#: Layers a document carries; stages declare which of these they require and provide.
LAYERS = (
    "text",
    "title",
    "published",
    "lang",
    "sentences",
    "mentions",
    "actors",
    "amounts",
    "dates",
    "figures",
    "events",
    "projects",
    "sectors",
)


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open character range ``[start, stop)`` into the document text."""

    start: int
    stop: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.stop:
            raise ValueError(f"expected 0 <= start <= stop, got {self.start}..{self.stop}")

    def of(self, text: str) -> str:
        """The slice of ``text`` this span covers."""
        return text[self.start : self.stop]

    def overlaps(self, other: Span) -> bool:
        return self.start < other.stop and other.start < self.stop

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.stop <= self.stop


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence: its span and the language detected for it (``None`` if unsure)."""

    start: int
    stop: int
    lang: str | None = None

    @property
    def span(self) -> Span:
        return Span(self.start, self.stop)


def content_id(text: str) -> str:
    """Stable document id: the first 16 hex digits of the SHA-256 of the cleaned text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class Document:
    """An article after cleaning. Annotation layers are tuples, empty until a stage fills them."""

    text: str
    source: str = ""
    title: str = ""
    published: str | None = None  # YYYY-MM-DD or YYYY-MM, from the article itself
    lang: str | None = None
    id: str = ""
    sentences: tuple[Sentence, ...] = ()
    mentions: tuple[Any, ...] = ()  # Mention
    actors: tuple[Any, ...] = ()  # ActingUnit, the principal first
    amounts: tuple[Any, ...] = ()  # Amount
    dates: tuple[Any, ...] = ()  # DateMention
    figures: tuple[Any, ...] = ()  # Figure
    events: tuple[Any, ...] = ()  # Event
    projects: tuple[Any, ...] = ()  # Project
    sectors: tuple[str, ...] = ()
    provided: frozenset[str] = field(default=frozenset({"text", "title", "published"}))
    meta: tuple[tuple[str, str], ...] = ()  # e.g. (("url", ...), ("outlet", ...))
    rejection: str | None = None  # set by a stage that legitimately skips the document

    def reject(self, reason: str) -> Document:
        """A copy marked as skipped (e.g. "not about China"); later stages do not run."""
        return replace(self, rejection=reason)

    def __post_init__(self) -> None:
        if not self.id:
            object.__setattr__(self, "id", content_id(self.text))

    def add(self, **layers: Any) -> Document:
        """A copy with the given layers set; the text itself cannot be replaced."""
        unknown = set(layers) - set(LAYERS)
        if unknown or "text" in layers:
            raise ValueError(f"expected annotation layers from {LAYERS[1:]}, got {sorted(layers)}")
        for name, value in layers.items():
            if isinstance(value, list):
                layers[name] = tuple(value)
        return replace(self, provided=self.provided | set(layers), **layers)

    def span_text(self, span: Span | Any) -> str:
        """The text under any object with ``start`` and ``stop``."""
        return self.text[span.start : span.stop]

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence containing character ``offset`` (binary search)."""
        lo, hi = 0, len(self.sentences)
        while lo < hi:
            mid = (lo + hi) // 2
            sentence = self.sentences[mid]
            if offset < sentence.start:
                hi = mid
            elif offset >= sentence.stop:
                lo = mid + 1
            else:
                return sentence
        return None

    @property
    def principal_unit(self) -> str | None:
        """The article's own Kazakh unit as the ``actors`` layer resolved it (None if unknown)."""
        return next((a.unit for a in self.actors if a.principal), None)

    def meta_get(self, key: str, default: str | None = None) -> str | None:
        for k, v in self.meta:
            if k == key:
                return v
        return default


def field_names() -> tuple[str, ...]:
    return tuple(f.name for f in fields(Document))
