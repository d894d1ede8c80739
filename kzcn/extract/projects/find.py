"""Projects: concrete facilities or ventures in a Kazakh region (SCHEMA.md ``projects``).

A facility head from ``rules/<lang>/facilities.tsv`` (plant, wind farm, heating main ...) with the
product and process words around it names the kind ("household waste processing plant"); the
stage comes from ``stages.tsv`` cues in its sentence (or the one before); value, capacity and jobs
from the amounts layer; partner, region and place from the mentions. A plural head ("plants")
names a kind of thing, not one project, and facilities toured in China are not projects.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache
from typing import ClassVar

from kzcn.extract.common.context import Context
from kzcn.extract.projects.parts import (adjacent, component_of, details, distance, in_china, instrument_at, lead_of,
                                        later_sentences, located_in, money_of, near, rank_partners, without_recalls)
from kzcn.extract.common.summary import describe_project
from kzcn.extract.common.triggers import Cue, Lexicon, compile_pattern, load_lexicon, load_rows
from kzcn.model import Document, Evidence, Project

#: Most advanced first: a sentence with several stage cues takes the first found here.
STAGE_ORDER = ("operating", "under_construction", "agreed", "proposed")
#: Cues that a toured facility is being built or run (a construction site visit is about a project).
BUILDING = frozenset({"build", "under_construction", "operating", "agreed"})
#: Heads too vague to stand alone (without a product word or a stated value).
GENERIC_HEADS = frozenset({"plant", "factory", "complex", "workshop", "production facility", "centre", "hub",
                           "terminal", "warehouse", "production", "production line", "production localisation",
                           "assembly localisation", "assembly"})
#: Kinds that, once opened, are an office opening (an event) rather than a project: a project
#: only while a signed document plans them.
OFFICE_KINDS = frozenset({"trade house"})
#: Words before and after a head searched for product and process words, per word order.
WINDOWS = {"kk": (6, 0), "ru": (3, 5), "en": (3, 4)}
CONFIDENCE = {"with_partner": 0.85, "alone": 0.7}
#: Several kinds of facility named in one sentence without a value: a list of what a bundle covers.
LIST_SIZE = 3
#: Cues that keep a facility a project in a sentence about supplies (a plant built or run, not a customer).
SUPPLY_OVERRIDE = frozenset({"build", "operating", "under_construction"})
#: Words before a head a number word ("тағы екі зауыт", "two more plants") may stand to make it several.
COUNT_WINDOW = (4, 0)


@dataclass(frozen=True)
class Facility:
    """A facility head in a sentence and the kind its neighbours make of it."""

    head: Cue
    kind: str
    sector: str | None
    plural: bool
    modified: bool


@lru_cache(maxsize=8)
def _facility_lexicon(lang: str | None) -> tuple[Lexicon, tuple]:
    rows = load_rows("facilities", lang)
    words = Lexicon([list(r) for r in rows if len(r) > 2 and r[2] != "plural"])
    plurals = tuple(compile_pattern(r[0]) for r in rows if len(r) > 2 and r[2] == "plural")
    return words, plurals


def _proper_name(text: str, cue: Cue, start: int, lang: str | None) -> bool:
    """Whether a Kazakh or Russian product word is capitalised mid-phrase: a name (a district
    "Мақтаарал" is no "мақта" cotton)."""
    before = text[start : cue.start].rstrip()
    return lang in ("kk", "ru") and text[cue.start].isupper() and bool(before) and before[-1].isalnum()


def find_facilities(text: str, start: int, stop: int, lang: str | None) -> list[Facility]:
    """Facility heads in ``text[start:stop]`` with their kinds in English.

    A head right before another ("warehouse terminal") modifies it: one facility, named by both.
    """
    words, plurals = _facility_lexicon(lang)
    cues = words.find(text, start, stop)
    heads = [c for c in cues if c.cell(0) in ("head", "area")]
    found, modifier = [], None
    for head, before, after in zip(heads, [None, *heads], [*heads[1:], None]):
        if after and head.cell(0) == after.cell(0) == "head" and adjacent(text, head, after):
            modifier = head
            continue
        facility = _facility(text, (head, before, modifier), cues, start, lang)
        plural = any(p.fullmatch(text[head.start : head.stop].split()[-1]) for p in plurals)
        found.append(replace(facility, plural=facility.plural or plural))
        modifier = None
    return found


def _facility(text: str, heads: tuple, cues: list[Cue], start: int, lang: str | None) -> Facility:
    """The facility of a head (with the head before it and any modifying head) and its neighbours."""
    head, before, modifier = heads
    window = WINDOWS.get(lang or "", (4, 4))
    nearby = [c for c in cues if c.cell(0) in ("product", "process") and near(text, c, modifier or head, window)
              and not _proper_name(text, c, start, lang)]
    products = list(dict.fromkeys(c.label for c in nearby if c.cell(0) == "product"))
    processes = [c.label for c in sorted(nearby, key=lambda c: distance(c, head)) if c.cell(0) == "process"][:1]
    kind = " ".join(products + processes + ([modifier.label] if modifier else []) + [head.label])
    sectors = [c.cell(1) for c in nearby if c.cell(1)] + [head.cell(1) or None]
    plural = head.cell(0) == "area" and located_in(text, head, lang)
    plural = plural or any(c.cell(0) == "count" and near(text, c, modifier or head, COUNT_WINDOW) for c in cues)
    plural = plural or component_of(text, modifier or head, before)
    return Facility(head, kind, sectors[0], plural, bool(products or processes))


def _stage(doc: Document, sentences: list[tuple[int, int]]) -> tuple[str | None, bool]:
    """The most advanced stage cue of the first sentence that has one; whether a build cue is near."""
    lexicon = load_lexicon("stages", doc.lang)
    building = False
    for start, stop in sentences:
        labels = lexicon.labels(doc.text, start, stop)
        building = building or "build" in labels
        for stage in STAGE_ORDER:
            if stage in labels:
                return stage, True
    return None, building


def _nearest(items: list, offset: int):
    return min(items, key=lambda item: abs(item.start - offset)) if items else None


def _partner(ctx: Context, head: Cue, sentences: list[tuple[int, int]]) -> str | None:
    """The Chinese company nearest the head in its sentence, else the last one just before
    (of those, the ones said to be Chinese first, see ``rank_partners``)."""
    for index, (start, stop) in enumerate(sentences):
        orgs = rank_partners(ctx, start, stop)
        if orgs:
            return (_nearest(orgs, head.start) if index == 0 else orgs[-1]).canonical
    return None


def _figures(doc: Document, head: Cue, start: int, stop: int) -> dict:
    """Value, capacity and jobs from the amounts of the head's sentence."""
    amounts = [a for a in doc.amounts if start <= a.start < stop]
    money = _nearest([a for a in amounts if a.kind == "money"], head.start)
    jobs = _nearest([a for a in amounts if a.unit == "jobs"], head.start)
    sizes = [a for a in amounts if a.kind == "quantity" and a.unit not in ("jobs", "count")]
    size = _nearest(sizes, head.start)
    return {
        "value": money_of(doc, money) if money else None,
        "jobs": int(jobs.value) if jobs else None,
        "capacity": f"{size.value:g} {size.unit}" if size else None,
        "spans": [(a.start, a.stop) for a in (money, jobs, size) if a],
    }


def _project(ctx: Context, facility: Facility, sentences: list[tuple[int, int]]) -> Project | None:
    """The project a facility head stands for, or None if it is not one.

    A facility only toured ("toured the meat plant") is not a project; told without a company,
    the partner is the article's Chinese company when the sentence speaks of "the company".
    """
    doc, (start, stop) = ctx.doc, sentences[0]
    figures = _figures(doc, facility.head, start, stop)
    if facility.plural:
        return None
    stage, building = _stage(doc, sentences)
    labels = load_lexicon("stages", doc.lang).labels(doc.text, start, stop)
    if not building or in_china(ctx, start, stop) or ("tour" in labels and not labels & BUILDING):
        return None
    if facility.head.cell(0) == "area" and "build" not in labels:  # a zone named, not one being set up
        return None
    if "supply" in labels and not labels & SUPPLY_OVERRIDE:  # equipment supplied for a plant: a customer
        return None
    partner = _partner(ctx, facility.head, sentences)
    if partner is None and any("company" in load_lexicon("stages", doc.lang).labels(doc.text, *s) for s in sentences):
        partner = ctx.main_company()
    places = [m.canonical for m in ctx.in_span(start, stop) if m.kind == "kz_place"]
    spans = [(facility.head.start, facility.head.stop)] + figures["spans"]
    confidence = CONFIDENCE["with_partner" if partner else "alone"]
    return Project(
        what=facility.kind, kz_region=ctx.kz_region_at(start, stop), sector=facility.sector,
        partner=partner, value=figures["value"], stage=stage or "proposed",
        place=places[0] if places else None, capacity=figures["capacity"], jobs=figures["jobs"],
        evidence=Evidence(start, stop, tuple(spans), confidence),
    )


def _with_summary(doc: Document, project: Project) -> Project:
    """The project with its English line (naming the agreement its sentence tells, if any)."""
    evidence = project.evidence
    instrument = instrument_at(doc, evidence.sentence_start, evidence.sentence_stop) if evidence else None
    return replace(project, summary=describe_project(project, instrument))


def _merge(projects: list[Project]) -> list[Project]:
    """One project per region and kind: later mentions fill what earlier ones lack."""
    merged: dict[tuple, Project] = {}
    for project in projects:
        key = (project.kz_region, project.what)
        old = merged.get(key)
        if old is None:
            merged[key] = project
            continue
        fields = ("partner", "value", "place", "capacity", "jobs", "sector", "start_year", "end_year")
        fills = {f: getattr(project, f) for f in fields if getattr(old, f) is None}
        if STAGE_ORDER.index(project.stage) < STAGE_ORDER.index(old.stage):
            fills["stage"] = project.stage
        merged[key] = replace(old, **fills)
    return list(merged.values())


def _generic_into_specific(projects: list[Project]) -> list[Project]:
    """A project whose kind is part of one other project's kind in its region joins it: a bare
    "plant" or a "foil plant" is the region's one "aluminium foil plant" told again; so does one
    with no partner nor value that names the same head (``_same_head``)."""
    kept = []
    for project in projects:
        words, bare = set(project.what.split()), not (project.partner or project.value)
        wider = {p.what: p for p in projects if p.kz_region == project.kz_region and p.what != project.what
                 and (words < set(p.what.split()) or bare and _same_head(project, p))}
        if len(wider) == 1:
            same = next(iter(wider.values()))
            project = replace(project, what=same.what, sector=same.sector)
        kept.append(project)
    return kept


def _same_head(bare: Project, other: Project) -> bool:
    """Whether a bare project (no partner, no value: a headline's "pharmaceutical plant") names the
    same facility as ``other``: the same head word and stage, and ``other`` has a partner."""
    return bool(other.partner) and bare.stage == other.stage and bare.what.split()[-1] == other.what.split()[-1]


def _sentence_projects(ctx: Context, spans: list[tuple[int, int]], index: int, heads: list[list]) -> list[Project]:
    """The projects of one sentence; a list of several kinds with no value is a bundle's content.

    The sentence's context is its list's lead line ("signed:") for a list item, else the one before.
    """
    doc = ctx.doc
    lead = lead_of(doc.text, spans, index)
    context = [spans[index]] + ([spans[lead]] if lead is not None else [spans[index - 1]] if index else [])
    facilities = heads[index]
    if any(f.kind not in GENERIC_HEADS for f in facilities):  # "at X's plant a tyre line was launched"
        facilities = [f for f in facilities if f.kind not in GENERIC_HEADS]
    found = [p for f in facilities if (p := _project(ctx, f, context))]
    if len({p.what for p in found}) >= LIST_SIZE and not any(p.value for p in found):
        return []
    later = later_sentences(spans, index, [(bool(h), any(f.kind not in GENERIC_HEADS for f in h)) for h in heads])
    return [details(ctx, p, later) for p in found]


def _kept(doc: Document, project: Project, projects: list[Project]) -> bool:
    """Whether a found project stands: a bare head ("the plant") only with a value told in its own
    sentence that no specific project of its region has; a trade house only while a signed
    document plans it."""
    if project.what in OFFICE_KINDS:
        return project.stage == "agreed"
    if project.what not in GENERIC_HEADS:
        return True
    spans = set(project.evidence.spans if project.evidence else ())
    own = any((a.start, a.stop) in spans for a in doc.amounts if a.kind == "money")
    return own and not any(p.kz_region == project.kz_region and p.value == project.value
                           and p.what not in GENERIC_HEADS for p in projects)


def find_projects(doc: Document) -> list[Project]:
    """The projects told in ``doc``, one per region and kind of facility."""
    ctx = Context(doc)
    if not ctx.about_china():
        return []
    spans = [(s.start, s.stop) for s in doc.sentences]
    heads = [[f for f in find_facilities(doc.text, start, stop, doc.lang) if not f.plural] for start, stop in spans]
    heads = without_recalls(doc, spans, heads, {*STAGE_ORDER, "build"}, GENERIC_HEADS)
    projects = []
    for index in range(len(spans)):
        projects += _sentence_projects(ctx, spans, index, heads)
    projects = _merge(_generic_into_specific(projects))
    return [_with_summary(doc, project) for project in projects if _kept(doc, project, projects)]


class ProjectStage:
    """Pipeline stage adding the ``projects`` layer."""

    name: ClassVar[str] = "projects"
    requires: ClassVar[frozenset[str]] = frozenset({"text", "sentences", "mentions", "amounts", "figures", "events"})
    provides: ClassVar[frozenset[str]] = frozenset({"projects"})

    def __call__(self, doc: Document) -> Document:
        return doc.add(projects=find_projects(doc))
