"""Reading KazNERD IOB2 files and splitting them by sentence number."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

#: A sentence header line: ``AID283875 O``; the letter (A-F) names a rendering of the
#: same sentence (A spells numbers out, B writes digits), the number names the sentence.
_HEADER = re.compile(r"^([A-Z])ID(\d+)$")

#: Held-out rule: sentence number divisible by this goes to evaluation (about 25%).
HELD_OUT_MODULUS = 4


class CorpusFormatError(ValueError):
    """An IOB2 file does not have the expected ``token TAG`` lines."""


@dataclass(frozen=True, slots=True)
class TaggedSentence:
    """One annotated sentence: its identifier, sentence number, tokens and IOB2 tags."""

    ident: str
    number: int
    tokens: tuple[str, ...]
    tags: tuple[str, ...]


def read_iob2(path: Path) -> Iterator[TaggedSentence]:
    """Sentences of a KazNERD IOB2 file (``token TAG`` lines, blank line between sentences)."""
    ident, number, tokens, tags = "", -1, [], []
    with open(path, encoding="utf-8") as lines:
        for lineno, raw in enumerate(lines, 1):
            line = raw.rstrip("\n")
            if not line.strip():
                if tokens:
                    yield TaggedSentence(ident, number, tuple(tokens), tuple(tags))
                ident, number, tokens, tags = "", -1, [], []
                continue
            token, sep, tag = line.rpartition(" ")
            if not sep or not token:
                raise CorpusFormatError(f"expected 'token TAG', got {line!r} in {path}:{lineno}")
            header = _HEADER.match(token)
            if header and not tokens and not ident:
                ident, number = token, int(header.group(2))
                continue
            tokens.append(token)
            tags.append(tag)
    if tokens:
        yield TaggedSentence(ident, number, tuple(tokens), tuple(tags))


def read_corpus(folder: Path) -> list[TaggedSentence]:
    """All sentences of every ``IOB2_*.txt`` file in ``folder``, files in name order."""
    files = sorted(folder.glob("IOB2_*.txt"))
    if not files:
        raise CorpusFormatError(f"expected IOB2_*.txt files, got none in {folder}")
    return [sentence for path in files for sentence in read_iob2(path)]


def is_held_out(sentence: TaggedSentence, modulus: int = HELD_OUT_MODULUS) -> bool:
    """True if the sentence belongs to the evaluation part: its number divisible by ``modulus``.

    All renderings of one sentence share the number, so they land on the same side.
    """
    return sentence.number % modulus == 0


def split(
    sentences: list[TaggedSentence], modulus: int = HELD_OUT_MODULUS
) -> tuple[list[TaggedSentence], list[TaggedSentence]]:
    """``(train, held_out)`` by sentence number, never by line."""
    train = [s for s in sentences if not is_held_out(s, modulus)]
    held_out = [s for s in sentences if is_held_out(s, modulus)]
    return train, held_out
