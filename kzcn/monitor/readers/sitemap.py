"""Sitemaps (``<urlset>``, with Google News tags) and sitemap indexes, parsed with defusedxml
(entity declarations refused); gzip bodies are inflated with a bound (no zip bombs)."""

from __future__ import annotations

import zlib
from collections.abc import Callable
from dataclasses import dataclass

import defusedxml.ElementTree as SafeET
from defusedxml import DefusedXmlException

from kzcn.ingest.limits import checked_published
from kzcn.monitor.model import Item
from kzcn.monitor.readers import ReaderError, absolute_link, clean_title, same_site

#: Largest inflated sitemap; the protocol caps one file at 50 MB uncompressed.
MAX_INFLATED = 50_000_000
#: Children of a sitemap index read per poll, newest first: news sites split by month or day,
#: so the newest few hold every recent article.
MAX_CHILDREN = 3


@dataclass(frozen=True, slots=True)
class Sitemap:
    """A parsed sitemap: article links, or (for an index) child sitemap URLs with dates."""

    items: list[Item]
    children: list[tuple[str, str]]  # (url, lastmod) of an index's sitemaps


def parse_sitemap(data: bytes, url: str) -> Sitemap:
    """Read a sitemap or a sitemap index fetched from ``url``."""
    root = _root(inflate(data, url), url)
    kind = _local(root.tag)
    if kind == "sitemapindex":
        children = [(link, _text(node, "lastmod")) for node in root if _local(node.tag) == "sitemap"
                    for link in [absolute_link(url, _text(node, "loc"))] if link and same_site(link, url)]
        return Sitemap([], children)
    if kind != "urlset":
        raise ReaderError(f"expected <urlset> or <sitemapindex>, got <{kind}> from {url}")
    items, seen = [], set()
    for number, node in enumerate(root, 1):
        link = absolute_link(url, _text(node, "loc"))
        if link is None or link in seen or not same_site(link, url):
            continue
        seen.add(link)
        date = _text(node, "publication_date") or _text(node, "lastmod")
        items.append(Item(link, clean_title(_text(node, "title")), checked_published(date[:10], f"{url}#url{number}")))
    return Sitemap(items, [])


def sitemap_items(data: bytes, url: str, fetch: Callable[[str], bytes]) -> list[Item]:
    """Article links of a sitemap, or of the newest ``MAX_CHILDREN`` sitemaps of an index
    (``fetch`` gets a child's bytes; a failing child is skipped, the others still count)."""
    parsed = parse_sitemap(data, url)
    if not parsed.children:
        return parsed.items
    newest = sorted(enumerate(parsed.children), key=lambda p: (p[1][1], p[0]), reverse=True)[:MAX_CHILDREN]
    items: list[Item] = []
    errors = []
    for _, (child, _lastmod) in newest:
        try:
            items.extend(parse_sitemap(fetch(child), child).items)
        except Exception as err:  # noqa: BLE001 - one broken child must not hide the others
            errors.append(f"{child}: {err}")
    if errors and not items:
        raise ReaderError("no child sitemap could be read: " + "; ".join(errors)[:500])
    return items


def inflate(data: bytes, url: str) -> bytes:
    """``data`` itself, or its gzip-inflated form (at most ``MAX_INFLATED`` bytes)."""
    if not data.startswith(b"\x1f\x8b"):
        return data
    inflater = zlib.decompressobj(zlib.MAX_WBITS | 16)
    try:
        out = inflater.decompress(data, MAX_INFLATED)
    except zlib.error as err:
        raise ReaderError(f"expected gzip, got a broken stream from {url} ({err})") from err
    if inflater.unconsumed_tail:
        raise ReaderError(f"expected a sitemap of at most {MAX_INFLATED} bytes, got more from {url}")
    return out


def _root(data: bytes, url: str):
    try:
        return SafeET.fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as err:
        raise ReaderError(f"expected safe XML, got {type(err).__name__} from {url}") from err
    except (SafeET.ParseError, ValueError, RecursionError) as err:
        raise ReaderError(f"expected a well-formed sitemap, got malformed XML from {url}") from err


def _local(tag) -> str:
    return str(tag).rsplit("}", 1)[-1]


def _text(node, name: str) -> str:
    """Text of the first descendant named ``name`` in any namespace ('' when absent)."""
    for child in node.iter():
        if _local(child.tag) == name:
            return (child.text or "").strip()
    return ""
