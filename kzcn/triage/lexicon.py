"""The China cue lexicon: hand-written China words plus every Chinese province and prefecture
name (all spellings) from the gazetteer's data files."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kzcn.gazetteer.entries import DATA_DIR as GAZETTEER_DIR
from kzcn.gazetteer.tsv import read_tsv, split_variants

DATA_DIR = Path(__file__).parent / "data"
#: Place levels of cn_places.tsv that count as cues. County-level cities are left out: their
#: short transliterations (e.g. 4-letter Cyrillic names) collide with ordinary words.
PLACE_LEVELS = frozenset({"province", "prefecture"})
#: A place name may carry at most this many letters of case ending ("Шаңхайдағы" +4,
#: "Гуанчжоуской" +4, "Хэнаньскими" +6); longer continuations are other words.
PLACE_SUFFIX = 6
#: Shorter Latin/Cyrillic place spellings are not cues (too many collisions with words).
MIN_PLACE_LETTERS = 4
#: A -й/-ь name is also matched by its stem only when the stem has this many letters
#: ("шанха" is safe; "ханя" of a short name would not be).
STEM_LETTERS = 5
UNLIMITED = 1 << 30
KAZAKH_LETTERS = frozenset("әғқңөұүһі")


@dataclass(frozen=True, slots=True)
class Cue:
    """One cue word: its lower-cased form, kind, and how many letters may follow it."""

    key: str
    kind: str  # country | region | initiative | border | place | company
    max_suffix: int


def _is_cjk(word: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in word)


def term_cues(path: Path | None = None) -> list[Cue]:
    """The hand-written China words of ``china_terms.tsv``."""
    cues = []
    for term, _lang, match, kind in read_tsv(path or DATA_DIR / "china_terms.tsv", 4):
        limit = 0 if match == "word" else UNLIMITED
        cues.append(Cue(term.lower(), kind, UNLIMITED if _is_cjk(term) else limit))
    return cues


def place_cues(data_dir: Path | None = None) -> list[Cue]:
    """Province and prefecture names of China in every spelling the gazetteer knows."""
    data_dir = data_dir or GAZETTEER_DIR
    names: set[str] = set()
    for _id, name, level, _province, variants in read_tsv(data_dir / "cn_places.tsv", 5):
        if level in PLACE_LEVELS:
            names.update([name, *split_variants(variants)])
    for _hanzi, name, variants in read_tsv(data_dir / "cn_exonyms.tsv", 3):
        names.update([name, *split_variants(variants)])
    cues = []
    for name in names:
        if _is_cjk(name):
            cues.append(Cue(name.lower(), "place", UNLIMITED))
        elif sum(ch.isalpha() for ch in name) >= MIN_PLACE_LETTERS:
            cues += [Cue(key, "place", PLACE_SUFFIX) for key in _inflection_stems(name.lower())]
    return cues


def company_cues(data_dir: Path | None = None) -> list[Cue]:
    """The Chinese companies the gazetteer knows (``orgs.tsv``, country CN), in every spelling: an
    article about a Chinese firm's plant need not name China ("Yutong" buses assembled in Karaganda)."""
    data_dir = data_dir or GAZETTEER_DIR
    cues = []
    for _id, name, country, variants in read_tsv(data_dir / "orgs.tsv", 4):
        if country != "CN":
            continue
        for spelling in {name, *split_variants(variants)}:
            if _is_cjk(spelling):
                cues.append(Cue(spelling.lower(), "company", UNLIMITED))
            elif sum(ch.isalpha() for ch in spelling) >= MIN_PLACE_LETTERS:
                cues.append(Cue(spelling.lower(), "company", PLACE_SUFFIX))
    return cues


def _inflection_stems(name: str) -> list[str]:
    """The name, and for Russian names in -й/-ь the stem that case endings attach to
    (Шанхай -> Шанхае, Шанхаю; Тяньцзинь -> Тяньцзиня) when it is long enough to be safe."""
    if name[-1:] in ("й", "ь") and len(name) - 1 >= STEM_LETTERS and not KAZAKH_LETTERS & set(name):
        return [name, name[:-1]]
    return [name]


def not_cues(path: Path | None = None) -> tuple[str, ...]:
    """Word starts that are never cues (collisions with ordinary Kazakh/Russian words)."""
    return tuple(row[0].lower() for row in read_tsv(path or DATA_DIR / "not_cues.tsv", 1))


def china_cues(terms: Path | None = None, gazetteer_dir: Path | None = None) -> list[Cue]:
    """Every cue; where a hand-written term and a place share a key, the term wins."""
    merged = {cue.key: cue for cue in company_cues(gazetteer_dir) + place_cues(gazetteer_dir)}
    merged.update((cue.key, cue) for cue in term_cues(terms))
    return sorted(merged.values(), key=lambda c: c.key)
