"""People with roles from apposition patterns.

Kazakh: "[<region/body>-ның] <title> [орынбасары] [мырза] <Name Surname>-<case>";
Russian: "[заместитель] <title> [<region/body in genitive>] [госпожа] <Name Surname>".
The title comes from the gazetteer's role entries; names are put in the nominative.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from kzcn.gazetteer import Token, tokenize
from kzcn.gazetteer.fuzzy import CYRILLIC
from kzcn.gazetteer.tsv import read_tsv
from kzcn.link.morph import kk_nominative, stems
from kzcn.link.translit import ascii_slug, to_latin
from kzcn.model import Mention

RULES = Path(__file__).parent / "rules" / "entities"
MAX_NAME = 3
MAX_COMPLEMENT = 7  # tokens of a Russian genitive complement: "директора торгового бюро города X"
CHINESE_ROLES = {"governor", "vice governor", "mayor", "party secretary"}


@lru_cache(maxsize=1)
def name_words() -> dict[str, str]:
    return {row[0].lower(): row[1] for row in read_tsv(RULES / "name_words.tsv", 2)}


def _word_type(token: Token) -> str | None:
    for stem in stems(token.text):
        if stem in name_words():
            return name_words()[stem]
    return None


def _name_at(tokens: list[Token], i: int, taken: set[int], text: str) -> int:
    """How many capitalised Cyrillic tokens from ``i`` form a name (0 if none)."""
    n = 0
    while n < MAX_NAME and i + n < len(tokens):
        token = tokens[i + n]
        if i + n in taken or not token.text[:1].isupper() or token.text[:1].lower() not in CYRILLIC:
            break
        if _word_type(token) == "not_name" or token.text.isupper() or \
                (n and "\n" in text[tokens[i + n - 1].stop:token.start]):
            break
        n += 1
    return n


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
    of = _of_before(tokens, first, spans)
    i = last + 1
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
        elif i in spans:
            return None
        elif _name_at(tokens, i, set(spans_taken(spans)), text):
            break
        elif not tokens[i].text.islower() or lang != "ru" and kind is None:
            return None
        i += 1
    else:
        return None
    size = _name_at(tokens, i, set(spans_taken(spans)), text)
    if not size:
        return None
    if title == "head" and of is not None and of.kind == "kz_region":
        title = "akim"
    if deputy and not title.startswith(("first deputy", "deputy", "vice")):
        title = "deputy " + title
    return _person(text, tokens[i:i + size], title, of, main_region, lang)


def spans_taken(spans):
    return {i for first, (last, _) in spans.items() for i in range(first, last + 1)}


def SENTENCE_BREAK(text: str, left: Token, right: Token) -> bool:  # noqa: N802
    gap = text[left.stop:right.start]
    return any(c in gap for c in ".!?\n;:«»\"")


def _of_before(tokens, first, spans):
    for k in range(first - 1, max(-1, first - 12), -1):
        for start, (last, mention) in spans.items():
            if last == k and mention.kind in ("kz_region", "kz_place", "org"):
                return mention
    return None


def _person(text, name_tokens, title, of, main_region, lang) -> Mention:
    from kzcn.nlp_ru import ru_name_nominative

    start, stop = name_tokens[0].start, name_tokens[-1].stop
    raw = " ".join(t.text for t in name_tokens)
    if lang == "ru":
        name = ru_name_nominative(raw)
    else:
        words = raw.split()
        name = " ".join(words[:-1] + [kk_nominative(words[-1])])
    if of is not None:
        of_name = of.region if of.kind == "kz_place" and of.region else of.canonical
        country = of.country or "KZ"
    else:
        of_name = main_region if title.endswith("akim") else None
        country = "CN" if title in CHINESE_ROLES else ("KZ" if of_name else None)
    latin = to_latin(name)
    return Mention(start=start, stop=stop, text=text[start:stop], kind="person", canonical=name,
                   entity_id="person:" + ascii_slug(name), country=country, role=title,
                   of=of_name, latin=latin, source="pattern")
