"""Extracted facts. Every fact keeps the spans and sentence it came from (``Evidence``)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Rejection:
    """A legitimate reason a document (or record) was skipped; a value, not an exception."""

    reason: str
    where: str = ""
    kind: str = "input"  # input: bad or unreadable input (logged); triage: not relevant (counted)
    document: object | None = None  # for triage: the cleaned Document that was skipped


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where a fact comes from: the sentence span, the spans of its parts, a confidence."""

    sentence_start: int
    sentence_stop: int
    spans: tuple[tuple[int, int], ...] = ()
    confidence: float = 1.0


@dataclass(frozen=True, slots=True)
class Mention:
    """A named thing in the text.

    ``kind`` is one of ``kz_region`` (a first-level Kazakh unit, canonical English name),
    ``kz_place`` (a district or city of a Kazakh unit; ``region`` names the unit),
    ``cn_place`` (a Chinese province or city, canonical pinyin), ``country``,
    ``org``, ``person``, ``role``.
    """

    start: int
    stop: int
    text: str
    kind: str
    canonical: str  # nominative / canonical name
    entity_id: str = ""  # stable id, same across documents and languages
    country: str | None = None  # ISO code: KZ, CN, ...
    region: str | None = None  # for kz_place: its Kazakh unit; for cn_place city: its province
    role: str | None = None  # for person: short English title
    of: str | None = None  # for person: body or region they serve
    latin: str | None = None  # Latin transliteration of a person's name
    source: str = "gazetteer"  # gazetteer | ner | pattern
    participant: bool = True  # False: a place only mentioned, not taking part


@dataclass(frozen=True, slots=True)
class Amount:
    """A number with a unit: money (``kind='money'``, ``unit`` a currency code), a percent,
    or another quantity (``unit`` such as ``t``, ``MW``, ``ha``, ``jobs``, ``count``)."""

    start: int
    stop: int
    text: str
    value: float  # whole units as written (150 million -> 150000000)
    unit: str
    kind: str  # money | percent | quantity | number
    qualifier: str = "exact"  # exact | about | more_than | up_to
    value_high: float | None = None  # upper end of a range
    value_usd: float | None = None
    rate_date: str | None = None  # YYYY-MM of the exchange rate used


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date or period. ``value`` is ``YYYY-MM-DD``, ``YYYY-MM``, ``YYYY`` or ``A/B``;
    ``None`` where it could not be resolved (a day without a year and no anchor)."""

    start: int
    stop: int
    text: str
    value: str | None
    kind: str = "date"  # date | period | relative
    resolved_from: str | None = None  # the anchor used: published | text | None


@dataclass(frozen=True, slots=True)
class Money:
    amount: float
    currency: str
    qualifier: str = "exact"
    value_usd: float | None = None


@dataclass(frozen=True, slots=True)
class Figure:
    """A reported statistic (SCHEMA.md ``figures``)."""

    metric: str
    subject: str
    value: float
    unit: str
    counterpart: str | None = None
    period: str | None = None
    qualifier: str = "exact"
    value_usd: float | None = None
    evidence: Evidence | None = None


@dataclass(frozen=True, slots=True)
class Event:
    """One happening (SCHEMA.md ``events``)."""

    type: str
    kz_region: str | None
    date: str | None = None
    place: str | None = None
    cn_parties: tuple[str, ...] = ()
    instrument: str | None = None
    people: tuple[str, ...] = ()
    summary: str = ""  # English line generated from the record
    evidence: Evidence | None = None


@dataclass(frozen=True, slots=True)
class Project:
    """A concrete facility or venture (SCHEMA.md ``projects``)."""

    what: str
    kz_region: str | None
    sector: str | None = None
    partner: str | None = None
    value: Money | None = None
    stage: str = "proposed"
    place: str | None = None
    capacity: str | None = None
    jobs: int | None = None
    start_year: int | None = None
    end_year: int | None = None
    summary: str = ""
    evidence: Evidence | None = None


@dataclass(frozen=True, slots=True)
class UnitCue:
    """One piece of evidence that a Kazakh unit acts in an article.

    ``cue`` is ``named`` (the unit itself), ``place`` (one of its cities or districts),
    ``official`` (a person serving it), ``office_holder`` (a known akim of it at the article's
    date), or ``outlet`` (the regional outlet that published the article).
    """

    unit: str
    cue: str
    start: int
    stop: int
    weight: float


@dataclass(frozen=True, slots=True)
class ActingUnit:
    """A Kazakh unit that acts in an article, with the evidence for it; ``principal`` marks the
    article's own unit, which facts take where their sentence names none."""

    unit: str
    weight: float
    principal: bool
    cues: tuple[UnitCue, ...]
