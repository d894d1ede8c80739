"""Readers, one per format, each streaming ``RawArticle`` values or ``Rejection``s."""

from kzcn.ingest.raw import RawArticle
from kzcn.ingest.paths import read_paths

__all__ = ["RawArticle", "read_paths"]
