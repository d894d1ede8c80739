"""The stage of a project told over several sentences, and whether it is being built at all.

A facility's own sentence (with the one before it or its list's lead line) gives its stage first;
failing that, the next sentences that tell no other facility ("The plant will be built. A
memorandum was signed."); failing that, the article's headline ("Chinese company starts building
two plants"). Lines of a few words (a dateline, a photo credit, "None") are no sentences here.
"""

from __future__ import annotations

import re

from kzcn.extract.common.triggers import load_lexicon
from kzcn.model import Document

#: Most advanced first: a sentence with several stage cues takes the first found here.
STAGE_ORDER = ("operating", "under_construction", "agreed", "proposed")
#: How many sentences after a facility's own may still tell its stage: on real-dev the signing
#: is told one or two sentences after the facility; a third reaches the next topic.
STAGE_REACH = 2
#: A line with fewer words of letters than this is a dateline or a credit, not a sentence.
MIN_WORDS = 3
_LETTER_WORD = re.compile(r"[^\W\d_]{2,}")


def most_advanced(labels: set[str]) -> str | None:
    """The most advanced stage among ``labels``, or None."""
    return next((stage for stage in STAGE_ORDER if stage in labels), None)


def real(text: str, span: tuple[int, int]) -> bool:
    """Whether a span is a sentence rather than a dateline, a credit or a stray word."""
    return len(_LETTER_WORD.findall(text, *span)) >= MIN_WORDS


def headline(doc: Document, spans: list[tuple[int, int]]) -> int | None:
    """The index of the article's first real sentence (its headline or lead)."""
    return next((i for i, span in enumerate(spans) if real(doc.text, span)), None)


def following(doc: Document, spans: list[tuple[int, int]], index: int, own_heads: list[bool]) -> list[int]:
    """The next real sentences (up to ``STAGE_REACH``) before one with a facility of its own."""
    found = []
    for later in range(index + 1, len(spans)):
        if len(found) == STAGE_REACH or own_heads[later]:
            break
        if real(doc.text, spans[later]):
            found.append(later)
    return found


def resolve_stage(doc: Document, spans: list[tuple[int, int]], context: list[tuple[int, int]],
                  index: int, heads: list[tuple[set, bool]]) -> tuple[str | None, bool, set[str]]:
    """(stage, whether a build or stage cue is in the facility's own context, the facility heads
    the headline tells built): own context first, then the next sentences, then the headline.

    ``heads`` per sentence: the head labels it names (plural too) and whether it names a specific
    facility of its own (which ends the next sentences); a headline "starts building two plants"
    makes the article's plants built, not its other facilities.
    """
    lexicon = load_lexicon("stages", doc.lang)
    own = [lexicon.labels(doc.text, *span) for span in context]
    building = any(labels & {*STAGE_ORDER, "build"} for labels in own)
    stage = next((most_advanced(labels) for labels in own if most_advanced(labels)), None)  # its own sentence first
    top = headline(doc, spans)
    told = lexicon.labels(doc.text, *spans[top]) if top is not None and top != index else set()
    built = heads[top][0] if top is not None and told & {*STAGE_ORDER, "build"} else set()
    if stage:
        return stage, True, built
    nexts = following(doc, spans, index, [specific for _, specific in heads])
    later = set().union(*(lexicon.labels(doc.text, *spans[i]) for i in nexts))
    return most_advanced(later) or most_advanced(told), building, built
