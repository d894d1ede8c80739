"""What a trigger word or a place name may reach inside a sentence.

A parenthesis is a scope of its own: in "оның көлемі 622,3 млн (экспорт – 492,8 млн, импорт –
129,5 млн)" the words "экспорт" and "импорт" name the amounts inside the brackets, never the total
before them, and in "1914 предприятий (РК – 3427 предприятий)" "РК" is the subject of the bracketed
count only. Words outside a parenthesis reach into it ("(2022 год – 7,7 млрд)" is still turnover).
"""

from __future__ import annotations

import re

_CLAUSE_MARK = re.compile(r"[,;:]")
#: Words of a count noun's clause between a number and a firms phrase: "38 с участием китайского
#: капитала" is 2 ("с участием"); more is another clause.
ELLIPTIC_WORDS = 2
_NUMBER_BEFORE = re.compile(rf"(?<![\d.,])(\d+)\s+((?:[^\W\d]+\s+){{0,{ELLIPTIC_WORDS}}})$")


def parentheses(text: str, start: int, stop: int) -> list[tuple[int, int]]:
    """Spans of the (non-nested) parentheses inside ``text[start:stop]``, brackets included."""
    spans, opened = [], None
    for index in range(start, stop):
        if text[index] == "(" and opened is None:
            opened = index
        elif text[index] == ")" and opened is not None:
            spans.append((opened, index + 1))
            opened = None
    return spans


def enclosing(position: int, spans: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The parenthesis around ``position``, or None."""
    return next((span for span in spans if span[0] <= position < span[1]), None)


def reaches(source: int, target: int, spans: list[tuple[int, int]]) -> bool:
    """Whether a word at ``source`` may qualify an amount at ``target``: a bracketed word only
    inside its own brackets, any other word anywhere."""
    inner = enclosing(source, spans)
    return inner is None or inner == enclosing(target, spans)


def clause_start(text: str, sentence_start: int, position: int) -> int:
    """Where the clause holding ``position`` begins: after the last , ; or : before it."""
    marks = [m.end() for m in _CLAUSE_MARK.finditer(text, sentence_start, position)]
    return marks[-1] if marks else sentence_start


def number_before(text: str, sentence_start: int, position: int) -> tuple[int, int, float] | None:
    """A bare count a few words before ``position`` ("38 с участием"): (start, stop, value)."""
    match = _NUMBER_BEFORE.search(text, sentence_start, position)
    if match is None:
        return None
    return match.start(1), match.end(1), float(match.group(1))
