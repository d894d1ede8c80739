"""Which named places take part in an article's cooperation, and which are only mentioned.

A Kazakh unit other than the article's main one takes part when it is named as a region
("Pavlodar Region", "Жетісу облысы"), beside a title ("аким Шымкента", "governors of Pavlodar,
Karaganda and Kostanay regions") or as the body an official serves; a bare city ("shipped to
Astana and Almaty", "консул КНР в Алматы", "Шымкент–Түркістан тас жолы") is only mentioned.
Border crossings ("Достық", "Майқапшағай") never make their unit a participant, a district name
without its district word is taken for the common word it also is ("Келесі кездесу"), and a
Kazakh unit other than the main one named only inside quoted speech is only mentioned. An
article with no cooperation cue at all (sport results, a weather report) has no participants.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from functools import lru_cache

from kzcn.gazetteer.entries import DATA_DIR
from kzcn.gazetteer.tsv import read_tsv

from kzcn.gazetteer import Gazetteer, Token, tokenize
from kzcn.model import Mention

DISTRICT_WORDS = ("аудан", "район", "district")
#: Titles whose holder's unit takes part ("акимы", "governors", "әкімі", "deputy mayor").
UNIT_TITLES = {"akim", "governor", "vice governor", "mayor", "head", "deputy akim"}
LIST_WORDS = {"and", "и", "және", "мен", "of", "the", "from"}
#: Quoted speech, not a quoted name: a quote of at least this many words ("«X» ЖШС" names have
#: 1-4; the shortest speech quotes in the dev sets have 7).
SPEECH_WORDS = 6
QUOTE = re.compile(r"«[^«»]*(?:«[^«»]*»[^«»]*)*»|“[^“”]*”|\"[^\"\n]*\"")


_HAN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff]")


@lru_cache(maxsize=1)
def _cooperation_cue() -> re.Pattern:
    stems = [row[0].lower() for row in read_tsv(DATA_DIR / "cooperation_cues.tsv", 1)]
    words = [s for s in stems if not _HAN.match(s)]
    hanzi = [s for s in stems if _HAN.match(s)]  # Chinese has no word starts to anchor on
    return re.compile("|".join(filter(None, [
        r"(?<!\w)(?:" + "|".join(map(re.escape, words)) + ")" if words else "",
        "|".join(map(re.escape, hanzi))])))


def about_cooperation(text: str) -> bool:
    """Whether ``text`` holds any cooperation cue (a weather or sport report holds none)."""
    return _cooperation_cue().search(text.lower()) is not None


def speech_spans(text: str) -> list[tuple[int, int]]:
    """Spans of quoted speech (quotes of ``SPEECH_WORDS`` words or more)."""
    return [(m.start(), m.end()) for m in QUOTE.finditer(text)
            if len(m.group().split()) >= SPEECH_WORDS]


def mark_participants(mentions: list[Mention], text: str, gazetteer: Gazetteer) -> list[Mention]:
    """``mentions`` with homonym districts dropped and mentioned-only places marked
    ``participant=False``."""
    tokens = tokenize(text)
    at = {t.start: i for i, t in enumerate(tokens)}
    kept = [m for m in mentions if not _homonym_district(m, tokens, at, gazetteer)]
    if not about_cooperation(text):
        return [replace(m, participant=False) if m.kind != "role" else m for m in kept]
    routes = _route_only(kept, text)
    kept = [replace(m, participant=False) if _level(m, gazetteer) == "place" or
            m.kind == "cn_place" and m.canonical in routes else m for m in kept]
    main = _main_unit(kept)
    speech = speech_spans(text)
    spoken = _only_spoken(kept, speech, main)
    strong = {_unit(m) for m in kept if _unit(m) and not _within(m, speech)
              and _strong(m, kept, tokens, at)}
    strong |= {m.of for m in kept if m.kind == "person" and m.of}
    out = []
    for m in kept:
        unit = _unit(m)
        if unit and unit != main and unit not in strong or _key(m) in spoken:
            m = replace(m, participant=False)
        out.append(m)
    return out


@lru_cache(maxsize=1)
def _crossings() -> frozenset[str]:
    return frozenset(row[0] for row in read_tsv(DATA_DIR / "cn_crossings.tsv", 1))


ROUTE_DASH = re.compile(r"^\s*[–—-]\s*[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]")
ROUTE_DASH_BEFORE = re.compile(r"[\w»]\s*[–—-]\s*$")


def _route_only(mentions: list[Mention], text: str) -> set[str]:
    """Chinese places every mention of which is a route point (see ``_route_point``)."""
    points: dict[str, bool] = {}
    for m in mentions:
        if m.kind == "cn_place":
            points[m.canonical] = points.get(m.canonical, True) and _route_point(m, text)
    return {name for name, only in points.items() if only}


def _route_point(m: Mention, text: str) -> bool:
    """A Chinese border town ("Хоргос", "Alashankou") or a place joined by a dash to another
    ("Aktobe – Urumqi rail corridor", "Алтынколь – Хоргос") is a route point, only mentioned."""
    if m.kind != "cn_place":
        return False
    return m.entity_id in _crossings() or bool(ROUTE_DASH.match(text[m.stop:m.stop + 4])) or \
        bool(ROUTE_DASH_BEFORE.search(text[max(0, m.start - 4):m.start]))


def _key(m: Mention) -> str | None:
    # Kazakh units only: a Kazakh official's quoted "we discussed with the governors of
    # provinces X, Y" reports Chinese partners taking part (a seed article does).
    return _unit(m) if m.kind in ("kz_region", "kz_place") else None


def _within(m: Mention, spans: list[tuple[int, int]]) -> bool:
    return any(a <= m.start and m.stop <= b for a, b in spans)


def _only_spoken(mentions: list[Mention], speech: list[tuple[int, int]],
                 main: str | None) -> set[str]:
    """Kazakh units (other than the main one) every mention of which lies in quoted speech."""
    inside: dict[str, bool] = {}
    for m in mentions:
        key = _key(m)
        if key and key != main and m.participant:
            inside[key] = inside.get(key, True) and _within(m, speech)
    return {key for key, spoken in inside.items() if spoken}


def _level(m: Mention, gazetteer: Gazetteer) -> str:
    entry = gazetteer.by_id.get(m.entity_id)
    return entry.level if entry and m.kind == "kz_place" else ""


def _homonym_district(m: Mention, tokens: list[Token], at: dict[int, int],
                      gazetteer: Gazetteer) -> bool:
    if _level(m, gazetteer) != "district" or m.stop - m.start > len(m.text.split()[0]) + 1:
        return False
    i = at.get(m.start)
    nxt = tokens[i + 1].text.lower() if i is not None and i + 1 < len(tokens) else ""
    prev = tokens[i - 1].text.lower() if i else ""
    return not nxt.startswith(DISTRICT_WORDS) and not prev.startswith(DISTRICT_WORDS) and \
        len(m.text.split()) == 1


def _unit(m: Mention) -> str | None:
    if not m.participant:
        return None
    if m.kind == "kz_region":
        return m.canonical
    return m.region if m.kind == "kz_place" else None


def _main_unit(mentions: list[Mention]) -> str | None:
    counts = Counter(u for m in mentions if (u := _unit(m)))
    return counts.most_common(1)[0][0] if counts else None


def _strong(m: Mention, mentions: list[Mention], tokens: list[Token], at: dict[int, int]) -> bool:
    """A unit named as a region, or next to a unit title (across a list of places); a region
    named as what another was formed from ("Қарағанды облысының құрамынан бөлінді", "выделена
    из состава Семипалатинской области") is history, not a party."""
    if _composition(m, tokens, at):
        return False
    if m.kind == "kz_region" and m.canonical.endswith(" Region"):
        return True
    if m.start not in at:
        return False
    by_start = {x.start: x for x in mentions}
    by_stop = {x.stop: x for x in mentions}
    for step in (-1, 1):
        k = _past(m, step, tokens, at)
        while 0 <= k < len(tokens):
            near = by_start.get(tokens[k].start) if step > 0 else by_stop.get(tokens[k].stop)
            if near is not None and near.kind == "role":
                return near.canonical in UNIT_TITLES or near.canonical.endswith("akim")
            if near is not None and near.kind in ("kz_region", "kz_place") and near.start in at:
                k = _past(near, step, tokens, at)
            elif tokens[k].text.lower() in LIST_WORDS:
                k += step
            else:
                break
    return False


COMPOSITION = ("құрам", "состав", "composition")


def _composition(m: Mention, tokens: list[Token], at: dict[int, int]) -> bool:
    if m.start not in at:
        return False
    after, before = _past(m, 1, tokens, at), at[m.start] - 1
    return after < len(tokens) and tokens[after].text.lower().startswith(COMPOSITION[0]) or \
        before >= 0 and tokens[before].text.lower().startswith(COMPOSITION[1:])


def _past(m: Mention, step: int, tokens: list[Token], at: dict[int, int]) -> int:
    """The index of the token just before (step -1) or after (step 1) mention ``m``."""
    j = at[m.start]
    if step < 0:
        return j - 1
    while j < len(tokens) and tokens[j].start < m.stop:
        j += 1
    return j
