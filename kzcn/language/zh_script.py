"""The OpenCC adapter (the only opencc import): a simplified-script view of Chinese text.

Chinese articles come in simplified and in traditional characters; the lexicons and the gazetteer
hold simplified forms. OpenCC's ``t2s`` table maps characters one to one for the text kzcn reads,
so the view has the original's length and every offset found in it points into the original:
``view[i:j]`` reads the same words as ``text[i:j]``. Where a phrase conversion would change the
length, the view falls back to converting character by character, which keeps it.
"""

from __future__ import annotations

import re
from functools import lru_cache

_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


@lru_cache(maxsize=1)
def _converter():
    import opencc

    return opencc.OpenCC("t2s")


def has_han(text: str) -> bool:
    """Whether ``text`` holds any Chinese character."""
    return bool(_HAN.search(text))


@lru_cache(maxsize=8)
def simplified(text: str) -> str:
    """``text`` in simplified characters, of the same length (offsets stay valid).

    Cached for the latest few articles: every zh finder asks for the view of the same text.
    """
    if not has_han(text):
        return text
    converted = _converter().convert(text)
    if len(converted) != len(text):
        # a phrase rule changed the length: convert character by character instead
        convert = _converter().convert
        converted = "".join(c if len(s := convert(c)) != 1 else s for c in text)
    assert len(converted) == len(text), "t2s view must keep offsets"
    return converted
