"""People in Chinese text: a name after a title (州长, 书记, 总经理, 大使 …) with the role in
English, a transliterated name before a head's title ("X总统"), dotted full names ("A·B")."""

from __future__ import annotations

import re
from functools import lru_cache

from kzcn.extract.entities.zh.lexicon import name_chars, roles, titles
from kzcn.language.zh_script import simplified
from kzcn.language.zh_segment import words
from kzcn.model import Mention

PLACE_KINDS = ("kz_region", "kz_place", "cn_place")
_HAN = re.compile(r"[\u4e00-\u9fff]")
#: Characters after a title that make it part of a longer word (a body's or a function's name).
TITLE_TAILS = set("馆处厅局部会级办职助")
#: Characters that end a Chinese given name after a surname (verbs and particles that follow a
#: name in news: "蒋某会见", "张某表示").
#: jieba's tags of words that are no name (verbs, adverbs, adjectives, prepositions, conjunctions,
#: particles, pronouns, numerals, measure words, time and direction words).
NOT_NAME_TAGS = frozenset({"v", "vd", "vn", "d", "a", "ad", "p", "c", "u", "r", "m", "q", "t", "f"})
NAME_STOP = set("表会同与和在对说指强感签举出也的、，。：；（）“”\"' 等为就向将并代率此及是了共")


@lru_cache(maxsize=32)
def word_starts(text: str) -> dict[int, tuple[int, str, str]]:
    """Word start offset -> (stop, word, tag) of jieba's words of ``text``."""
    return {w.start: (w.stop, w.text, w.tag) for w in words(text)}


def _person_name(text: str, view: str, start: int) -> tuple[int, bool] | None:
    """The end of a name starting at ``start`` and whether it is transliterated (foreign)."""
    dotted = _DOTTED.match(view, start)
    if dotted:
        return _dotted_end(view, dotted.end(1)), True
    word = word_starts(text).get(start)
    if word and len(word[1]) >= 2 and word[2] in NOT_NAME_TAGS:
        return None  # "主席成功对哈…", "总统签署…": a verb or adverb follows the title, no name
    if word and len(word[1]) == 1 and word[2] in ("p", "c") and view[start] in NAME_STOP:
        return None  # "总统与X主席": a preposition or conjunction follows the title, no name
    chars, stop = name_chars(), start
    while stop < len(view) and view[stop] in chars:
        stop += 1
    if stop - start >= 3:
        return stop, True
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


#: A transliterated full name: a first name (hyphened ones too: "阿拜-努尔兰"), "·", a surname
#: ("高吾孜·努尔…").
_DOTTED = re.compile(r"[\u4e00-\u9fff]{1,6}?(?:[-‐][\u4e00-\u9fff]{1,6}?)?([·•‧・])[\u4e00-\u9fff]")


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
    for title in titles().finditer(view):
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
        other = None if office else OTHER_UNIT.search(view, max(0, title.start() - 8), title.start())
        if other:  # "撒马尔罕州州长": a unit the gazetteer does not know, so no Kazakh one
            of, kazakh = other.group(1), None
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
                              entity_id=person_id(view[title.end():stop]),
                              country=None if kazakh is None else "KZ" if kazakh else "CN",
                              role=row[1] if kazakh else row[2], of=of,
                              source="pattern"))
    return _dotted_names(text, view, people, mentions), bodies


#: A first-level unit named right before a title that no place mention covers ("撒马尔罕州州长").
OTHER_UNIT = re.compile(r"([\u4e00-\u9fff]{2,6}州)(?:副)?$")

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


def _dotted_names(text: str, view: str, people: list[Mention], mentions: list[Mention] = ()) -> list[Mention]:
    """Transliterated full names ("A·B") named without a title (not running back over a place or
    country named right before: "哈萨克斯坦卡西姆·…"), and the bearer of a surname named again alone
    keeps the full name's role."""
    chars = name_chars()
    place_ends = {m.stop for m in mentions if m.kind in PLACE_KINDS + ("country", "org")}
    for match in re.finditer(r"[·•‧・](?=[\u4e00-\u9fff])", view):
        start, stop = match.start(), _dotted_end(view, match.start())
        hyphen = None
        while start > 0 and start not in place_ends and (
                view[start - 1] in chars and (match.start() if hyphen is None else hyphen) - start < 6
                or hyphen is None and view[start - 1] in "-‐" and start > 1 and view[start - 2] in chars):
            start -= 1  # "阿拜-努尔兰·别科夫": a hyphened first name, six characters a part
            if view[start] in "-‐":
                hyphen = start
        if match.start() - start < 2 or stop - match.end() < 2:
            continue
        if any(p.start < stop and start < p.stop for p in people):
            continue
        people.append(Mention(start, stop, text[start:stop], "person", text[start:stop], country="KZ",
                              entity_id=person_id(view[start:stop]), source="pattern"))
    return sorted(people, key=lambda m: m.start)
