"""Chinese-language entities: places from the gazetteer, organisations by their name's tail
(…有限公司, …集团, …人民政府), people after a title (州长, 书记, 总经理, 大使 …) with the role in
English.

Chinese writes no spaces: a name's extent comes from jieba's words (``kzcn.language.zh_segment``)
walking back from an organisation's tail, and from the characters of Xinhua's transliteration
tables (``rules/zh/name_chars.tsv``) or a jieba person word after a title. Matching runs on the
simplified-script view of the text (same offsets), names are kept as the text writes them.
Lexicons: ``rules/zh/{org_heads,roles,name_chars}.tsv``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from kzcn.extract.common.grammar import RULES, read_tsv
from kzcn.language.zh_script import simplified
from kzcn.extract.entities.zh.names import brand_orgs, quoted_latin_orgs
from kzcn.extract.entities.zh.orgs import known_orgs, listed_orgs, one_name_per_firm, project_companies, quoted_zones
from kzcn.language.zh_segment import words
from kzcn.model import Mention

ZH = RULES / "zh"
PLACE_KINDS = ("kz_region", "kz_place", "cn_place")
#: jieba tags that end a name when walking back from an organisation's tail: prepositions,
#: conjunctions, particles, adverbs, pronouns, numerals, measure words, punctuation.
STOP_TAGS = ("p", "c", "u", "d", "r", "m", "q", "x", "w", "y", "e", "o", "f", "t")
#: Verbs of the news that never belong to a name ("与X公司签署", "由X集团投资建设").
STOP_WORDS = frozenset("签署 签订 签约 举行 表示 会见 会谈 访问 参观 考察 指出 强调 介绍 达成 合作 投资建设 "
                       "负责 邀请 代表 出席 会同 参加 包括 以及 其中 及其 同 与 和 及 由 在 于 将 的 了 是 为 对 向".split())
#: Longest organisation name kept, in characters (longer runs are clauses, not names).
MAX_ORG = 24
#: A Latin name in brackets right after an organisation: the name SCHEMA prefers.
LATIN_AFTER = re.compile(r"\s*[（(]\s*([A-Za-z][A-Za-z0-9&.,' \-]{1,60}?)\s*[）)]")
#: A Latin name written right after a Chinese description of the firm ("俄罗斯石油公司Acme").
LATIN_GLUED = re.compile(r"([A-Z][A-Za-z0-9&\-]{1,30})(?![A-Za-z])")
#: Legal forms: a name ending in one is the registered name, "中国" before a province included.
LEGAL_FORMS = ("股份有限公司", "有限责任公司", "有限公司")
#: A bracketed group word inside a registered name ("X（集团）股份有限公司").
GROUP_WORDS = ("（集团）", "(集团)", "（控股）", "(控股)")
_HAN = re.compile(r"[\u4e00-\u9fff]")
LATIN_NAME = re.compile(r"[A-Za-z][A-Za-z0-9&.'’ \-]*")
#: Chinese given names after a surname: one or two characters, none of these (verbs and particles
#: that follow a name in news: "蒋某会见", "张某表示").
#: Characters after a title that make it part of a longer word (a body's or a function's name).
TITLE_TAILS = set("馆处厅局部会级办职助")
NAME_STOP = set("表会同与和在对说指强感签举出也的、，。：；（）“”\"' 等为就向将并代率此及是了共")


@lru_cache(maxsize=1)
def org_heads() -> tuple[tuple[str, str], ...]:
    """(suffix, kind) rows, longest suffix first."""
    rows = [(r["suffix"], r["kind"]) for r in read_tsv(ZH / "org_heads.tsv")]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


@lru_cache(maxsize=1)
def roles() -> tuple[tuple[str, str, str], ...]:
    """(title, Kazakh-office role, Chinese-office role) rows, longest title first."""
    rows = [(r["title"], r["role for a Kazakh office"], r["role for a Chinese office"])
            for r in read_tsv(ZH / "roles.tsv")]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


@lru_cache(maxsize=1)
def name_chars() -> frozenset[str]:
    """Characters of transliterated foreign names."""
    return frozenset("".join(r["char"] for r in read_tsv(ZH / "name_chars.tsv")))


@lru_cache(maxsize=1)
def _tails() -> re.Pattern[str]:
    return re.compile("|".join(re.escape(suffix) for suffix, _ in org_heads()))


@lru_cache(maxsize=1)
def _titles() -> re.Pattern[str]:
    return re.compile("|".join(re.escape(title) for title, _, _ in roles()))


def _word_starts(text: str) -> dict[int, tuple[int, str, str]]:
    """Word start offset -> (stop, word, tag) of jieba's words of ``text``."""
    return {w.start: (w.stop, w.text, w.tag) for w in words(text)}


def _name_start(text: str, stop_at: int, floor: int, tail_end: int | None = None) -> int:
    """Where an organisation name ending at ``stop_at`` (its tail's start) begins: jieba's words
    walked back while they may belong to a name. A word holding the tail's start and ending
    within the tail ("中国农业科学院" read as one word) is part of the name."""
    straddling = [w for w in words(text) if floor <= w.start < stop_at < w.stop <= (tail_end or stop_at)]
    if straddling:
        stop_at = straddling[0].start
    found = [w for w in words(text) if floor <= w.start and w.stop <= stop_at]
    start = stop_at
    for word in reversed(found):
        tag = word.tag
        joiner = word.text in ("-", "·") and word.start > floor
        if (tag.startswith(STOP_TAGS) and not joiner) or word.text in STOP_WORDS or stop_at - word.start > MAX_ORG:
            break
        if word.stop != start:
            break
        start = word.start
    return start


def _clause_start(view: str, offset: int) -> int:
    """The start of the clause holding ``offset`` (after the last punctuation or line break)."""
    for index in range(offset - 1, -1, -1):
        if view[index] in "，。！？；：、,;:!?\n（）()“”\"《》「」":
            return index + 1
    return 0


def _trim_front(view: str, start: int, stop: int, places: list[Mention]) -> int:
    """Drop a leading "中国" before a province, and a province before one of its cities
    ("福建省福清市人民政府" is the city's body): the body or firm is named from the nearest place."""
    if view.startswith("中国", start) and any(p.start == start + 2 and p.kind == "cn_place" for p in places):
        start += 2
    inner = [p for p in places if start <= p.start and p.stop <= stop and p.kind == "cn_place"]
    if len(inner) >= 2 and inner[0].start == start and inner[1].start == inner[0].stop and inner[1].region:
        start = inner[1].start
    return start


def _country(name_start: int, stop: int, view: str, places: list[Mention], kind: str = "") -> str:
    """KZ for a name opening with Kazakhstan or a Kazakh place, a transliterated name (three
    transliteration characters first) or a zone with no Chinese place; else CN (a Chinese text's
    firms written in hanzi are Chinese: Kazakh firms are written in Latin letters)."""
    inner = [p for p in places if name_start <= p.start and p.stop <= stop]
    if view.startswith(("哈萨克斯坦", "哈国", "哈方"), name_start) or (inner and inner[0].kind in ("kz_region", "kz_place")):
        return "KZ"
    if inner and inner[0].kind == "cn_place" or view.startswith(("中国", "中"), name_start):
        return "CN"
    if kind == "zone" or all(ch in name_chars() for ch in view[name_start : name_start + 3]):
        return "KZ"
    return "CN"


def find_orgs_zh(text: str, places: list[Mention], latin: list[Mention] = ()) -> list[Mention]:
    """Organisations named by their tails, with their Latin name where brackets give one, known
    firms by name, firms listed before "等企业", quoted zones (``entities.zh_orgs``)."""
    view = simplified(text)
    found: list[Mention] = list(latin)
    for tail in _tails().finditer(view):
        floor = _clause_start(view, tail.start())
        start = _name_start(text, tail.start(), floor, tail.end())
        if view[max(0, start - 4) : start] in GROUP_WORDS:  # "X（集团）股份有限公司"
            floor = _clause_start(view, start - 4)
            start = _name_start(text, start - 4, floor)
        kind = next(k for s, k in org_heads() if s == tail.group())
        if not (view.startswith("中国", start) and tail.group() in LEGAL_FORMS):  # a registered name keeps "中国"
            start = _trim_front(view, start, tail.end(), places)
        if len(_HAN.findall(view, start, tail.start())) < 2:
            continue  # a bare tail ("公司", "州政府"), or a tail after a quoted Latin name
        country = _country(start, tail.end(), view, places, kind)
        if "政府" in tail.group() and (country == "KZ" or not any(p.start == start for p in places)):
            continue  # a Kazakh unit's own government (the unit stands for it), or no place's
        if view.startswith(("哈中", "中哈"), start):
            continue  # a bilateral council or centre is neither side
        if view.startswith(("网", "业"), tail.end()):
            continue  # "来源：X政府网": the outlet's website; "中国银行业": an industry
        name = text[start:tail.end()]
        latin = LATIN_AFTER.match(view, tail.end()) or LATIN_GLUED.match(view, tail.end())
        found.append(Mention(start, tail.end(), name, "org", latin.group(1).strip() if latin else name,
                             country=country, source="pattern"))
    found += quoted_latin_orgs(text, view, places)
    found = _with_known(found, known_orgs(text, view)) + quoted_zones(text, view, places) + project_companies(text, view)
    found += brand_orgs(text, view, places, found)
    found += listed_orgs(text, view, places, found)
    found = _aliases(text, _merge_prefixes(sorted(found, key=lambda m: m.start)), places)
    return one_name_per_firm(found, places)


def _with_known(found: list[Mention], known: list[Mention]) -> list[Mention]:
    """The tail finder's organisations and the known firms' names: a known name inside a longer
    name found ("X分公司" of a known firm) is that name's; a name found inside a known one is it."""
    kept = [k for k in known if not any(o.start <= k.start and k.stop <= o.stop and o.stop - o.start > k.stop - k.start
                                        for o in found)]
    return [o for o in found if not any(k.start <= o.start and o.stop <= k.stop for k in kept)] + kept


def _merge_prefixes(orgs: list[Mention]) -> list[Mention]:
    """A short form that opens a longer name found elsewhere ("X集团" of "X集团酒业有限公司") is it."""
    out = []
    for org in orgs:
        longer = [o for o in orgs if o.text != org.text and o.text.startswith(org.text)]
        overlapping = any(o.start <= org.start and org.stop <= o.stop and o is not org for o in orgs)
        if overlapping and not longer:
            continue
        out.append(replace(org, canonical=max(longer, key=lambda o: len(o.text)).canonical) if longer else org)
    return out


def _short_form(org: Mention, places: list[Mention]) -> str:
    """The name without its leading country or place and its legal tail ("中信建设" of
    "中国中信建设有限公司"); "" when too short to find safely."""
    name, start = org.text, 0
    if name.startswith("中国"):
        start = 2
    for place in places:
        if place.start == org.start + start and place.stop <= org.stop:
            start = place.stop - org.start
    core = name[start:]
    for suffix, kind in org_heads():
        if kind == "company" and core.endswith(suffix):
            core = core[: -len(suffix)]
            break
    return core if len(_HAN.findall(core)) >= 3 else ""


def _aliases(text: str, orgs: list[Mention], places: list[Mention]) -> list[Mention]:
    """Later mentions of an organisation by its short form, with the same canonical name."""
    view, out = simplified(text), list(orgs)
    for org in orgs:
        short = _short_form(org, places)
        at = view.find(short) if short else -1
        while at >= 0:
            if not any(o.start <= at < o.stop for o in out):
                out.append(replace(org, start=at, stop=at + len(short), text=text[at : at + len(short)]))
            at = view.find(short, at + 1)
    return sorted(out, key=lambda m: m.start)


def _person_name(text: str, view: str, start: int) -> tuple[int, bool] | None:
    """The end of a name starting at ``start`` and whether it is transliterated (foreign)."""
    dotted = _DOTTED.match(view, start)
    if dotted:
        return _dotted_end(view, dotted.end(1)), True
    chars, stop = name_chars(), start
    while stop < len(view) and view[stop] in chars:
        stop += 1
    if stop - start >= 3:
        return stop, True
    word = _word_starts(text).get(start)
    if word and word[2].startswith("nr") and 2 <= len(word[1]) <= 4:
        return word[0], False
    if _is_surname(view[start : start + 1]):
        stop = start + 1
        while stop < len(view) and stop - start < 3 and _HAN.match(view[stop]) and view[stop] not in NAME_STOP:
            stop += 1
        if word and word[0] > stop and not word[2].startswith("nr"):
            return None  # the "name" is the start of a longer word ("总统国情咨文": the address)
        if stop - start >= 2:
            return stop, False
    return None


def _is_surname(char: str) -> bool:
    """Whether a character's pinyin is one of the common Chinese surnames (``link/data/cn_surnames.tsv``)."""
    from kzcn.link.pinyin import syllables

    return bool(char) and bool(_HAN.match(char)) and syllables(char)[0].capitalize() in _surnames()


@lru_cache(maxsize=1)
def _surnames() -> frozenset[str]:
    from kzcn.link.translit import DATA
    from kzcn.link.tsv import read_tsv as read_link_tsv

    return frozenset(row[0] for row in read_link_tsv(DATA / "cn_surnames.tsv", 1))


#: A transliterated full name: a first name, "·", a surname ("高吾孜·努尔…").
_DOTTED = re.compile(r"[\u4e00-\u9fff]{1,6}?([·•‧・])[\u4e00-\u9fff]")


def _dotted_end(view: str, dot: int) -> int:
    """Where a dotted name ends: the surname after the dot runs over transliteration characters."""
    stop, chars = dot + 1, name_chars()
    while stop < len(view) and (view[stop] in chars or view[stop] in "·-"):
        stop += 1
    return stop


def _office(mentions: list[Mention], view: str, title_start: int) -> Mention | None:
    """The place or body whose title this is: the mention ending at the title (or sharing its
    first character: "巴甫洛达尔州长")."""
    for m in sorted(mentions, key=lambda m: -m.stop):
        if m.kind in PLACE_KINDS + ("org", "country") and title_start - 1 <= m.stop - 1 <= title_start:
            return m
        if m.kind in PLACE_KINDS and m.stop in (title_start, title_start + 1):
            return m
    # "青海省委书记": the party committee of the province named just before
    for m in mentions:
        if m.kind == "cn_place" and view[m.stop : title_start] in ("委", "省委", "市委", "党委"):
            return m
    return None


def person_id(name: str) -> str:
    """A stable id for a person named in Chinese: the pinyin of the name (``kzcn.link.pinyin``)."""
    from kzcn.link.pinyin import pinyin_slug

    return "person:" + pinyin_slug(name)


def find_people_zh(text: str, mentions: list[Mention]) -> tuple[list[Mention], list[Mention]]:
    """People after a title with role and office, and the bodies some titles name (a consul
    general's consulate general): (people, new organisations)."""
    view = simplified(text)
    people, bodies = [], []
    for title in _titles().finditer(view):
        if view[title.end() : title.end() + 1] in TITLE_TAILS:
            continue  # "总领事馆", "市长办公室": a body's name, not a title before a name
        name = _person_name(text, view, title.end())
        if name is None and title.group() in TITLES_AFTER_NAME:
            people += _name_before(text, view, title.start(), title.group(), mentions)
            continue
        if name is None:
            continue
        stop, foreign = name
        office = _office(mentions, view, title.start())
        kazakh = office.country == "KZ" if office else foreign
        row = next(r for r in roles() if r[0] == title.group())
        of = office.canonical if office else None
        envoy = re.search(r"(中国|中华人民共和国)驻(\w{1,8}?)$", view[max(0, title.start() - 12) : title.start()])
        if envoy and title.group() in ("总领事", "领事"):
            body_name = view[title.start() - len(envoy.group()) : title.start()] + title.group() + "馆"
            body = Mention(title.start() - len(envoy.group()), title.end(), text[title.start() - len(envoy.group()):title.end()],
                           "org", body_name, country="CN", source="pattern")
            bodies.append(body)
            of, kazakh = body_name, False
        elif envoy:
            of, kazakh = "China", False
        people.append(Mention(title.end(), stop, text[title.end():stop], "person", text[title.end():stop],
                              entity_id=person_id(view[title.end():stop]), country="KZ" if kazakh else "CN", role=row[1] if kazakh else row[2], of=of,
                              source="pattern"))
    return _dotted_names(text, view, people), bodies


#: Titles Chinese writes after a foreign head's name ("X总统", "X总理").
TITLES_AFTER_NAME = ("总统", "总理")


def _name_before(text: str, view: str, title_start: int, title: str, mentions: list[Mention]) -> list[Mention]:
    """A transliterated name right before a head's title ("X总统"): a person, Kazakh where
    Kazakhstan is named in the text (a Chinese text names China's heads as "主席", "总理" before)."""
    chars, start = name_chars(), title_start
    while start > 0 and view[start - 1] in chars and title_start - start < 8:
        start -= 1
    if title_start - start < 3 or "哈萨克斯坦" not in view or any(m.start < title_start and start < m.stop for m in mentions):
        return []  # "哈萨克斯坦总统": the country's, not a name
    row = next(r for r in roles() if r[0] == title)
    return [Mention(start, title_start, text[start:title_start], "person", text[start:title_start],
                    entity_id=person_id(view[start:title_start]), country="KZ", role=row[1], of="Kazakhstan",
                    source="pattern")]


def _dotted_names(text: str, view: str, people: list[Mention]) -> list[Mention]:
    """Transliterated full names ("A·B") named without a title, and the bearer of a surname
    named again alone keeps the full name's role."""
    chars = name_chars()
    for match in re.finditer(r"[·•‧・](?=[\u4e00-\u9fff])", view):
        start, stop = match.start(), _dotted_end(view, match.start())
        while start > 0 and view[start - 1] in chars and match.start() - start < 6:
            start -= 1
        if match.start() - start < 2 or stop - match.end() < 2:
            continue
        if any(p.start < stop and start < p.stop for p in people):
            continue
        people.append(Mention(start, stop, text[start:stop], "person", text[start:stop], country="KZ",
                              entity_id=person_id(view[start:stop]), source="pattern"))
    return sorted(people, key=lambda m: m.start)


def find_zh_mentions(text: str, gazetteer) -> list[Mention]:
    """Places, organisations and people of a Chinese text, sorted by offset."""
    view = simplified(text)
    matches = [replace(m, text=text[m.start:m.stop]) for m in gazetteer.find(view)]
    places = [m for m in matches if m.kind != "org"]
    # the gazetteer's organisations where the text writes their Latin name ("Samruk-Kazyna")
    latin = [m for m in matches if m.kind == "org" and LATIN_NAME.fullmatch(m.text)
             and not re.match(r"[ \-]?[A-Za-z]", text[m.stop : m.stop + 2])]  # not "CITIC" of "CITIC Construction"
    orgs = find_orgs_zh(text, places, latin)
    places = _venue_cities(view, [_inside_quote(view, _inside_org(m, orgs)) for m in places])
    people, bodies = find_people_zh(text, places + orgs)
    orgs = [o for o in orgs if not any(p.start < o.stop and o.start < p.stop for p in people)] + bodies
    return sorted(places + orgs + people, key=lambda m: (m.start, m.stop))


def _inside_org(place: Mention, orgs: list[Mention]) -> Mention:
    """A place inside a company's name does not take part ("新疆X公司"); one heading a public
    body does ("福清市人民政府")."""
    for org in orgs:
        if org.start <= place.start and place.stop <= org.stop and place.kind in PLACE_KINDS:
            if "政府" in org.text or "委员会" in org.text or "厅" in org.text:
                return place
            return replace(place, participant=False)
    return place


#: A quoted phrase: a place inside one that names more than the place ("“上海精神”") does not take part.
QUOTED_PHRASE = re.compile(r"“([^“”]{2,16})”")


def _inside_quote(view: str, place: Mention) -> Mention:
    """A place inside a quoted phrase (a slogan, a policy's name) is only mentioned."""
    for match in QUOTED_PHRASE.finditer(view, max(0, place.start - 17), place.stop + 17):
        if match.start(1) <= place.start and place.stop <= match.end(1) and match.end(1) - match.start(1) > place.stop - place.start:
            return replace(place, participant=False)
    return place


def _venue_cities(view: str, places: list[Mention]) -> list[Mention]:
    """A Chinese city named only as where its province's officials received the guests ("副省长在
    郑州会见", the province named too) is the place of the talks, not a side of its own."""
    provinces = {m.canonical for m in places if m.kind == "cn_place" and not m.region and m.participant}
    venues = {m.canonical for m in places if m.kind == "cn_place" and m.region in provinces}
    for city in list(venues):
        told = [m for m in places if m.canonical == city]
        if not all(view[max(0, m.start - 1) : m.start] in ("在", "于") for m in told):
            venues.discard(city)
    return [replace(m, participant=False) if m.canonical in venues else m for m in places]
