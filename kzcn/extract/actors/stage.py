"""The ``actors`` stage: resolves per article which Kazakh unit(s) act (see ``resolve``)."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from kzcn.extract.actors.resolve import resolve
from kzcn.gazetteer.office_holders import OfficeHolders
from kzcn.gazetteer.tsv import read_tsv
from kzcn.model import Document

DATA = Path(__file__).parent.parent.parent / "gazetteer" / "data"


def load_outlets(path: Path = DATA / "outlets.tsv") -> dict[str, str]:
    """Regional outlets' domains -> their home unit."""
    return {row[0].lower(): row[1] for row in read_tsv(path, 2)}


def load_units(path: Path = DATA / "kz_units.tsv") -> set[str]:
    """The canonical names of the 20 Kazakh units."""
    return {row[1] for row in read_tsv(path, 3)}


class ActorStage:
    """Stage ``actors``: requires mentions, provides actors (and refines people's offices)."""

    name: ClassVar[str] = "actors"
    requires: ClassVar[frozenset[str]] = frozenset({"text", "sentences", "mentions"})
    provides: ClassVar[frozenset[str]] = frozenset({"actors", "mentions"})

    def __init__(self, holders: OfficeHolders | None = None, outlets: dict[str, str] | None = None,
                 units: set[str] | None = None) -> None:
        self.holders = holders if holders is not None else OfficeHolders.load()
        self.outlets = outlets if outlets is not None else load_outlets()
        self.units = units if units is not None else load_units()

    def __call__(self, doc: Document) -> Document:
        actors, mentions = resolve(doc, self.holders, self.outlets, self.units)
        return doc.add(actors=actors, mentions=mentions)
