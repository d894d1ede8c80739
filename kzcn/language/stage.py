"""LanguageStage: document and sentence languages plus sentence spans."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from kzcn.language.detect import detect_language, detect_sentence_language
from kzcn.language.segment import split_sentences
from kzcn.model import Document, Sentence


class LanguageStage:
    """Split sentences and tag the document and each sentence with kk/ru/en/zh."""

    name = "language"
    requires = frozenset({"text"})
    provides = frozenset({"lang", "sentences"})

    def __call__(self, doc: Document) -> Document:
        spans = split_sentences(doc.text)
        found = [detect_sentence_language(doc.text[s.start : s.stop], None) for s in spans]
        lang = majority_language(spans, found) or detect_language(doc.title + "\n" + doc.text)
        sentences = [replace(s, lang=f or lang) for s, f in zip(spans, found)]
        return doc.add(lang=lang, sentences=tuple(sentences))


def majority_language(spans: list[Sentence], langs: list[str | None]) -> str | None:
    """The language covering most characters among sentences whose language is known."""
    weight: Counter[str] = Counter()
    for span, lang in zip(spans, langs):
        if lang:
            weight[lang] += span.stop - span.start
    return weight.most_common(1)[0][0] if weight else None
