"""People with roles from apposition patterns.

Kazakh: "[<region/body>-ның] <title> [орынбасары] [мырза] <Name Surname>-<case>";
Russian: "[заместитель] <title> [<region/body in genitive>] [госпожа] <Name Surname>".
The title comes from the gazetteer's role entries; names are put in the nominative.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from kzcn.gazetteer import Token, tokenize
from kzcn.gazetteer.fuzzy import CYRILLIC
from kzcn.gazetteer.tsv import read_tsv
from kzcn.link.cn_names import cn_name_nominative, is_cn_name, is_mandarin
from kzcn.link.morph import kk_nominative, stems
from kzcn.link.ru_names import declined_name_nominative
from kzcn.extract.entities.people.ru import (KK_GENITIVE, RU_PLACE_PREPOSITIONS, adjective_of_place,
                                             title_case)
from kzcn.link.translit import ascii_slug, to_latin
from kzcn.model import Mention

RULES = Path(__file__).parent.parent.parent / "rules" / "entities"
MAX_NAME = 3
MAX_COMPLEMENT = 7  # tokens of a Russian genitive complement: "директора торгового бюро города X"
CHINESE_ROLES = {"governor", "vice governor", "mayor", "party secretary"}
#: Titles that name a Kazakh unit's akim when an English text says "Governor"/"Mayor" of one.
AKIM_TITLES = {"governor": "akim", "mayor": "akim", "vice governor": "deputy akim",
               "head": "akim"}
NAME_GAP = re.compile(r"[ \t]{1,2}")  # only spaces stand between the words of one name


@lru_cache(maxsize=1)
def name_words() -> dict[str, str]:
    return {row[0].lower(): row[1] for row in read_tsv(RULES / "name_words.tsv", 2)}


def _word_type(token: Token) -> str | None:
    for stem in stems(token.text):
        if stem in name_words():
            return name_words()[stem]
    return None


def _is_name_word(token: Token, lang: str | None) -> bool:
    first = token.text[:1]
    script_ok = first.lower() in CYRILLIC or (lang == "en" and first.isascii())
    caps_ok = not token.text.isupper() or len(token.text) == 1 and token.text.lower() in _surnames()
    return first.isupper() and script_ok and caps_ok \
        and _word_type(token) != "not_name" and not token.text.endswith(("'s", "’s"))


def _name_at(tokens: list[Token], i: int, taken: set[int], text: str,
             lang: str | None = None) -> int:
    """How many capitalised tokens from ``i`` form a name (0 if none); a Chinese
    surname + Mandarin given name is two tokens (three with a split given name)."""
    if i + 1 < len(tokens) and i not in taken and i + 1 not in taken and \
            _joined(text, tokens[i], tokens[i + 1]) and is_cn_name(tokens[i].text, tokens[i + 1].text):
        third = i + 2 < len(tokens) and _joined(text, tokens[i + 1], tokens[i + 2]) and \
            _third_syllable(tokens[i + 2].text)
        return 3 if third else 2
    n = 0
    while n < MAX_NAME and i + n < len(tokens):
        token = tokens[i + n]
        if i + n in taken or not _is_name_word(token, lang) or n and _cn_name_next(tokens, i + n, text):
            break
        if n and not _joined(text, tokens[i + n - 1], token):
            break
        n += 1
    return n


MAX_THIRD = 4  # "Пинг", "Джау": a given name's second syllable written apart, press spelling


def _third_syllable(word: str) -> bool:
    """A given name's syllable written as a word of its own ("Ван Цзи Линь", "Ма Цзин Чжоу"),
    or the surname repeated in capitals after the name ("Шан Мин ЛИ")."""
    if word.isupper():
        return len(word) <= 3 and word.lower() in _surnames()
    return word[:1].isupper() and len(word) <= MAX_THIRD and is_mandarin(word)


def _cn_name_next(tokens: list[Token], i: int, text: str) -> bool:
    """Whether a Chinese name (surname + Mandarin given name) starts at token ``i``, joined to
    the word before it ("... Jinlong Zhao Guoqiang": the company's word ends before it)."""
    return 0 < i < len(tokens) - 1 and _joined(text, tokens[i - 1], tokens[i]) and \
        _joined(text, tokens[i], tokens[i + 1]) and is_cn_name(tokens[i].text, tokens[i + 1].text)


#: Place-type words: a capitalised word right before one belongs to a place name ("Іле Қазақ
#: автономиялық облысы", "Синьцзян-Уйгурского автономного района"), not to a person's.
PLACE_TYPE_NEXT = ("автономиялық", "автономн", "облыс", "аудан", "провинция", "өлке", "област",
                   "район", "округ", "autonomous", "prefecture")


def _place_type_next(tokens: list[Token], i: int, text: str) -> bool:
    return i < len(tokens) and _joined(text, tokens[i - 1], tokens[i]) and \
        tokens[i].text.islower() and tokens[i].text.startswith(PLACE_TYPE_NEXT)


def _joined(text: str, left: Token, right: Token) -> bool:
    return bool(NAME_GAP.fullmatch(text[left.stop:right.start]))


def find_people(text: str, mentions: list[Mention], lang: str | None,
                main_region: str | None) -> list[Mention]:
    """Person mentions (kind ``person``) with role, ``of`` and country, from title appositions."""
    tokens = tokenize(text)
    at = {t.start: i for i, t in enumerate(tokens)}
    spans = {}
    for m in mentions:
        if m.start in at:
            first = at[m.start]
            last = max(i for i, t in enumerate(tokens) if t.start < m.stop)
            spans[first] = (last, m)
    taken = {i for first, (last, _) in spans.items() for i in range(first, last + 1)}
    out = []
    for first, (last, role) in sorted(spans.items()):
        if role.kind != "role":
            continue
        person = _after_role(text, tokens, first, last, role, spans, taken, lang, main_region)
        if person is None and lang == "en":
            person = _en_before_role(text, tokens, first, last, role, spans, main_region)
        if person:
            out.append(person)
    return out


def _after_role(text, tokens, first, last, role, spans, taken, lang, main_region):
    title, deputy, of = role.canonical, False, None
    if first > 0 and _word_type(tokens[first - 1]) == "deputy":
        deputy = True
    if first > 1 and _word_type(tokens[first - 1]) == "deputy" and \
            _word_type(tokens[first - 2]) == "first":
        title = "first deputy " + title
    of = _of_before(tokens, first, spans, text, 2 if lang == "ru" else 12)
    i = last + 1
    if lang == "kk" and tokens[last].text.endswith(KK_GENITIVE) and i < len(tokens) and \
            tokens[i].text[:1].isupper():
        return None  # "Президентінің Жолдауы": the title's possession, not its holder
    for _ in range(MAX_COMPLEMENT):
        if i >= len(tokens) or SENTENCE_BREAK(text, tokens[i - 1], tokens[i]):
            return None
        kind = _word_type(tokens[i])
        if kind == "deputy":
            deputy = True
        elif kind in ("between", "first"):
            pass
        elif i in spans and spans[i][1].kind in ("kz_region", "kz_place", "org", "cn_place"):
            of = spans[i][1]
            i = spans[i][0]
        elif i in spans and spans[i][1].kind == "country":
            i = spans[i][0]  # "консула Республики X в Y", "министра РК"
        elif i in spans:
            return None
        elif lang == "ru" and tokens[i - 1].text in RU_PLACE_PREPOSITIONS and tokens[i].text[:1].isupper():
            pass  # "консула X в Шанхае": a place the gazetteer missed in its case form
        elif lang == "ru" and adjective_of_place(tokens, i, spans):
            pass  # "акимом Восточного X": the adjective opens the region's name
        elif _name_at(tokens, i, set(spans_taken(spans)), text, lang):
            break
        elif not tokens[i].text.islower() or lang not in ("ru", "en") and kind is None:
            return None
        i += 1
    else:
        return None
    size = _name_at(tokens, i, set(spans_taken(spans)), text, lang)
    if size and _cn_name_next(tokens, i + size, text):  # "of Tangshan Jinlong Zhao Guoqiang"
        i += size
        size = _name_at(tokens, i, set(spans_taken(spans)), text, lang)
    if not size or _place_type_next(tokens, i + size, text):
        return None
    chinese = is_cn_name(tokens[i].text, tokens[i + 1].text) if size > 1 else False
    title = _akim_title(title, of, chinese, lang)
    if deputy and not title.startswith(("first deputy", "deputy", "vice")):
        title = "deputy " + title
    if _background_head(title, of, tokens[i + size - 1].text, lang, tokens[first].text):
        return None
    head = tokens[first - 1] if first and _word_type(tokens[first - 1]) == "deputy" else tokens[first]
    case = title_case(head.text) if lang == "ru" else None
    return _person(text, tokens[i:i + size], title, of, main_region, lang, case)


#: Titles whose holder is named in passing in regional news ("Президент X-тың сапары",
#: "по поручению Президента X"): in the genitive they are background, not a party.
BACKGROUND_TITLES = {"president"}


def _background_head(title: str, of, last_word: str, lang: str | None, title_word: str) -> bool:
    if title not in BACKGROUND_TITLES or of is not None:
        return False
    if lang == "kk":
        return last_word.endswith(KK_GENITIVE)
    return lang == "ru" and title_case(title_word) == "gent"


def _en_before_role(text, tokens, first, last, role, spans, main_region):
    """English "NAME, <title> of <body or unit>" ("said Wang Lei, chairman of X Group")."""
    title, k, deputy = role.canonical, first, False
    if k > 0 and _word_type(tokens[k - 1]) == "deputy":
        k, deputy = k - 1, True
    if k < 2 or not re.fullmatch(r", ?", text[tokens[k - 1].stop:tokens[k].start]):
        return None
    taken = set(spans_taken(spans))
    start = next((s for s in range(max(0, k - MAX_NAME), k - 1)
                  if _name_at(tokens, s, taken, text, "en") == k - s), None)
    if start is None:
        return None
    of = None
    if last + 2 < len(tokens) and tokens[last + 1].text == "of" and last + 2 in spans and \
            spans[last + 2][1].kind in ("kz_region", "kz_place", "org", "cn_place"):
        of = spans[last + 2][1]
    chinese = is_cn_name(tokens[start].text, tokens[start + 1].text)
    title = _akim_title(title, of, chinese, "en")
    if deputy and not title.startswith(("first deputy", "deputy", "vice")):
        title = "deputy " + title
    return _person(text, tokens[start:k], title, of, main_region, "en")


def _akim_title(title: str, of, chinese: bool, lang: str | None) -> str:
    """"head"/"governor"/"mayor" of a Kazakh unit is its akim (English texts say governor)."""
    kazakh_of = of is not None and of.kind in ("kz_region", "kz_place")
    if title == "head" and not kazakh_of:
        return title
    if title in AKIM_TITLES and (kazakh_of or (of is None and lang == "en" and not chinese)):
        return AKIM_TITLES[title]
    return title


def spans_taken(spans):
    return {i for first, (last, _) in spans.items() for i in range(first, last + 1)}


def SENTENCE_BREAK(text: str, left: Token, right: Token) -> bool:  # noqa: N802
    gap = text[left.stop:right.start]
    return any(c in gap for c in ".!?\n;:«»\"")


def _of_before(tokens, first, spans, text="", reach=12):
    """The unit or body named before a title in its own sentence ("Павлодар облысының әкімі");
    a unit closing the sentence before ("... Шымкентом. Заместитель акима области X") is not.
    Russian names the body after the title, so only a unit right before counts there
    ("подписано в X при участии министра Y": X is where, not whose)."""
    for k in range(first - 1, max(-1, first - reach), -1):
        if text and SENTENCE_BREAK(text, tokens[k], tokens[k + 1]):
            return None
        for start, (last, mention) in spans.items():
            if last == k and mention.kind in ("kz_region", "kz_place", "org"):
                return mention
    return None


def _person(text, name_tokens, title, of, main_region, lang, case=None) -> Mention:
    from kzcn.nlp_ru import ru_name_nominative

    start, stop = name_tokens[0].start, name_tokens[-1].stop
    raw = " ".join(t.text for t in name_tokens)
    if len(name_tokens) >= 2 and is_cn_name(name_tokens[0].text, name_tokens[1].text):
        name = cn_name_nominative(name_tokens[0].text, " ".join(t.text for t in name_tokens[1:]),
                                  text) if lang == "ru" else raw
        if lang == "kk":
            name = " ".join(raw.split()[:-1] + [kk_nominative(raw.split()[-1])])
    elif lang == "ru":
        name = declined_name_nominative(raw, ru_name_nominative(raw), case)
    elif lang == "en":
        name = raw
    else:
        words = raw.split()
        name = " ".join(words[:-1] + [kk_nominative(words[-1])])
    if of is not None:
        of_name = of.region if of.kind == "kz_place" and of.region else of.canonical
        country = of.country or "KZ"
    else:
        of_name = main_region if title.endswith("akim") else None
        chinese = len(name_tokens) > 1 and is_cn_name(name_tokens[0].text, name_tokens[1].text)
        country = "CN" if title in CHINESE_ROLES or chinese else ("KZ" if of_name else None)
    latin = to_latin(name)
    return Mention(start=start, stop=stop, text=text[start:stop], kind="person", canonical=name,
                   entity_id="person:" + ascii_slug(name), country=country, role=title,
                   of=of_name, latin=latin, source="pattern")


def cn_name_spans(text: str, tokens: list[Token]) -> list[tuple[int, int]]:
    """Character spans of Chinese names (surname + Mandarin given name) in ``text``."""
    out, i = [], 0
    while i + 1 < len(tokens):
        word = tokens[i].text  # capitalised: "пен" ("and") is no surname in "X пен Лю Цзянь"
        size = _name_at(tokens, i, set(), text) if word[:1].isupper() and \
            word.lower() in _surnames() else 0
        if size >= 2 and is_cn_name(tokens[i].text, tokens[i + 1].text):
            out.append((tokens[i].start, tokens[i + size - 1].stop))
            i += size
        else:
            i += 1
    return out


def _surnames():
    from kzcn.link.cn_names import cn_surnames

    return cn_surnames()
