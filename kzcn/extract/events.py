"""Events: what happened between a Kazakh region and a Chinese side (SCHEMA.md ``events``).

A trigger word from ``rules/<lang>/events.tsv`` proposes an event in its sentence; the
modality lexicon (``modality.tsv``) drops planned, negated, intended and invited happenings;
arguments come from the mention, date and instrument layers of the same sentence; drafts of one
happening told in several sentences merge into one event.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import ClassVar

from kzcn.extract.summary import describe_event
from kzcn.extract.context import Context
from kzcn.extract.triggers import Cue, load_lexicon, words_between
from kzcn.model import Document, Event, Evidence

#: SCHEMA.md: "Planned meetings and trips are not events; an announced forum is."
ANNOUNCED_IS_FACT = frozenset({"forum"})
#: One trip, one tour, one office per article and region, whatever the places named.
ONE_PER_REGION = frozenset({"visit", "site_visit", "office_opening"})
#: Events that happen on a trip and take its place when their own sentences name none.
TRIP_PARTS = frozenset({"meeting", "agreement", "forum", "office_opening"})
#: A more specific instrument wins when two mentions of one signing merge.
SPECIFICITY = {None: 0, "agreement": 1}
#: Events a company takes part in: told without naming one, it is the article's Chinese company.
COMPANY_EVENTS = frozenset({"agreement", "project_launch"})
#: Happenings the dateline's day does not date: a trip of several days, a tour told as a later step.
UNDATED_BY_DATELINE = frozenset({"visit", "site_visit"})
#: Confidence: a base for a matched trigger, plus a little per argument found.
BASE_CONFIDENCE, PER_ARGUMENT, NEEDS_PENALTY = 0.6, 0.08, 0.1


@dataclass
class Draft:
    """An event being assembled; ``sentences`` and ``spans`` are (start, stop) pairs."""

    type: str
    kz_region: str | None
    sentences: list[tuple[int, int]]
    spans: list[tuple[int, int]]
    cn_parties: list[str] = field(default_factory=list)
    place: str | None = None
    date: str | None = None
    instrument: str | None = None
    people: list[str] = field(default_factory=list)
    confidence: float = BASE_CONFIDENCE
    day: str | None = None  # "@first_day" / "@last_day" of the trip it happened on
    phase: str = ""  # project_launch: "start" (ground-breaking) or "" (commissioning)
    follows: bool = False  # told as the outcome of talks ("following the talks, ... signed")
    item: bool = False  # one document of a list of signed documents


def modality_of(doc: Document, trigger: Cue, cues: list[Cue], event_type: str) -> str | None:
    """The modality label (planned, negated, intent, invitation, possible) governing ``trigger``, if any.

    An announced forum is still a fact, but not a negated or a merely possible one.
    """
    for cue in cues:
        if cue.label not in ("planned", "negated", "intent", "invitation", "possible"):
            continue
        if event_type in ANNOUNCED_IS_FACT and cue.label not in ("negated", "possible"):
            continue
        side, window = cue.cell(0, "any"), cue.cell(1)
        if cue.stop <= trigger.start and side in ("before", "any"):
            gap = words_between(doc.text, cue.stop, trigger.start)
        elif cue.start >= trigger.stop and side in ("after", "any"):
            gap = words_between(doc.text, trigger.stop, cue.start)
        else:
            continue
        if not window or gap <= int(window):
            return cue.label
    return None


def _visit_is_outbound(ctx: Context, start: int, stop: int, labels: set[str], touring: bool) -> bool:
    """A trip counts when the Kazakh side travels: no guests from China, a Chinese destination.

    When the same verb tours a site ("visited the plant"), only a Chinese place makes it a trip.
    """
    if "inbound" in labels:
        return False
    if "outbound" not in labels and ctx.kazakh_destination(start, stop):
        return False  # "the visit of a Chinese delegation to X region"
    if touring:
        return "outbound" in labels or any(m.kind == "cn_place" for m in ctx.in_span(start, stop))
    return "outbound" in labels or bool(ctx.cn_parties(start, stop))


def _instrument(doc: Document, trigger: Cue, start: int, stop: int) -> str | None:
    """The signed document's kind: the instrument word nearest the signing verb."""
    cues = load_lexicon("instruments", doc.lang).find(doc.text, start, stop)
    if not cues:
        return None
    return min(cues, key=lambda c: abs(c.start - trigger.start)).label


def _draft(ctx: Context, trigger: Cue, sentence: tuple[int, int], before: tuple[int, int] | None,
           own_parties: bool = False) -> Draft:
    """The event proposed by ``trigger`` with its arguments from the sentence.

    ``before`` is the previous sentence of the same paragraph, which may say where or on which
    day of a trip the narrative stands ("On the last day the delegation went to X. It ...").
    ``own_parties``: the text names all the parties (an item of a list), so none is assumed.
    """
    doc, (start, stop) = ctx.doc, sentence
    draft = Draft(trigger.label, ctx.kz_region_at(start, stop), [sentence], [(trigger.start, trigger.stop)])
    labels = ("at", "at_site") if trigger.label == "site_visit" else ("at",)
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
        draft.cn_parties.append(ctx.main_company())
    draft.people = ctx.people_in(start, stop)
    found = [draft.kz_region, draft.cn_parties, draft.place, draft.date]
    draft.confidence = BASE_CONFIDENCE + PER_ARGUMENT * sum(1 for arg in found if arg)
    if trigger.cell(0):
        draft.confidence -= NEEDS_PENALTY
    return draft


def _trip_day(ctx: Context, sentences: list[tuple[int, int]]) -> str | None:
    """``@first_day`` or ``@last_day`` when the sentences place the narrative on a trip's day."""
    for start, stop in sentences:
        labels = load_lexicon("events", ctx.doc.lang).labels(ctx.doc.text, start, stop)
        for day in ("@first_day", "@last_day"):
            if day in labels:
                return day
    return None


def _sentence_drafts(ctx: Context, start: int, stop: int, before: tuple[int, int] | None) -> list[Draft]:
    """Drafts proposed by the triggers of one sentence, modality and direction checked."""
    doc = ctx.doc
    triggers = load_lexicon("events", doc.lang).find(doc.text, start, stop)
    groups = {cue.label for cue in triggers if cue.label.startswith("@")}
    cues = load_lexicon("modality", doc.lang).find(doc.text, start, stop)
    labels = {cue.label for cue in cues}
    live = [t for t in triggers if not t.label.startswith("@") and (not t.cell(0) or t.cell(0) in groups)]
    touring = {(t.start, t.stop) for t in live if t.label == "site_visit"}
    drafts = []
    for trigger in live:
        if modality_of(doc, trigger, cues, trigger.label):
            continue
        tours = (trigger.start, trigger.stop) in touring
        if trigger.label == "visit" and not _visit_is_outbound(ctx, start, stop, labels, tours):
            continue
        draft = _draft(ctx, trigger, (start, stop), before)
        draft.phase = trigger.cell(1)
        draft.follows = "@result" in groups
        draft.day = _trip_day(ctx, [(start, stop)] + ([before] if before else []))
        if draft.type == "visit" and draft.day:
            draft.place = None  # the place of one day of a trip is not the trip's place
        drafts.append(draft)
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


def _provinces(ctx: Context, drafts: list[Draft], region: str | None) -> set[str]:
    """The Chinese provinces the happenings of ``region`` involve (a city counts as its province)."""
    found = set()
    for draft in (d for d in drafts if d.kz_region == region):
        for party in draft.cn_parties:
            found.add(ctx.province_of(party) or party if ctx.is_cn_place(party) else None)
    return found - {None}


def _place_by_trip(ctx: Context, drafts: list[Draft]) -> None:
    """Where things happened when their sentences name no place.

    A trip went to the first Chinese city where its parts happened (a city of the province named,
    if any); parts told without a place happened there; other happenings of the article's region
    happened at the article's own place (headline, dateline).
    """
    for trip in (d for d in drafts if d.type == "visit" and (not d.place or not ctx.province_of(d.place))):
        cities = {d.place: None for d in drafts if d is not trip and d.kz_region == trip.kz_region
                  and ctx.province_of(d.place) and (not trip.place or ctx.province_of(d.place) == trip.place)}
        if len(cities) > 1 or len(_provinces(ctx, drafts, trip.kz_region)) > 1:
            trip.place = None  # a tour of several cities or provinces has no one place
        elif cities:
            trip.place = next(iter(cities))
    home = ctx.home_place()
    for draft in drafts:
        trip = next((d for d in drafts if d.type == "visit" and d.kz_region == draft.kz_region), None)
        if draft.place or draft.type == "visit":
            continue
        if trip and trip.place and draft.type in TRIP_PARTS:
            draft.place = trip.place
        elif not trip and draft.kz_region == ctx.main_region:
            draft.place = home


def _place_by_talks(drafts: list[Draft]) -> None:
    """A document signed as the outcome of talks was signed where and when the talks were held."""
    for index, draft in enumerate(drafts):
        if not draft.follows or draft.type != "agreement":
            continue
        talks = [d for d in drafts[:index] if d.type == "meeting" and d.kz_region == draft.kz_region
                 and (d.place or d.date) and d.sentences[0] != draft.sentences[0]]
        if talks:
            draft.place = talks[-1].place or draft.place
            draft.date = draft.date or talks[-1].date


def _tour_of_launch(drafts: list[Draft]) -> list[Draft]:
    """A tour of a plant at its launch, with no Chinese side of its own, is part of the launch."""
    launched = {d.kz_region for d in drafts if d.type == "project_launch"}
    return [d for d in drafts if not (d.type == "site_visit" and d.kz_region in launched and not d.cn_parties)]


def _date_by_trip_day(drafts: list[Draft]) -> None:
    """Date undated events told as on the first or last day of a dated trip of the same region."""
    for draft in drafts:
        trip = next((d for d in drafts if d.type == "visit" and d.kz_region == draft.kz_region
                     and "/" in (d.date or "")), None)
        if draft.date or not draft.day or trip is None or draft is trip:
            continue
        first, last = trip.date.split("/")
        draft.date = first if draft.day == "@first_day" else last


def _date_by_dateline(ctx: Context, drafts: list[Draft]) -> None:
    """Date undated happenings by the dateline's day ("PAVLODAR, 12 March."), the day of the news.

    Trips last several days and tours are told as later steps, so neither takes the dateline's day;
    nor do happenings elsewhere than the dateline's place (a trip told from home), nor the parts of
    a trip or a fair whose own dates are a range (they fell on some day of it).
    """
    day, where = ctx.dateline_day(), ctx.dateline_places()
    if not day:
        return
    ranged = {d.kz_region for d in drafts if d.type in ("visit", "forum") and "/" in (d.date or "")}
    for draft in drafts:
        elsewhere = where and draft.place and draft.place not in where
        if draft.date or draft.type in UNDATED_BY_DATELINE or draft.kz_region in ranged or elsewhere:
            continue
        draft.date = day


def _compatible(a: Draft, b: Draft) -> bool:
    """Whether two drafts tell the same happening.

    A forum told again without place or date ("this forum ...") is the article's forum,
    whichever region the sentence names; ground-breaking and commissioning stay apart.
    """
    if a.type == b.type == "forum" and not (b.place or b.date):
        return True
    if a.type != b.type or a.kz_region != b.kz_region or a.phase != b.phase:
        return False
    if a.type in ONE_PER_REGION:
        return True
    if a.item and b.item:
        return False  # two documents of one list
    if a.place and b.place and a.place != b.place and a.type == "forum":
        return False
    if a.type == "agreement" and not b.instrument:
        return True  # "the document was signed by ..." tells the signing again
    if a.instrument and b.instrument and a.instrument != b.instrument:
        if SPECIFICITY.get(a.instrument, 2) == SPECIFICITY.get(b.instrument, 2):
            return False
    if a.cn_parties and b.cn_parties:
        return bool(set(a.cn_parties) & set(b.cn_parties))
    return True


def _absorb(into: Draft, other: Draft) -> None:
    """Merge ``other`` into ``into``: union of parties, spans and people; first place and date."""
    into.sentences += [s for s in other.sentences if s not in into.sentences]
    into.spans += [s for s in other.spans if s not in into.spans]
    into.cn_parties += [p for p in other.cn_parties if p not in into.cn_parties]
    into.people += [p for p in other.people if p not in into.people]
    into.place = into.place or other.place
    into.day = into.day or other.day
    if not into.date or ("/" in (other.date or "") and into.type == "visit"):
        into.date = other.date or into.date
    if SPECIFICITY.get(other.instrument, 2) > SPECIFICITY.get(into.instrument, 2):
        into.instrument = other.instrument
    into.confidence = min(0.98, max(into.confidence, other.confidence) + 0.02)


def merge_drafts(drafts: list[Draft]) -> list[Draft]:
    """One draft per happening: each draft joins the first compatible earlier one."""
    merged: list[Draft] = []
    for draft in drafts:
        home = next((m for m in merged if _compatible(m, draft)), None)
        if home is None:
            merged.append(draft)
        else:
            _absorb(home, draft)
    return merged


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
        found = _sentence_drafts(ctx, sentence.start, sentence.stop, before)
        items = ctx.list_items(sentence.stop) if any(d.type == "agreement" for d in found) else []
        listed = _listed_drafts(ctx, next(d for d in found if d.type == "agreement"), items) if items else []
        if listed:
            found = [d for d in found if d.type != "agreement"] + listed
            listed_to = items[-1][1]
        drafts += found
        previous = (sentence.start, sentence.stop)
    _place_by_talks(drafts)
    merged = merge_drafts(_tour_of_launch(drafts))
    _date_by_trip_day(merged)
    _place_by_trip(ctx, merged)
    _date_by_dateline(ctx, merged)
    return [_to_event(draft) for draft in merged]


class EventStage:
    """Pipeline stage adding the ``events`` layer."""

    name: ClassVar[str] = "events"
    requires: ClassVar[frozenset[str]] = frozenset({"text", "sentences", "mentions", "dates"})
    provides: ClassVar[frozenset[str]] = frozenset({"events"})

    def __call__(self, doc: Document) -> Document:
        return doc.add(events=find_events(doc))
