"""The fallback for Chinese names spelled freely in Kazakh press (``Личьчин`` for Linqing,
``Шаньнуднг`` for Shandong): a capitalised word beside a place-type word ("қаласы",
"провинциясы", "город") is compared by phonetic key with every Chinese place of that level."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from rapidfuzz import fuzz, process

from kzcn.gazetteer.entries import Entry
from kzcn.gazetteer.index import Token
from kzcn.gazetteer.tsv import read_tsv
from kzcn.link.morph import kk_endings, stems
from kzcn.link.translit import phonetic_key

MIN_SCORE = 80.0  # Личьчин~Линьцин scores 90.9, Шаньнуднг~Шаньдун 83.3; unrelated names < 70
CYRILLIC = set("абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһі")


class PlaceWords:
    """Place-type words ("қаласы", "провинции") and the level of place they introduce."""

    def __init__(self, path: Path) -> None:
        self.after: dict[str, str] = {}
        self.before: dict[str, str] = {}
        for word, level, side in read_tsv(path, 3):
            (self.after if side == "after" else self.before)[word.split()[0].lower()] = level

    def level_near(self, tokens: list[Token], i: int) -> str | None:
        """The place level announced next to token ``i`` (after it, or before it)."""
        for k in (i + 1, i + 2):
            if k < len(tokens):
                for stem in stems(tokens[k].text):
                    if stem in self.after:
                        return self.after[stem]
                if tokens[k].text.lower() not in ("және", "мен", "и"):
                    break
        if i > 0 and tokens[i - 1].text.lower() in self.before:
            return self.before[tokens[i - 1].text.lower()]
        return None


class FuzzyChinese:
    """Phonetic-key index over the Cyrillic variants of Chinese places."""

    def __init__(self, entries: list[tuple[Entry, list[str]]]) -> None:
        self._keys: dict[str, dict[str, list[Entry]]] = {"province": defaultdict(list),
                                                         "city": defaultdict(list)}
        for entry, variants in entries:
            if entry.kind != "cn_place":
                continue
            level = "province" if entry.level == "province" else "city"
            for variant in variants:
                if variant[:1].lower() in CYRILLIC and " " not in variant:
                    self._keys[level][phonetic_key(variant)].append(entry)

    def lookup(self, word: str, level: str, provinces: set[str]) -> Entry | None:
        """The Chinese place of ``level`` sounding most like ``word`` (or None)."""
        keys = self._keys[level]
        candidates = [word] + [word[:len(s)] for s in stems(word) if s != word.lower()
                               and word.lower()[len(s):] in kk_endings() and len(s) >= 3]
        best: tuple[float, Entry] | None = None
        for candidate in candidates:
            key = phonetic_key(candidate)
            hits = keys.get(key)
            score = 100.0
            if not hits:
                found = process.extractOne(key, keys.keys(), scorer=fuzz.ratio)
                if not found or found[1] < MIN_SCORE:
                    continue
                hits, score = keys[found[0]], found[1]
            entry = min(hits, key=lambda e: (e.region not in provinces, e.rank))
            if best is None or score > best[0]:
                best = (score, entry)
        return best[1] if best else None
