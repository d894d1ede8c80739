"""The entities stage: places, organisations, people and titles as linked Mentions.

Gazetteer matches + organisation patterns + role appositions; Russian sentences are checked
with natasha (PER spans confirm names), Kazakh ones with the KazNERD CRF when its model exists.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any, ClassVar

from kzcn.extract.entities.orgs.find import find_organizations
from kzcn.gazetteer.participants import mark_participants
from kzcn.extract.entities.people.find import cn_name_spans, find_people
from kzcn.extract.entities.people.named import named_people
from kzcn.gazetteer import Gazetteer, tokenize
from kzcn.model import Document, Mention

PLACE_KINDS = ("kz_region", "kz_place", "cn_place")
_LOAD = object()  # EntityStage(kk_ner=_LOAD): open the committed Kazakh CRF


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

    def __init__(self, gazetteer: Gazetteer | None = None, kk_ner: Any | None = _LOAD,
                 ru_ner: Any | None = None) -> None:
        self.gazetteer = gazetteer or Gazetteer.load()
        self.kk_ner = load_kk_ner() if kk_ner is _LOAD else kk_ner
        self.ru_ner = ru_ner

    def __call__(self, doc: Document) -> Document:
        return doc.add(mentions=tuple(self.find(doc)))

    def find(self, doc: Document) -> list[Mention]:
        """All mentions of ``doc``, sorted by offset."""
        text, lang = doc.text, _doc_lang(doc)
        if lang == "zh":
            from kzcn.extract.entities.zh.find import find_zh_mentions
            from kzcn.language.zh_script import simplified

            found = mark_participants(find_zh_mentions(text, self.gazetteer), simplified(text), self.gazetteer)
            return sorted(found, key=lambda m: (m.start, m.stop))
        names = cn_name_spans(text, tokenize(text))
        gazetteer = self.gazetteer
        if gazetteer is Gazetteer.load() and (doc.meta_get("view.script") or "").startswith("arab"):
            gazetteer = Gazetteer.load(tote=True)  # the view of an Arabic-script article
        found = [m for m in gazetteer.find(text) if m.kind == "role" or not _inside(m, names)]
        orgs = find_organizations(text, self.gazetteer, lang, found)
        spans = _org_spans(text, orgs)
        found = [_mark_inside(m, spans) for m in found if m.kind != "org"] + orgs
        people = find_people(text, found, lang, main_region(found))
        if lang == "ru":
            people = self._confirmed_ru(text, people, names)
        people += named_people(text, found + people, lang, self._kk_spans(doc))
        found = [o for m in found if (o := _trim_person(m, people, text)) is not None]
        found = mark_participants(found + people, text, self.gazetteer)
        return sorted(found, key=lambda m: (m.start, m.stop))

    def _kk_spans(self, doc: Document) -> list[tuple[int, int, str]]:
        """CRF spans of the Kazakh sentences of ``doc`` (none without the model)."""
        if self.kk_ner is None:
            return []
        out = []
        for sentence in doc.sentences:
            if (sentence.lang or doc.lang) == "kk":
                piece = doc.text[sentence.start:sentence.stop]
                out += [(sentence.start + a, sentence.start + b, label)
                        for a, b, label in self.kk_ner.find(piece)]
        return out

    def _confirmed_ru(self, text: str, people: list[Mention],
                      names: list[tuple[int, int]]) -> list[Mention]:
        """Russian title patterns kept where natasha sees a person (Chinese names always)."""
        if not people:
            return []
        ner = self.ru_ner
        if ner is None:
            from kzcn.nlp_ru import ru_ner as ner
        spans = list(names)
        # NER only over the lines holding a candidate (entities 11.3 -> 8.3 ms per article,
        # benchmarks/proposed.py); a line is the paragraph, enough context for slovnet.
        for start, stop in candidate_lines(text, people):
            spans += [(a + start, b + start) for a, b, label in ner(text[start:stop]) if label == "PER"]
        return [p for p in people if any(a <= p.start < b for a, b in spans) or _surname_shaped(p)]


def _surname_shaped(person: Mention) -> bool:
    """A two-word name after a title whose last word is a Russian-style surname in any case
    ("Аким X Ерлан Қасымов" at a paragraph's start, where slovnet sees no PER)."""
    from kzcn.nlp_ru import SURNAME

    words = person.text.split()
    return len(words) == 2 and words[0][:1].isupper() and bool(SURNAME.match(words[-1].lower()))


def candidate_lines(text: str, mentions: list[Mention]) -> list[tuple[int, int]]:
    """The lines of ``text`` holding one of ``mentions``, adjacent ones merged."""
    windows: list[tuple[int, int]] = []
    for mention in sorted(mentions, key=lambda m: m.start):
        start = text.rfind("\n", 0, mention.start) + 1
        stop = text.find("\n", mention.stop)
        stop = len(text) if stop < 0 else stop
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(stop, windows[-1][1]))
        else:
            windows.append((start, stop))
    return windows


def _inside(mention: Mention, spans, partly: bool = False) -> bool:
    """Whether ``mention`` lies inside (or, with ``partly``, overlaps) one of ``spans``."""
    for span in spans:
        a, b = (span.start, span.stop) if isinstance(span, Mention) else span
        if (a <= mention.start and mention.stop <= b) or (partly and a < mention.stop and
                                                          mention.start < b):
            return True
    return False


def _trim_person(m: Mention, people: list[Mention], text: str) -> Mention | None:
    """An organisation overlapping a person: dropped, unless the person's name only opens it
    ("Ержан Тоқтаров ШҰАР сауда департаментінің" -> "ШҰАР сауда департаменті")."""
    if m.kind != "org" or not _inside(m, people, partly=True):
        return m
    from dataclasses import replace

    for p in people:
        head = text[m.start:p.stop]
        if m.start <= p.start < p.stop < m.stop and m.canonical.startswith(head):
            rest = m.canonical[len(head):]
            start = m.stop - len(text[m.start:m.stop][len(head):].lstrip())
            if rest.strip()[:1].isupper() and len(rest.split()) >= 2 and \
                    not _inside(replace(m, start=start), people, partly=True):
                from kzcn.extract.entities.orgs.find import _org

                return replace(_org(text, start, m.stop, rest, m.source or "pattern"),
                               country=m.country)
    return None


def _doc_lang(doc: Document) -> str | None:
    if doc.lang:
        return doc.lang
    langs = Counter(s.lang for s in doc.sentences if s.lang)
    return langs.most_common(1)[0][0] if langs else None


#: Organisations that are a public body of the place in their name ("ШҰАР сауда департаменті",
#: "Department of Commerce of X Province"): the place acts through them and takes part.
PUBLIC_BODY = re.compile(r"департамент|бюро|министер|министрлі|палат|правительств|үкімет|"
                         r"комитет|кпк|партия|канцеляри|мәслихат|consul|консул|посольств|елшіл|"
                         r"department|bureau|ministry|commission|government|chamber|committee",
                         re.IGNORECASE)
UNIT_WORD = re.compile(r"облыс|област|қала|город|region|city", re.IGNORECASE)


QUOTED = re.compile(r"«[^«»]+»|“[^“”]+”")


def _org_spans(text: str, orgs: list[Mention]) -> list[tuple[int, int, str]]:
    """(start, stop, canonical) of every occurrence of each organisation's text, repeats the
    finder did not report included ("«X Фукан Y» компаниясы ... «X Фукан Y» төрағасы")."""
    out = []
    for o in orgs:
        out.append((o.start, o.stop, o.canonical))
        for name in {o.text, *QUOTED.findall(o.text)}:
            at = text.find(name) if len(name.split()) >= 2 else -1
            while at >= 0:
                out.append((at, at + len(name), o.canonical))
                at = text.find(name, at + 1)
    return out


def _mark_inside(mention: Mention, orgs: list[tuple[int, int, str]]) -> Mention:
    """A place only inside a company's name does not take part ("«Жетісу Агро» ЖШС", "Xinjiang
    X Co., Ltd"); a place named with its unit word or heading a public body does."""
    from dataclasses import replace

    if mention.kind not in PLACE_KINDS or mention.kind != "cn_place" and \
            UNIT_WORD.search(mention.text):
        return mention
    for start, stop, canonical in orgs:
        if start <= mention.start and mention.stop <= stop and \
                not PUBLIC_BODY.search(canonical):
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
