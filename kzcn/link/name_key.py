"""A spelling-blind key for personal names: "Жұмабаев", "Жумабаев" and "Zhumabayev" agree.

Kazakh names reach the press in Kazakh Cyrillic, Russian Cyrillic and three Latin alphabets;
folding each letter (and a few Latin digraphs) onto one key lets a knowledge base written in one
spelling find the others. The table is data: ``data/name_fold.tsv``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from kzcn.link.tsv import read_tsv

DATA = Path(__file__).parent / "data"
#: Latin spellings write the glide before "e" that Cyrillic "е" carries ("Yerbolat" / "Ерболат",
#: "Dossayev" / "Досаев") and double consonants that Cyrillic writes single.
_GLIDE = re.compile(r"(?:(?<=[aeiou])|\b)ie")
_DOUBLE = re.compile(r"(\w)\1+")


@lru_cache(maxsize=1)
def _fold() -> tuple[dict[str, str], dict[str, str]]:
    """(single letters, digraphs) -> key."""
    letters, digraphs = {}, {}
    for row in read_tsv(DATA / "name_fold.tsv", 1):
        target = row[1] if len(row) > 1 else ""
        (digraphs if len(row[0]) > 1 else letters)[row[0]] = target
    return letters, digraphs


@lru_cache(maxsize=65536)  # names recur across articles; the key is a pure function of the text
def name_key(text: str) -> str:
    """``text`` lowercased and folded letter by letter; characters not in the table pass through."""
    letters, digraphs = _fold()
    text = text.lower()
    out, i = [], 0
    while i < len(text):
        pair = text[i:i + 2]
        if pair in digraphs:
            out.append(digraphs[pair])
            i += 2
            continue
        out.append(letters.get(text[i], text[i]))
        i += 1
    return _GLIDE.sub("e", _DOUBLE.sub(r"\1", "".join(out)))
