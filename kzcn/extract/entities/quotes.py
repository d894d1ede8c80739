"""Quoted names, paired by context rather than by the next quote mark.

News text mixes «», “”, „“ and straight quotes, and nests them with one closing mark for
several openings (`АО «НК «X «Y»`, `АО "ГК "X Group"`). A straight quote opens after a space
and closes after a letter, so `"A ... қойылды. "X" аймағы` pairs "X", not the gap between.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

OPENING = "«„"
CLOSING = "»”"
STRAIGHT = "\"“"  # "“" opens in „…“-free text and closes after a letter ("„X“" is rare here)
MAX_INNER = 80
#: A short capitalised abbreviation before a nested opening: `«НК «X»` (national company).
PREFIX = re.compile(r"\s*[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]{1,5}\s*")


@dataclass(frozen=True)
class Quoted:
    """One quoted piece; the methods mirror ``re.Match`` (group 1 is the inside)."""

    open_at: int
    close_at: int
    text: str

    def start(self, group: int = 0) -> int:
        return self.open_at + (1 if group else 0)

    def end(self, group: int = 0) -> int:
        return self.close_at + (0 if group else 1)

    def group(self, group: int = 0) -> str:
        return self.text[self.start(group):self.end(group)]


def _role(text: str, i: int) -> str | None:
    """"open", "close" or None for the quote mark at ``i``."""
    char = text[i]
    if char in OPENING:
        return "open"
    if char in CLOSING:
        return "close"
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if (before.isspace() or before in "([" + OPENING + STRAIGHT) and not after.isspace():
        return "open"
    if not before.isspace():
        return "close"
    return None


def quoted_pieces(text: str, legal: frozenset[str] = frozenset()) -> list[Quoted]:
    """Every quoted piece of ``text`` in order of its opening mark; a nested name with an
    abbreviation before it (`«НК «X»`) also gives the whole, unless the abbreviation is one
    of the ``legal`` forms (`"ГК "X"`: the name is X)."""
    out: list[Quoted] = []
    stack: list[int] = []
    for i, char in enumerate(text):
        if char == "\n":
            stack = []
            continue
        if char not in OPENING + CLOSING + STRAIGHT:
            continue
        role = _role(text, i)
        if role == "open":
            stack.append(i)
        elif role == "close" and stack:
            opened = stack.pop()
            if i - opened - 1 <= MAX_INNER:
                out.append(Quoted(opened, i, text))
            while stack and PREFIX.fullmatch(text[stack[-1] + 1:opened]):
                prefix = text[stack[-1] + 1:opened].strip()
                opened = stack.pop()
                if prefix.lower() not in legal:
                    out.append(Quoted(opened, i, text))
    return sorted(out, key=lambda q: (q.open_at, -q.close_at))
