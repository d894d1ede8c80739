"""The entities stage: places, organisations, people and titles as linked Mentions.

Gazetteer matches + organisation patterns + role appositions; Russian sentences are checked
with natasha (PER spans confirm names), Kazakh ones with the KazNERD CRF when its model exists.
"""

from __future__ import annotations

from collections import Counter
from typing import Any, ClassVar

from kzcn.extract.organizations import find_organizations
from kzcn.extract.people import find_people
from kzcn.gazetteer import Gazetteer
from kzcn.model import Document, Mention

PLACE_KINDS = ("kz_region", "kz_place", "cn_place")


def load_kk_ner() -> Any | None:
    """The Kazakh CRF (``kzcn.ner.kk_crf``) if it and its model are present, else None."""
    try:
        from kzcn.ner.kk_crf import KazakhNER

        return KazakhNER.load()
    except Exception:  # noqa: BLE001 - absent module or model file: run on rules alone
        return None


class EntityStage:
    """Stage ``entities``: requires text and sentences, provides mentions."""

    name: ClassVar[str] = "entities"
    requires: ClassVar[frozenset[str]] = frozenset({"text", "sentences"})
    provides: ClassVar[frozenset[str]] = frozenset({"mentions"})

    def __init__(self, gazetteer: Gazetteer | None = None, kk_ner: Any | None = None,
                 ru_ner: Any | None = None) -> None:
        self.gazetteer = gazetteer or Gazetteer.load()
        self.kk_ner = kk_ner
        self.ru_ner = ru_ner

    def __call__(self, doc: Document) -> Document:
        return doc.add(mentions=tuple(self.find(doc)))

    def find(self, doc: Document) -> list[Mention]:
        """All mentions of ``doc``, sorted by offset."""
        text, lang = doc.text, _doc_lang(doc)
        found = self.gazetteer.find(text)
        orgs = find_organizations(text, self.gazetteer, lang, found)
        found = [_mark_inside(m, orgs) for m in found if m.kind != "org"] + orgs
        people = find_people(text, found, lang, main_region(found))
        if lang == "ru":
            people = self._confirmed_ru(text, people)
        return sorted(found + people, key=lambda m: (m.start, m.stop))

    def _confirmed_ru(self, text: str, people: list[Mention]) -> list[Mention]:
        ner = self.ru_ner
        if ner is None:
            from kzcn.nlp_ru import ru_ner as ner
        spans = [(a, b) for a, b, label in ner(text) if label == "PER"]
        return [p for p in people if any(a <= p.start < b for a, b in spans)]


def _doc_lang(doc: Document) -> str | None:
    if doc.lang:
        return doc.lang
    langs = Counter(s.lang for s in doc.sentences if s.lang)
    return langs.most_common(1)[0][0] if langs else None


def _mark_inside(mention: Mention, orgs: list[Mention]) -> Mention:
    from dataclasses import replace

    if mention.kind in PLACE_KINDS and any(o.start <= mention.start and mention.stop <= o.stop
                                           for o in orgs):
        return replace(mention, participant=False)
    return mention


def _unit(m: Mention) -> str | None:
    if m.kind == "kz_region":
        return m.canonical
    return m.region if m.kind == "kz_place" else None


def main_region(mentions: list[Mention]) -> str | None:
    """The Kazakh unit named most often (the acting side of the article)."""
    counts = Counter(_unit(m) for m in mentions if m.participant and _unit(m))
    return counts.most_common(1)[0][0] if counts else None


def entity_fields(doc: Document) -> dict:
    """The SCHEMA fields kz_regions, cn_places, organizations, people from ``doc.mentions``."""
    mentions = [m for m in doc.mentions if getattr(m, "participant", True)]
    regions = list(dict.fromkeys(u for m in mentions if (u := _unit(m))))
    places = list(dict.fromkeys(m.canonical for m in mentions if m.kind == "cn_place"))
    orgs: dict[str, dict] = {}
    for m in mentions:
        if m.kind == "org":
            orgs.setdefault(_norm(m.canonical), {"name": m.canonical, "country": m.country})
    people: dict[str, dict] = {}
    for m in mentions:
        if m.kind == "person":
            entry = {"name": m.canonical, "role": m.role, "of": m.of, "country": m.country}
            key = m.entity_id
            if key not in people or (people[key]["of"] is None and m.of):
                people[key] = entry
    return {"kz_regions": regions, "cn_places": places, "organizations": list(orgs.values()),
            "people": list(people.values())}


def _norm(name: str) -> str:
    return "".join(c for c in name.lower() if c.isalnum())
