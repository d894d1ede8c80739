"""The gazetteer: Kazakh units and places, Chinese places, countries, organisations and
titles as data, with a suffix-aware index that finds them in inflected text.

    gaz = Gazetteer.load()
    gaz.find("Ақтөбе облысының делегациясы Шанхай қаласында")  # -> [Mention, Mention]
    gaz.kz_unit("Туркестанской области")  # -> "Turkistan Region"
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from kzcn.gazetteer.entries import DATA_DIR, Entry, load_entries
from kzcn.gazetteer.fuzzy import CYRILLIC, FuzzyChinese, PlaceWords
from kzcn.gazetteer.index import Token, TokenIndex, tokenize
from kzcn.link.morph import stems
from kzcn.model import Mention

__all__ = ["Gazetteer", "Entry", "Token", "tokenize"]

#: A plural unit word and the singular that each listed name takes ("облыстарының" -> "облысы").
PLURAL_UNIT_WORDS = {w: s for s, ws in {
    "облысы": ("облыстары", "облыстарының", "облыстарында", "облыстарына", "облыстарымен",
               "облыстарынан", "облыстарын"),
    "области": ("областей", "областях", "областям", "областями", "области"),
    "Region": ("regions",),
}.items() for w in ws}
LIST_WORDS = {"және", "мен", "и", "and", "бен", "пен"}
MIN_FUZZY = 4  # "Біз" ("we") before "қала" is no Chinese name; spelled-out names are longer


class Gazetteer:
    """Named things as data, and the matcher over them. Build once with ``load``."""

    def __init__(self, entries: list[tuple[Entry, list[str]]], data_dir: Path) -> None:
        self.entries = entries
        self.index = TokenIndex(entries)
        self.fuzzy = FuzzyChinese(entries)
        self.place_words = PlaceWords(data_dir / "place_words.tsv")
        self.by_id = {entry.entity_id: entry for entry, _ in entries}
        #: First words of Kazakh place names ("Ақсу" of "Ақсу қаласы"): never a fuzzy Chinese name.
        self.kz_words = frozenset(tokenize(v)[0].text.lower() for e, vs in entries
                                  if e.kind in ("kz_place", "kz_region") for v in vs if tokenize(v))

    @classmethod
    def load(cls, data_dir: Path | str | None = None, tote: bool = False) -> Gazetteer:
        """The gazetteer read from ``data_dir`` (default: the package data), cached; ``tote``: with
        the names as an Arabic-script article's Cyrillic view spells them."""
        return _load(str(Path(data_dir) if data_dir else DATA_DIR), tote)

    def find(self, text: str) -> list[Mention]:
        """Every gazetteer name in ``text`` as a Mention, offsets into ``text``."""
        tokens = tokenize(text)
        hits = self.index.find(tokens)
        provinces = {e.canonical for _, _, e in hits if e.kind == "cn_place" and not e.region}
        provinces |= {e.region for _, _, e in hits if e.kind == "cn_place" and e.region}
        taken = {i + k for i, n, _ in hits for k in range(n)}
        for i, token in enumerate(tokens):
            if i not in taken and _is_cyrillic_name(token.text) and len(token.text) >= MIN_FUZZY \
                    and not stems(token.text) & self.kz_words and not _before_surname(tokens, i):
                level = self.place_words.level_near(tokens, i)
                entry = self.fuzzy.lookup(token.text, level, provinces) if level else None
                if entry:
                    hits.append((i, 1, entry))
        hits = self._listed_units(tokens, hits)
        hits.sort(key=lambda hit: hit[0])
        hits = [h for h in hits if not _unit_before_district_word(tokens, *h)]
        return _placed_by_region([_mention(text, tokens, i, n, entry) for i, n, entry in hits])

    def _listed_units(self, tokens, hits) -> list[tuple[int, int, Entry]]:
        """Names listed before a plural unit word ("Абай, Жетісу және Павлодар облыстарының",
        "Karaganda and Kostanay regions") are each read as "<name> <singular word>"."""
        by_token = {i: (i, n, entry) for i, n, entry in hits}
        ends = {i + n - 1: i for i, n, _ in hits}
        for j, token in enumerate(tokens):
            singular = PLURAL_UNIT_WORDS.get(token.text.lower())
            k = ends.get(j, j) - 1 if singular else -1
            while k >= 0 and (tokens[k].text.lower() in LIST_WORDS or tokens[k].text[:1].isupper()):
                if tokens[k].text[:1].isupper():
                    held = by_token.get(k)
                    if held is not None and held[1] != 1 or k in ends and ends[k] != k:
                        break
                    hit = self.index.match_at(list(tokenize(tokens[k].text + " " + singular)), 0)
                    if not hit or hit[0] != 2 or hit[1].kind != "kz_region":
                        break
                    by_token[k] = (k, 1, hit[1])
                k -= 1
        return list(by_token.values())

    def is_variant(self, name: str) -> bool:
        """Whether ``name`` is one of the listed names itself, uninflected ("Харбин", not
        "Харбинде")."""
        if not hasattr(self, "_variants"):
            self._variants = frozenset(v.lower() for _, vs in self.entries for v in vs)
        return name.lower() in self._variants

    def kz_unit(self, name: str) -> str | None:
        """The canonical Kazakh unit of any variant or inflected form (a city -> its unit)."""
        for mention in self.find(name):
            if mention.kind in ("kz_region", "kz_place"):
                return mention.region or mention.canonical
        return None

    def cn_place(self, name: str) -> str | None:
        """The canonical pinyin name of a Chinese place in any spelling or inflection."""
        for mention in self.find(name):
            if mention.kind == "cn_place":
                return mention.canonical
        tokens = tokenize(name)
        if len(tokens) == 1 and _is_cyrillic_name(tokens[0].text):
            for level in ("province", "city"):
                entry = self.fuzzy.lookup(tokens[0].text, level, set())
                if entry:
                    return entry.canonical
        return None


@lru_cache(maxsize=4)
def _load(data_dir: str, tote: bool = False) -> Gazetteer:
    return Gazetteer(load_entries(Path(data_dir), tote), Path(data_dir))


DISTRICT_WORDS = ("аудан", "район", "district")


def _unit_before_district_word(tokens: list[Token], i: int, n: int, entry: Entry) -> bool:
    """A unit's bare name followed by a district word names a district ("Жетісу ауданы",
    "Абайский район"), not the unit: the hit is dropped."""
    return entry.kind == "kz_region" and n == 1 and i + 1 < len(tokens) and \
        tokens[i + 1].text.lower().startswith(DISTRICT_WORDS)


def _placed_by_region(mentions: list[Mention]) -> list[Mention]:
    """A district or town followed by its region ("Абайский район Карагандинской области")
    belongs to that region, whatever unit a namesake belongs to."""
    from dataclasses import replace

    out = list(mentions)
    for k in range(len(out) - 1):
        place, unit = out[k], out[k + 1]
        if place.kind == "kz_place" and unit.kind == "kz_region" and \
                unit.start - place.stop <= 2 and place.region != unit.canonical:
            out[k] = replace(place, region=unit.canonical)
    return out


#: A Kazakh or Russian surname in any case ("Сапарова", "Әбдіқадыровой", "Ахметовтың",
#: "Серікұлы"): the capitalised word before it is a first name, never a fuzzy Chinese place.
SURNAME = re.compile(r"(?:ов|ев|ёв|ин)(?:а|у|ым|ой|ом|ым|ы|і|тың|тің|қа|ке|ты|ті|пен)?$|"
                     r"(?:ова|ева|ина)(?:ның|ға|ны|мен|да|дан)?$|(?:ұлы|қызы|улы|кызы)")


def _before_surname(tokens: list[Token], i: int) -> bool:
    """Whether token ``i`` is followed by a capitalised surname-shaped word."""
    return i + 1 < len(tokens) and _is_cyrillic_name(tokens[i + 1].text) and \
        bool(SURNAME.search(tokens[i + 1].text.lower()))


def _is_cyrillic_name(word: str) -> bool:
    return len(word) >= 3 and word[:1].isupper() and word[1:2].islower() \
        and word[:1].lower() in CYRILLIC


def _mention(text: str, tokens: list[Token], i: int, n: int, entry: Entry) -> Mention:
    start, stop = tokens[i].start, tokens[i + n - 1].stop
    return Mention(start=start, stop=stop, text=text[start:stop], kind=entry.kind,
                   canonical=entry.canonical, entity_id=entry.entity_id, country=entry.country,
                   region=entry.region if entry.kind != "kz_region" else None,
                   role=entry.canonical if entry.kind == "role" else None)
