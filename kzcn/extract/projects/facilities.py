"""Facilities in a sentence and the kinds they name: a head from ``rules/<lang>/facilities.tsv``
(plant, wind farm, heating main ...) with the product and process words around it ("household
waste processing plant"); a plural head names a kind of thing, unless products coordinated before
it make it several ("cement and brick plants")."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from kzcn.extract.common.grammar import rows
from kzcn.extract.common.triggers import UNSPACED, Cue, Lexicon, compile_pattern, load_rows
from kzcn.extract.projects.parts import adjacent, component_of, distance, located_in, near

#: Roles of lexicon rows that name a facility: a head, an area (a zone), a venture (a stake, "a project
#: to produce X": no building word needed) and a pair ("solar and wind power plants": two facilities).
HEAD_ROLES = ("head", "area", "venture", "pair")
#: Words before and after a head searched for product and process words, per word order.
WINDOWS = {"kk": (6, 0), "ru": (3, 5), "en": (3, 4)}
#: Words before a head a number word ("тағы екі зауыт", "two more plants") may stand to make it several.
COUNT_WINDOW = (4, 0)


@dataclass(frozen=True)
class Facility:
    """A facility head in a sentence and the kind its neighbours make of it."""

    head: Cue
    kind: str
    sector: str | None
    plural: bool
    modified: bool


@lru_cache(maxsize=8)
def _facility_lexicon(lang: str | None) -> tuple[Lexicon, tuple]:
    rows, spaced = load_rows("facilities", lang), lang not in UNSPACED
    rows = tuple(rows) + tuple(_english_plurals(rows) if lang == "en" else ())
    words = Lexicon([list(r) for r in rows if len(r) > 2 and r[2] != "plural"], spaced)
    plurals = tuple(compile_pattern(r[0], spaced) for r in rows if len(r) > 2 and r[2] == "plural")
    return words, plurals


def _english_plurals(rows) -> list[tuple[str, ...]]:
    """English heads written in the singular also match their plural ("cement and brick plants"):
    the plural makes the head plural (a kind) unless products coordinated before it split it."""
    out = []
    for row in rows:
        cell = row[0]
        if len(row) > 2 and row[2] in HEAD_ROLES and not cell.startswith("re:") and cell[-1:].isalpha():
            out.append((cell + ("es" if cell.endswith(("s", "x", "ch", "sh")) else "s"),) + tuple(row[1:]))
    return out


#: Words joining two products or kinds before one head ("cement and brick plants", "цементный и
#: кирпичный заводы", "цемент және кірпіш зауыттары", "solar and hydroelectric power plants").
COORDINATOR = re.compile(r"\s*(?:,|,?\s+(?:and|or|и|или|а также|және|мен|бен|пен|немесе))\s+$", re.IGNORECASE)


def _proper_name(text: str, cue: Cue, start: int, lang: str | None) -> bool:
    """Whether a Kazakh or Russian product word is capitalised mid-phrase: a name (a district
    "Мақтаарал" is no "мақта" cotton)."""
    before = text[start : cue.start].rstrip()
    return lang in ("kk", "ru") and text[cue.start].isupper() and bool(before) and before[-1].isalnum()


@lru_cache(maxsize=8)
def back_pointers(lang: str | None) -> tuple[str, ...]:
    """Words right before a head that point back to a facility already told ("该电站" the station):
    ``rules/<lang>/back_pointers.tsv`` (none for a language without the file)."""
    return tuple(r["term"] for r in rows("back_pointers", (lang,))) if lang else ()


def _told_before(text: str, at: int, start: int, lang: str | None) -> bool:
    """Whether the head at ``at`` follows a word pointing back to a facility already told."""
    return any(text[max(start, at - len(w)) : at] == w for w in back_pointers(lang))


def find_facilities(text: str, start: int, stop: int, lang: str | None) -> list[Facility]:
    """Facility heads in ``text[start:stop]`` with their kinds in English.

    A head right before another ("warehouse terminal") modifies it: one facility, named by both.
    """
    words, plurals = _facility_lexicon(lang)
    cues = words.find(text, start, stop)
    heads = [c for c in cues if c.cell(0) in HEAD_ROLES]
    found, modifier = [], None
    for head, before, after in zip(heads, [None, *heads], [*heads[1:], None]):
        if after and head.cell(0) == after.cell(0) == "head" and adjacent(text, head, after):
            modifier = head
            continue
        if _told_before(text, (modifier or head).start, start, lang):
            modifier = None
            continue  # "该电站", "this plant": the facility already told, no new one
        facility = _facility(text, (head, before, modifier), cues, start, lang)
        plural = head.cell(0) != "pair" and any(p.fullmatch(text[head.start : head.stop].split()[-1]) for p in plurals)
        kinds = _kinds(facility)
        split = _coordinated(text, facility, cues, words, start) if plural or facility.plural else []
        if split:
            kinds, plural = split, False  # "cement and brick plants": two plants, not a kind
        found += [replace(facility, kind=kind, plural=(facility.plural or plural) and not split) for kind in kinds]
        modifier = None
    return found


def _coordinated(text: str, facility: Facility, cues: list[Cue], words: Lexicon, start: int) -> list[str]:
    """The kinds of a plural head shared by coordinated products or kinds before it, one each: products
    joined by "and" ("цементный и кирпичный заводы" -> cement plant, brick plant), or a word
    joined to a head of several words ("solar and hydroelectric power plants" -> solar power
    plant, hydropower plant). Empty when nothing is coordinated."""
    head = facility.head
    products = sorted((c for c in cues if c.cell(0) == "product" and c.stop <= head.start
                       and c.label in facility.kind), key=lambda c: c.start)
    # COORDINATOR is anchored at the end: a match ends right where the next product starts
    joined = [a for a, b in zip(products, products[1:]) if COORDINATOR.search(text, a.stop, b.start)]
    if len(products) > 1 and len(joined) == len(products) - 1:
        rest = facility.kind[len(" ".join(c.label for c in products)):].strip()
        return list(dict.fromkeys(f"{c.label} {rest}" for c in products))
    tail = text[head.start:head.stop].split(maxsplit=1)
    before = COORDINATOR.search(text, max(start, head.start - 40), head.start)
    if len(tail) < 2 or before is None:
        return []
    word = re.search(r"([^\W\d_][\w\-]*)$", text[max(start, head.start - 40):before.start()])
    if word is None:
        return []
    candidate = f"{word.group(1)} {tail[1]}"
    other = [c for c in words.find(candidate) if c.cell(0) in HEAD_ROLES and c.start == 0 and c.stop == len(candidate)]
    return [other[0].label, facility.kind] if other and other[0].label != facility.kind else []


def _kinds(facility: Facility) -> list[str]:
    """The kinds a facility stands for: a pair's two ("solar power plant|wind farm"), else its own."""
    if facility.head.cell(0) != "pair":
        return [facility.kind]
    prefix = facility.kind[: len(facility.kind) - len(facility.head.label)]
    return [prefix + label for label in facility.head.label.split("|")]


def _facility(text: str, heads: tuple, cues: list[Cue], start: int, lang: str | None) -> Facility:
    """The facility of a head (with the head before it and any modifying head) and its neighbours."""
    head, before, modifier = heads
    window = WINDOWS.get(lang or "", (4, 4))
    anchor = modifier or head
    breaks = [c for c in cues if c.cell(0) == "break" or c.cell(0) in HEAD_ROLES and c not in (head, modifier)]
    nearby = [c for c in cues if c.cell(0) in ("product", "process") and near(text, c, modifier or head, window)
              and not _proper_name(text, c, start, lang) and not any(_between(b, c, anchor) for b in breaks)
              and not any(c.start > anchor.stop and adjacent(text, c, h) for h in breaks)]  # the next head's
    products = list(dict.fromkeys(c.label for c in nearby if c.cell(0) == "product"))
    processes = [c.label for c in sorted(nearby, key=lambda c: distance(c, head)) if c.cell(0) == "process"][:1]
    kind = " ".join(products + processes + ([modifier.label] if modifier else []) + [head.label])
    sectors = [c.cell(1) for c in nearby if c.cell(1)] + [head.cell(1) or None]
    plural = head.cell(0) == "area" and located_in(text, head, lang)
    plural = plural or any(c.cell(0) == "count" and near(text, c, modifier or head, COUNT_WINDOW) for c in cues)
    plural = plural or component_of(text, modifier or head, before)
    return Facility(head, kind, sectors[0], plural, bool(products or processes))


def _between(cue: Cue, left: Cue, right: Cue) -> bool:
    """Whether ``cue`` (a word closing a phrase, "до", or another head) stands between two others."""
    return min(left.stop, right.stop) <= cue.start and cue.stop <= max(left.start, right.start)
