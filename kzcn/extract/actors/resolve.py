"""Who acts where: the Kazakh units taking part in an article, from every cue, and its own unit.

Real articles often leave the Kazakh side of a fact unnamed in its sentence ("облыс әкімі
кездесті", "the regional akim", "аким провёл встречу"): the unit is told once in the headline,
by a city or district, by the akim's name alone, or only by the outlet that published it. Each
cue adds weight to a unit; the heaviest is the article's principal unit, which facts take where
their own sentence names none (``Context.kz_region_at``).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from urllib.parse import urlsplit

from kzcn.gazetteer.office_holders import HolderMatch, OfficeHolders
from kzcn.link.name_key import name_key
from kzcn.link.translit import ascii_slug, to_latin
from kzcn.model import ActingUnit, Document, Mention, UnitCue

#: Weight of each cue. A unit named in the headline or lead outweighs one named in passing
#: lower down; a known akim is strong evidence (he acts for his unit); the outlet only breaks a
#: tie or fills a silence.
WEIGHTS = {"named": 1.0, "place": 0.8, "official": 1.0, "office_holder": 1.5, "outlet": 0.5}
#: How many leading sentences count as the headline and lead (weight doubled).
LEAD_SENTENCES = 2
#: Roles whose holder without a named body serves the article's own unit.
UNIT_ROLES = frozenset({"akim", "deputy akim", "first deputy akim"})


def _is_unit(name: str | None, units: set[str]) -> bool:
    return bool(name) and (name in units or name.endswith(" Region"))


def mention_cues(doc: Document, units: set[str]) -> list[UnitCue]:
    """Cues from the mention layer: units, their places, and people serving a unit."""
    lead_end = doc.sentences[LEAD_SENTENCES - 1].stop if len(doc.sentences) >= LEAD_SENTENCES else len(doc.text)
    cues = []
    for m in doc.mentions:
        if not m.participant:
            continue
        if m.kind == "kz_region":
            unit, cue = m.canonical, "named"
        elif m.kind == "kz_place" and m.region:
            unit, cue = m.region, "place"
        elif m.kind == "person" and _is_unit(m.of, units):
            unit, cue = m.of, "official"
        else:
            continue
        weight = WEIGHTS[cue] * (2 if m.start < lead_end else 1)
        cues.append(UnitCue(unit, cue, m.start, m.stop, weight))
    return cues


def holder_cues(matches: list[HolderMatch]) -> list[UnitCue]:
    """Cues from known Kazakh office holders named in the text."""
    return [UnitCue(h.holder.of, "office_holder", h.start, h.stop, WEIGHTS["office_holder"])
            for h in matches if h.holder.country == "KZ"]


def outlet_unit(doc: Document, outlets: dict[str, str]) -> str | None:
    """The home unit of the regional outlet whose URL the document came from, if known."""
    url = doc.meta_get("url") or (doc.source if "://" in doc.source else "")
    host = (urlsplit(url).hostname or "").lower()
    while host:
        if host in outlets:
            return outlets[host]
        host = host.partition(".")[2] if host.count(".") > 1 else ""
    return None


def acting_units(cues: list[UnitCue]) -> tuple[ActingUnit, ...]:
    """Cues grouped by unit, heaviest first (the first named wins a tie); the first is principal."""
    grouped: dict[str, list[UnitCue]] = defaultdict(list)
    for cue in sorted(cues, key=lambda c: c.start):
        grouped[cue.unit].append(cue)
    ranked = sorted(grouped.items(), key=lambda kv: (-sum(c.weight for c in kv[1]), kv[1][0].start))
    return tuple(ActingUnit(unit, round(sum(c.weight for c in found), 3), index == 0, tuple(found))
                 for index, (unit, found) in enumerate(ranked))


def resolve(doc: Document, holders: OfficeHolders, outlets: dict[str, str],
            units: set[str]) -> tuple[tuple[ActingUnit, ...], tuple[Mention, ...]]:
    """The acting units of ``doc`` and its mentions with known office holders added and people's
    unit filled in."""
    matches = holders.find(doc.text, doc.published)
    stated = {(m.start, m.stop): m.of for m in doc.mentions if m.kind == "person" and _is_unit(m.of, units)}
    matches = [h for h in matches if all(of == h.holder.of for (a, b), of in stated.items()
                                         if a < h.stop and h.start < b)]  # the text's own office wins
    cues = mention_cues(doc, units) + holder_cues(matches)
    if not cues:
        home = outlet_unit(doc, outlets)
        cues = [UnitCue(home, "outlet", 0, 0, WEIGHTS["outlet"])] if home else []
    actors = acting_units(cues)
    principal = actors[0].unit if actors else None
    mentions = with_office_holders(doc, list(doc.mentions), matches)
    mentions = [_served(m, principal, units) for m in mentions]
    return actors, tuple(sorted(mentions, key=lambda m: (m.start, m.stop)))


def _served(m: Mention, principal: str | None, units: set[str]) -> Mention:
    """An akim named without the body he serves serves the article's own unit."""
    if m.kind == "person" and m.role in UNIT_ROLES and m.of is None and principal:
        return replace(m, of=principal, country=m.country or "KZ")
    return m


def with_office_holders(doc: Document, mentions: list[Mention],
                        matches: list[HolderMatch]) -> list[Mention]:
    """Known office holders: a person mention over the name takes the holder's office; a name
    the people finders missed becomes a person mention."""
    people = [m for m in mentions if m.kind == "person"]
    for match in matches:
        holder = match.holder
        over = [p for p in people if p.start < match.stop and match.start < p.stop]
        if over:
            for p in over:  # the office the text itself gives the person wins over the record
                index = mentions.index(p)
                mentions[index] = replace(p, role=p.role or holder.role, of=p.of or holder.of,
                                          country=p.country or holder.country)
            continue
        if any(name_key(p.canonical).split()[-1:] == name_key(match.written).split()[-1:] for p in people):
            continue  # the same person, found elsewhere in the text
        name = written_like(doc.text[match.start:match.stop], holder.variants)
        mentions.append(Mention(start=match.start, stop=match.stop, text=doc.text[match.start:match.stop],
                                kind="person", canonical=name, entity_id="person:" + ascii_slug(name),
                                country=holder.country, role=holder.role, of=holder.of,
                                latin=to_latin(name), source="office_holders"))
    return mentions


def written_like(found: str, variants: tuple[str, ...]) -> str:
    """The variant of a name in the spelling of the text: the one that the found words start with
    letter for letter (case endings aside), else one in the same script."""
    words = found.lower().replace(".", ". ").split()
    for variant in variants:
        parts = variant.lower().split()
        if len(parts) == len(words) and all(w.startswith(p) for w, p in zip(words, parts)):
            return variant
        if len(parts) == 2 and len(words) == 2 and words[0].startswith(parts[1]) and words[1].startswith(parts[0]):
            return variant  # "Жұмабаев Серік": surname first
    cyrillic = any("а" <= c <= "я" or c in "әғқңөұүһі" for c in found.lower())
    same = [v for v in variants if any("а" <= c <= "я" for c in v.lower()) == cyrillic]
    return (same or list(variants))[0]
