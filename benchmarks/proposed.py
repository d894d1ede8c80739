"""Proposed speed patches to other engineers' stage files, applied at run time ONLY when a
benchmark is run with ``--proposed`` so their gain can be measured before they are adopted.
Each patch names the file and function it replaces; the real change belongs in that file.
"""

from __future__ import annotations

from functools import lru_cache


def ner_only_where_people(entities_module) -> None:
    """kzcn/extract/entities.py ``EntityStage._confirmed_ru``: run natasha's NER only over the
    sentences (lines) holding a candidate person instead of the whole article."""

    def _confirmed_ru(self, text, people, names=()):
        if not people:
            return []
        ner = self.ru_ner
        if ner is None:
            from kzcn.nlp_ru import ru_ner as ner
        spans = list(names)
        for start, stop in _windows(text, people):
            spans += [(a + start, b + start) for a, b, label in ner(text[start:stop]) if label == "PER"]
        return [p for p in people if any(a <= p.start < b for a, b in spans)]

    entities_module.EntityStage._confirmed_ru = _confirmed_ru


def _windows(text: str, people) -> list[tuple[int, int]]:
    """The lines of ``text`` holding a person candidate, merged (NER context = the paragraph)."""
    windows: list[tuple[int, int]] = []
    for person in sorted(people, key=lambda p: p.start):
        start = text.rfind("\n", 0, person.start) + 1
        stop = text.find("\n", person.stop)
        stop = len(text) if stop < 0 else stop
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(stop, windows[-1][1]))
        else:
            windows.append((start, stop))
    return windows


def cached_metric_triggers(figures_module, grammar_module) -> None:
    """kzcn/extract/grammar.py ``Lexicon.pattern``: build the alternation once per lexicon
    (functools.cached_property); kzcn/extract/figures.py ``_triggers``: lru_cache per sentence
    text (it is called three times per sentence)."""
    build = grammar_module.Lexicon.pattern.fget
    grammar_module.Lexicon.pattern = property(lru_cache(maxsize=None)(build))
    figures_module._triggers = lru_cache(maxsize=1024)(figures_module._triggers)


def apply_all() -> list[str]:
    """Apply every proposed patch; returns their names."""
    import kzcn.extract.entities as entities
    import kzcn.extract.figures as figures
    import kzcn.extract.grammar as grammar
    import kzcn.extract.triggers as triggers

    ner_only_where_people(entities)
    cached_metric_triggers(figures, grammar)
    literal_prefilter(triggers)
    return ["entities._confirmed_ru: NER on person lines only",
            "grammar.Lexicon.pattern cached; figures._triggers lru_cache",
            "triggers.Lexicon.find: literal prefilter per row"]


def literal_prefilter(triggers_module) -> None:
    """kzcn/extract/triggers.py ``Lexicon``: remember each plain pattern's first literal word
    (before any ``*``) and skip the row's regex when that literal is absent from the lower-cased
    text (a C substring search instead of ~100 regex scans per sentence). Same matches."""
    original_init = triggers_module.Lexicon.__init__

    def __init__(self, rows):
        original_init(self, rows)
        self.literals = [_literal(row[0]) for row in rows]
        self._lowered = ("", "")

    def find(self, text, start=0, stop=None):
        stop = len(text) if stop is None else stop
        if self._lowered[0] is not text:
            self._lowered = (text, text.lower())
        window = self._lowered[1][start:stop]
        found = []
        for (pattern, label, extra), literal in zip(self.rows, self.literals):
            if literal and literal not in window:
                continue
            for match in pattern.finditer(text, start, stop):
                found.append(triggers_module.Cue(match.start(), match.end(), label, extra))
        return _longest(found)

    triggers_module.Lexicon.__init__ = __init__
    triggers_module.Lexicon.find = find


def _literal(cell: str) -> str:
    if cell.startswith("re:"):
        return ""
    return cell.split()[0].split("*")[0].lower()


def _longest(found: list) -> list:
    found.sort(key=lambda cue: (cue.start, cue.start - cue.stop))
    kept: list = []
    for cue in found:
        if kept and cue.start < kept[-1].stop:
            if (cue.start, cue.stop) == (kept[-1].start, kept[-1].stop):
                kept.append(cue)
            continue
        kept.append(cue)
    return kept
