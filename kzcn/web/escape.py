"""Text from articles is hostile wherever it is shown: helpers the templates use so that each
value is escaped for the context it lands in (Jinja's autoescape covers text and quoted
attributes; these cover JSON inside an attribute and links taken from articles)."""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import urlsplit

#: Schemes an article's link may carry to the page; anything else (javascript:, data:, vbscript:,
#: file:) is shown as text, never as an href.
LINK_SCHEMES = frozenset({"http", "https"})
#: Characters browsers drop or fold while parsing a URL (C0 controls, space, DEL, zero-width and
#: bidi marks): a value containing any is not offered as a link at all.
_URL_NOISE = {chr(c) for c in range(0x21)} | {"\x7f", "\u200b", "\u200c", "\u200d", "\u2060",
                                             "\ufeff", "\u202a", "\u202b", "\u202c", "\u202d",
                                             "\u202e", "\u2066", "\u2067", "\u2068", "\u2069"}


def json_text(value: Any) -> str:
    """``value`` as JSON in a plain ``str`` (not ``Markup``), so autoescape still escapes it.

    Jinja's ``tojson`` returns ``Markup`` that leaves ``"`` alone: inside ``value="…"`` the JSON's
    quotes end the attribute. This one is escaped like any other text.
    """
    return json.dumps(value, ensure_ascii=False)


def safe_url(url: Any) -> str | None:
    """``url`` if it is an absolute http(s) link with a host, else ``None`` (show it as text)."""
    if not isinstance(url, str) or not url or len(url) > 4096:
        return None
    if any(ch in _URL_NOISE for ch in url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in LINK_SCHEMES or not parts.hostname:
        return None
    return url
