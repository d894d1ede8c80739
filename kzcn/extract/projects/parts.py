"""Helpers for projects: list items and their lead line, word windows, area locatives, later sentences,
parts of a facility ("a hub with a terminal"), sentences that only tell "the project" again,
sentences about a site in China and the agreement a sentence tells.

A bulleted list item ("– an agreement on a plant;") takes its stage from the lead line that
introduces the list ("The following were signed:"). A quoted name between a facility head and its
product words («Alpha Textile» LLP) counts as one word. A project's cost may be told a few
sentences later ("The project costs ...") as long as no other facility is described in between.
"""

from __future__ import annotations

import re

from dataclasses import replace

from kzcn.extract.common.context import Context
from kzcn.extract.common.triggers import Cue, load_lexicon, words_between
from kzcn.model import Amount, Document, Mention, Money, Project

#: A list item opens with a dash, a bullet or "1)" / "1.".
BULLET = re.compile(r"\s*(?:[–—\-•·*▪]|\d{1,2}[.)])\s")
#: How many items back a list item may look for its lead line.
MAX_ITEMS = 12
BOUNDARY = set(".,;:!?—–()«»\"")
#: A quoted name (a company, a zone) is one word in a window.
QUOTED = re.compile(r"«[^«»]{1,80}»|\"[^\"]{1,80}\"|“[^“”]{1,80}”")
#: Prepositions of place before an area head, and words that may stand between them
#: ("на территории зоны", "in the Aktobe special economic zone").
LOCATIVE_WORDS = frozenset({"в", "во", "на", "in", "at", "within", "inside"})
AREA_FILLERS = frozenset({"территории", "пределах", "площадке", "базе", "the", "a", "its", "territory", "of"})
KK_LOCATIVE = re.compile(r"(?:да|де|та|те|нда|нде)(?:ғы|гі)?$")
#: How many sentences after a project's own its cost or partner may be told.
LATER_REACH = 4
#: Of those, how many may give a cost.
PLAIN_REACH = 3
#: A word saying the next company is Chinese ("китайской компанией X", "қытайлық X").
CHINESE_WORD = re.compile(r"(?:китайск|қытайлық|қытай|chinese|кнр|қхр)\w*[\s«\"]*(?:\w+\s+){0,1}[«\"]?$", re.IGNORECASE)
#: A Kazakh legal form right before or after a name (ТОО «X», «X» ЖШС, X LLP) marks a local company.
KZ_FORM_BEFORE = re.compile(r"(?:ТОО|АО|ЖШС|АҚ)\s*[«\"]?$")
KZ_FORM_AFTER = re.compile(r"^[»\"]?\s*(?:ЖШС|АҚ|ТОО|LLP|JSC)(?![\w])")
#: A dash right after a head opens an apposition telling its product ("завода – производства
#: препаратов"), no boundary.
APPOSITION = re.compile(r"^\s+[–—]\s+")
#: A head right after another one and "with" is its part ("a hub with a container terminal").
COMPONENT = re.compile(r"\s+(?:with|including|comprising|featuring|с|со|включая)\s", re.IGNORECASE)
#: Words a part may stand after the head it belongs to.
COMPONENT_GAP = 6
#: Numbers ("1,5", "40 000") count as one word in a window.
NUMBER = re.compile(r"\d+(?:[.,\s]\d+)*")
#: Words a qualifier cue may stand before an amount ("estimated at about $40M").
QUALIFIER_GAP = 3


def lead_of(text: str, spans: list[tuple[int, int]], index: int) -> int | None:
    """The index of the lead line ("... signed:") of the list item ``spans[index]``, else None."""
    start, _ = spans[index]
    if not index or not BULLET.match(text, start) and not _ends(text, spans[index - 1], ":;"):
        return None
    for back in range(index - 1, max(-1, index - 1 - MAX_ITEMS), -1):
        if _ends(text, spans[back], ":"):
            return back
        if not (BULLET.match(text, spans[back][0]) or _ends(text, spans[back], ";")):
            return None
    return None


def _ends(text: str, span: tuple[int, int], marks: str) -> bool:
    tail = text[span[0] : span[1]].rstrip()
    return bool(tail) and tail[-1] in marks


def near(text: str, cue: Cue, head: Cue, window: tuple[int, int]) -> bool:
    """Whether ``cue`` lies within the word window of ``head`` with no punctuation between.

    A quoted name between them counts as one word and is no boundary, nor is a dash of apposition
    right after the head.
    """
    before, after = window
    if cue.stop <= head.start:
        between, limit = text[cue.stop : head.start], before
    elif cue.start >= head.stop:
        between, limit = APPOSITION.sub(" ", text[head.stop : cue.start], count=1), after
    else:
        return False
    between = NUMBER.sub("N", QUOTED.sub(" Q ", between))
    return not BOUNDARY & set(between) and words_between(between, 0, len(between)) < limit


def component_of(text: str, head: Cue, before: Cue | None) -> bool:
    """Whether ``head`` is a part of the facility ``before`` it ("a hub with a container terminal",
    "комплекс с холодильным складом"): "with" opens the words between, no clause boundary."""
    if before is None:
        return False
    between = text[before.stop : head.start]
    return bool(COMPONENT.match(between)) and not set(".;:!?()") & set(between) \
        and words_between(between, 0, len(between)) <= COMPONENT_GAP


def located_in(text: str, head: Cue, lang: str | None) -> bool:
    """Whether an area head ("industrial zone") says where something else is ("in the zone")."""
    if lang == "kk" and KK_LOCATIVE.search(text[head.start : head.stop]):
        return True
    before = QUOTED.sub(" Q ", text[max(0, head.start - 60) : head.start]).split()
    for word in reversed(before[-4:]):
        word = word.strip(",")
        if word.lower() in LOCATIVE_WORDS:
            return True
        if word.lower() not in AREA_FILLERS and not word[:1].isupper() and word != "Q":
            return False
    return False


def money_of(doc: Document, amount: Amount) -> Money:
    """A project value from an amount; "estimated at" or "more than" just before it sets the qualifier."""
    qualifier = amount.qualifier
    if qualifier == "exact":
        line_start = doc.text.rfind("\n", 0, amount.start) + 1
        cues = load_lexicon("stages", doc.lang).find(doc.text, max(line_start, amount.start - 60), amount.start)
        for cue in reversed(cues):
            if cue.label in ("about", "more_than") and words_between(doc.text, cue.stop, amount.start) < QUALIFIER_GAP:
                qualifier = cue.label
                break
    return Money(amount.value, amount.unit, qualifier, amount.value_usd)


def rank_partners(ctx: Context, start: int, stop: int) -> list[Mention]:
    """The Chinese companies of a sentence, in text order: those said to be Chinese ("китайской
    компанией X") if any, else those not marked as local by a Kazakh legal form, else all."""
    text = ctx.doc.text
    orgs = [m for m in ctx.in_span(start, stop) if m.kind == "org" and m.country == "CN"]
    said = [m for m in orgs if CHINESE_WORD.search(text[max(start, m.start - 30) : m.start])]
    local = [m for m in orgs if KZ_FORM_BEFORE.search(text[max(start, m.start - 6) : m.start])
             or KZ_FORM_AFTER.match(text[m.stop : m.stop + 6])]
    return said or [m for m in orgs if m not in local] or orgs


def later_sentences(spans: list[tuple[int, int]], index: int, heads: list[tuple[bool, bool]]) -> list[tuple]:
    """The sentences after ``index`` that may still tell about its project: (start, stop, step,
    whether it has a facility head of its own). Stops at a sentence with a specific facility of its
    own (``heads``: per sentence, whether it has any head and whether a specific one)."""
    found = []
    for step in range(1, LATER_REACH + 1):
        if index + step >= len(spans) or heads[index + step][1]:
            break
        found.append((*spans[index + step], step, heads[index + step][0]))
    return found


def _statistic(doc: Document, amount: Amount) -> bool:
    """Whether an amount is a reported statistic (a figure's, "investment inflow last year"), no cost."""
    return any(s < amount.stop and amount.start < e for f in doc.figures if f.evidence for s, e in f.evidence.spans)


def details(ctx: Context, project: Project, later: list[tuple]) -> Project:
    """Cost, partner and start or completion years told in the project's sentence or the next ones.

    A later sentence gives a cost if it tells one ("costs") and names "the project", or is close and
    has no facility of its own, and the amount is no statistic (``doc.figures``); a partner if it names "the project" and a Chinese company.
    """
    doc, fills = ctx.doc, {}
    lexicon = load_lexicon("stages", doc.lang)
    own = (project.evidence.sentence_start, project.evidence.sentence_stop, 0, False)
    for start, stop, step, has_head in [own] + later:
        labels = lexicon.labels(doc.text, start, stop)
        money = [a for a in doc.amounts if start <= a.start < stop and a.kind == "money"
                 and not (step and _statistic(doc, a))]
        named = "project" in labels
        told = step == 0 or ("cost" in labels and (named or not has_head and step <= PLAIN_REACH))
        if project.value is None and "value" not in fills and money and told:
            fills["value"] = money_of(doc, money[0])
        orgs = rank_partners(ctx, start, stop) if "project" in labels else []
        if project.partner is None and "partner" not in fills and orgs:
            fills["partner"] = orgs[0].canonical
        year = ctx.year_in(start, stop)
        for label, field in (("begin", "start_year"), ("complete", "end_year")):
            if year and label in labels and field not in fills and getattr(project, field) is None:
                fills[field] = year
    return replace(project, **fills)


def distance(cue: Cue, head: Cue) -> int:
    """Characters between a product or process word and its head (the nearest names the process)."""
    return head.start - cue.stop if cue.stop <= head.start else cue.start - head.stop


def adjacent(text: str, head: Cue, after: Cue) -> bool:
    """Whether ``after`` follows ``head`` with only spaces between (not the same span told twice)."""
    return after.start >= head.stop and not text[head.stop : after.start].strip()


def without_recalls(doc: Document, spans: list[tuple[int, int]], heads: list[list], cues: set[str],
                    generic: frozenset[str]) -> list[list]:
    """The heads per sentence, none in a sentence that only tells more of "the project" already told
    ("The project costs ..., the plant will make 1,000 tractors a year"): no stage or build cue of
    its own (``cues``: stages and build), after a sentence with a facility not in ``generic``."""
    lexicon, told, kept = load_lexicon("stages", doc.lang), False, []
    for (start, stop), found in zip(spans, heads):
        labels = lexicon.labels(doc.text, start, stop) if told and found else set()
        recall = "project" in labels and not labels & cues
        kept.append([] if recall else found)
        told = told or any(f.kind not in generic for f in found)
    return kept


def in_china(ctx: Context, start: int, stop: int) -> bool:
    """A sentence about a place in China (a Chinese place, no Kazakh one, or a site tour)."""
    kinds = {m.kind for m in ctx.in_span(start, stop) if m.participant or m.kind != "cn_place"}
    if "cn_place" in kinds and not kinds & {"kz_region", "kz_place"}:
        return True
    if kinds & {"kz_region", "kz_place"} and "cn_place" not in kinds:  # a tour of a Kazakh site
        return False
    tours = [e for e in ctx.doc.events if e.type == "site_visit" and _covers(e, start, stop)]
    return any(e.place is None or not ctx.is_unit(_unit_of_place(ctx, e.place)) for e in tours)


def _unit_of_place(ctx: Context, place: str) -> str | None:
    """The Kazakh unit a place name belongs to (itself for a unit), None for a Chinese place."""
    for m in ctx.mentions:
        if m.canonical == place and m.kind in ("kz_region", "kz_place"):
            return m.canonical if m.kind == "kz_region" else m.region
    return None


def _covers(event, start: int, stop: int) -> bool:
    spans = event.evidence.spans if event.evidence else ()
    return any(start <= s < stop for s, _ in spans)


def instrument_at(doc: Document, start: int, stop: int) -> str | None:
    """The instrument of an agreement event told in this sentence."""
    return next((e.instrument for e in doc.events if e.type == "agreement" and _covers(e, start, stop)), None)
