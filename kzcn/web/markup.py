"""An article's text cut into pieces at every mention and evidence boundary, for highlighting.

Mentions and fact evidence may overlap or nest; cutting the text at every start and stop gives
pieces that each lie wholly inside or outside any span, so each piece gets the set of mention
kinds and fact ids covering it and the template wraps it once.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

#: Every mention kind the article page can highlight (``Mention.kind``, ``Amount.kind``,
#: ``DateMention.kind``) with its legend label; app.css gives each ``.m.<kind>`` its own look.
HIGHLIGHT_KINDS = (
    ("kz_region", "Kazakh unit"), ("kz_place", "Kazakh place"), ("cn_place", "Chinese place"),
    ("country", "country"), ("org", "organisation"), ("person", "person"), ("role", "role or title"),
    ("money", "money"), ("percent", "percent"), ("quantity", "quantity"), ("number", "number"),
    ("date", "date"), ("period", "period"), ("relative", "relative date"),
)


@dataclass(frozen=True, slots=True)
class Piece:
    text: str
    start: int
    kinds: tuple[str, ...] = ()  # mention kinds covering the piece
    titles: tuple[str, ...] = ()  # canonical names / values of those mentions
    facts: tuple[str, ...] = ()  # ids of facts whose evidence covers the piece


def _spans(mentions: list[dict[str, Any]], evidence: list[dict[str, Any]]) -> list[tuple]:
    spans = [(m["start"], m["stop"], "m", m["kind"], m.get("canonical") or m.get("value") or "")
             for m in mentions if m["stop"] > m["start"]]
    spans += [(e["start"], e["stop"], "f", e["fact_id"], "") for e in evidence if e["stop"] > e["start"]]
    return spans


def pieces(text: str, mentions: list[dict[str, Any]], evidence: list[dict[str, Any]]) -> list[Piece]:
    """``text`` as consecutive pieces; joined, their texts give back ``text`` exactly."""
    spans = _spans(mentions, evidence)
    cuts = sorted({0, len(text)} | {p for s in spans for p in s[:2] if 0 <= p <= len(text)})
    result = []
    for start, stop in zip(cuts, cuts[1:]):
        covering = [s for s in spans if s[0] <= start and stop <= s[1]]
        kinds = tuple(dict.fromkeys(s[3] for s in covering if s[2] == "m"))
        titles = tuple(dict.fromkeys(s[4] for s in covering if s[2] == "m" and s[4]))
        facts = tuple(dict.fromkeys(s[3] for s in covering if s[2] == "f"))
        result.append(Piece(text[start:stop], start, kinds, titles, facts))
    return result
