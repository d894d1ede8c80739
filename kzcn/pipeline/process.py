"""From paths to processed Documents: read, clean, run the pipeline; rejections pass through."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from kzcn.clean import make_document
from kzcn.errors import PipelineError
from kzcn.ingest import RawArticle, read_paths
from kzcn.model import Document, Rejection
from kzcn.pipeline.runner import Pipeline
from kzcn.settings import Settings


def process_raw(raw: RawArticle, pipeline: Pipeline, settings: Settings) -> Document | Rejection:
    """Clean and extract one article; a failing stage becomes a Rejection naming it."""
    doc = make_document(raw, max_chars=settings.max_document_chars)
    if isinstance(doc, Rejection):
        return doc
    try:
        doc = pipeline(doc)
    except PipelineError as err:
        return Rejection(str(err), raw.where)
    return Rejection(doc.rejection, raw.where, kind="triage", document=doc) if doc.rejection else doc


def process_paths(paths: Iterable[str], pipeline: Pipeline, settings: Settings,
                  fetcher=None) -> Iterator[Document | Rejection]:
    """Documents (or rejections) for every article found under ``paths``, in order."""
    for item in read_paths(paths, fetcher=fetcher):
        if isinstance(item, Rejection):
            yield item
        else:
            yield process_raw(item, pipeline, settings)
