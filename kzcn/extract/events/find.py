"""Events: what happened between a Kazakh region and a Chinese side (SCHEMA.md ``events``).

A trigger word from ``rules/<lang>/events.tsv`` proposes an event in its sentence; the
modality lexicon (``modality.tsv``) drops planned, negated, intended and invited happenings;
arguments come from the mention, date and instrument layers of the same sentence; drafts of one
happening told in several sentences merge into one event.
"""

from __future__ import annotations

import re

from dataclasses import replace
from typing import ClassVar

from kzcn.extract.common.context import Context
from kzcn.extract.events.sides import chinese_side, per_unit, visit_is_trip
from kzcn.extract.events.parts import (BASE_CONFIDENCE, Draft, by_forum, by_same_day, date_by_dateline,
                                      date_by_trip_day, merge_drafts, one_day_only, place_by_talks, place_by_trip)
from kzcn.extract.common.summary import describe_event
from kzcn.extract.common.triggers import Cue, load_lexicon, words_between
from kzcn.model import Document, Event, Evidence

#: SCHEMA.md: "Planned meetings and trips are not events; an announced forum is."
ANNOUNCED_IS_FACT = frozenset({"forum"})
#: Events a company takes part in: told without naming one, it is the article's Chinese company.
COMPANY_EVENTS = frozenset({"agreement", "project_launch"})
#: Happenings whose other side a sentence may name by a word for it ("met the partners").
ANAPHORIC_EVENTS = frozenset({"meeting", "site_visit", "agreement"})
#: Confidence: a base for a matched trigger, plus a little per argument found.
PER_ARGUMENT, NEEDS_PENALTY = 0.08, 0.1


def modality_of(doc: Document, trigger: Cue, cues: list[Cue], event_type: str) -> str | None:
    """The modality label (planned, negated, intent, invitation, possible) governing ``trigger``, if any.

    An announced forum is still a fact, but not a negated or a merely possible one.
    """
    for cue in cues:
        if cue.label not in ("planned", "negated", "intent", "invitation", "possible"):
            continue
        if event_type in ANNOUNCED_IS_FACT and cue.label not in ("negated", "possible"):
            continue
        if _governs(doc, cue, trigger):
            return cue.label
    return None


def _governs(doc: Document, cue: Cue, trigger: Cue) -> bool:
    """Whether a modality cue reaches ``trigger``: on its side (cell 0: before, after, any) and
    within its window of words (cell 1; none: the whole sentence)."""
    side, window = cue.cell(0, "any"), cue.cell(1)
    if cue.stop <= trigger.start and side in ("before", "any"):
        gap = words_between(doc.text, cue.stop, trigger.start)
    elif cue.start >= trigger.stop and side in ("after", "any"):
        gap = words_between(doc.text, trigger.stop, cue.start)
    else:
        return False
    return not window or gap <= int(window)


def _stative(doc: Document, trigger: Cue, cues: list[Cue]) -> bool:
    """Whether a ``state`` cue of the modality lexicon ("已", "的") stands right before ``trigger``."""
    return any(c.label == "state" and _governs(doc, c, trigger) for c in cues)


def _instrument(doc: Document, trigger: Cue, start: int, stop: int) -> str | None:
    """The signed document's kind: the instrument word nearest the signing verb."""
    cues = load_lexicon("instruments", doc.lang).find(doc.text, start, stop)
    if not cues:
        return None
    return min(cues, key=lambda c: abs(c.start - trigger.start)).label


def _draft(ctx: Context, trigger: Cue, sentence: tuple[int, int], before: tuple[int, int] | None,
           own_parties: bool = False, anaphora: str | None = None) -> Draft:
    """The event proposed by ``trigger`` with its arguments from the sentence.

    ``before`` is the previous sentence of the same paragraph, which may say where or on which
    day of a trip the narrative stands ("On the last day the delegation went to X. It ...").
    ``own_parties``: the text names all the parties (an item of a list), so none is assumed.
    ``anaphora``: the sentence speaks of the other side without naming it: "partners" ("the
    partners", "the guests": the Chinese side the sentence before in the paragraph named) or
    "company" ("the company's director": that, else the article's Chinese company).
    """
    doc, (start, stop) = ctx.doc, sentence
    draft = Draft(trigger.label, ctx.kz_region_at(start, stop), [sentence], [(trigger.start, trigger.stop)])
    # a trip's place is where it went ("Вэйнань қаласына жасаған іс-сапар", "a trip to Weinan")
    labels = ("at", "at_site") if trigger.label == "site_visit" else ("at", "to") if trigger.label == "visit" else ("at",)
    place = ctx.place_in(start, stop, labels=labels) or (ctx.place_in(*before) if before else None)
    if place:
        draft.place = place[0]
        draft.spans.append(place[1])
    parties = ctx.cn_parties(start, stop)
    # the city where something happened is a party only when its own officials take part
    officials = "cn_official" in load_lexicon("modality", doc.lang).labels(doc.text, start, stop)
    hosts = officials and not ctx.has_chinese_org(start, stop)
    exclude = () if draft.type == "visit" or hosts else (draft.place,)
    for name, span in parties:
        if name not in exclude and name not in draft.cn_parties:
            draft.cn_parties.append(name)
            draft.spans.append(span)
    date = ctx.date_in(start, stop, prefer_range=draft.type == "visit")
    if date:
        draft.date = date[0]
        draft.spans.append(date[1])
    if draft.type == "agreement":
        draft.instrument = _instrument(doc, trigger, start, stop)
    if draft.type in COMPANY_EVENTS and not own_parties and not ctx.has_chinese_org(start, stop) and ctx.main_company():
        draft.cn_parties += [p for p in ctx.main_company_parties() if p not in draft.cn_parties]
    if anaphora and not draft.cn_parties and not own_parties and draft.type in ANAPHORIC_EVENTS:
        told = [name for name, _ in ctx.cn_parties(*before)] if before else []
        company = ctx.main_company_parties() if anaphora == "company" else []
        draft.cn_parties += told or company
    if draft.type == "visit" and _tours_several(ctx, start, stop, draft.date):
        draft.place, draft.touring = None, True
    elif place and len(ctx.places_joined(start, stop, labels)) > 1:
        draft.place = None  # "in the cities of A and B": no one place
    draft.people = ctx.people_in(start, stop)
    found = [draft.kz_region, draft.cn_parties, draft.place, draft.date]
    draft.confidence = BASE_CONFIDENCE + PER_ARGUMENT * sum(1 for arg in found if arg)
    if trigger.cell(0):
        draft.confidence -= NEEDS_PENALTY
    return draft


def _tours_several(ctx: Context, start: int, stop: int, date: str | None) -> bool:
    """Whether a trip's sentence tells a tour of several places: two cities located, or a range of
    days in a province ("on 10-14 June in Jiangsu province, visiting A and B")."""
    cities = ctx.places_joined(start, stop)
    province = any(m.kind == "cn_place" and not m.region for m in ctx.in_span(start, stop))
    return len(cities) > 1 or ("/" in (date or "") and province)


def _sessions(triggers: list[Cue]) -> list[Cue]:
    """Business meetings told with a forum in their sentence are sessions of that forum."""
    if not any(t.label in ("forum", "@in_forum") for t in triggers):
        return triggers
    return [Cue(t.start, t.stop, "forum", t.extra) if t.cell(2) == "session" else t for t in triggers]


def _trip_day(ctx: Context, sentences: list[tuple[int, int]]) -> str | None:
    """``@first_day`` or ``@last_day`` when the sentences place the narrative on a trip's day."""
    for start, stop in sentences:
        labels = load_lexicon("events", ctx.doc.lang).labels(ctx.doc.text, start, stop)
        for day in ("@first_day", "@last_day"):
            if day in labels:
                return day
    return None


#: A first-level unit right after a country's name: that country's region ("乌兹别克斯坦撒马尔罕州",
#: "Узбекистана Самаркандская область", "Uzbekistan's Samarkand region").
FOREIGN_UNIT = re.compile(r"(?:[\s'’s]*)(?:[\u4e00-\u9fff]{2,6}(?:州|省)|\w+\s+(?:облысы|области|region|province)\b)",
                          re.IGNORECASE)
#: Countries whose naming keeps a sentence on the Kazakhstan-China side.
OWN_SIDES = frozenset({"Kazakhstan", "China"})


def _third_country_only(ctx: Context, start: int, stop: int) -> bool:
    """Whether a sentence tells of another country's region acting (an Uzbek region's fair in
    Zhengzhou: "乌兹别克斯坦撒马尔罕州企业对接洽谈会", "the Samarkand region of Uzbekistan") and names
    nothing Kazakh: its happenings are not this article's region's. A country only named as a
    destination or a partner ("supplies to China and Russia") leaves the sentence alone."""
    found = ctx.in_span(start, stop)
    text = ctx.doc.text
    third = any(m.kind == "country" and m.canonical not in OWN_SIDES and FOREIGN_UNIT.match(text, m.stop)
                or m.kind == "person" and m.country is None and (m.of or "").endswith("州") and not ctx.is_unit(m.of)
                for m in found)  # a foreign unit's official ("纳曼干州副州长")
    kazakh = any(m.kind in ("kz_region", "kz_place") or m.kind == "country" and m.canonical == "Kazakhstan"
                 or m.kind == "person" and m.country == "KZ" and m.of for m in found)
    return third and not kazakh


def _sentence_drafts(ctx: Context, start: int, stop: int, before: tuple[int, int] | None) -> list[Draft]:
    """Drafts proposed by the triggers of one sentence, modality and direction checked."""
    doc = ctx.doc
    if _third_country_only(ctx, start, stop):
        return []
    triggers = _sessions(load_lexicon("events", doc.lang).find(doc.text, start, stop))
    groups = {cue.label for cue in triggers if cue.label.startswith("@")}
    cues = load_lexicon("modality", doc.lang).find(doc.text, start, stop)
    labels = {cue.label for cue in cues}
    live = [t for t in triggers if not t.label.startswith("@") and (not t.cell(0) or t.cell(0) in groups)]
    # "within the forum" names the forum: it proposes one when none was told before
    live += [Cue(t.start, t.stop, "forum") for t in triggers if t.label == "@in_forum"][:1]
    touring = {(t.start, t.stop) for t in live if t.label == "site_visit"}
    drafts = []
    for trigger in live:
        if modality_of(doc, trigger, cues, trigger.label):
            continue
        tours = (trigger.start, trigger.stop) in touring
        if trigger.label == "visit" and not visit_is_trip(ctx, start, stop, labels, tours):
            continue
        anaphora = "company" if "@company" in groups else "partners" if groups & {"@partners", "@guests"} else None
        draft = _draft(ctx, trigger, (start, stop), before, anaphora=anaphora)
        if trigger.label == "project_launch" and not draft.date and "@ceremony" not in groups and _stative(doc, trigger, cues):
            continue  # "已投产的风电场": a plant's state told in passing, no launch happening
        draft.phase = trigger.cell(1)
        draft.follows = "@result" in groups
        draft.in_forum, draft.same_day = "@in_forum" in groups, "@same_day" in groups
        draft.day = _trip_day(ctx, [(start, stop)] + ([before] if before else []))
        if draft.type == "visit" and draft.day:
            draft.place = None  # the place of one day of a trip is not the trip's place
        drafts.append(draft)
    trips = {d.date for d in drafts if d.type == "visit" and "/" in (d.date or "")}
    for draft in drafts:
        if draft.type != "visit" and draft.date in trips:
            draft.date = None  # "visited X on 10-14 June, taking part in the fair": the trip's days
    return drafts


def _listed_drafts(ctx: Context, header: Draft, items: list[tuple[int, int]]) -> list[Draft]:
    """One signing per item of a list of signed documents ("Signed were: - a memorandum with X; ...").

    Each item takes its own instrument and parties, and the header's place and date.
    """
    drafts = []
    for start, stop in items:
        cue = Cue(start, start, "agreement")
        draft = _draft(ctx, cue, (start, stop), None, own_parties=True)
        if draft.instrument is None and not draft.cn_parties:
            continue
        draft.item, draft.follows = True, header.follows
        draft.place, draft.date = draft.place or header.place, draft.date or header.date
        draft.day = header.day
        drafts.append(draft)
    return drafts


def _tour_of_launch(drafts: list[Draft]) -> list[Draft]:
    """A tour of a plant at its launch, with no Chinese side of its own, is part of the launch."""
    launched = {d.kz_region for d in drafts if d.type == "project_launch"}
    return [d for d in drafts if not (d.type == "site_visit" and d.kz_region in launched and not d.cn_parties)]


def _to_event(draft: Draft) -> Event:
    """The frozen Event with its evidence and English line."""
    first = draft.sentences[0]
    evidence = Evidence(first[0], first[1], tuple(sorted(draft.spans)), round(draft.confidence, 2))
    event = Event(
        type=draft.type,
        kz_region=draft.kz_region,
        date=draft.date,
        place=draft.place,
        cn_parties=tuple(draft.cn_parties),
        instrument=draft.instrument,
        people=tuple(draft.people),
        evidence=evidence,
    )
    return replace(event, summary=describe_event(event))


def find_events(doc: Document) -> list[Event]:
    """The events told in ``doc``, one per happening, in order of first mention."""
    ctx = Context(doc)
    if not ctx.about_china():
        return []
    drafts: list[Draft] = []
    previous, listed_to = None, -1
    for sentence in doc.sentences:
        if sentence.start < listed_to:
            continue  # told as an item of a list of signed documents
        same_paragraph = previous and "\n" not in doc.text[previous[1] : sentence.start]
        before = previous if same_paragraph else None
        found = per_unit(ctx, _sentence_drafts(ctx, sentence.start, sentence.stop, before), sentence)
        items = ctx.list_items(sentence.stop) if any(d.type == "agreement" for d in found) else []
        listed = _listed_drafts(ctx, next(d for d in found if d.type == "agreement"), items) if items else []
        if listed:
            found = [d for d in found if d.type != "agreement"] + listed
            listed_to = items[-1][1]
        if any(d.type == "forum" for d in drafts):
            found = [d for d in found if not (d.type == "forum" and d.in_forum)]
        drafts += found
        previous = (sentence.start, sentence.stop)
    one_day_only(drafts)
    place_by_talks(drafts)
    by_same_day(drafts)
    merged = merge_drafts(_tour_of_launch(drafts))
    merged = [d for d in merged if chinese_side(ctx, d, merged)]
    by_forum(merged)
    date_by_trip_day(merged)
    place_by_trip(ctx, merged)
    date_by_dateline(ctx, merged)
    return [_to_event(draft) for draft in merged]


class EventStage:
    """Pipeline stage adding the ``events`` layer."""

    name: ClassVar[str] = "events"
    requires: ClassVar[frozenset[str]] = frozenset({"text", "sentences", "mentions", "dates"})
    provides: ClassVar[frozenset[str]] = frozenset({"events"})

    def __call__(self, doc: Document) -> Document:
        return doc.add(events=find_events(doc))
