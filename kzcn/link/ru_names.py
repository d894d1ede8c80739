"""Russian-declined names that pymorphy2 does not know ("акима Гауеза X-ова" -> "Гауез
X-ов", "с акимом Нурымбетом X-овым" -> "Нурымбет X-ов"): the title the name stands beside
gives the case, the given name's ending the gender (a woman's name stays female)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from kzcn.link.tsv import read_tsv

DATA = Path(__file__).parent / "data"
CONSONANTS = set("бвгджзклмнпрстфхцчшщ")
MIN_STEM = 3


@lru_cache(maxsize=1)
def _endings() -> dict[tuple[str, str], list[tuple[str, str, str]]]:
    """(case, part) -> [(oblique ending, nominative ending, gender)]."""
    out: dict[tuple[str, str], list[tuple[str, str, str]]] = {}
    for row in read_tsv(DATA / "ru_name_cases.tsv", 5):
        out.setdefault((row[0], row[1]), []).append((row[2], row[3], row[4]))
    return out


def _strip(word: str, case: str, part: str, gender: str | None) -> tuple[str, str | None]:
    for oblique, nominative, sex in _endings().get((case, part), []):
        stem = word[:-len(oblique)]
        if word.endswith(oblique) and len(stem) >= MIN_STEM and (gender in (None, sex)) and \
                (sex == "femn" or stem[-1].lower() in CONSONANTS):
            return stem + nominative, sex
    return word, gender


def declined_name_nominative(raw: str, guessed: str, case: str | None) -> str:
    """``guessed`` (pymorphy's nominative of ``raw``) corrected where a word was left in the
    ``case`` of the title before it; unchanged for the nominative or an unknown case."""
    words, out = raw.split(), guessed.split()
    if case not in ("gent", "accs", "ablt", "datv") or len(words) != len(out) or len(words) < 2:
        return guessed
    given, gender = _strip(words[0], case, "given", None)
    if gender is None:
        return guessed
    fixed = [given if out[0] == words[0] else out[0]]
    for word, done in zip(words[1:], out[1:]):
        fixed.append(_strip(word, case, "surname", gender)[0] if done == word else done)
    return " ".join(fixed)
