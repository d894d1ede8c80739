"""Event drafts, their merging, and where and when they happened (see ``events``).

Each resolver fills a draft's ``place`` or ``date`` from the narrative around it: the trip it
belongs to, the talks or the forum it came out of, the day the story stands on, the dateline.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from kzcn.extract.dates.ranges import day_range  # noqa: F401  (re-exported for the event resolvers)

if TYPE_CHECKING:
    from kzcn.extract.common.context import Context

#: Happenings the dateline's day does not date: a trip of several days, a tour told as a later step.
UNDATED_BY_DATELINE = frozenset({"visit", "site_visit"})
#: Happenings that last several days and may be dated by a range; others fell on one day of it.
RANGED = frozenset({"visit", "forum"})
#: One trip, one tour, one office per article and region, whatever the places named.
ONE_PER_REGION = frozenset({"visit", "site_visit", "office_opening"})
#: A more specific instrument wins when two mentions of one signing merge.
SPECIFICITY = {None: 0, "agreement": 1}
#: The confidence of a matched trigger before its arguments are counted.
BASE_CONFIDENCE = 0.6


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
    in_forum: bool = False  # told as held within a forum ("on the sidelines of the forum")
    same_day: bool = False  # told as on the same day as the happening before it
    touring: bool = False  # a trip told as a tour of several places: it has no one place


def one_day_only(drafts: list[Draft]) -> None:
    """A meeting or a signing told with a trip's range of days fell on some day of it: no date."""
    for draft in drafts:
        if draft.type not in RANGED and "/" in (draft.date or ""):
            draft.date = None


def place_by_talks(drafts: list[Draft]) -> None:
    """A document signed as the outcome of talks was signed where the narrative last stood (the
    talks, or a tour made after them) and when the talks were held."""
    for index, draft in enumerate(drafts):
        if not draft.follows or draft.type != "agreement":
            continue
        earlier = [d for d in drafts[:index] if d.kz_region == draft.kz_region
                   and d.sentences[0] != draft.sentences[0]]
        talks = [d for d in earlier if d.type == "meeting" and (d.place or d.date)]
        steps = [d for d in earlier if d.type in ("meeting", "site_visit") and d.place]
        if talks:
            draft.place = (steps or talks)[-1].place or draft.place
            draft.date = draft.date or talks[-1].date


def by_forum(drafts: list[Draft]) -> None:
    """Happenings told as held within a forum ("on the sidelines of the forum") happened at the
    forum's place and, when it lasted one day, on its day."""
    forums = [d for d in drafts if d.type == "forum"]
    for draft in drafts:
        if not draft.in_forum or draft.type == "forum":
            continue
        forum = next((f for f in forums if f.sentences[0] <= draft.sentences[0]), forums[0] if forums else None)
        if forum is None:
            continue
        draft.place = forum.place or draft.place
        if not draft.date and forum.date and "/" not in forum.date:
            draft.date = forum.date


def by_same_day(drafts: list[Draft]) -> None:
    """A happening told "on the same day" or "after the ceremony" took place on the day of the one
    told before it, and with its Chinese side when it names none ("met the company's managers")."""
    for index, draft in enumerate(drafts):
        if not draft.same_day or not index:
            continue
        before = drafts[index - 1]
        if not draft.date and before.date and "/" not in before.date:
            draft.date = before.date
        if draft.type == "meeting" and not draft.cn_parties and before.type != "visit":
            draft.cn_parties = list(before.cn_parties)


def date_by_trip_day(drafts: list[Draft]) -> None:
    """Date undated events told as on the first or last day of a dated trip of the same region."""
    for draft in drafts:
        trip = next((d for d in drafts if d.type == "visit" and d.kz_region == draft.kz_region
                     and "/" in (d.date or "")), None)
        if draft.date or not draft.day or trip is None or draft is trip:
            continue
        first, last = trip.date.split("/")
        draft.date = first if draft.day == "@first_day" else last


def _provinces(ctx: Context, drafts: list[Draft], region: str | None) -> set[str]:
    """The Chinese provinces the happenings of ``region`` involve (a city counts as its province)."""
    found = set()
    for draft in (d for d in drafts if d.kz_region == region):
        for party in draft.cn_parties:
            found.add(ctx.province_of(party) or party if ctx.is_cn_place(party) else None)
    return found - {None}


def _trip_place(ctx: Context, trip: Draft, drafts: list[Draft]) -> None:
    """A trip went to the one Chinese city where its parts happened (a city of the province named).

    A trip of several days told with its range ("on 10-14 June in Jiangsu") toured the province:
    no one city is its place, and a province is not a place.
    """
    if trip.touring:
        return
    if "/" in (trip.date or ""):
        if trip.place and not ctx.province_of(trip.place):
            trip.place = None
        return
    if trip.place and ctx.province_of(trip.place):
        return
    cities = {d.place: None for d in drafts if d is not trip and d.kz_region == trip.kz_region
              and ctx.province_of(d.place) and (not trip.place or ctx.province_of(d.place) == trip.place)}
    if len(cities) > 1 or len(_provinces(ctx, drafts, trip.kz_region)) > 1:
        trip.place = None  # a tour of several cities or provinces has no one place
    elif cities:
        trip.place = next(iter(cities))


def place_by_trip(ctx: Context, drafts: list[Draft]) -> None:
    """Where things happened when their sentences name no place.

    A trip's place comes from the places of its parts; the parts themselves keep no place their own
    sentences do not tell (CONVENTIONS.md: "place where the text says where it happened"; the real
    gold leaves a signing during a trip to X without a place: events.place accuracy on real-dev
    0.648 -> 0.704 once trips stopped lending theirs, while the fictional sets, annotated the
    other way, went 0.812 -> 0.750). Happenings of the article's region with no trip happened at
    the article's own place (headline, dateline).
    """
    for trip in (d for d in drafts if d.type == "visit"):
        _trip_place(ctx, trip, drafts)
    home = ctx.home_place()
    for draft in drafts:
        trip = next((d for d in drafts if d.type == "visit" and d.kz_region == draft.kz_region), None)
        if draft.place or draft.type == "visit":
            continue
        if not trip and draft.kz_region == ctx.main_region:
            draft.place = home


def date_by_dateline(ctx: Context, drafts: list[Draft]) -> None:
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
    into.touring = into.touring or other.touring
    into.place = None if into.touring else into.place or other.place
    into.day = into.day or other.day
    into.in_forum = into.in_forum or other.in_forum
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
