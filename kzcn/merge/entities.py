"""Entities across documents: one id per person, organisation and place however spelled.

Every entity id the store holds gets an ``entity_aliases`` row naming the id it resolves to.
Ids are unified when their names' keys are equal (transliterated, legal forms and case endings
dropped, a person's name words in any order) or, for organisations and persons, when rapidfuzz
finds the keys similar enough. Mentions are then rewritten to the resolved id, and the alias
rows keep every spelling. Only entities without an alias row are resolved, so re-running is
cheap and idempotent.
"""

from __future__ import annotations

from typing import Any

from rapidfuzz import fuzz, process
from sqlalchemy import bindparam, select, update
from sqlalchemy.engine import Connection

from kzcn.link.morph import kk_nominative
from kzcn.merge import records
from kzcn.merge.normalise import MIN_FUZZY_CHARS, name_key, spellings_may_vary, words
from kzcn.store import merge_tables as m
from kzcn.store import tables as t

FUZZY_KINDS = ("org", "person")
# Persons need a closer match than organisations: "Ли Вэй" and "Ли Вэнь" are two people.
FUZZY_CUTOFF = {"org": 88.0, "person": 93.0}


def entity_key(kind: str, name: str) -> str:
    """The comparison key of an entity name; a person's name words are reduced to the
    nominative and sorted, so "Ерлан Кожахметов" and "Кожахметовтің Ерлан" meet."""
    if kind == "person":
        return " ".join(sorted(name_key(kk_nominative(w)) for w in words(name)))
    return name_key(name)


class AliasIndex:
    """Resolved entities by exact key, and by kind and first letter for fuzzy lookup."""

    def __init__(self) -> None:
        self.exact: dict[tuple[str, str], list[tuple[str, str | None]]] = {}
        self.blocks: dict[tuple[str, str], list[tuple[str, str, str | None, str]]] = {}

    def add(self, kind: str, key: str, entity_id: str, country: str | None, name: str) -> None:
        """Make ``entity_id`` (spelled ``name``) a target later spellings can resolve to."""
        self.exact.setdefault((kind, key), []).append((entity_id, country))
        self.blocks.setdefault((kind, key[:1]), []).append((key, entity_id, country, name))

    def resolve(self, entity: dict[str, Any]) -> tuple[str, str, float | None]:
        """The id ``entity`` resolves to, the method (``key``, ``fuzzy``, ``self``) and score;
        an entity that resolves to itself becomes a target."""
        kind, country = entity["kind"], entity.get("country")
        key = entity_key(kind, entity["canonical"])
        for other_id, other_country in self.exact.get((kind, key), []):
            if _same_country(country, other_country):
                return other_id, "key", 100.0
        if kind in FUZZY_KINDS and len(key) >= MIN_FUZZY_CHARS:
            block = [b for b in self.blocks.get((kind, key[:1]), []) if _same_country(country, b[2])
                     and spellings_may_vary(entity["canonical"], b[3])]
            best = process.extractOne(key, [b[0] for b in block], scorer=fuzz.token_sort_ratio,
                                      score_cutoff=FUZZY_CUTOFF[kind])
            if best is not None:
                return block[best[2]][1], "fuzzy", round(best[1], 1)
        self.add(kind, key, entity["id"], country, entity["canonical"])
        return entity["id"], "self", None


def _same_country(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b


def run_entities(conn: Connection) -> dict[str, int]:
    """Resolve entities with no alias row yet; point mentions at the resolved ids."""
    ents, aliases = t.entities, m.entity_aliases
    fresh = [dict(r._mapping) for r in conn.execute(
        select(ents).select_from(ents.outerjoin(aliases, aliases.c.alias_id == ents.c.id))
        .where(aliases.c.alias_id.is_(None)).order_by(ents.c.id))]
    index = AliasIndex()
    for row in conn.execute(select(aliases.c.kind, aliases.c.key, aliases.c.entity_id, ents.c.country,
                                   aliases.c.alias).join(ents, ents.c.id == aliases.c.entity_id)
                            .where(aliases.c.method == "self")):
        index.add(row.kind, row.key, row.entity_id, row.country, row.alias)
    rows = []
    for entity in fresh:
        target, method, score = index.resolve(entity)
        rows.append({"alias_id": entity["id"], "entity_id": target, "kind": entity["kind"],
                     "alias": entity["canonical"], "key": entity_key(entity["kind"], entity["canonical"]),
                     "method": method, "score": score})
    records.add_members(conn, aliases, rows)
    return {"entities": len(fresh), "unified": sum(r["method"] != "self" for r in rows),
            "mentions": _repoint_mentions(conn)}


def _repoint_mentions(conn: Connection) -> int:
    """Rewrite mentions that still carry a variant id to the id it resolves to."""
    mentions, aliases = t.mentions, m.entity_aliases
    pairs = conn.execute(select(aliases.c.alias_id, aliases.c.entity_id).distinct()
                         .join(mentions, mentions.c.entity_id == aliases.c.alias_id)
                         .where(aliases.c.method != "self")).all()
    if not pairs:
        return 0
    statement = (update(mentions).where(mentions.c.entity_id == bindparam("variant"))
                 .values(entity_id=bindparam("resolved")))
    conn.execute(statement, [{"variant": a, "resolved": e} for a, e in pairs])
    return len(pairs)
