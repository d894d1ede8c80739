"""One record per real-world thing: near-duplicate articles, event clusters, project life
cycles, conflicting figures and entity aliases (``merge_store`` runs them all)."""

from kzcn.merge.run import MergeReport, merge_store

__all__ = ["MergeReport", "merge_store"]
