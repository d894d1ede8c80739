"""The pyahocorasick adapter: every China cue in a text in one pass (the only module that
imports ahocorasick)."""

from __future__ import annotations

from collections.abc import Iterable

import ahocorasick

from kzcn.triage.lexicon import Cue


class CueMatcher:
    """Finds cue words at word starts, allowing each cue its number of trailing letters;
    a word starting with one of ``blocked`` is never a cue."""

    def __init__(self, cues: Iterable[Cue], blocked: tuple[str, ...] = ()) -> None:
        self.blocked = blocked
        self.automaton = ahocorasick.Automaton()
        for cue in cues:
            self.automaton.add_word(cue.key, (len(cue.key), cue))
        self.automaton.make_automaton()

    def find(self, text: str, first_only: bool = False) -> list[tuple[int, int, str]]:
        """``(start, stop, kind)`` of cue matches in ``text`` (stop ends the whole word)."""
        lowered = text.lower()
        if len(lowered) != len(text):  # a few characters change length when lower-cased
            lowered = "".join(ch.lower()[:1] or ch for ch in text)
        found: list[tuple[int, int, str]] = []
        for end, (length, cue) in self.automaton.iter(lowered):
            start = end + 1 - length
            stop = _accepted(lowered, start, end + 1, cue)
            if stop is not None and not lowered.startswith(self.blocked, start):
                found.append((start, stop, cue.kind))
                if first_only:
                    break
        return found

    def any(self, text: str) -> bool:
        """Whether ``text`` holds at least one cue (stops at the first)."""
        return bool(self.find(text, first_only=True))


def _accepted(text: str, start: int, stop: int, cue: Cue) -> int | None:
    """The end of the word if the match starts a word and its continuation is allowed."""
    if start > 0 and text[start - 1].isalnum() and not _is_cjk(text[start]):
        return None
    end = stop
    limit = stop + cue.max_suffix
    while end < len(text) and text[end].isalpha() and not _is_cjk(text[end]):
        end += 1
        if end > limit:
            return None
    return end


def _is_cjk(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff"
