"""Chinese-text organisations that carry no Chinese legal tail (see ``entities.zh``).

Two shapes the tail finder misses:

* a firm written in Latin letters inside quotes, then its legal form in Chinese
  (“Altyn Dala”有限责任公司, “Altyn Dala”公司): Kazakh firms keep their Latin name in Chinese
  text; the name is the Latin one, the country KZ unless China or a Chinese place stands right
  before it;
* a company named by its brand and an industry word with no legal ending (与华岳新能源签署,
  由天成矿业投资建设): found only where the sentence makes it a party (与/同/和/由 before it, a
  verb of signing, cooperating or building right after), the industry words being data
  (``rules/zh/org_industries.tsv``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from kzcn.extract.common.grammar import RULES, read_tsv
from kzcn.model import Mention

#: A Latin name in quotes followed by a legal form or "company" in Chinese.
QUOTED_LATIN = re.compile(r"[“\"«「『]\s*([A-Za-z][A-Za-z0-9&.'’ \-]{1,40}?)\s*[”\"»」』]\s*"
                          r"(?:股份有限公司|有限责任公司|有限公司|股份公司|公司|集团|合伙企业)")
#: Words before a brand that mark a party: "with", "and", "by".
PARTY_BEFORE = "与同和由跟及"
#: Verbs right after a party's name: signing, cooperating, building, investing, jointly.
PARTY_AFTER = ("签署", "签订", "签约", "达成", "合作", "共同", "联合", "投资", "建设", "就", "举行", "开展", "合资")
#: Brand lengths in characters (two to four: 华岳, 天山北方).
BRAND = (2, 4)
#: Words that are no brand: the sides, generic firms, quantities.
NOT_BRANDS = frozenset("中国 中方 中资 中企 哈方 哈国 当地 本地 多家 相关 有关 国内 国际 地区 该州 全州 各类 一家 两家 新型 传统 "
                       "清洁 绿色 可再生 现代 国家 区域 双方 该国 中国的".split())


#: Nouns that make a "brand" a description ("中国企业", "当地公司").
GENERIC = ("企业", "公司", "政府", "部门", "机构", "领域", "方面", "项目")


@lru_cache(maxsize=1)
def industries() -> tuple[str, ...]:
    """Industry words a brand may end with, longest first."""
    return tuple(sorted((r["word"] for r in read_tsv(RULES / "zh" / "org_industries.tsv")), key=len, reverse=True))


@lru_cache(maxsize=1)
def _brand_pattern() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in industries())
    before, after = re.escape(PARTY_BEFORE), "|".join(PARTY_AFTER)
    return re.compile(rf"(?<=[{before}])([\u4e00-\u9fff]{{{BRAND[0]},{BRAND[1]}}}?(?:{words}))(?=(?:{after}))")


def _chinese_before(view: str, start: int, places: list[Mention]) -> bool:
    """Whether China or a Chinese place is named right before ``start`` (the quote)."""
    if view[max(0, start - 2) : start] == "中国":
        return True
    return any(p.kind == "cn_place" and p.stop == start for p in places)


def quoted_latin_orgs(text: str, view: str, places: list[Mention]) -> list[Mention]:
    """Firms written in Latin inside quotes before a Chinese legal form: the Latin name."""
    found = []
    for match in QUOTED_LATIN.finditer(view):
        start, stop = match.span(1)
        country = "CN" if _chinese_before(view, match.start(), places) else "KZ"
        found.append(Mention(start, stop, text[start:stop], "org", match.group(1).strip(),
                             country=country, source="pattern"))
    return found


def brand_orgs(text: str, view: str, places: list[Mention], known: list[Mention]) -> list[Mention]:
    """Companies named by brand and industry word where the sentence makes them a party."""
    found = []
    for match in _brand_pattern().finditer(view):
        start, stop = match.span(1)
        name = view[start:stop]
        brand = next(name[: -len(w)] for w in industries() if name.endswith(w))
        if brand in NOT_BRANDS or any(w in brand for w in GENERIC) or len(brand) < BRAND[0] or any(o.start < stop and start < o.stop for o in known):
            continue
        if any(p.start == start and p.stop == start + len(brand) for p in places):
            continue  # "新疆能源": a place and an industry, not a brand
        country = "KZ" if any(p.start <= start < p.stop and p.kind in ("kz_region", "kz_place") for p in places) else "CN"
        found.append(Mention(start, stop, text[start:stop], "org", text[start:stop], country=country, source="pattern"))
    return found
