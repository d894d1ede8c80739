"""The razdel adapter: sentences, splitting on newlines first."""

from __future__ import annotations

import re

from razdel import sentenize

from kzcn.language.zh_segment import split_sentences_zh
from kzcn.language.zh_script import has_han
from kzcn.model import Sentence


def split_sentences(text: str) -> list[Sentence]:
    """Sentence spans of ``text``: each line is split by razdel; offsets index ``text``."""
    sentences: list[Sentence] = []
    offset = 0
    for line in text.split("\n"):
        if line.strip():
            for piece in _joined(sentenize(line), line):
                start, stop = offset + piece.start, offset + piece.stop
                # razdel does not split at 。！？: Chinese pieces are split by zh_segment
                pieces = split_sentences_zh(text[start:stop], start) if has_han(text[start:stop]) else [(start, stop)]
                for start, stop in pieces:
                    if text[start:stop].strip():
                        sentences.append(Sentence(start, stop))
        offset += len(line) + 1
    return sentences


#: A number scale or a currency abbreviated with a full stop ("137,8 млн. АҚШ доллары", "90,4 млн.
#: АҚШ. доллары", "25 тыс. тонн"): razdel ends a sentence there when a capital follows.
_SCALE_END = re.compile(r"(?:\d\s*(?:млн|млрд|трлн|тыс|мың|mln|bn)|АҚШ|США)\.$", re.IGNORECASE)
_AMOUNT_GOES_ON = re.compile(r"(?:АҚШ|США|US|USD|долл|теңге|тенге|юан|евро|[^\W\d_](?<=[a-zа-яёәіңғүұқөһ]))")


def _joined(pieces, line: str) -> list:
    """razdel's pieces of ``line``, a piece ending in an abbreviated scale or currency joined to
    the next when that goes on with the amount (a currency word or a lowercase word)."""
    out = []
    for piece in pieces:
        if out and _SCALE_END.search(out[-1].text) and _AMOUNT_GOES_ON.match(piece.text):
            last = out[-1]
            out[-1] = type(last)(last.start, piece.stop, line[last.start:piece.stop])
            continue
        out.append(piece)
    return out
