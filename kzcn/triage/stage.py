"""Triage stages: reject articles not about China before any heavy stage, then mark the
sentences worth reading once sentences exist."""

from __future__ import annotations

from typing import ClassVar

from kzcn.model import Document
from kzcn.triage.lexicon import china_cues, not_cues
from kzcn.triage.mask import (CUES_KEY, SENTENCES_KEY, TITLE_KEY, decode_spans, encode_spans,
                              paragraph_numbers, sentence_mask, with_meta)
from kzcn.triage.matcher import CueMatcher

NOT_ABOUT_CHINA = "not about China"


def _matcher() -> CueMatcher:
    global _MATCHER
    if _MATCHER is None:
        _MATCHER = CueMatcher(china_cues(), not_cues())
    return _MATCHER


_MATCHER: CueMatcher | None = None


class TriageStage:
    """Stage ``triage``: rejects a document whose title and text hold no China cue; otherwise
    records the cue offsets (``meta['triage.cues']``) for SentenceFilterStage."""

    name: ClassVar[str] = "triage"
    requires: ClassVar[frozenset[str]] = frozenset({"text"})
    provides: ClassVar[frozenset[str]] = frozenset()

    def __init__(self, matcher: CueMatcher | None = None) -> None:
        self.matcher = matcher or _matcher()  # the automaton is built once per process

    def __call__(self, doc: Document) -> Document:
        cues = self.matcher.find(doc.text)
        title_cue = self.matcher.any(doc.title)
        if not cues and not title_cue:
            return doc.reject(NOT_ABOUT_CHINA)
        return with_meta(with_meta(doc, TITLE_KEY, "1" if title_cue else "0"),
                         CUES_KEY, encode_spans(cues))


class SentenceFilterStage:
    """Stage ``sentence_filter``: after sentences exist, stores the indices of the sentences
    near a China cue (``meta['triage.sentences']``; read with ``relevant_sentences(doc)``)."""

    name: ClassVar[str] = "sentence_filter"
    requires: ClassVar[frozenset[str]] = frozenset({"text", "sentences"})
    provides: ClassVar[frozenset[str]] = frozenset()

    def __call__(self, doc: Document) -> Document:
        if doc.meta_get(CUES_KEY) is None:  # triage did not run: everything stays relevant
            return doc
        cues = decode_spans(doc.meta_get(CUES_KEY))
        keep = sentence_mask(doc.sentences, cues, paragraph_numbers(doc.text, doc.sentences),
                             title_cue=doc.meta_get(TITLE_KEY) == "1")
        return with_meta(doc, SENTENCES_KEY, ",".join(map(str, keep)))
