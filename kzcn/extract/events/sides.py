"""Who takes part in a happening: whether a trip goes between the two sides, whether a happening
has a Chinese side at all, and one signing per Kazakh unit a sentence names as a party."""

from __future__ import annotations

from copy import deepcopy
from dataclasses import replace

from kzcn.extract.common.context import Context
from kzcn.extract.common.triggers import load_lexicon
from kzcn.extract.events.parts import Draft
from kzcn.model import Document

#: Happenings with no Chinese party, person or envoy named are the region's own (a tour of a local
#: plant, talks with "investors", a launch "with Chinese support" told in passing): not events.
NEEDS_CHINESE_SIDE = frozenset({"meeting", "site_visit", "project_launch"})
#: Roles of a foreign state's envoys (the mention layer's English titles).
ENVOYS = frozenset({"ambassador", "consul", "consul general", "envoy", "chargé d'affaires"})


def visit_is_trip(ctx: Context, start: int, stop: int, labels: set[str], touring: bool) -> bool:
    """A trip of one side to the other (CONVENTIONS.md: a delegation's trip to the other side, in
    either direction): guests from China coming to a Kazakh unit, or the Kazakh side travelling to
    a Chinese place, company or China itself.

    When the same verb tours a site ("visited the plant"), only a Chinese place makes it a trip.
    """
    chinese_side = bool(ctx.cn_parties(start, stop)) or ctx.names_china(start, stop) or \
        any(m.kind == "person" and m.country == "CN" for m in ctx.in_span(start, stop))  # "headed by Mr Zhu"
    if "inbound" in labels or ("outbound" not in labels and ctx.kazakh_destination(start, stop)):
        return not touring and ("inbound" in labels or chinese_side)
    if touring:
        return "outbound" in labels or any(m.kind == "cn_place" for m in ctx.in_span(start, stop))
    return "outbound" in labels or chinese_side


#: A signing naming at least this many Kazakh units is one signing per unit.
SEVERAL_UNITS = 2


def per_unit(ctx: Context, drafts: list[Draft], sentence) -> list[Draft]:
    """A signing whose sentence names several Kazakh units as parties ("signed agreements with the
    A, B and C regions") is one agreement per unit, and a trip of several units' heads ("the akims
    of A, B and C visited Henan in turn") one visit per unit (event matching is per unit)."""
    heads = list(dict.fromkeys(m.of for m in ctx.in_span(sentence.start, sentence.stop)
                               if m.kind == "person" and m.country == "KZ" and ctx.is_unit(m.of)))
    out = []
    for draft in drafts:
        units = ctx.signing_units(sentence.start, sentence.stop) if draft.type == "agreement" else \
            heads if draft.type == "visit" else []
        if len(units) < SEVERAL_UNITS:
            out.append(draft)
            continue
        out += [replace(deepcopy(draft), kz_region=unit) for unit in units]
    return out


def next_sentences(doc: Document, draft: Draft) -> list[tuple[int, int]]:
    """The sentences right after a draft's own in the same paragraph: a toured site's builder is
    often named next ("The mayor toured the plant site. The project is run by a Chinese company ...")."""
    found = []
    for sentence, after in zip(doc.sentences, doc.sentences[1:]):
        if (sentence.start, sentence.stop) in draft.sentences and "\n" not in doc.text[sentence.stop:after.start]:
            found.append((after.start, after.stop))
    return found


def chinese_side(ctx: Context, draft: Draft, others: list[Draft]) -> bool:
    """Whether a happening involves China: a Chinese party, person, envoy, guests or adjective in
    its sentences (for a tour, a Chinese company in the next one), or a tie to another happening
    (the same sentence, "after the ceremony", "within the forum"). A tour of a local plant or
    talks with "investors" told in passing are the region's own."""
    if draft.cn_parties or draft.type not in NEEDS_CHINESE_SIDE or draft.same_day or draft.in_forum:
        return True
    if any(o is not draft and set(o.sentences) & set(draft.sentences) for o in others):
        return True
    for start, stop in draft.sentences:
        if "@guests" in load_lexicon("events", ctx.doc.lang).labels(ctx.doc.text, start, stop):
            return True  # "the guests toured the plant": the visiting side
        for m in ctx.in_span(start, stop):
            if m.country == "CN" and m.kind != "role" or m.kind == "cn_place" or m.role in ENVOYS:
                return True
    nexts = next_sentences(ctx.doc, draft) if draft.type == "site_visit" else []
    return any(ctx.has_chinese_org(start, stop) for start, stop in nexts)
