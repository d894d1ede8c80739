"""The merge step over a whole store: entities, duplicates, figures, events, projects, links.

Each part only reads what it has not seen (documents without a signature, facts without a
record) and rewrites the records those joined, so running after every ingest is cheap and
running twice changes nothing.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any

from kzcn.merge.dedup import run_dedup
from kzcn.merge.entities import run_entities
from kzcn.merge.events import run_events
from kzcn.merge.figures import run_figures
from kzcn.merge.links import run_links
from kzcn.merge.projects import run_projects


@dataclass
class MergeReport:
    """Counts and seconds per part of one merge run."""

    parts: dict[str, dict[str, Any]] = field(default_factory=dict)
    seconds: dict[str, float] = field(default_factory=dict)

    @property
    def total_seconds(self) -> float:
        return round(sum(self.seconds.values()), 3)

    def lines(self) -> list[str]:
        """One human-readable line per part."""
        return [f"{name}: " + ", ".join(f"{k} {v}" for k, v in counts.items()) + f" ({self.seconds[name]:.2f}s)"
                for name, counts in self.parts.items()]


def _dedup(conn) -> dict[str, Any]:
    result = run_dedup(conn)
    return {"signed": result.signed, "pairs": result.pairs, "groups_changed": result.groups_changed}


# Dedup runs before events and projects: a copy's facts join its original's records.
PARTS = (("entities", run_entities), ("duplicates", _dedup), ("figures", run_figures),
         ("events", run_events), ("projects", run_projects), ("links", run_links))


def merge_store(store) -> MergeReport:
    """Run every merge part on ``store`` (a migrated ``kzcn.store.Store``), one transaction each."""
    report = MergeReport()
    for name, part in PARTS:
        started = time.perf_counter()
        with store.engine.begin() as conn:
            report.parts[name] = part(conn)
        report.seconds[name] = round(time.perf_counter() - started, 3)
    return report
