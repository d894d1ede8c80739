"""Name normalisation for scoring: case, punctuation, quotes, legal suffixes and case endings."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

#: Legal-form words dropped before comparing organisation names (kk, ru, en).
LEGAL_SUFFIXES = frozenset(
    "co ltd llc inc jsc plc corp gmbh limited company тоо жшс ао ак оао зао пао ооо ип".split()
)
#: Kazakh case and possessive endings, longest first (reduced to the nominative for comparison).
KK_ENDINGS = tuple(sorted(
    "ның нің дың дің тың тің ға ге қа ке на не да де та те нда нде нан нен дан ден тан тен "
    "мен бен пен ны ні ды ді ты ті сы сі ын ін н ы і ғы гі сына сіне сында сінде сынан сінен "
    "сының сінің ымен імен ына іне ында інде ынан інен ының інің дағы дегі тағы тегі ндағы ндегі "
    "лар лер дар дер тар тер".split(), key=len, reverse=True))
#: Russian noun/adjective endings (a crude stemmer: both sides are reduced alike).
RU_ENDINGS = tuple(sorted(
    "ами ями ого его ому ему ыми ими ой ей ую юю ая яя ое ее ий ый ом ем ам ям ах ях ов ев а я у ю е ы и о ь".split(),
    key=len, reverse=True))
#: Chinese legal forms, written without a space after the name (SCHEMA.md: legal suffixes ignored).
ZH_LEGAL_FORMS = re.compile(r"(?<=[\u4e00-\u9fff])(?:股份有限公司|有限责任公司|有限責任公司|有限公司)$")
_PUNCT = re.compile(r"[^\w\s]", re.UNICODE)
MIN_STEM = 3


def _strip_ending(word: str) -> str:
    for endings in (KK_ENDINGS, RU_ENDINGS):
        for ending in endings:
            if word.endswith(ending) and len(word) - len(ending) >= MIN_STEM:
                word = word[: -len(ending)]
                break
    return word


@lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """A comparison key: lower case, no punctuation or legal suffixes, endings stripped."""
    text = unicodedata.normalize("NFKC", name or "").lower().replace("ё", "е")
    words = [ZH_LEGAL_FORMS.sub("", w) or w for w in _PUNCT.sub(" ", text).split() if w not in LEGAL_SUFFIXES]
    return " ".join(_strip_ending(w) for w in words)


def overlap(left: list[str] | tuple[str, ...], right: list[str] | tuple[str, ...]) -> bool:
    """True if the two name lists share a name (compared by ``name_key``)."""
    return bool({name_key(x) for x in left} & {name_key(x) for x in right})
