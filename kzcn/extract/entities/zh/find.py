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
from functools import lru_cache
from dataclasses import replace

from kzcn.language.zh_script import simplified
from kzcn.extract.entities.zh.lexicon import descriptors, name_chars, org_heads, tails
from kzcn.extract.entities.zh.names import brand_orgs, industries, quoted_latin_orgs
from kzcn.extract.entities.zh.people import find_people_zh, word_starts
from kzcn.extract.entities.zh.orgs import LEGAL_TAILS, known_orgs, listed_orgs, one_name_per_firm, project_companies, quoted_zones
from kzcn.language.zh_segment import words
from kzcn.gazetteer import Gazetteer
from kzcn.model import Mention

PLACE_KINDS = ("kz_region", "kz_place", "cn_place")
#: jieba tags that end a name when walking back from an organisation's tail: prepositions,
#: conjunctions, particles, adverbs, pronouns, numerals, measure words, punctuation.
STOP_TAGS = ("p", "c", "u", "d", "r", "m", "q", "x", "w", "y", "e", "o", "f", "t")
#: Verbs of the news that never belong to a name ("与X公司签署", "由X集团投资建设").
STOP_WORDS = frozenset("签署 签订 签约 举行 表示 会见 会谈 访问 参观 考察 指出 强调 介绍 达成 合作 投资建设 "
                       "负责 邀请 代表 出席 会同 参加 包括 以及 其中 及其 同 与 和 及 由 在 于 将 的 了 是 为 对 向 "
                       "单位 建议 要求 希望 提议 鼓励 支持 欢迎 感谢 推动 帮助 协助".split())  # "商会副会长单位X集团": the member firm's name starts after it
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


#: An ordinal inside a state firm's name ("第六工程局", "第三分公司").
ORDINAL = re.compile(r"第[一二三四五六七八九十]{1,3}")


def _name_start(text: str, stop_at: int, floor: int, tail_end: int | None = None) -> int:
    """Where an organisation name ending at ``stop_at`` (its tail's start) begins: jieba's words
    walked back while they may belong to a name. A word holding the tail's start and ending
    within the tail ("中国农业科学院" read as one word) is part of the name."""
    straddling = [w for w in words(text) if floor <= w.start < stop_at < w.stop <= (tail_end or stop_at)]
    if straddling and straddling[0].tag == "nt":
        return straddling[0].start  # jieba knows the whole name ("欧盟委员会"): nothing before it
    if straddling:
        stop_at = straddling[0].start
    found = [w for w in words(text) if floor <= w.start and w.stop <= stop_at]
    start = stop_at
    for word in reversed(found):
        tag = word.tag
        joiner = word.text in ("-", "·", "—", "–") and word.start > floor
        joiner = joiner or tag == "f" and len(word.text) == 1 and start < stop_at and \
            _tag_at(text, start).startswith("nr")  # "俄罗斯西马克控股": 西 starts the name 西马克
        joiner = joiner or bool(ORDINAL.fullmatch(word.text))  # "中国建筑第六工程局": a numbered bureau
        if (tag.startswith(STOP_TAGS) and not joiner) or word.text in STOP_WORDS or stop_at - word.start > MAX_ORG:
            break
        if word.stop != start:
            break
        if len(word.text) > 1 and word.text[0] in "和与及" and word is not found[0]:
            return word.start + 1  # "电建集团和萨姆森能源公司": jieba glued the conjunction to a name
        start = word.start
    return start


def _from_first_place(start: int, tail_start: int, places: list[Mention]) -> int:
    """A public body's or a zone's name starts at the first place or country it names ("可查询
    乌兹别克斯坦能源部": the ministry, not the clause before it)."""
    inner = [p.start for p in places if start <= p.start < tail_start and p.kind in PLACE_KINDS + ("country",)]
    return min(inner) if inner else start  # a name already opening with a place keeps its start


def _tag_at(text: str, offset: int) -> str:
    """jieba's tag of the word starting at ``offset`` ("" if none starts there)."""
    word = word_starts(text).get(offset)
    return word[2] if word else ""


#: jieba tags of a first word that only leads into a name ("吸引中国石化", "来自哈国家石油公司").
LEAD_TAGS = ("v", "a", "ad", "d")
#: tags of the word that then starts the name: organisation, place, person, other proper name.
NAME_TAGS = ("nt", "ns", "nr", "nz")


def _past_lead_word(text: str, start: int, stop_at: int) -> int:
    """Skip a verb or adjective opening a name when a proper name follows it (not a one-character
    adjective: "佳恒国际" is a name's first syllable)."""
    first = word_starts(text).get(start)
    if first and first[2] in LEAD_TAGS and (len(first[1]) > 1 or first[2] == "v") and first[0] < stop_at and \
            _tag_at(text, first[0]).startswith(NAME_TAGS) and stop_at - first[0] >= 2:
        return first[0]
    return start


@lru_cache(maxsize=1)
def envoy_of() -> re.Pattern[str]:
    """A country sending an envoy (its Chinese names in ``gazetteer/data/countries.tsv``, "哈国"),
    right before "驻" and the host place of an embassy or consulate."""
    names = {v for entry, variants in Gazetteer.load().entries if entry.kind == "country"
             for v in variants if _HAN.fullmatch(v[:1]) and _HAN.search(v)} | {"哈国"}
    return re.compile("(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + ")驻$")
#: A quoted brand right before a description of the firm ("“X”社会创业集团").
QUOTED_BRAND = re.compile(r"[“\"]([^“”\"]{2,12})[”\"]$")


def described(before_tail: str) -> bool:
    """Whether the words before an organisation's tail only describe it: descriptors
    (``rules/zh/org_descriptors.tsv``) and at most one industry word, no name."""
    rest, changed = before_tail, True
    while changed:
        changed = False
        for word in descriptors():
            if rest.startswith(word):
                rest, changed = rest[len(word):], True
    return rest != before_tail and (not rest or rest in industries())


def _clause_start(view: str, offset: int) -> int:
    """The start of the clause holding ``offset`` (after the last punctuation or line break)."""
    for index in range(offset - 1, -1, -1):
        if view[index] in "，。！？；：、,;:!?\n（）()“”\"《》「」":
            return index + 1
    return 0


def _trim_front(view: str, start: int, stop: int, places: list[Mention]) -> int:
    """Drop a leading "中国" before a province, and a province before one of its cities
    ("福建省长乐市人民政府" is the city's body): the body or firm is named from the nearest place."""
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
    opening = next((p for p in inner if p.start == name_start and p.kind == "country" and p.country), None)
    if opening:
        return opening.country  # "俄罗斯X控股有限公司", "意大利X公司": the country it opens with
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
    for tail in tails().finditer(view):
        floor = _clause_start(view, tail.start())
        start = _name_start(text, tail.start(), floor, tail.end())
        if view[max(0, start - 4) : start] in GROUP_WORDS:  # "X（集团）股份有限公司"
            floor = _clause_start(view, start - 4)
            start = _name_start(text, start - 4, floor)
        start = _past_lead_word(text, start, tail.start())
        envoy = envoy_of().search(view, max(0, start - 12), start)
        if envoy and tail.group().endswith(("使馆", "领事馆")):
            start = envoy.start()  # "吉尔吉斯斯坦驻中国大使馆": the sending country is part of the name
        quoted = QUOTED_BRAND.search(view, max(0, start - 14), start)
        kind = next(k for s, k in org_heads() if s == tail.group())
        city_after = any(p.start == start + 2 and p.kind == "cn_place" and p.region for p in places)
        if not (view.startswith("中国", start) and tail.group() in LEGAL_FORMS) or city_after:
            # a registered name keeps "中国" ("中国河南国际合作集团有限公司"), but not before a city:
            # "中国郑州X集团有限公司" is China's Zhengzhou firm
            start = _trim_front(view, start, tail.end(), places)
        if tail.group().endswith("部") and view.startswith(("长", "部长"), tail.end()):
            continue  # "贸易和一体化部长": a minister's title, not the ministry
        if kind in ("body", "zone") and not view.startswith(("哈中", "中哈"), start):
            start = _from_first_place(start, tail.start(), places)
        ministry = tail.group().endswith("部") and len(tail.group()) >= 3  # "据农业部数据": named bare
        if len(_HAN.findall(view, start, tail.start())) < 2 and not ministry:
            continue  # a bare tail ("公司", "州政府"), or a tail after a quoted Latin name
        if described(view[start : tail.start()]):
            continue  # "中方大型贸易公司": a large Chinese trading company, no name
        country = _country(start, tail.end(), view, places, kind)
        if "政府" in tail.group() and (country == "KZ" or not any(p.start == start for p in places)):
            continue  # a Kazakh unit's own government (the unit stands for it), or no place's
        if view.startswith(("哈中", "中哈"), start):
            country = None  # a bilateral council or centre is an organisation of neither side
        if view.startswith(("网", "业", "门"), tail.end()):
            continue  # "来源：X政府网": the outlet's website; "中国银行业": an industry; "农业部门": a sector
        name = text[start:tail.end()]
        if quoted and start - quoted.start() <= 14:  # "“X”社会创业集团": the brand X is the name's start
            start, name = quoted.start(), quoted.group(1) + name
            country = _country(quoted.start(1), tail.end(), view, places, kind)
        latin = LATIN_AFTER.match(view, tail.end()) or LATIN_GLUED.match(view, tail.end())
        found.append(Mention(start, tail.end(), text[start:tail.end()], "org", latin.group(1).strip() if latin else name,
                             country=country, source="pattern"))
    found += quoted_latin_orgs(text, view, places)
    found = _with_known(found, known_orgs(text, view)) + quoted_zones(text, view, places) + project_companies(text, view)
    found += brand_orgs(text, view, places, found)
    found += listed_orgs(text, view, places, found)
    found = _aliases(text, _merge_prefixes(sorted(found, key=lambda m: m.start)), places)
    return one_name_per_firm([o for o in found if not _only_tails(simplified(o.canonical))], places)


def _only_tails(name: str) -> bool:
    """A "name" made of legal forms alone ("公司集团"): no organisation (``LEGAL_TAILS`` is longest first)."""
    rest, changed = name, True
    while rest and changed:
        changed = False
        for tail in LEGAL_TAILS:
            if rest.startswith(tail):
                rest, changed = rest[len(tail):], True
                break
    return not rest


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


def find_zh_mentions(text: str, gazetteer) -> list[Mention]:
    """Places, organisations and people of a Chinese text, sorted by offset."""
    view = simplified(text)
    matches = [replace(m, text=text[m.start:m.stop]) for m in gazetteer.find(view)]
    places = [m for m in matches if m.kind != "org"]
    # the gazetteer's organisations where the text writes their Latin name ("Qazaq Energo Holding")
    latin = [m for m in matches if m.kind == "org" and LATIN_NAME.fullmatch(m.text)
             and not re.match(r"[ \-]?[A-Za-z]", text[m.stop : m.stop + 2])]  # not "Tianlu" of "Tianlu Construction"
    orgs = find_orgs_zh(text, places, latin)
    places = _venue_cities(view, [_dateline(view, _inside_quote(view, _inside_org(m, orgs))) for m in places])
    people, bodies = find_people_zh(text, places + orgs)
    orgs = [o for o in orgs if not any(p.start < o.stop and o.start < p.stop for p in people)] + bodies
    return sorted(places + orgs + people, key=lambda m: (m.start, m.stop))


def _inside_org(place: Mention, orgs: list[Mention]) -> Mention:
    """A place inside a company's name does not take part ("新疆X公司"); one heading a public
    body does ("长乐市人民政府")."""
    for org in orgs:
        if org.start <= place.start and place.stop <= org.stop and place.kind in PLACE_KINDS:
            if "政府" in org.text or "委员会" in org.text or "厅" in org.text:
                return place
            if any(org.text.endswith(suffix) for suffix, kind in org_heads() if kind == "zone"):
                return place  # "某州国家工业科技园区": a zone of the place, which takes part
            return replace(place, participant=False)
    return place


#: A dateline's place: where the agency's reporter filed from ("中新社阿拉木图3月2日电", "新华社
#: 乌鲁木齐3月2日电"), no side of what the story tells.
DATELINE_AFTER = re.compile(r"\s*(?:\d{1,2}月\d{1,2}日)?\s*(?:电|讯)")


def _dateline(view: str, place: Mention) -> Mention:
    """A place in an agency's dateline is only where the story was filed."""
    if place.kind in PLACE_KINDS and DATELINE_AFTER.match(view, place.stop) and (
            re.search(r"(?:社|网|报|台|记者)\s*$", view[max(0, place.start - 12) : place.start])
            or place.start < 40 and re.search(r"\d{1,2}月\d{1,2}日\s*电", view[place.stop : place.stop + 9])):
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
