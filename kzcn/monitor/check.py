"""``kzcn sources check``: fetch a source once and say what it lists; no article is fetched or
stored, only the source's status changes (verified, or failing after it had worked)."""

from __future__ import annotations

from dataclasses import dataclass, field

from kzcn.errors import FetchError
from kzcn.monitor.http import ConditionalFetcher
from kzcn.monitor.model import Item, Source
from kzcn.monitor.poll import read_links
from kzcn.monitor.readers import sniff_kind
from kzcn.monitor.registry import Registry


@dataclass
class CheckReport:
    source: Source
    ok: bool
    detail: str
    items: list[Item] = field(default_factory=list)


def check_source(source: Source, fetcher: ConditionalFetcher, registry: Registry) -> CheckReport:
    """Fetch ``source`` unconditionally, read its links, update its status."""
    try:
        answer = fetcher.fetch(source.url)
        items = read_links(source, answer, fetcher)
    except FetchError as err:
        if source.status == "verified":
            registry.set_status(source.id, "failing")
        return CheckReport(source, False, str(err))
    registry.set_status(source.id, "verified")
    sniffed = sniff_kind(answer.body) or "unclear"
    validators = [name for name, value in (("ETag", answer.etag), ("Last-Modified", answer.last_modified)) if value]
    detail = (f"HTTP {answer.status} from {answer.url}, {len(answer.body)} bytes, looks like a {sniffed}; "
              f"{len(items)} article links; conditional GET: {', '.join(validators) or 'not offered'}")
    return CheckReport(source, True, detail, items)
