"""Views: run the stages on another rendering of the text and map every span back.

Kazakh written in Latin or Arabic script is read through a Cyrillic view
(``kzcn.language.kk_script``): every stage (triage, language, entities, facts) runs on the view
unchanged, then ``restore`` maps each layer back onto the original text, so that
``doc.text[s.start:s.stop] == s.text`` holds on the original. Names of people and organisations
come back in the text's script, taken from the original text where the name is written there.

    view = kazakh_script_view(doc)        # None: the text is read as it is
    done = view.restore(run(view.document))
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from kzcn.language.detect import kazakh_script
from kzcn.language.kk_script import ScriptView, from_cyrillic, latin_variant, to_cyrillic
from kzcn.model import Document
from kzcn.model.document import LAYERS
from kzcn.pipeline.view_case import restore_capitals
from kzcn.triage.mask import CUES_KEY, decode_spans

#: Layers holding no offsets, which a view leaves as they are.
PLAIN_LAYERS = frozenset({"text", "title", "published", "lang", "sectors"})
#: Characters read to decide the script (the language stage reads whole texts; this is a cheap gate).
SAMPLE = 4000
SCRIPT_META = "view.script"


@dataclass(frozen=True)
class OpenView:
    """The document to run stages on and the function that brings the result back."""

    document: Document
    restore: Callable[[Document], Document]


def kazakh_script_view(doc: Document) -> OpenView | None:
    """A Cyrillic view of ``doc`` if it is Kazakh in Latin or Arabic script, else None."""
    script = kazakh_script(doc.text[:SAMPLE])
    if not script or set(doc.provided) - {"text", "title", "published"}:
        return None
    variant = latin_variant(doc.text) if script == "latn" else None
    view = to_cyrillic(doc.text, script, variant)
    title = to_cyrillic(doc.title, script, variant).text
    if script == "arab":  # töte has no capitals; the Cyrillic stages read names by them
        view = replace(view, text=restore_capitals(view.text))
        title = restore_capitals(title)
    meta = doc.meta + ((SCRIPT_META, script + (f"-{variant}" if variant else "")),)
    viewed = replace(doc, text=view.text, title=title, id=doc.id, meta=meta)
    return OpenView(viewed, lambda done: restore(doc, done, view, script, variant or "2018"))


def restore(original: Document, done: Document, view: ScriptView, script: str, variant: str) -> Document:
    """``done`` (processed on the view) with its layers mapped onto ``original``'s text."""
    mapper = SpanMapper(view, _names(done, view, script, variant))
    layers = {name: mapper.value(getattr(done, name)) for name in LAYERS
              if name not in PLAIN_LAYERS and name in done.provided}
    meta = tuple((k, mapper.encoded_spans(v) if k == CUES_KEY else v) for k, v in done.meta)
    return replace(done, text=original.text, title=original.title, id=original.id, meta=meta, **layers)


def _names(done: Document, view: ScriptView, script: str, variant: str) -> dict[str, str]:
    """Cyrillic name -> the same name in the text's script, for people and organisations."""
    names: dict[str, str] = {}
    for mention in done.mentions:
        if getattr(mention, "kind", None) in ("person", "org") and mention.canonical not in names:
            names[mention.canonical] = original_name(mention.canonical, mention.start, mention.stop,
                                                     view, script, variant)
    return names


def original_name(canonical: str, start: int, stop: int, view: ScriptView, script: str,
                  variant: str) -> str:
    """``canonical`` (found at ``[start, stop)`` of the view) as the original text writes it: the
    longest part the view shares with it comes from the original, the rest is transliterated."""
    seen = view.text[start:stop]
    best_at, best = 0, 0
    for at in range(len(seen)):
        size = _common_prefix(seen[at:].lower(), canonical.lower())
        if size > best:
            best_at, best = at, size
    if best < min(3, len(canonical)):
        return from_cyrillic(canonical, script, variant)
    a, b = view.original_span(start + best_at, start + best_at + best)
    return view.original[a:b] + from_cyrillic(canonical[best:], script, variant)


def _common_prefix(a: str, b: str) -> int:
    size = 0
    while size < min(len(a), len(b)) and a[size] == b[size]:
        size += 1
    return size


class SpanMapper:
    """Maps any value of the model (dataclasses with start/stop[/text], Evidence, tuples of them)
    from view offsets to original offsets, and Cyrillic names to the text's script."""

    def __init__(self, view: ScriptView, names: dict[str, str]) -> None:
        self.view = view
        self.names = names

    def value(self, value: Any) -> Any:
        if isinstance(value, tuple):
            return tuple(self.value(v) for v in value)
        if isinstance(value, str):
            return self.names.get(value, value)
        if dataclasses.is_dataclass(value) and not isinstance(value, type):
            return self._dataclass(value)
        return value

    def _dataclass(self, obj: Any) -> Any:
        fields = {f.name for f in dataclasses.fields(obj)}
        changes: dict[str, Any] = {}
        for a, b in (("start", "stop"), ("sentence_start", "sentence_stop")):
            if a in fields and b in fields:
                changes[a], changes[b] = self.view.original_span(getattr(obj, a), getattr(obj, b))
        if "text" in fields and "start" in changes:
            changes["text"] = self.view.original[changes["start"] : changes["stop"]]
        for name in fields - set(changes):
            current = getattr(obj, name)
            if name == "spans":
                changes[name] = tuple(self.view.original_span(a, b) for a, b in current)
            elif name == "summary" and isinstance(current, str):
                changes[name] = self._rename_inside(current)
            elif isinstance(current, (tuple, str)) or dataclasses.is_dataclass(current):
                changes[name] = self.value(current)
        return replace(obj, **changes)

    def _rename_inside(self, line: str) -> str:
        for cyrillic in sorted(self.names, key=len, reverse=True):
            if cyrillic in line:
                line = line.replace(cyrillic, self.names[cyrillic])
        return line

    def encoded_spans(self, value: str) -> str:
        """``"start:stop,..."`` (the triage cues in meta) mapped to the original."""
        mapped = (self.view.original_span(a, b) for a, b in decode_spans(value))
        return ",".join(f"{a}:{b}" for a, b in mapped)
