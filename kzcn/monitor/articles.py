"""One queued link -> a stored article: the page is fetched (unless the feed carried the whole
text), cleaned, checked against the store, run through the pipeline and stored.

The page's own title and date win; the feed's (or sitemap's) are kept when the page has none.
An article already stored — by URL, or by cleaned text under another URL — is not fetched or
extracted again.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from kzcn.clean import make_document
from kzcn.clean.html_to_text import html_to_text
from kzcn.errors import FetchError, PipelineError
from kzcn.ingest.decode import decode_bytes
from kzcn.ingest.raw import RawArticle
from kzcn.model import Document, Rejection
from kzcn.monitor.http import ConditionalFetcher, HttpStatusError, TransientFetchError


@dataclass(frozen=True, slots=True)
class Outcome:
    """What became of one link: a final queue state (or 'retry') and why."""

    state: str
    doc_id: str | None = None
    reason: str | None = None
    rejection: Rejection | None = None


def raw_article(item: dict[str, Any], fetcher: ConditionalFetcher) -> RawArticle | Outcome:
    """The article behind a queued link, or the Outcome that ends (or postpones) it."""
    url = item["url"]
    if item.get("body"):
        return RawArticle(url, url, html=item["body"], title=item.get("title") or "",
                          published=item.get("published"), url=url)
    try:
        answer = fetcher.fetch(url)
    except HttpStatusError as err:
        return Outcome("gone" if err.gone else "retry", reason=str(err))
    except TransientFetchError as err:
        return Outcome("retry", reason=str(err))
    except FetchError as err:  # robots.txt, a refused address or scheme, an oversized page
        return Outcome("refused", reason=str(err))
    html = decode_bytes(answer.body, url)
    if isinstance(html, Rejection):
        return Outcome("rejected", reason=html.reason, rejection=html)
    page = html_to_text(html)
    return RawArticle(url, url, text=page.text, title=page.title or item.get("title") or "",
                      published=page.published or item.get("published"), url=url)


def store_article(raw: RawArticle, pipeline, store, max_chars: int) -> Outcome:
    """Clean, skip if the same text is stored, extract and store ``raw``."""
    doc = make_document(raw, max_chars=max_chars)
    if isinstance(doc, Rejection):
        return Outcome("rejected", reason=doc.reason, rejection=doc)
    if store.has_document(doc.id):
        return Outcome("known", doc_id=doc.id, reason="same text already stored")
    result = extract(doc, pipeline, raw.where)
    if isinstance(result, Rejection):
        state = "irrelevant" if result.kind == "triage" else "rejected"
        return Outcome(state, doc_id=doc.id, reason=result.reason, rejection=None if state == "irrelevant" else result)
    stored = store.save_document(result)
    return Outcome("stored" if stored else "known", doc_id=result.id)


def extract(doc: Document, pipeline, where: str) -> Document | Rejection:
    """Run the pipeline as ``kzcn ingest`` does (kzcn.pipeline.process.process_raw)."""
    try:
        doc = pipeline(doc)
    except PipelineError as err:
        return Rejection(str(err), where)
    return Rejection(doc.rejection, where, kind="triage", document=doc) if doc.rejection else doc
