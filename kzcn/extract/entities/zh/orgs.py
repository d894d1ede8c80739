"""Chinese-text organisations the tail finder (``entities.zh``) misses, and one name per firm.

* known firms by their Chinese names, full or short ("中国宏远建设", "中宏建"), from
  ``rules/zh/org_names.tsv`` (the Chinese names of the gazetteer's organisations);
* firms listed before "等企业" / "等公司" ("A、B、C等企业代表"): each item is a firm, named
  without the country or place before it;
* a zone whose name is quoted before its kind ("“X”经济特区": the name is X);
* a project's Latin name in brackets ("X项目(Acme)"): the project company;
* one firm written several ways in one article ("X公司" and its short form, "X（集团）股份有限公司"
  and "X集团", a name and its Latin name in brackets) gets one canonical name: the Latin one
  where the text gives one, else the longest.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from kzcn.extract.common.grammar import RULES, read_tsv
from kzcn.model import Mention

_HAN = re.compile(r"[\u4e00-\u9fff]")
_LATIN = re.compile(r"[A-Za-z]")
#: A list of firms closed by "等企业" ("and other enterprises"): its items, separated by 、和及与.
LIST_END = re.compile(r"等(?:企业|公司|集团|单位|金融机构)")
LIST_SEPARATORS = "、和及与"
#: Where a list of firms starts (a clause break).
LIST_BREAKS = "，。；：！？,;:!?\n（）()“”《》"
#: An item's length in characters: shorter are words, longer are clauses.
ITEM_CHARS = (2, 12)
#: Country words an item may open with: they tell its country and are no part of its name.
COUNTRY_WORDS = (("中华人民共和国", "CN"), ("哈萨克斯坦", "KZ"), ("中国", "CN"), ("哈国", "KZ"))
#: A quoted name before a zone's kind word: the name is the quoted part.
QUOTED_ZONE = re.compile(r"“([^“”]{2,20})”\s*(?:经济特区|特区|工业园区|产业园区|开发区|工业园)")
#: A project's or a plant's Latin name in brackets ("哈萨克斯坦聚乙烯项目(Acme)", "X风电场(Acme Wind
#: Power Plant有限公司)"): the company that runs it.
PROJECT_LATIN = re.compile(r"(?:项目|风电场|电站|电厂|工厂|厂)\s*[（(]\s*([A-Z][A-Za-z0-9&.\-]{2,30}"
                           r"(?: [A-Z][A-Za-z0-9&.\-]{1,20}){0,4})\s*(?:有限责任公司|有限公司|公司|LLP|LLC)?\s*[）)]")
#: Legal and group words stripped when comparing two names of one firm, longest first.
LEGAL_TAILS = ("股份有限公司", "有限责任公司", "有限公司", "股份公司", "集团公司", "控股集团", "集团", "公司", "控股")


@lru_cache(maxsize=1)
def known_names() -> tuple[tuple[str, str, str], ...]:
    """(variant, id, country) rows of ``org_names.tsv``, longest variant first."""
    rows = [(v, r["id"], r["country"]) for r in read_tsv(RULES / "zh" / "org_names.tsv") for v in r["variants"].split("|")]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


def known_orgs(text: str, view: str) -> list[Mention]:
    """Mentions of the known firms' Chinese names (not "中国银行业": an industry)."""
    found: list[Mention] = []
    for variant, entity_id, country in known_names():
        at = view.find(variant)
        while at >= 0:
            stop = at + len(variant)
            if view[stop : stop + 1] != "业" and not any(m.start < stop and at < m.stop for m in found):
                found.append(Mention(at, stop, text[at:stop], "org", text[at:stop], entity_id=entity_id,
                                     country=country, source="gazetteer"))
            at = view.find(variant, stop)
    return found


def _strip_front(view: str, start: int, stop: int, places: list[Mention]) -> tuple[int, str | None]:
    """An item's start after the country and place words it opens with, and the country they tell."""
    country = None
    moved = True
    while moved:
        moved = False
        for word, code in COUNTRY_WORDS:
            if view.startswith(word, start) and stop - start > len(word):
                start, country, moved = start + len(word), code, True
        for place in places:
            if place.start == start and place.stop < stop:
                start, moved = place.stop, True
                country = country or ("CN" if place.kind == "cn_place" else "KZ")
    return start, country


def listed_orgs(text: str, view: str, places: list[Mention], known: list[Mention]) -> list[Mention]:
    """The items of lists of firms closed by "等企业" that no other finder named."""
    found = []
    for end in LIST_END.finditer(view):
        stop = end.start()
        while stop > 0:
            start = stop
            while start > 0 and view[start - 1] not in LIST_SEPARATORS + LIST_BREAKS:
                start -= 1
            named_start, country = _strip_front(view, start, stop, places)
            item = view[named_start:stop]
            taken = any(o.start < stop and start < o.stop for o in known + found)
            if not taken and ITEM_CHARS[0] <= len(item) <= ITEM_CHARS[1] and all(_HAN.match(c) for c in item):
                found.append(Mention(named_start, stop, text[named_start:stop], "org", text[named_start:stop],
                                     country=country or "CN", source="pattern"))
            if start == 0 or view[start - 1] in LIST_BREAKS:
                break
            stop = start - 1
    return found


def quoted_zones(text: str, view: str, places: list[Mention]) -> list[Mention]:
    """Zones named in quotes before their kind word: the quoted name."""
    found = []
    for match in QUOTED_ZONE.finditer(view):
        start, stop = match.span(1)
        chinese = any(p.kind == "cn_place" and start <= p.start < stop for p in places)
        found.append(Mention(start, stop, text[start:stop], "org", text[start:stop],
                             country="CN" if chinese else "KZ", source="pattern"))
    return found


def project_companies(text: str, view: str) -> list[Mention]:
    """A project's Latin name in brackets: the project company (Kazakh where Kazakhstan is named
    in the clause before it)."""
    found = []
    for match in PROJECT_LATIN.finditer(view):
        start, stop = match.span(1)
        clause = re.split(r"[，。；,;]", view[max(0, match.start() - 20) : match.start()])[-1]
        country = "KZ" if "哈萨克斯坦" in clause or "哈国" in clause else "CN"
        found.append(Mention(start, stop, text[start:stop], "org", match.group(1), country=country, source="pattern"))
    return found


def _core(name: str, places: tuple[str, ...]) -> str:
    """A firm's name without brackets, leading country and place words, and legal tails."""
    core = re.sub(r"[（()）\s]", "", name)
    for word, _ in COUNTRY_WORDS:
        if core.startswith(word):
            core = core[len(word):]
    for place in sorted(places, key=len, reverse=True):
        if core.startswith(place) and len(core) > len(place):
            core = core[len(place):]
    changed = True
    while changed:
        changed = False
        for tail in LEGAL_TAILS:
            if core.endswith(tail) and len(core) > len(tail):
                core, changed = core[: -len(tail)], True
    return core


def _subsequence(short: str, long: str) -> bool:
    it = iter(long)
    return all(ch in it for ch in short)


def same_firm(a: Mention, b: Mention, places: tuple[str, ...]) -> bool:
    """Whether two Chinese names name one firm: the same core ("X集团", "中国新疆X（集团）股份有限公司"),
    or a short form whose characters run in order through the full name with the same first
    character and the same legal tail ("哈国家矿业公司" of "哈萨克斯坦国家矿业开发公司")."""
    if a.entity_id and a.entity_id == b.entity_id:
        return True
    if _LATIN.search(a.text) or _LATIN.search(b.text):
        return False
    countries = [next((c for w, c in COUNTRY_WORDS if re.sub(r"^[“\"]", "", m.text).startswith(w)), None) for m in (a, b)]
    if None not in countries and countries[0] != countries[1]:
        return False  # "哈萨克斯坦石油化工公司" and "中国石油化工集团": two countries' firms
    core_a, core_b = _core(a.text, places), _core(b.text, places)
    if len(core_a) >= 2 and core_a == core_b:
        return True
    short, long = sorted((a.text, b.text), key=len)
    tail = next((t for t in LEGAL_TAILS if short.endswith(t)), None)
    return (tail is not None and long.endswith(tail) and short[0] == long[0] and len(short) >= 5
            and len(short) < len(long) and _subsequence(short, long))


def one_name_per_firm(orgs: list[Mention], places: list[Mention]) -> list[Mention]:
    """Every mention of one firm with one canonical name: a Latin one the text gives, else the
    longest; the gazetteer's id where one mention has it."""
    names = tuple({p.text for p in places})
    groups: list[list[Mention]] = []
    for org in orgs:
        group = next((g for g in groups if any(same_firm(org, m, names) for m in g)), None)
        if group is None:
            groups.append([org])
        else:
            group.append(org)
    out = []
    for group in groups:
        latin = [m.canonical for m in group if _LATIN.search(m.canonical)]
        canonical = latin[0] if latin else max((m.canonical for m in group), key=len)
        entity_id = next((m.entity_id for m in group if m.entity_id), "")
        country = next((m.country for m in group if m.entity_id), None)
        out += [replace(m, canonical=canonical, entity_id=entity_id or m.entity_id, country=country or m.country)
                for m in group]
    return sorted(out, key=lambda m: m.start)
