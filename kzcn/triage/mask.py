"""The relevant-sentence mask: which sentences heavy stages (NER, event rules) need to read.

Stored in ``Document.meta`` (strings only) under two keys:
``triage.cues`` = ``"start:stop,…"`` (cue offsets found by TriageStage) and
``triage.sentences`` = ``"i,j,…"`` (indices into ``doc.sentences``). No mask means all sentences.
"""

from __future__ import annotations

from dataclasses import replace

from kzcn.model import Document, Sentence

CUES_KEY = "triage.cues"
SENTENCES_KEY = "triage.sentences"
TITLE_KEY = "triage.title_cue"
#: Sentences kept on either side of a sentence with a cue in a long, mostly unrelated article.
WINDOW = 2
#: Articles with at most this many sentences are read whole: the annotated articles (12-30
#: sentences) state facts up to 6 sentences away from the nearest China word, naming only
#: the Chinese company ("Hengrun Aluminium Technology Co., Ltd"), so masking short articles
#: would lose facts and save little.
SHORT_DOCUMENT = 30
#: An article whose title, first LEAD sentences or at least FOCUS_SHARE of sentences name
#: China is about China throughout and is read whole.
LEAD = 3
FOCUS_SHARE = 0.2


def with_meta(doc: Document, key: str, value: str) -> Document:
    """A copy of ``doc`` with ``key`` set in its meta pairs."""
    meta = tuple((k, v) for k, v in doc.meta if k != key) + ((key, value),)
    return replace(doc, meta=meta)


def encode_spans(spans: list[tuple[int, int, str]]) -> str:
    return ",".join(f"{a}:{b}" for a, b, _ in spans)


def decode_spans(value: str | None) -> list[tuple[int, int]]:
    if not value:
        return []
    return [(int(a), int(b)) for a, b in (part.split(":") for part in value.split(","))]


def sentence_mask(sentences: tuple[Sentence, ...], cues: list[tuple[int, int]],
                  paragraphs: list[int] | None = None, title_cue: bool = False,
                  window: int = WINDOW) -> list[int]:
    """Indices of the sentences to read. All of them for an article about China (a cue in the
    title or lead, or dense cues) or a short one; otherwise the sentences within ``window`` of
    a sentence holding a cue and every sentence of a paragraph (``paragraphs[i]`` = paragraph
    number of sentence i) that holds one."""
    everything = list(range(len(sentences)))
    hit = _cue_sentences(sentences, cues)
    if title_cue or len(sentences) <= SHORT_DOCUMENT or any(i < LEAD for i in hit) \
            or len(hit) >= FOCUS_SHARE * len(sentences):
        return everything
    keep = set()
    for i in hit:
        keep.update(range(max(0, i - window), min(len(sentences), i + window + 1)))
    if paragraphs is not None:
        hot = {paragraphs[i] for i in hit}
        keep.update(i for i, p in enumerate(paragraphs) if p in hot)
    return sorted(keep)


def _cue_sentences(sentences: tuple[Sentence, ...], cues: list[tuple[int, int]]) -> set[int]:
    hit, j = set(), 0
    for start, _stop in sorted(cues):
        while j < len(sentences) and sentences[j].stop <= start:
            j += 1
        if j < len(sentences) and sentences[j].start <= start:
            hit.add(j)
    return hit


def paragraph_numbers(text: str, sentences: tuple[Sentence, ...]) -> list[int]:
    """The paragraph (newline-separated line) number of each sentence."""
    numbers, line, pos = [], 0, 0
    for sentence in sentences:
        line += text.count("\n", pos, sentence.start)
        pos = sentence.start
        numbers.append(line)
    return numbers


def relevant_sentences(doc: Document) -> tuple[Sentence, ...]:
    """The sentences heavy stages should read: the mask if TriageStage set one, else all."""
    value = doc.meta_get(SENTENCES_KEY)
    if value is None:
        return doc.sentences
    return tuple(doc.sentences[int(i)] for i in value.split(",") if i)


def relevant_spans(doc: Document) -> list[tuple[int, int]]:
    """The relevant sentences merged into maximal ``(start, stop)`` runs of the text."""
    runs: list[list[int]] = []
    for sentence in relevant_sentences(doc):
        if runs and sentence.start - runs[-1][1] <= 2:
            runs[-1][1] = sentence.stop
        else:
            runs.append([sentence.start, sentence.stop])
    return [(a, b) for a, b in runs]
