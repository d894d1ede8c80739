"""People named without a title pattern: Chinese names anywhere, and the Kazakh CRF's PERSON
spans, with the role of a POSITION span right before (moved unchanged from ``people``, plus
the place-type check: "X Y ауданы" is a district named after a person)."""

from __future__ import annotations

from dataclasses import replace

from kzcn.extract.entities.people.find import (_background_head, _is_name_word, _joined, _person, _place_type_next,
                                          cn_name_spans)
from kzcn.gazetteer import Token, tokenize
from kzcn.model import Mention


def named_people(text: str, mentions: list[Mention], lang: str | None,
                 ner_spans: list[tuple[int, int, str]]) -> list[Mention]:
    """People named without a title pattern: Chinese names anywhere, and (Kazakh) PERSON
    spans of the CRF of two or more name words, a trailing place word trimmed; a POSITION
    span right before gives the role and the place or body it serves."""
    tokens = tokenize(text)
    taken = [(m.start, m.stop) for m in mentions if m.kind in ("person", "role")]
    spans = cn_name_spans(text, tokens)
    spans += [(a, b) for a, b, label in ner_spans if label == "PERSON"]
    out: list[Mention] = []
    for start, stop in spans:
        if any(a < stop and start < b for a, b in taken):
            continue
        words = [t for t in tokens if start <= t.start and t.stop <= stop]
        words = _trim_places(words, mentions)
        if words and _trim_places(words[:1], mentions) != words[:1]:
            continue  # "Шыңжаң Ұйғыр": a place the CRF took for a name
        if len(words) < 2 or any(not _is_name_word(t, lang) for t in words) or \
                not all(_joined(text, a, b) for a, b in zip(words, words[1:])):
            continue
        last = next((k for k, t in enumerate(tokens) if t.start == words[-1].start), None)
        if last is not None and _place_type_next(tokens, last + 1, text):
            continue  # "X Y ауданына": a district named after a person
        role, of = _position_before(text, words[0].start, mentions, ner_spans)
        if lang == "kk" and _background_head(role or "", of, words[-1].text, lang, ""):
            continue
        out.append(_person(text, words, role or "", of, None, lang))
        taken.append((words[0].start, words[-1].stop))
    return [replace(p, role=p.role or None) for p in out]


def _trim_places(words: list[Token], mentions: list[Mention]) -> list[Token]:
    places = [m for m in mentions if m.kind in ("kz_region", "kz_place", "cn_place", "country")]
    while words and any(m.start <= words[-1].start < m.stop for m in places):
        words = words[:-1]
    return words


def _position_before(text: str, start: int, mentions: list[Mention],
                     ner_spans: list[tuple[int, int, str]]):
    """(role, of mention) from a POSITION span ending just before ``start``."""
    for a, b, label in ner_spans:
        if label == "POSITION" and b <= start and not text[b:start].strip():
            inside = [m for m in mentions if a <= m.start and m.stop <= b]
            role = next((m.canonical for m in inside if m.kind == "role"), None)
            of = next((m for m in inside if m.kind in ("kz_region", "kz_place", "org", "cn_place")),
                      None)
            return role, of
    return None, None
