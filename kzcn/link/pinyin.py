"""The pypinyin adapter (the only pypinyin import): canonical Latin forms of Chinese names."""

from __future__ import annotations

import re
from functools import lru_cache


@lru_cache(maxsize=1)
def _lazy_pinyin():
    from pypinyin import lazy_pinyin

    return lazy_pinyin


@lru_cache(maxsize=4096)
def syllables(hanzi: str) -> tuple[str, ...]:
    """Toneless pinyin syllables of ``hanzi`` ("霍尔果斯" -> huo, er, guo, si); other characters
    are kept as they are."""
    return tuple(s for s in _lazy_pinyin()(hanzi) if s.strip())


def place_name(hanzi: str) -> str:
    """A Chinese place name in the gazetteer's style: pinyin joined, capitalised, its type
    character dropped ("乌鲁木齐市" -> "Wulumuqi", "伊犁" -> "Yili")."""
    core = re.sub(r"(?:省|市|自治区|自治州|地区|县|区)$", "", hanzi) or hanzi
    return "".join(syllables(core)).capitalize()


def pinyin_slug(name: str) -> str:
    """A lower-case ASCII key of a name in any script ("杨某" -> "yang-mou"; "·" separates)."""
    parts = [s.lower() for s in syllables(name.replace("·", " "))]
    slug = "-".join(re.sub(r"[^0-9a-z]+", "", p) for p in parts)
    return re.sub(r"-+", "-", slug).strip("-")
