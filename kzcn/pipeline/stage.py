"""The Stage protocol: a named callable Document -> Document with declared layers."""

from __future__ import annotations

from typing import ClassVar, Protocol, runtime_checkable

from kzcn.model import Document


class StageError(Exception):
    """The pipeline is wired wrong (a stage requires a layer nobody provides)."""


@runtime_checkable
class Stage(Protocol):
    """A pipeline step.

    ``requires`` and ``provides`` name ``Document`` layers (see ``kzcn.model.document.LAYERS``).
    The runner checks them before the first document. Resources (models, gazetteers) come in
    through the constructor; ``__call__`` does no I/O and returns a new Document via
    ``doc.add(...)``.
    """

    name: ClassVar[str]
    requires: ClassVar[frozenset[str]]
    provides: ClassVar[frozenset[str]]

    def __call__(self, doc: Document) -> Document: ...
