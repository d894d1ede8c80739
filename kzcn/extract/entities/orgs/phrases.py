"""Organisations named by a phrase ending in an organisation noun, and acronym aliases.

Kazakh: capitalised words + up to two lowercase words + head ("Орталық Азия–Қытай
ынтымақтастық орталығы"); Russian: lowercase adjectives + head + "города/провинции" + name
("торгового бюро города X" -> "Торговое бюро города X")."""

from __future__ import annotations

import re

from kzcn.gazetteer import Token
from kzcn.gazetteer.fuzzy import CYRILLIC
from kzcn.model import Mention
from kzcn.extract.entities.orgs.heads import head_at
from kzcn.extract.entities.orgs.kinds import facility_head, kk_plural
from kzcn.extract.entities.orgs.ru_tails import ru_tail_orgs
from kzcn.extract.entities.orgs.kk_bodies import civic_heads, civic_start, extend_left
from kzcn.extract.entities.orgs.heads import org_mention as _org

MAX_LOWER = 2  # lowercase modifiers before the head: "ынтымақтастық", "әлеуметтік-кәсіпкерлік"
MAX_CAPITAL = 6
NOT_MODIFIERS = {"қытайлық", "қазақстандық", "шетелдік", "Қытайлық", "Қазақстандық", "Шетелдік", "бірқатар", "бірнеше", "көптеген", "ірі", "жетекші", "барлық", "несколько",
                 "ряд", "крупных", "ведущих", "және", "мен", "и", "а также"}  # quantifiers: "бірқатар қытайлық компания" is no name
#: Heads that after a place name mean a part of it ("қаласының индустриялық аймағы").
PLACE_PARTS = {"аймағы", "орталығы", "паркі", "индустриялық аймағы"}
#: Place-type words between a place and a head belong to the place ("Чжэцзян провинциясы сауда
#: департаменті"), not to the lowercase modifiers of the name.
PLACE_TYPE = ("провинция", "облыс", "қала", "өлке", "аудан", "автономиялық")
RU_GENITIVE = ("ции", "ии", "ия", "ства", "тия", "ения", "ания")
RU_LINKS = {"города", "провинции", "округа", "района"}
SENTENCE_END = re.compile(r"[.!?:;,\n«»\"]")
RU_ADJ = ("ая", "ый", "ий", "ое", "ой", "ые", "ие")  # "Национальная компания" names nothing


def _gap_breaks(text: str, left: Token, right: Token) -> bool:
    return bool(SENTENCE_END.search(text[left.stop:right.start])) or right.start - left.stop > 2


def _sentence_initial(text: str, token: Token) -> bool:
    before = text[:token.start].rstrip(" \t")
    return not before or before[-1] in ".!?\n:"


def head_phrase_orgs(text: str, tokens: list[Token], places: list[Mention],
                     lang: str | None = None) -> list[Mention]:
    """Organisations whose name ends (kk) or starts (ru) with an organisation noun."""
    place_spans = [(m.start, m.stop) for m in places
                   if m.kind in ("country", "kz_region", "kz_place", "cn_place")]
    named = _named_places(places)
    blocked = place_spans + [(m.start, m.stop) for m in places if m.kind == "role"]
    out = []
    for j, token in enumerate(tokens):
        hit = head_at(tokens, j)
        if not hit or lang == "kk" and kk_plural(tokens[j + hit[0] - 1].text, hit[1]):
            continue  # "халықаралық компаниялар": companies, a kind, not one named body
        start = _walk_back(text, tokens, j, place_spans, MAX_LOWER + (lang == "kk"))
        if start is None or not _is_name(tokens[start:j], token, place_spans, lang, hit[0] == 2):
            start = _place_named(text, tokens, j, blocked, named) if lang == "kk" else None
        civic = lang == "kk" and hit[1] in civic_heads()
        if start is None and civic:
            start = civic_start(text, tokens, j, places)
        if start is not None and civic:
            start = extend_left(text, tokens, start, places)
        if start is not None and lang == "kk":
            start = _past_country(tokens, start, j, places)
        if start is not None:
            last = tokens[j + hit[0] - 1]
            name = text[tokens[start].start:token.start] + hit[1]
            if lang == "kk" and hit[1] in COMPANY_WORDS and j > start:
                name = text[tokens[start].start:tokens[j - 1].stop]  # "X компаниясы": the company X
            if lang == "ru":
                from kzcn.nlp_ru import ru_phrase_nominative

                name = ru_phrase_nominative(text[tokens[start].start:last.stop])
            if not (lang == "kk" and facility_head(text, tokens[start].start, last.stop, token.start)):
                out.append(_org(text, tokens[start].start, last.stop, name, "pattern"))
        out.extend(_ru_phrase(text, tokens, j, hit[0], _org))
        if lang == "ru":
            from kzcn.extract.entities.orgs.find import legal_heads

            out.extend(ru_tail_orgs(text, tokens, j, hit, legal_heads()))
        if lang == "ru" and hit[1] in RU_SCHOOLS:
            out.extend(_ru_school(text, tokens, j, _org))
    return out


#: The Kazakh word "company" after a name is no part of it ("Тяньлу Гласс компаниясы" is Тяньлу Гласс).
COMPANY_WORDS = frozenset({"компаниясы"})
MAX_PLACE_MODIFIERS = 4  # "X шекара маңы ынтымақтастығы халықаралық орталығы"


def _named_places(mentions: list[Mention]) -> set[tuple[int, int]]:
    """Spans of one-word places in their bare name form ("Харбин", not "Харбинде"), the form
    that names a body after the place ("Харбин ауыл шаруашылығы институты")."""
    from kzcn.gazetteer import Gazetteer

    gaz = Gazetteer.load()
    return {(m.start, m.stop) for m in mentions if m.kind in ("kz_region", "kz_place", "cn_place")
            and " " not in m.text and gaz.is_variant(m.text)}


def _place_named(text: str, tokens: list[Token], j: int, spans: list[tuple[int, int]],
                 named: set[tuple[int, int]]) -> int | None:
    """Kazakh: a place in its bare form + 2-4 lowercase words + head names a body ("Павлодар
    арнайы экономикалық аймағы", "Чжэцзян халықаралық сауда палатасы"); a genitive or a place
    word among the words ("қаласының", "облысы") keeps it a part of the place."""
    k = j - 1
    while k >= 0 and j - k <= MAX_PLACE_MODIFIERS and tokens[k].text.islower() and \
            not _gap_breaks(text, tokens[k], tokens[k + 1]) and not _in_place(tokens[k], spans) \
            and not tokens[k].text.endswith(KK_GENITIVE) and \
            not tokens[k].text.startswith(PLACE_TYPE) and \
            tokens[k].text not in NOT_MODIFIERS:
        k -= 1
    if k < 0 or j - k - 1 < 2 or _gap_breaks(text, tokens[k], tokens[k + 1]) or \
            (tokens[k].start, tokens[k].stop) not in named:
        return None
    return k


def _in_place(token: Token, spans: list[tuple[int, int]]) -> bool:
    return any(a <= token.start and token.stop <= b for a, b in spans)


ACRONYM = re.compile(r"[A-Z]{2,4}")
KK_GENITIVE = ("ның", "нің", "дың", "дің", "тың", "тің")


def _is_name(words: list[Token], head: Token, spans: list[tuple[int, int]],
             lang: str | None, two_word_head: bool = False) -> bool:
    """Capitalised words (Cyrillic), no quantifier; a place right before a lowercase head is
    that place's part ("Шыңжаң ... ауданының орталығы" is its centre, not a body), but a
    modifier between them makes a body ("Маңғыстау облысының сауда үйі"), and so does a place
    in the nominative before a two-word head ("Қостанай индустриялық аймағы")."""
    capitals = [t for t in words if t.text[:1].isupper()]
    modifiers = [t for t in words if not t.text[:1].isupper() and not _in_place(t, spans)
                 and not t.text.lower().startswith(PLACE_TYPE)]
    if not capitals or any(t.text[:1].lower() not in CYRILLIC and not ACRONYM.fullmatch(t.text)
                           for t in capitals) or capitals[0].text.isascii() or \
            any(t.text in NOT_MODIFIERS for t in words):
        return False  # a Latin acronym may stand inside ("Астана IT университеті")
    if lang == "ru":
        return _ru_adjective_name(words)
    in_place = all(_in_place(t, spans) for t in capitals)
    body = len(modifiers) == 1 and head.text.lower() not in PLACE_PARTS  # 2+ took "әкімі қытайлық химия компаниясы"
    return not in_place or head.text[:1].isupper() or body or \
        two_word_head and words[-1] is capitals[-1] and not words[-1].text.lower().endswith(KK_GENITIVE)


#: Russian adjective endings in any case ("Сианьским политехническим университетом").
RU_ADJ_ANY = RU_ADJ + ("ого", "его", "ому", "ему", "ым", "им", "ом", "ем", "ую", "юю", "ых", "их",
                       "ыми", "ими", "ей")
RU_NOUN = ("ние", "тие", "ения", "ании")  # "Обновление автобусного парка": a noun, not an adjective
#: Generic first adjectives: "Национальная компания", "китайской группы" name no body.
RU_GENERIC = ("национальн", "государствен", "китайск", "казахстанск", "российск", "крупн",
              "местн", "частн", "совместн", "международн")


def _ru_adjective_name(words: list[Token]) -> bool:
    """A Russian name before its head is two or more adjectives, the first capitalised and not
    generic ("Сианьский политехнический университет"); "В индустриальной зоне", "в Шымкенте
    логистического центра" and "Атырау прибудет группа" are no names."""
    return len(words) >= 2 and words[0].text[:1].isupper() and \
        not words[0].text.lower().startswith(RU_GENERIC) and \
        all(t.text.lower().endswith(RU_ADJ_ANY) and not t.text.lower().endswith(RU_NOUN)
            for t in words)


KK_LOCATIVE = ("да", "де", "та", "те")


def _place_in_locative(token: Token, spans: list[tuple[int, int]]) -> bool:
    """A place in the locative ("Талдықорғанда X сауда үйі ашылды") says where, not whose."""
    from kzcn.gazetteer import Gazetteer

    return token.text.endswith(KK_LOCATIVE) and _in_place(token, spans) and \
        not Gazetteer.load().is_variant(token.text)


def _walk_back(text: str, tokens: list[Token], j: int, spans: list[tuple[int, int]] = (),
               max_lower: int = MAX_LOWER) -> int | None:
    start, lower, capital = j, 0, 0
    for k in range(j - 1, -1, -1):
        if _gap_breaks(text, tokens[k], tokens[k + 1]):
            break
        word = tokens[k].text
        if word[:1].isupper():
            if _sentence_initial(text, tokens[k]) and not _in_place(tokens[k], spans) or \
                    capital >= MAX_CAPITAL or _place_in_locative(tokens[k], spans):
                break
            capital += 1
        elif capital == 0 and _in_place(tokens[k], spans) and k > 0 and \
                _in_place(tokens[k - 1], spans):
            pass  # "автономиялық ауданы", "облысының": inside a place name
        elif capital == 0 and lower < max_lower and not word.isdigit():
            lower += 1
        else:
            break
        start = k
    while start < j and not tokens[start].text[:1].isupper():
        start += 1
    return start if start < j else None


def _ru_phrase(text: str, tokens: list[Token], j: int, size: int, make) -> list[Mention]:
    from kzcn.nlp_ru import ru_phrase_nominative

    link = j + size
    if link + 1 < len(tokens) and tokens[link].text.endswith(RU_GENITIVE) and \
            tokens[link].text.islower() and tokens[link].text not in RU_LINKS and \
            not _gap_breaks(text, tokens[link], tokens[link + 1]):
        link += 1  # "департамент коммерции провинции X", "Банк развития Казахстана"
        if tokens[link].text not in RU_LINKS:
            link -= 1
            if not tokens[link + 1].text[:1].isupper():
                return []
    elif link + 1 >= len(tokens) or tokens[link].text not in RU_LINKS:
        return []
    stop = link + 1
    while stop < len(tokens) and tokens[stop].text[:1].isupper() and stop - link <= 3 \
            and not _gap_breaks(text, tokens[stop - 1], tokens[stop]) and not _cn_name_at(tokens, stop) \
            and not (stop > link + 1 and tokens[stop].text.lower().endswith(RU_ADJ_ANY)):
        stop += 1
    if stop == link + 1:
        return []
    start = j  # a capitalised noun opens the name ("государственного Банка развития X")
    while start > 0 and not tokens[j].text[:1].isupper() and tokens[start - 1].text.lower().endswith(
            ("ого", "его", "ой", "ей", "ая", "ое", "ый", "ий", "ых", "их")) and j - start < 3:
        start -= 1
    phrase = ru_phrase_nominative(text[tokens[start].start:tokens[link].start].strip())
    name = phrase[:1].upper() + phrase[1:] + " " + text[tokens[link].start:tokens[stop - 1].stop]
    return [make(text, tokens[start].start, tokens[stop - 1].stop, name, "pattern")]


RU_SCHOOLS = {"университет", "институт", "академия"}
MAX_FIELD = 3  # "нефти и газа", "транспорта и коммуникаций"


def _ru_school(text: str, tokens: list[Token], j: int, make) -> list[Mention]:
    """Russian: a capitalised place adjective + school head + the field in the genitive
    ("Атырауского университета нефти и газа" -> "Атырауский университет нефти и газа")."""
    from kzcn.nlp_ru import ru_genitive_noun, ru_phrase_nominative

    if j == 0 or _gap_breaks(text, tokens[j - 1], tokens[j]):
        return []
    adj = tokens[j - 1].text
    if not adj[:1].isupper() or not adj.lower().endswith(RU_ADJ_ANY) or \
            adj.lower().startswith(RU_GENERIC) or _sentence_initial(text, tokens[j - 1]):
        return []
    stop = j + 1
    while stop < len(tokens) and stop - j <= MAX_FIELD and tokens[stop].text.islower() and \
            not _gap_breaks(text, tokens[stop - 1], tokens[stop]) and \
            (tokens[stop].text == "и" or ru_genitive_noun(tokens[stop].text)):
        stop += 1
    while stop > j + 1 and tokens[stop - 1].text == "и":
        stop -= 1
    if stop == j + 1 or stop < len(tokens) and tokens[stop].text[:1].isupper() and \
            not _gap_breaks(text, tokens[stop - 1], tokens[stop]):
        return []
    head = ru_phrase_nominative(text[tokens[j - 1].start:tokens[j].stop])
    name = head[:1].upper() + head[1:] + text[tokens[j].stop:tokens[stop - 1].stop]
    return [make(text, tokens[j - 1].start, tokens[stop - 1].stop, name, "pattern")]


def _cn_name_at(tokens: list[Token], i: int) -> bool:
    from kzcn.link.cn_names import is_cn_name

    return i + 1 < len(tokens) and is_cn_name(tokens[i].text, tokens[i + 1].text)


#: Legal forms used only for companies registered in Kazakhstan (ЖШС/ТОО = LLP, АҚ/АО = JSC).
KZ_LEGAL = ("ЖШС", "ТОО", "АҚ", "АО", "LLP")
_KZ_BEFORE = re.compile(r"\b(?:" + "|".join(KZ_LEGAL) + r")[\s«\"“]*$")
_KZ_AFTER = re.compile(r"^[\s»\"”]*(?:" + "|".join(KZ_LEGAL) + r")\b")


def kz_legal_beside(text: str, start: int, stop: int) -> bool:
    """True when a Kazakh legal form stands right before or after the name at [start, stop)
    ("ТОО «X Solutions»", "«X Group» ЖШС", "X Solutions LLP")."""
    return bool(_KZ_BEFORE.search(text[max(0, start - 8):start]) or
                _KZ_AFTER.search(text[stop:stop + 8]) or
                re.search(r"\bLLP\.?$", text[start:stop]))


#: A name ending in a year or an event word names an event ("AgroNord-2026", "X Forum").
EVENT_NAME = re.compile(r"(?:[-–—]\s?|\s)(?:19|20)\d\d$|\b(?:Forum|Expo|Summit|Fair|EXPO)$")


def names_event(name: str) -> bool:
    """True for a forum, fair or exhibition name rather than an organisation."""
    return bool(EVENT_NAME.search(name.strip(" »\"")))


def _past_country(tokens: list[Token], start: int, j: int, places: list[Mention]) -> int:
    """A body's name opening with a country before a place ("Қытайдың Шэньси провинциясы партия
    комитеті") starts at the place: the country only says whose province it is."""
    def kind_at(i: int) -> str | None:
        return next((m.kind for m in places if m.start <= tokens[i].start < m.stop), None)
    located = any(t.text.lower().endswith(("дағы", "дегі", "тағы", "тегі")) for t in tokens[start + 1:j])
    if start + 1 < j and kind_at(start) == "country" and kind_at(start + 1) in ("cn_place", "kz_region", "kz_place") \
            and not located:  # "Қазақстанның Ухань қаласындағы Бас консулдығы" is Kazakhstan's
        return start + 1
    return start
