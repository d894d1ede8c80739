"""Per-document lookups over the mention and date layers, shared by events and projects."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from functools import cached_property, lru_cache

from kzcn.extract.dates.ranges import day_range
from kzcn.extract.common.triggers import load_lexicon, locates, words_between
from kzcn.extract.common.bodies import places_in_body
from kzcn.extract.entities.orgs.heads import RULES
from kzcn.gazetteer.tsv import read_tsv
from kzcn.model import Document, Mention

#: A period of whole months ("in 9 months of 2025", "in the second half") reports statistics or
#: plans; a range of days ("10-17 October") is when a trip happened.
#: How many first lines (headline, lead) may name the article's own place.
HOME_LINES = 3
#: Where a clause ends: a facility's own place is named within its clause.
CLAUSE_END = re.compile(r"[，,；;。：:]")
#: A dateline: a place in capitals opening the text ("PAVLODAR. A new plant ...").
_CAPS = r"[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][A-ZА-ЯЁӘҒҚҢӨҰҮҺІ\-]{2,}(?:[ \t]+[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ\-]{3,})?"
#: One place or two ("ТАЛДЫҚОРҒАН – ҚҰЛЖА."), then a full stop, a comma or a dash.
DATELINE = re.compile(rf"[ \t]*({_CAPS}(?:[ \t]+[–—-][ \t]+{_CAPS})?)[ \t]*(?:[.,]|[–—-](?=[ \t]))\s")
#: How far after the dateline's place its day may stand ("ПАВЛОДАР, 12 марта.", "LANZHOU, Sept. 23").
DATELINE_DAY = 6
_DAY = re.compile(r"\d{4}-\d\d-\d\d")
#: A list item: a line opening with a dash or a bullet, or any line after one ending in ":" or ";".
_BULLET = re.compile(r"[ \t]*(?:[-–—•*·▪]|\d{1,2}[.)])[ \t]+")
#: What joins two places named together: "and", "и", "және", "мен", a comma.
_JOINED = re.compile(r"\s*(?:,|,?\s+(?:and|и|және|мен)\s+)\s*", re.IGNORECASE)
_DAY_RANGE = re.compile(r"\d{4}-\d\d-\d\d/\d{4}-\d\d-\d\d")


#: A span of years after a year ("a roadmap for 2025–2027", "на 2025–2027 годы") is a term, not a day.
_TERM_TAIL = re.compile(r"\s*[–—-]\s*\d{4}")


def _event_date(date, text: str = "") -> bool:
    """Whether a date mention can date an event (not a reporting period of months, not a term of years)."""
    if date.kind == "period" and not _DAY_RANGE.fullmatch(date.value):
        return False
    return not (len(date.value) == 4 and _TERM_TAIL.match(text, date.stop))


@lru_cache(maxsize=1)
def _missions() -> tuple[str, ...]:
    return tuple(row[0].lower() for row in read_tsv(RULES / "missions.tsv", 1))


def is_mission(name: str) -> bool:
    """Whether an organisation is a diplomatic mission (``rules/entities/missions.tsv``): its staff
    attend, but it is no province, city or company on the other side (CONVENTIONS.md)."""
    lowered = name.lower()
    return any(word in lowered for word in _missions())


class Context:
    """Per-document lookups over the mention and date layers, shared by events and projects."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.mentions: list[Mention] = sorted(doc.mentions, key=lambda m: (m.start, -m.stop))
        self._starts = [m.start for m in self.mentions]
        self.units = {m.canonical for m in self.mentions if m.kind == "kz_region"}
        self.main_region = doc.principal_unit if "actors" in doc.provided else self._main_region()

    def in_span(self, start: int, stop: int) -> list[Mention]:
        """Mentions that start inside ``[start, stop)``."""
        index = bisect_left(self._starts, start)
        found = []
        while index < len(self.mentions) and self.mentions[index].start < stop:
            found.append(self.mentions[index])
            index += 1
        return found

    def is_unit(self, name: str | None) -> bool:
        """Whether ``name`` is a canonical first-level Kazakh unit."""
        return bool(name) and (name in self.units or name.endswith(" Region"))

    def _units_of(self, mention: Mention) -> str | None:
        if mention.kind == "kz_region" and mention.participant:
            return mention.canonical
        if mention.kind == "kz_place" and self.is_unit(mention.region):
            return mention.region
        if mention.kind == "person" and self.is_unit(mention.of):
            return mention.of
        return None

    def _main_region(self) -> str | None:
        """The article's Kazakh unit: the most often named (officials' units included)."""
        counts = Counter(unit for m in self.mentions if (unit := self._units_of(m)))
        return counts.most_common(1)[0][0] if counts else None

    def kz_region_at(self, start: int, stop: int) -> str | None:
        """The acting Kazakh unit of a sentence: an official's unit, a named unit, else the main one.

        Of several units named (a road "Shymkent-Turkistan"), the article's main unit wins.
        """
        found = self.in_span(start, stop)
        for mention in found:
            if mention.kind == "person" and self.is_unit(mention.of):
                return mention.of
        named = [unit for m in found if m.kind in ("kz_region", "kz_place") and (unit := self._units_of(m))]
        # "talks were held in Astana": the capital where it happened is no acting side of its own
        where = {m.canonical for m in self.located(start, stop, chinese=False) if m.kind == "kz_region"}
        acting = [unit for unit in named if unit not in where]
        if named and not acting and self._national_only(found):
            return None  # the heads of state met in the capital: no unit of the country takes part
        if self.main_region in named:
            return self.main_region
        if not acting and self.main_region:
            return self.main_region
        return (acting or named or [self.main_region])[0]

    def _national_only(self, found: list[Mention]) -> bool:
        """Whether the people of a sentence are national office holders only (the President,
        ministers: ``of`` a country) and at least one is named."""
        people = [m for m in found if m.kind == "person" and m.country == "KZ"]
        return bool(people) and all(m.of == "Kazakhstan" for m in people)

    def unit_in_clause(self, offset: int, start: int, stop: int) -> str | None:
        """The Kazakh unit named first within ``offset``'s clause of the sentence
        ``[start, stop)`` ("…，X州风电场群已投运，…"): where a facility stands."""
        text = self.doc.text
        left = max((m.end() for m in CLAUSE_END.finditer(text, start, offset)), default=start)
        right = CLAUSE_END.search(text, offset, stop)
        # a place in a plant's own name counts here ("X市炼油厂": the refinery stands there)
        found = [unit for m in self.in_span(left, right.start() if right else stop)
                 if (unit := m.canonical if m.kind == "kz_region" else m.region if m.kind == "kz_place" else None)
                 and self.is_unit(unit)]
        return found[0] if found else None  # a route "A-B" is told from its first end

    def signing_units(self, start: int, stop: int) -> list[str]:
        """The Kazakh first-level units a sentence names as taking part (not the place where it
        happened), in text order: "與A、B、C州签署了协议书" signs for each of them."""
        where = {m.canonical for m in self.located(start, stop, chinese=False) if m.kind == "kz_region"}
        units = [m.canonical for m in self.in_span(start, stop)
                 if m.kind == "kz_region" and m.participant and m.canonical not in where]
        return list(dict.fromkeys(units))

    def main_company(self) -> str | None:
        """The article's Chinese company: the only one named, or the one named most often."""
        return self._main_company

    @cached_property
    def _main_company(self) -> str | None:  # asked for every draft of the article: counted once
        counts = Counter(m.canonical for m in self.mentions
                         if m.kind == "org" and m.country == "CN" and m.participant).most_common(2)
        if not counts or (len(counts) == 2 and counts[0][1] == counts[1][1]):
            return None
        return counts[0][0]

    def main_company_parties(self) -> list[str]:
        """The article's Chinese company as event parties: its name, and the place a public
        body's name holds ("КПК провинции X" acts for X)."""
        name = self.main_company()
        if not name:
            return []
        body = next((m for m in self.mentions if m.kind == "org" and m.canonical == name), None)
        return [name] + ([p for p in places_in_body(body) if p != name] if body else [])

    def has_chinese_org(self, start: int, stop: int) -> bool:
        """Whether a Chinese company is named in ``[start, stop)``."""
        return any(m.kind == "org" and m.country == "CN" for m in self.in_span(start, stop))

    def cn_parties(self, start: int, stop: int) -> list[tuple[str, tuple[int, int]]]:
        """Chinese companies and places taking part, with the province of each city named."""
        parties: list[tuple[str, tuple[int, int]]] = []
        for m in self.in_span(start, stop):
            chinese_org = m.kind == "org" and m.country == "CN"
            if not m.participant or not (chinese_org or m.kind == "cn_place") or chinese_org and is_mission(m.canonical):
                continue
            names = [m.canonical] + ([m.region] if m.kind == "cn_place" and m.region else [])
            names += places_in_body(m) if chinese_org else []
            parties += [(name, (m.start, m.stop)) for name in names if name not in dict(parties)]
        return parties

    def located(self, start: int, stop: int, chinese: bool = True,
                labels: tuple[str, ...] = ("at",)) -> list[Mention]:
        """The places (Chinese or Kazakh cities and places) a sentence names with a locative cue of
        ``labels`` (``at_site`` adds the place adjectives of a toured site: "Үрімшідегі зауыт")."""
        cues = [c for c in load_lexicon("modality", self.doc.lang).find(self.doc.text, start, stop)
                if c.label in labels]
        located = []
        for m in self.in_span(start, stop):
            is_city = m.kind == "kz_region" and not m.canonical.endswith(" Region")
            if m.kind not in ("cn_place", "kz_place") and not is_city or (m.kind == "cn_place" and not chinese):
                continue
            if any(locates(self.doc.text, cue, m) for cue in cues):
                located.append(m)
        return located

    def places_joined(self, start: int, stop: int, labels: tuple[str, ...] = ("at",)) -> set[str]:
        """The cities ``located`` names, with those joined to them by "and" or a comma ("in the
        cities of Lanzhou and Dingxi", "в Ханчжоу и Иу")."""
        located = [m for m in self.located(start, stop, labels=labels) if m.kind != "cn_place" or m.region]
        found = {m.canonical for m in located}
        places = [m for m in self.in_span(start, stop) if m.kind == "kz_place" or m.kind == "cn_place" and m.region]
        for m in located:
            for other in places:
                left, right = (other, m) if other.stop <= m.start else (m, other)
                if left.stop <= right.start and _JOINED.fullmatch(self.doc.text, left.stop, right.start):
                    found.add(other.canonical)
        return found

    def place_in(self, start: int, stop: int, chinese: bool = True,
                 labels: tuple[str, ...] = ("at",)) -> tuple[str, tuple[int, int]] | None:
        """Where a sentence says something happened: the first place ``located`` names."""
        located = self.located(start, stop, chinese, labels)
        # "in Urumqi, Xinjiang" / "ШҰАР-дың Үрімші қаласында": the city, not its province
        cities = [m for m in located if m.kind != "cn_place" or m.region]
        best = (cities or located or [None])[0]
        return (best.canonical, (best.start, best.stop)) if best else None

    def kazakh_destination(self, start: int, stop: int) -> bool:
        """Whether a sentence locates a Kazakh unit or place (or Kazakhstan) and no Chinese one
        ("визит в Мангистаускую область", "находится в Казахстане с визитом")."""
        cues = [c for c in load_lexicon("modality", self.doc.lang).find(self.doc.text, start, stop)
                if c.label in ("at", "to")]
        kinds = {m.kind for m in self.in_span(start, stop)
                 if (m.kind in ("kz_region", "kz_place", "cn_place") or m.canonical == "Kazakhstan")
                 and any(locates(self.doc.text, cue, m) for cue in cues)}
        return bool(kinds) and "cn_place" not in kinds

    def home_place(self) -> str | None:
        """The article's own Kazakh place: one named with a locative cue in its first lines (headline,
        dateline "PAVLODAR.", lead), where local happenings told without a place took place."""
        for sentence in self.doc.sentences[:HOME_LINES]:
            found = self.place_in(sentence.start, sentence.stop, chinese=False)
            if found:
                return found[0]
        dateline = self.dateline()
        if dateline:
            start, stop = dateline.span(1)
            found = next((m.canonical for m in self.in_span(start, stop)
                          if m.kind in ("kz_place", "kz_region")), None)
            if found:
                return found
        return self.main_region if self.main_region and not self.main_region.endswith(" Region") else None

    def dateline(self) -> re.Match[str] | None:
        """The dateline ("PAVLODAR, 12 March. ...", "АҚТАУ. KAZINFORM –") opening one of the first lines."""
        start = 0
        for _ in range(HOME_LINES + 1):
            found = DATELINE.match(self.doc.text, start)
            if found:
                return found
            start = self.doc.text.find("\n", start) + 1
            if not start:
                break
        return None

    def dateline_places(self) -> set[str]:
        """The places a dateline names (Kazakh or Chinese) that the gazetteer knows."""
        dateline = self.dateline()
        if not dateline:
            return set()
        return {m.canonical for m in self.in_span(*dateline.span(1)) if m.kind in ("kz_place", "kz_region", "cn_place")}

    @cached_property
    def dateline_date(self):
        """The date mention right after the dateline's place ("ПАВЛОДАР, 12 марта."), if any."""
        dateline = self.dateline()
        for date in self.doc.dates if dateline else ():
            if dateline.end(1) <= date.start and words_between(self.doc.text, dateline.end(1), date.start) <= 1:
                return date
            if date.start > dateline.end(1) + DATELINE_DAY * 4:
                break
        return None

    def dateline_day(self) -> str | None:
        """The day a dateline gives ("ПАВЛОДАР, 12 марта."): the day the news happened, if shown."""
        date = self.dateline_date
        return date.value if date and date.value and _DAY.fullmatch(date.value) else None

    def is_cn_place(self, name: str | None) -> bool:
        """Whether ``name`` is a Chinese place (province or city) named in the article."""
        return any(m.kind == "cn_place" and m.canonical == name for m in self.mentions)

    def province_of(self, place: str | None) -> str | None:
        """The province of a Chinese city named in the article (None for a province or a Kazakh place)."""
        return next((m.region for m in self.mentions if m.canonical == place and m.kind == "cn_place"), None)

    def date_in(self, start: int, stop: int, prefer_range: bool = False):
        """The first resolved date of a sentence (a range first when ``prefer_range``); a day is
        widened to the span of days told around it, and the dateline's day is the news's, not this."""
        dateline, text = self.dateline_date, self.doc.text
        dates = [(day_range(text, d.start, d.stop, d.value), (d.start, d.stop)) for d in self.doc.dates
                 if start <= d.start < stop and d.value and _event_date(d, text) and d is not dateline]
        if prefer_range:
            dates.sort(key=lambda d: "/" not in d[0])
        return dates[0] if dates else None

    def year_in(self, start: int, stop: int) -> int | None:
        """The year of the first dated mention in ``[start, stop)`` (a plan's year included)."""
        for date in self.doc.dates:
            if start <= date.start < stop and date.value and date.value[:4].isdigit():
                return int(date.value[:4])
        return None

    def list_items(self, stop: int) -> list[tuple[int, int]]:
        """The lines of a list opened by a header ending at ``stop`` with a colon ("подписаны:", "signed:")."""
        text = self.doc.text
        if not text[:stop].rstrip().endswith(":"):
            return []
        items: list[tuple[int, int]] = []
        start, opened = text.find("\n", stop) + 1, True
        while 0 < start < len(text):
            end = text.find("\n", start)
            end = len(text) if end < 0 else end
            line = text[start:end].strip()
            if not line or not (opened or _BULLET.match(text, start)):
                break
            items.append((start, end))
            opened = line.endswith((";", ":"))
            start = end + 1
        return items

    def people_in(self, start: int, stop: int) -> list[str]:
        """Names of the persons mentioned in a sentence."""
        return list(dict.fromkeys(m.canonical for m in self.in_span(start, stop) if m.kind == "person"))

    def names_china(self, start: int, stop: int) -> bool:
        """Whether ``[start, stop)`` names China itself (the country, "ҚХР", "PRC")."""
        return any(m.kind == "country" and m.country == "CN" for m in self.in_span(start, stop)) or \
            "china" in load_lexicon("modality", self.doc.lang).labels(self.doc.text, start, stop)

    def about_china(self) -> bool:
        """Whether the article names a Chinese place, company or China itself."""
        if any(m.country == "CN" or m.kind == "cn_place" for m in self.mentions):
            return True
        return "china" in load_lexicon("modality", self.doc.lang).labels(self.doc.text)
