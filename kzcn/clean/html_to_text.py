"""The trafilatura adapter: main text, title and date of an HTML page (the only trafilatura import).

Pages nested deeper than ``MAX_DEPTH`` elements are flattened first: libxml2 silently drops
everything below depth ~256 (measured: 1,000 nested ``<div>`` around a paragraph gave empty
text), and 100k nested elements are a classic "nesting bomb". Flattening keeps the text and
drops only the surplus tags, in one linear pass before lxml sees the page.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

import trafilatura

log = logging.getLogger(__name__)

#: Deepest element nesting passed on to lxml. Real news pages measure 20-60 levels; libxml2's
#: HTML parser stops keeping content at 256, and implicitly closed tags (p, li) are not counted,
#: so the real depth may be about twice the count: 100 keeps a margin.
MAX_DEPTH = 100
_RUNS = re.compile(r"  +")
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9:-]*)\b[^<>]*?(/?)>")
# Elements that never nest (void) or that the HTML parser closes implicitly when repeated.
_FLAT = frozenset(
    "area base br col embed hr img input link meta param source track wbr "
    "p li dt dd option".split()
)


@dataclass(frozen=True, slots=True)
class PageText:
    text: str
    title: str
    published: str | None


def nesting_depth(html: str) -> int:
    """The deepest element nesting of ``html`` as counted by open and close tags."""
    depth = deepest = 0
    for match in _TAG.finditer(html):
        closing, name, self_closing = match.groups()
        if self_closing or name.lower() in _FLAT:
            continue
        depth = max(depth - 1, 0) if closing else depth + 1
        deepest = max(deepest, depth)
    return deepest


def flatten_deep_nesting(html: str, max_depth: int = MAX_DEPTH) -> str:
    """``html`` with every tag opened below ``max_depth`` (and its closing tag) removed;
    text is kept, so a nesting bomb becomes a flat page."""
    depth = 0

    def keep_or_drop(match: re.Match[str]) -> str:
        nonlocal depth
        closing, name, self_closing = match.groups()
        if self_closing or name.lower() in _FLAT:
            return match.group(0) if depth <= max_depth else " "
        if closing:
            depth = max(depth - 1, 0)
            return match.group(0) if depth < max_depth else " "
        depth += 1
        return match.group(0) if depth <= max_depth else " "

    return _RUNS.sub(" ", _TAG.sub(keep_or_drop, html))


def html_to_text(html: str) -> PageText:
    """Extract the article body of ``html`` with paragraph breaks kept as newlines."""
    if html.count("<") > MAX_DEPTH and nesting_depth(html) > MAX_DEPTH:
        log.warning("HTML nested deeper than %d elements: flattened before extraction", MAX_DEPTH)
        html = flatten_deep_nesting(html)
    try:
        result = trafilatura.bare_extraction(
            html, with_metadata=True, include_comments=False, include_tables=False
        )
    except (RecursionError, ValueError, MemoryError) as err:
        log.warning("HTML extraction failed (%s): page treated as empty", type(err).__name__)
        result = None
    if result is None:
        return PageText("", "", None)
    title = (result.title or "").strip()
    text = result.text or ""
    first, _, rest = text.partition("\n")
    if title and first.strip() == title:
        text = rest
    date = result.date if result.date and len(result.date) >= 7 else None
    return PageText(text, title, date)
