"""The cn2an adapter (the only cn2an import): Chinese numerals as numbers."""

from __future__ import annotations

import logging
from functools import lru_cache


@lru_cache(maxsize=1)
def _cn2an():
    import cn2an

    logging.getLogger("cn2an").setLevel(logging.WARNING)
    return cn2an


@lru_cache(maxsize=4096)
def chinese_number(text: str) -> float | None:
    """The value of a Chinese numeral ("十一" -> 11, "五点三" -> 5.3, "两万" -> 20000), or None."""
    try:
        value = _cn2an().cn2an(text, "smart")
    except (ValueError, KeyError, TypeError, IndexError):
        return None
    return float(value)
