"""Russian bodies named by what follows their noun.

"консульства РК в Урумчи" -> "Консульство РК в Урумчи", "Центра по обслуживанию инвесторов X" ->
"Центр по обслуживанию инвесторов X", "индустриальная зона Alpha" -> "Индустриальная зона
Alpha", and a capitalised noun mid-sentence with its genitive complement ("поддержке Фонда
развития торговли" -> "Фонд развития торговли").
"""

from __future__ import annotations

import re

from kzcn.gazetteer import Token
from kzcn.model import Mention

ACRONYM = re.compile(r"[А-ЯЁӘҒҚҢӨҰҮҺІ]{2,5}")
LATIN_WORD = re.compile(r"[A-Z][A-Za-z'-]+")
LINKS = {"в", "по"}  # "посольство РК в КНР", "центр по обслуживанию инвесторов"
MAX_LOWER = 3
MAX_TAIL = 6
GAP = re.compile(r"[ \t]{1,2}")
RU_ADJ_ANY = ("ая", "ой", "ую", "ый", "ий", "ое", "ого", "ому", "ым", "ом", "ей", "ее", "его",
              "ых", "их", "ыми", "ими")


def _joined(text: str, left: Token, right: Token) -> bool:
    return bool(GAP.fullmatch(text[left.stop:right.start]))


def _mid_sentence(text: str, token: Token) -> bool:
    before = text[:token.start].rstrip(" \t")
    return bool(before) and before[-1] not in ".!?\n:«\"“"


def _tail_stop(text: str, tokens: list[Token], k: int, capital: bool, legal: frozenset[str]) -> int:
    """Index past the name's tail starting at token ``k`` (``k`` when there is none)."""
    from kzcn.nlp_ru import ru_genitive_noun

    if k < len(tokens) and LATIN_WORD.fullmatch(tokens[k].text):
        return k + 1  # "зона Alpha"
    stop, lower, genitives, i = k, 0, True, k
    while i < len(tokens) and i - k < MAX_TAIL and _joined(text, tokens[i - 1], tokens[i]):
        word = tokens[i].text
        if ACRONYM.fullmatch(word) and word.lower() not in legal:
            stop = i + 1
        elif word in LINKS and i > k or word == "по" and i == k:
            genitives = False
        elif word.islower() and lower < MAX_LOWER:
            lower += 1
            genitives = genitives and ru_genitive_noun(word)
            if capital and genitives:
                stop = i + 1  # "Фонда развития торговли"
        else:
            break
        i += 1
    return stop


def ru_tail_orgs(text: str, tokens: list[Token], j: int, hit: tuple[int, str],
                 legal: frozenset[str]) -> list[Mention]:
    """The body whose noun (``hit``: token count, nominative) is at token ``j``, named by
    its tail; a company's legal noun is no body ("компанией X" is X's)."""
    from kzcn.extract.entities.orgs.heads import org_mention
    from kzcn.nlp_ru import ru_phrase_nominative

    size = hit[0]
    head = tokens[j + size - 1]
    if hit[1].lower() in legal or j + size >= len(tokens) or \
            not _joined(text, head, tokens[j + size]):
        return []
    capital = tokens[j].text[:1].isupper() and _mid_sentence(text, tokens[j])
    stop = _tail_stop(text, tokens, j + size, capital, legal)
    if stop == j + size:
        return []
    start = j
    while start > 0 and j - start < 2 and not capital and tokens[start - 1].text.islower() and \
            tokens[start - 1].text.endswith(RU_ADJ_ANY) and _joined(text, tokens[start - 1], tokens[start]):
        start -= 1
    phrase = ru_phrase_nominative(text[tokens[start].start:head.stop])
    name = phrase[:1].upper() + phrase[1:] + text[head.stop:tokens[stop - 1].stop]
    return [org_mention(text, tokens[start].start, tokens[stop - 1].stop, name, "pattern")]
