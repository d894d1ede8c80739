"""Run stages over documents; the wiring is checked before the first document."""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence

from kzcn.errors import PipelineError
from kzcn.model import Document
from kzcn.pipeline.stage import Stage, StageError

#: Layers every cleaned Document has before any stage runs.
INITIAL_LAYERS = frozenset({"text", "title", "published"})


def check_wiring(stages: Sequence[Stage], initial: frozenset[str] = INITIAL_LAYERS) -> None:
    """Raise StageError if a stage requires a layer that no earlier stage provides."""
    available = set(initial)
    for stage in stages:
        missing = set(stage.requires) - available
        if missing:
            raise StageError(
                f"expected layers {sorted(missing)} before stage {stage.name!r}, "
                f"got only {sorted(available)}"
            )
        available |= set(stage.provides)


class Pipeline:
    """An ordered list of stages with per-stage timings (seconds, summed over documents).

    ``view`` (default ``kzcn.pipeline.views.kazakh_script_view``; ``False`` for none) may give
    the stages another rendering of the text, and maps their spans back afterwards.
    """

    def __init__(self, stages: Sequence[Stage], view=None) -> None:
        check_wiring(stages)
        self.stages = tuple(stages)
        self.seconds: dict[str, float] = defaultdict(float)
        if view is None:
            from kzcn.pipeline.views import kazakh_script_view as view
        self.view = view

    def __call__(self, doc: Document) -> Document:
        view = self.view(doc) if self.view else None
        if view is not None:
            doc = view.document
        doc = self._run(doc)
        return view.restore(doc) if view is not None else doc

    def _run(self, doc: Document) -> Document:
        for stage in self.stages:
            if doc.rejection:
                break
            started = time.perf_counter()
            try:
                doc = stage(doc)
            except Exception as err:  # noqa: BLE001 - re-raised with the document named
                raise PipelineError(f"stage {stage.name!r} failed on {doc.source}: {err!r}") from err
            self.seconds[stage.name] += time.perf_counter() - started
        return doc

    def run_many(self, docs: Iterable[Document]) -> Iterator[Document]:
        """Run every document through all stages, lazily."""
        for doc in docs:
            yield self(doc)

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(stage.name for stage in self.stages)
