"""Projects: concrete facilities or ventures in a Kazakh region (SCHEMA.md ``projects``).

A facility head from ``rules/<lang>/facilities.tsv`` (plant, wind farm, heating main ...) with the
product and process words around it names the kind ("household waste processing plant"); the
stage comes from ``stages.tsv`` cues in its sentence (or the one before); value, capacity and jobs
from the amounts layer; partner, region and place from the mentions. A plural head ("plants")
names a kind of thing, not one project, and facilities toured in China are not projects.
"""

from __future__ import annotations

from dataclasses import replace
from typing import ClassVar

from kzcn.extract.common.context import Context
from kzcn.extract.projects.facilities import Facility, find_facilities
from kzcn.extract.projects.parts import (details, in_china, instrument_at, lead_of, later_sentences, money_of,
                                        rank_partners, without_recalls)
from kzcn.extract.projects.merge import generic_into_specific, merge_projects
from kzcn.extract.projects.stage import STAGE_ORDER, headline, resolve_stage
from kzcn.extract.common.summary import describe_project
from kzcn.extract.common.triggers import Cue, load_lexicon
from kzcn.model import Document, Evidence, Project

#: Cues that a toured facility is being built or run (a construction site visit is about a project).
BUILDING = frozenset({"build", "under_construction", "operating", "agreed"})
#: Heads too vague to stand alone (without a product word or a stated value).
GENERIC_HEADS = frozenset({"plant", "factory", "complex", "workshop", "production facility", "centre", "hub",
                           "terminal", "warehouse", "production", "production line", "production localisation",
                           "assembly localisation", "assembly", "project", "cluster"})
#: Several kinds in one sentence with no building word of its own are the parts of a project told
#: before ("the site will hold three workshops, a container yard and warehouses"); opened by "among
#: them", the contents of a bundle (CONVENTIONS.md: a bundle is figures). Either way no projects.
LIST_SIZE = 3
#: Kinds that, once opened, are an office opening (an event) rather than a project: a project
#: only while a signed document plans them.
OFFICE_KINDS = frozenset({"trade house"})
#: A project one of several a plural head names with its companies is told least surely.
CONFIDENCE = {"with_partner": 0.85, "alone": 0.7, "each_partner": 0.6}
#: Cues that keep a facility a project in a sentence about supplies (a plant built or run, not a customer).
SUPPLY_OVERRIDE = frozenset({"build", "operating", "under_construction"})


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


def _project(ctx: Context, facility: Facility, sentences: list[tuple[int, int]], told: tuple,
             partner: str | None = None) -> Project | None:
    """The project a facility head stands for, or None if it is not one.

    ``told`` is (stage, building): its stage and whether a build or stage cue is told of it (see
    ``resolve_stage``); a venture (a stake) needs none. A facility only toured ("toured the meat
    plant") is not a project; told without a company, the partner is the article's Chinese company
    when the sentence speaks of "the company".
    """
    doc, (start, stop) = ctx.doc, sentences[0]
    figures = _figures(doc, facility.head, start, stop)
    stage, building = told
    labels = load_lexicon("stages", doc.lang).labels(doc.text, start, stop)
    building = building or facility.head.cell(0) == "venture"
    if any(m.kind == "org" and m.start <= facility.head.start < m.stop for m in ctx.in_span(start, stop)):
        return None  # a word of a company's name ("... Smart City Technology Co.")
    if not building or in_china(ctx, start, stop) or ("tour" in labels and not labels & BUILDING):
        return None
    if facility.head.cell(0) == "area" and "build" not in labels:  # a zone named, not one being set up
        return None
    if "supply" in labels and not labels & SUPPLY_OVERRIDE:  # equipment supplied for a plant: a customer
        return None
    partner = partner or _partner(ctx, facility.head, sentences)
    if partner is None and any("company" in load_lexicon("stages", doc.lang).labels(doc.text, *s) for s in sentences):
        partner = ctx.main_company()
    places = [m.canonical for m in ctx.in_span(start, stop) if m.kind == "kz_place"]
    spans = [(facility.head.start, facility.head.stop)] + figures["spans"]
    confidence = CONFIDENCE["with_partner" if partner else "alone"]
    return Project(
        what=facility.kind, kz_region=_region(ctx, facility, start, stop), sector=facility.sector,
        partner=partner, value=figures["value"], stage=stage or "proposed",
        place=places[0] if places else None, capacity=figures["capacity"], jobs=figures["jobs"],
        evidence=Evidence(start, stop, tuple(spans), confidence),
    )


def _region(ctx: Context, facility: Facility, start: int, stop: int) -> str | None:
    """Where a facility stands: a unit named in the head's own clause (Chinese names the place
    right before the facility: "X州风电场群"), else the sentence's acting unit."""
    if ctx.doc.lang == "zh":
        return ctx.unit_in_clause(facility.head.start, start, stop) or ctx.kz_region_at(start, stop)
    return ctx.kz_region_at(start, stop)


def _with_summary(doc: Document, project: Project) -> Project:
    """The project with its English line (naming the agreement its sentence tells, if any)."""
    evidence = project.evidence
    instrument = instrument_at(doc, evidence.sentence_start, evidence.sentence_stop) if evidence else None
    return replace(project, summary=describe_project(project, instrument))


def _sentence_projects(ctx: Context, spans: list[tuple[int, int]], index: int, heads: list[list],
                       named: list[tuple[bool, bool]]) -> list[Project]:
    """The projects of one sentence, each named facility one (a list of kinds is several projects).

    The sentence's context is its list's lead line ("signed:") for a list item, else the one before;
    ``named`` tells per sentence whether it names any facility and a specific one (``resolve_stage``).
    """
    doc = ctx.doc
    lead = lead_of(doc.text, spans, index)
    context = [spans[index]] + ([spans[lead]] if lead is not None else [spans[index - 1]] if index else [])
    facilities = [f for f in heads[index] if not f.plural]
    if any(f.head.cell(0) != "area" for f in facilities):  # "the zone, where a plant will be built"
        facilities = [f for f in facilities if f.head.cell(0) != "area"]
    if any(f.kind not in GENERIC_HEADS for f in facilities):  # "at X's plant a tyre line was launched"
        facilities = [f for f in facilities if f.kind not in GENERIC_HEADS]
    stage, own, headlined = resolve_stage(doc, spans, context, index, named)
    cues = load_lexicon("stages", doc.lang).labels(doc.text, *spans[index])
    if len({f.kind for f in heads[index]}) >= LIST_SIZE and ("bundle" in cues or not cues & {*STAGE_ORDER, "build"}):
        return []  # a bundle's contents ("among them: ...") or the parts of a project told before
    found = [p for f in facilities if (p := _project(ctx, f, context, (stage, own or f.head.label in headlined)))]
    found += _per_partner(ctx, [f for f in heads[index] if f.plural], context, (stage, own))
    singles = [[f for f in h if not f.plural] for h in heads]
    later = later_sentences(spans, index, [(bool(h), any(f.kind not in GENERIC_HEADS for f in h)) for h in singles])
    return [details(ctx, p, later) for p in found]


def _per_partner(ctx: Context, plurals: list[Facility], context: list[tuple[int, int]], told: tuple) -> list[Project]:
    """A plural head told with several Chinese companies ("two wind farms with X and Y"): one
    project per company; with fewer than two it names a kind, not projects."""
    partners = list(dict.fromkeys(m.canonical for m in rank_partners(ctx, *context[0])))
    if len(partners) < 2:
        return []
    found = [p for f in plurals if f.head.cell(0) != "area" and f.kind not in GENERIC_HEADS for partner in partners
             if (p := _project(ctx, replace(f, plural=False), context, told, partner))]
    return [replace(p, evidence=replace(p.evidence, confidence=CONFIDENCE["each_partner"])) for p in found]


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
    every = [find_facilities(doc.text, start, stop, doc.lang) for start, stop in spans]
    named = [({f.head.label for f in h}, any(not f.plural and f.kind not in GENERIC_HEADS for f in h)) for h in every]
    heads = without_recalls(doc, spans, [[f for f in h if not f.plural] for h in every], {*STAGE_ORDER, "build"},
                            GENERIC_HEADS)
    heads = [kept + [f for f in h if f.plural] for kept, h in zip(heads, every)]
    projects, several = [], []
    for index in range(len(spans)):
        found = _sentence_projects(ctx, spans, index, heads, named)
        projects += [p for p in found if not p.evidence or p.evidence.confidence != CONFIDENCE["each_partner"]]
        several += [p for p in found if p.evidence and p.evidence.confidence == CONFIDENCE["each_partner"]]
    top = headline(doc, spans)
    projects = merge_projects(generic_into_specific(projects, spans[top][0] if top is not None else None)) + \
        merge_projects(several, by_partner=True)
    return [_with_summary(doc, project) for project in projects if _kept(doc, project, projects)]


class ProjectStage:
    """Pipeline stage adding the ``projects`` layer."""

    name: ClassVar[str] = "projects"
    requires: ClassVar[frozenset[str]] = frozenset({"text", "sentences", "mentions", "amounts", "figures", "events"})
    provides: ClassVar[frozenset[str]] = frozenset({"projects"})

    def __call__(self, doc: Document) -> Document:
        return doc.add(projects=find_projects(doc))
