"""Organisations by pattern: Latin-script names in Cyrillic text, quoted names beside an
organisation noun ("«X» ЖШС", "компания «X»"), capitalised phrases ending in such a noun
("... ынтымақтастық орталығы"), and gazetteer organisations. Outlets and rubrics are dropped."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from kzcn.gazetteer import LIST_WORDS, Gazetteer, Token, tokenize
from kzcn.extract.entities.orgs.heads import LEGAL, RULES, head_at, org_heads
from kzcn.extract.entities.orgs.heads import org_mention as _org
from kzcn.extract.entities.orgs.english import drop_acronym_aliases, expand_short_aliases, split_listed
from kzcn.extract.entities.orgs.kinds import kk_plural
from kzcn.extract.entities.orgs.phrases import COMPANY_WORDS, head_phrase_orgs, kz_legal_beside, names_event
from kzcn.extract.entities.quotes import quoted_pieces
from kzcn.extract.entities.orgs.junk import not_a_name
from kzcn.gazetteer.tsv import read_tsv
from kzcn.link.morph import stems
from kzcn.link.translit import ascii_slug
from kzcn.model import Mention

L = "A-Za-zÀ-ÖØ-öø-ɏ"  # Latin letters with diacritics ("Lüye", "Lüzhou")
# Words may hold apostrophes ("Xi'an", "Xi’an"); a dash between spaced words stays inside a
# name ("China Railway Asia – Europe Construction"), as does a bracketed word ("Jinxin (Xi’an) Seed").
LATIN_RUN = re.compile(
    rf"(?<![\w./=?&])[{L}][{L}0-9&'’.]*(?:(?:,? |-| & | [–—] )(?:[{L}][{L}0-9&'’.]*|\d+|\([{L}][{L}'’ ]*\))(?![\w]))*")
ACRONYM_AFTER = re.compile(r"\s*\([A-Z]{2,6}\)$")
#: A title before a company's name ("President of X Co."): the company is X.
TITLE_OF = re.compile(r"(?:(?:Co|Vice|Deputy|Executive)[- ])?(?:President|Chairman|Chairwoman|Chair|CEO|"
                      r"General Manager|Director|Head|Founder|Representative)(?: and [A-Z]\w+)? of (?:the )?(?=[A-Z])")
DOMAIN = re.compile(r"\b[\w-]+\.(?:kz|ru|com|cn|org|net|info)\b", re.IGNORECASE)
CONNECTORS = {"and", "of", "for", "the", "&", "de"}
ADJECTIVE = ("ая", "ой", "ую", "ый", "ий", "ое", "ого", "ому", "ым", "ом", "ей", "ее", "его")
ROMAN = re.compile(r"[IVXLC]+")  # "VIII «Китай – Евразия» көрмесі": an ordinal, not a name
RU_VERB = ("ась", "ся", "лась", "лось", "лись", "ла", "ло", "ли", "ет", "ут", "ют", "ит", "ят")
KK_ATTRIBUTIVE = ("дағы", "дегі", "тағы", "тегі")  # locative + -ғы: "орталығындағы" = "in the centre"
MAX_GAP = 4  # tokens between a quoted name and its organisation noun ("«X» ұлттық компаниясы")


@lru_cache(maxsize=1)
def legal_heads() -> frozenset[str]:
    """Heads that are a legal form or the word "company" (not part of a quoted name)."""
    return frozenset(row[2].lower() for row in read_tsv(RULES / "org_heads.tsv", 4)
                     if row[3] == "legal")


@lru_cache(maxsize=1)
def not_orgs() -> frozenset[str]:
    return frozenset(row[0].lower() for row in read_tsv(RULES.parent.parent.parent / "gazetteer"
                                                      / "data" / "not_orgs.tsv", 1))


@lru_cache(maxsize=1)
def outlet_phrases() -> tuple[str, ...]:
    return tuple(row[0].lower() for row in read_tsv(RULES / "outlets.tsv", 1))


def latin_orgs(text: str) -> list[Mention]:
    """Runs of capitalised Latin words in Cyrillic text: company names in this field; a list
    ("X Co., Ltd, Y Group") gives one name per member."""
    out = []
    for match in LATIN_RUN.finditer(text):
        for offset, run in split_listed(_sentence_part(match.group())):
            mention = _latin_org(text, match.start() + offset, run)
            if mention is not None:
                out.append(mention)
    return out


def _sentence_part(run: str) -> str:
    """A Latin run up to a sentence's full stop ("... Co., Ltd. Yunnan X намерена")."""
    return re.split(r"(?<=\.) (?!(?:Ltd|LTD|Limited|LIMITED|LLC|Inc)\b)(?=[A-Z])", run)[0]


def _latin_org(text: str, start: int, run: str) -> Mention | None:
    run = run.rstrip(" ,-")
    if title := TITLE_OF.match(run):
        start, run = start + title.end(), run[title.end():]
    run = ACRONYM_AFTER.sub("", run)  # "X Co., Ltd. (XC)": the acronym is an alias, not the name
    if run.endswith(".") and not re.search(r"(?:Co|Inc|Corp)\.$", run):
        run = run[:-1]  # the sentence's full stop, also after "Ltd" ("Co., Ltd" is the name)
    words = run.replace(",", " ").split()
    if not any(c.isupper() for c in run) or DOMAIN.search(run):
        return None
    while words and (words[-1].lower() in CONNECTORS or not any(c.isupper() for c in words[0])
                     and len(words) > 1 and words[0].islower()):
        words.pop()
    if run.lower() in not_orgs() or all(w.lower() in not_orgs() for w in words):
        return None
    if len(run) < 2 or ROMAN.fullmatch(run) or not LEGAL.sub("", run).strip(" ,.") or \
            not_a_name(text, start, run):
        return None
    mention = _org(text, start, start + len(run), run, "pattern")
    return replace(mention, country="KZ") if kz_legal_beside(text, start, start + len(run)) \
        else mention


def quoted_orgs(text: str, tokens: list[Token], lang: str | None = None) -> list[Mention]:
    """Quoted names: Latin ones always; Cyrillic ones beside an organisation noun."""
    starts = {t.start: i for i, t in enumerate(tokens)}
    out = []
    for match in quoted_pieces(text, legal_heads()):
        inner = match.group(1).strip()
        if inner.lower() in not_orgs() or len(inner.split()) > 8 or re.search(r"[.!?]\s", inner) \
                or inner[:1].islower():  # «дочки»: a word in quotes, not a name
            continue
        latin = sum(c.isascii() and c.isalpha() for c in inner) > len(inner) / 2
        after = next((i for s, i in starts.items() if s > match.end()), None)
        before = [i for i, t in enumerate(tokens) if t.stop <= match.start()]
        if latin:
            mention = _org(text, match.start(1), match.start(1) + len(inner), inner, "pattern")
            kz = kz_legal_beside(text, match.start(), match.end())
            out.append(replace(mention, country="KZ") if kz else mention)
            continue
        described = _described(text, tokens, before, match, inner, lang)
        if described is not None:
            out.append(described)
            continue
        if after is not None:
            if re.search(r"[.!?;:]", text[match.end():tokens[after].start]):
                continue
            hit = _head_after(tokens, after, text)
            if hit and (any(t.text.lower() in LIST_WORDS for t in tokens[after:hit[0]])
                        or lang == "kk" and kk_plural(tokens[hit[0] + hit[1] - 1].text, hit[2])):
                hit = None  # "«X» және қытайлық компаниялар": X and Chinese companies, not X's name
            if hit:
                j, size, nominative = hit
                words = [inner] + [t.text for t in tokens[after:j]] + [nominative]
                if j == after and (nominative.isupper() and nominative.lower() in legal_heads()
                                   or nominative in COMPANY_WORDS):
                    words = [inner]  # "«X» АҚ", "«X» компаниясы": the legal form is not the name
                out.append(_org(text, match.start(), tokens[j + size - 1].stop, " ".join(words),
                                "pattern"))
    return out


def _described(text: str, tokens: list[Token], before: list[int], match: re.Match,
               inner: str, lang: str | None) -> Mention | None:
    """A quoted name after its organisation noun: "ТОО «X»" -> X; a body keeps its noun phrase
    ("в индустриальной зоне «X»" -> "индустриальная зона «X»", "центр приграничного
    сотрудничества «X»")."""
    if not before or re.search(r"[^\s]", text[tokens[before[-1]].stop:match.start()]):
        return None
    for h in range(before[-1], max(-1, before[-1] - (3 if lang == "ru" else 1)), -1):
        hit = head_at(tokens, h)
        if hit and h + hit[0] - 1 <= before[-1]:
            if tokens[h + hit[0] - 1].text.endswith(KK_ATTRIBUTIVE):
                return None  # "орталығындағы «X» аймағы": "in the centre", no apposition
            break
        if not tokens[h].text.islower() or re.search(r"[^\s]", text[tokens[h - 1].stop:tokens[h].start]) \
                or tokens[h].text.endswith(RU_VERB):  # "центр открылась выставка «X»"
            return None
    else:
        return None
    start_inner = match.start(1)
    inner_tokens = tokenize(inner)
    named = len(inner_tokens) > 1 and head_at(list(inner_tokens), len(inner_tokens) - 1)
    if hit[1].lower() in legal_heads() or lang != "ru" or named:  # «X технопарк» names itself
        return _org(text, start_inner, start_inner + len(inner), inner, "pattern")
    from kzcn.nlp_ru import ru_phrase_nominative

    start = h
    while start > 0 and h - start < 3 and tokens[start - 1].text.lower().endswith(ADJECTIVE) and \
            not re.search(r"[^\s]", text[tokens[start - 1].stop:tokens[start].start]):
        start -= 1
    phrase = ru_phrase_nominative(text[tokens[start].start:match.start()].strip())
    return _org(text, tokens[start].start, match.end(), f"{phrase} «{inner}»", "pattern")


def _head_after(tokens: list[Token], i: int, text: str = "") -> tuple[int, int, str] | None:
    for j in range(i, min(i + MAX_GAP, len(tokens))):
        if text and j > i and re.search(r"[.!?;:]", text[tokens[j - 1].stop:tokens[j].start]):
            return None
        hit = head_at(tokens, j)
        if hit:
            return j, hit[0], hit[1]
        if tokens[j].text[:1].isupper() and j > i:
            return None
    return None


EN_HEADS = re.compile(
    r"(?:Co\.?,? ?Ltd\.?|Co\.|Ltd\.?|LLC|LLP|JSC|Inc\.?|Corp\.?|Corporation|Group|Holding|Bank|Park|"
    r"Zone|Centre|Center|Ministry|Agency|Fund|Chamber|Association|Institute|University|Port|"
    r"Embassy|Consulate|Office|Department|Bureau|Company|Airport|College|Hub)$")
EN_BODY = re.compile(
    rf"(?:[A-Z][{L}'’.-]*(?: (?:and|of|for|on) | ))+(?:special economic zone|free economic zone|"
    r"industrial zone|industrial park|economic zone|logistics centre|trade house)")
EN_QUOTED = re.compile(r"((?:[A-Z][\w'-]*(?: (?:and|of|for|the) | ))+)[«\"“]([^\"»”\n]{2,40})[»\"”]")


def en_orgs(text: str) -> list[Mention]:
    """English organisations: capitalised runs ending in a legal form or an organisation noun
    ("... Co., Ltd", "Ministry of Foreign Affairs", "Xi'an International Trade and Logistics
    Park"), a place + "special economic zone", and "Centre for ... \"X\""."""
    out = []
    for match in EN_QUOTED.finditer(text):
        head = match.group(1).strip()
        if EN_HEADS.search(head) or re.search(r"\b(?:Centre|Center|Zone|Park)\b", head):
            out.append(_org(text, match.start(), match.end(), match.group(), "pattern"))
    for match in EN_BODY.finditer(text):
        out.append(_org(text, match.start(), match.end(), match.group(), "pattern"))
    for match in EN_RUN.finditer(text):
        run = re.split(r"(?<=\.) ", match.group())[0].rstrip(" ,")  # a run stops at a full stop
        if run.endswith(".") and not re.search(r"(?:Co|Inc|Corp)\.$", run):
            run = run[:-1]  # the sentence's full stop ("... Corporation.", "... Co., Ltd.")
        for offset, part in split_listed(run):  # "X Region and Y Group": one name per member
            mention = _en_org(text, match.start() + offset, part)
            if mention is not None:
                out.append(mention)
    return out


def _en_org(text: str, start: int, run: str) -> Mention | None:
    if title := TITLE_OF.match(run):
        start, run = start + title.end(), run[title.end():]
    words = run.split()
    while words and (words[0] in EN_NOT_FIRST or words[0].endswith("-based")):
        words.pop(0)
    name = " ".join(words)
    headed = words and (EN_HEADS.search(name) or words[0] in EN_FIRST_HEADS and " of " in name)
    if len(words) < 2 or not headed or name.lower() in not_orgs():
        return None
    start += len(run) - len(name)
    mention = _org(text, start, start + len(name), name, "pattern")
    return replace(mention, country="KZ") if kz_legal_beside(text, start, start + len(name)) \
        else mention


EN_RUN = re.compile(
    rf"[A-Z][{L}0-9'’&.-]*(?:(?:, (?=Ltd|Co\b)| | (?:and|of|for|on|&) )(?:[A-Z][{L}0-9'’&.-]*|Ltd\.?))*")
EN_FIRST_HEADS = {"Ministry", "Embassy", "Consulate", "Bank", "Department", "Chamber", "Agency",
                  "Bureau", "University", "Institute", "Port", "Office"}
EN_NOT_FIRST = {"The", "A", "An", "China's", "Kazakhstan's", "By", "In", "At", "With", "According",
                "Chinese", "Kazakh", "And", "Of", "For", "On"}


def outlet_names(text: str) -> set[str]:
    """Names of the outlet or author reporting ("деп хабарлайды TuraNews.kz" -> turanews)."""
    names = {m.group().split(".")[0].lower() for m in DOMAIN.finditer(text)}
    low = text.lower()
    for phrase in outlet_phrases():
        for match in re.finditer(re.escape(phrase) + r"[: \t]+([\w.-]+)", low):
            names.add(match.group(1).split(".")[0])
    return names


def find_organizations(text: str, gazetteer: Gazetteer, lang: str | None,
                       gaz_mentions: list[Mention]) -> list[Mention]:
    """Organisation mentions (patterns + gazetteer), outlets and rubric words removed."""
    tokens = tokenize(text)
    found = [_as_written(m, text, lang) for m in gaz_mentions if m.kind == "org"]
    found += quoted_orgs(text, tokens, lang) + head_phrase_orgs(text, tokens, gaz_mentions, lang)
    found += latin_orgs(text) if lang != "en" else en_orgs(text)
    outlets = outlet_names(text)
    places = [m for m in gaz_mentions if m.kind in ("kz_region", "kz_place", "cn_place", "country")]
    kept = []
    for mention in sorted(found, key=lambda m: (m.start, -(m.stop - m.start))):
        first = mention.canonical.split(".")[0].split()[0].lower() if mention.canonical else ""
        if first in outlets or mention.canonical.lower() in not_orgs() or \
                names_event(mention.canonical) or \
                mention.canonical.lower() in org_heads():  # "Сауда үйі" alone names nothing
            continue
        if any(p.start <= mention.start and mention.stop <= p.stop for p in places):
            continue
        if any(k.start <= mention.start and mention.stop <= k.stop for k in kept):
            continue
        kept = [k for k in kept if not (mention.start <= k.start and k.stop <= mention.stop)]
        kept.append(mention)
    kept = expand_short_aliases(drop_acronym_aliases(kept))
    return [replace(m, country=m.country or org_country(m.canonical, gazetteer)) for m in kept]


def _as_written(m: Mention, text: str, lang: str | None) -> Mention:
    """A known organisation named in the text only in Cyrillic keeps that form, in the
    nominative (SCHEMA: the Latin name where the text has one, else the text's script)."""
    if any(c.isascii() and c.isalpha() for c in m.text) or m.canonical.lower() in text.lower():
        return m
    if lang == "ru":
        from kzcn.nlp_ru import ru_phrase_nominative

        name = ru_phrase_nominative(m.text)
    else:
        from kzcn.link.morph import kk_nominative

        words = m.text.split()
        name = " ".join(words[:-1] + [kk_nominative(words[-1])])
    return replace(m, canonical=name)


def org_country(name: str, gazetteer: Gazetteer) -> str:
    """KZ when the name holds a Kazakh place or Kazakhstan, CN for a Chinese place or China;
    otherwise Latin-script names are taken as Chinese partners, Cyrillic ones as Kazakh."""
    for mention in gazetteer.find(name):
        if mention.kind in ("kz_region", "kz_place") or mention.country == "KZ":
            return "KZ"
        if mention.kind == "cn_place" or mention.country == "CN":
            return "CN"
    latin = sum(c.isascii() and c.isalpha() for c in name) > len(name) / 2
    if not latin:
        return "KZ"
    return latin_org_country(name)


#: Latin names of Kazakh firms: a Kazakh legal form, or a word made of "Kaz"/"Qaz" ("Qaz Carbon LLP",
#: "KazTransCom"). Other Latin names in this news are Chinese partners far more often than not
#: (a Latin brand with no sign either way, "Rivermark Motor", is taken as Chinese).
KZ_LATIN = re.compile(r"\b(?:LLP|JSC|TOO|Qaz\w*|Kaz\w*)\b")


def latin_org_country(name: str) -> str:
    """KZ for a Kazakh legal form or a Kaz-/Qaz- word, else CN."""
    return "KZ" if KZ_LATIN.search(name) else "CN"
