"""The razdel adapter: sentences, splitting on newlines first."""

from __future__ import annotations

from razdel import sentenize

from kzcn.model import Sentence


def split_sentences(text: str) -> list[Sentence]:
    """Sentence spans of ``text``: each line is split by razdel; offsets index ``text``."""
    sentences: list[Sentence] = []
    offset = 0
    for line in text.split("\n"):
        if line.strip():
            for piece in sentenize(line):
                start, stop = offset + piece.start, offset + piece.stop
                if text[start:stop].strip():
                    sentences.append(Sentence(start, stop))
        offset += len(line) + 1
    return sentences
