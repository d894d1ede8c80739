"""One project per region and kind: mentions of the same facility told again are joined."""

from __future__ import annotations

from dataclasses import replace

from kzcn.extract.projects.stage import STAGE_ORDER
from kzcn.model import Project

#: Words of a kind that name no product ("assembly plant" and "processing plant" are not one).
GENERIC_WORDS = frozenset({"processing", "deep", "assembly", "production", "power", "plant", "complex", "centre"})


def merge_projects(projects: list[Project], by_partner: bool = False) -> list[Project]:
    """One project per region and kind (and partner, for the several one plural head names: "wind
    farms with two companies"): later mentions fill what earlier ones lack."""
    merged: dict[tuple, Project] = {}
    for project in projects:
        key = (project.kz_region, project.what, project.partner if by_partner else None)
        old = merged.get(key)
        if old is not None and old.partner and project.partner and old.partner != project.partner:
            # two companies' plants of one kind in one region ("a wind farm with X ... a wind farm
            # with Y") are two projects; the later one keeps its own place
            key = key + (project.partner,)
            old = merged.get(key)
        if old is None:
            merged[key] = project
            continue
        fields = ("partner", "value", "place", "capacity", "jobs", "sector", "start_year", "end_year")
        fills = {f: getattr(project, f) for f in fields if getattr(old, f) is None}
        if STAGE_ORDER.index(project.stage) < STAGE_ORDER.index(old.stage):
            fills["stage"] = project.stage
        merged[key] = replace(old, **fills)
    return _placed(list(merged.values()))


def _placed(projects: list[Project]) -> list[Project]:
    """A project told without its region ("the wind farm's output ...") is the one project of
    that kind and partner told with a region, when there is exactly one."""
    kept = []
    for project in projects:
        if project.kz_region is None:
            same = [p for p in projects if p.kz_region and p.what == project.what and p.partner == project.partner]
            if len(same) == 1:
                continue
        kept.append(project)
    return kept


def generic_into_specific(projects: list[Project], headline: int | None = None) -> list[Project]:
    """A project whose kind is part of one other project's kind in its region joins it: a bare
    "plant" or a "foil plant" is the region's one "aluminium foil plant" told again; so does a
    headline's project with no partner nor value that names the same head (``_same_head``).
    ``headline``: where the article's first real sentence starts (a facility told in the body
    with other product words is another facility: "a glass plant ... a waste recycling plant")."""
    kept = []
    for project in projects:
        in_headline = headline is not None and project.evidence is not None and \
            project.evidence.sentence_start == headline
        words = set(project.what.split())
        bare = not (project.partner or project.value) and (in_headline or len(words) == 1)
        wider = {p.what: p for p in projects if p.kz_region == project.kz_region and p.what != project.what
                 and (words < set(p.what.split()) or bare and _same_head(project, p))}
        if len(wider) != 1:
            wider = {p.what: p for p in projects if _told_again(project, p, projects)}
        if len(wider) == 1:
            same = next(iter(wider.values()))
            project = replace(project, what=same.what, sector=same.sector)
        kept.append(project)
    return kept


def _told_again(project: Project, other: Project, projects: list[Project]) -> bool:
    """Whether ``project`` is ``other`` told again in other words ("truck assembly plant", "truck
    and special machinery plant"): same region and head word, a product word shared, no other
    partner; the one with more words (the earlier on a tie) stands."""
    words, others = project.what.split(), other.what.split()
    if other.kz_region != project.kz_region or other.what == project.what or words[-1] != others[-1]:
        return False
    if project.partner and other.partner and project.partner != other.partner:
        return False
    longer = len(others) > len(words) or len(others) == len(words) and projects.index(other) < projects.index(project)
    return longer and bool(set(words[:-1]) & set(others[:-1]) - GENERIC_WORDS)


def _same_head(bare: Project, other: Project) -> bool:
    """Whether a bare project (no partner, no value: a headline's "pharmaceutical plant") names the
    same facility as ``other``: the same head word and stage, and ``other`` has a partner."""
    return bool(other.partner) and bare.stage == other.stage and bare.what.split()[-1] == other.what.split()[-1]
