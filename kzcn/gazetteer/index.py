"""A suffix-aware token index: finds gazetteer names in inflected Kazakh/Russian text.

Every text token is reduced to its candidate stems (``kzcn.link.morph.stems``); a name variant
matches when each of its tokens meets one of the stems of the text token at that position.
Capitalised variant tokens demand a capitalised text token, so "Орал" the city is not the
verb "оралды". Longest match wins; among equal spans the one meeting the text on longer stems
("Цзянси" is Jiangxi's own form, only a stem "цзянс" of Jiangsu's "Цзянсу"), then the lower
``rank``.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from kzcn.gazetteer.entries import Entry
from kzcn.link.morph import kk_endings, ru_endings, stems

#: Chinese characters are one token each (Chinese writes no spaces), so hanzi variants
#: ("阿克托别州", "临清市") match inside running text; other words stay whole with their hyphens.
_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
TOKEN = re.compile(rf"[{_HAN}]|[^\W{_HAN}]+(?:[-'’.&][^\W{_HAN}]+)*", re.UNICODE)
MIN_RU_STEM = 4  # shorter Russian stems ("ия" of "Азия") collide with unrelated words
#: Type words that texts write in lower case ("Pavlodar region", "Shanxi province"): a variant's
#: capitalised "Region" does not demand a capital in the text.
TYPE_WORDS = frozenset({"region", "province", "city", "oblast", "district", "prefecture",
                        "county"})


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    stop: int
    text: str


@dataclass(frozen=True, slots=True)
class Pattern:
    forms: tuple[frozenset[str], ...]
    capital: tuple[bool, ...]
    entry: Entry
    words: tuple[str, ...] = ()  # the variant's own tokens, for the sound tie-break


@lru_cache(maxsize=16)
def tokenize(text: str) -> tuple[Token, ...]:
    """Word tokens with offsets (hyphenated and dotted words stay whole). Cached: the entity
    stage's finders tokenise the same article 7-8 times (1.6 of 20 ms per article, profiled)."""
    return tuple(Token(m.start(), m.end(), m.group()) for m in TOKEN.finditer(text))


def variant_forms(token: str) -> frozenset[str]:
    """A variant token and its stem without a Russian nominative ending."""
    low = token.lower().replace("ё", "е")
    out = {low}
    for cut in range(MIN_RU_STEM, len(low)):
        if low[cut:] in ru_endings():
            out.add(low[:cut])
    return frozenset(out)


@lru_cache(maxsize=65536)
def _sounds_alike(word: str, variant: str) -> int:
    """1 when ``word`` (or its stem) has the phonetic key of ``variant`` ("Цзянсы" of Jiangxi's
    "Цзянси", not Jiangsu's "Цзянсу"): the tie-break between variants sharing a stem."""
    from kzcn.link.translit import phonetic_key

    key = phonetic_key(variant)
    return int(any(phonetic_key(word[:len(stem)]) == key for stem in stems(word)))


def _is_capital(token: str) -> bool:
    return token[:1].isupper()


def _demands_capital(token: str) -> bool:
    return _is_capital(token) and token.lower() not in TYPE_WORDS


def _short_ru_stem(word: str, shared: set[str]) -> bool:
    """Whether a short Chinese name ("Али", "Уху") meets ``word`` only through a Russian
    ending: "Алия", "Алиев" are Kazakh personal names, while "Алиде" is the place in Kazakh."""
    low = word.lower().replace("ё", "е")
    best = max(shared, key=len)
    rest = low[len(best):].lstrip("-'’")
    return len(best) < MIN_RU_STEM and bool(rest) and rest not in kk_endings()


class TokenIndex:
    """Maps the first-token form of every variant to the patterns starting with it."""

    def __init__(self, entries: list[tuple[Entry, list[str]]]) -> None:
        self._by_first: dict[str, list[Pattern]] = defaultdict(list)
        for entry, variants in entries:
            for variant in variants:
                tokens = [t.text for t in tokenize(variant)]
                if not tokens:
                    continue
                forms = tuple(variant_forms(t) for t in tokens)
                capital = tuple(_demands_capital(t) for t in tokens)
                pattern = Pattern(forms, capital, entry, tuple(tokens))
                for form in forms[0]:
                    self._by_first[form].append(pattern)

    def _matches(self, pattern: Pattern, tokens: list[Token], i: int) -> int:
        """0 when ``pattern`` does not match at token ``i``, else the summed length of the
        stems it meets the text on (an exact form beats a shared shorter stem)."""
        if i + len(pattern.forms) > len(tokens):
            return 0
        quality = 0
        for k, (forms, capital) in enumerate(zip(pattern.forms, pattern.capital)):
            token = tokens[i + k]
            if capital and not _is_capital(token.text):
                return 0
            if k and tokens[i + k - 1].stop + 2 < token.start:
                return 0
            shared = stems(token.text) & forms
            if not shared or pattern.entry.kind == "cn_place" and _short_ru_stem(token.text, shared):
                return 0
            quality += 2 * max(map(len, shared)) + _sounds_alike(token.text, pattern.words[k])
        return quality

    def match_at(self, tokens: list[Token], i: int) -> tuple[int, Entry] | None:
        """The longest (token count, entry) matching at token ``i``, if any."""
        best: tuple[int, int, int, Entry] | None = None
        for stem in stems(tokens[i].text):
            for pattern in self._by_first.get(stem, ()):
                size = len(pattern.forms)
                if best and size < best[0]:
                    continue
                quality = self._matches(pattern, tokens, i)
                if quality and (best is None or (size, quality, -pattern.entry.rank) >
                                (best[0], best[1], -best[2])):
                    best = (size, quality, pattern.entry.rank, pattern.entry)
        return (best[0], best[3]) if best else None

    def find(self, tokens: list[Token]) -> list[tuple[int, int, Entry]]:
        """Non-overlapping (first token, token count, entry) matches, left to right."""
        out, i = [], 0
        while i < len(tokens):
            hit = self.match_at(tokens, i)
            if hit:
                out.append((i, hit[0], hit[1]))
                i += hit[0]
            else:
                i += 1
        return out
