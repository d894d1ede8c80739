"""Token features for the Kazakh CRF tagger. Pure functions, no I/O.

Kazakh is agglutinative: case and possessive endings sit at the end of a word
(``Астанада``, ``әкімінің``), so suffixes of length 1-4 carry most of the grammar
and prefixes of length 1-4 approximate the stem. The six Kazakh-only letters
(``әіңғүұқөһ``) tell native words from Russian loans.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

#: Letters found in Kazakh Cyrillic but not in Russian.
KAZAKH_LETTERS = frozenset("әіңғүұқөһӘІҢҒҮҰҚӨҺ")

#: Affix lengths; 1-4 measured best together with the ±2 window (see models/README.md).
AFFIX_LENGTHS = (1, 2, 3, 4)

_SHAPE_RUNS = re.compile(r"(.)\1+")

#: Shortest stem left after stripping an ending; shorter ones are mostly noise.
MIN_STEM = 3


def shape(token: str) -> str:
    """Character classes of ``token``: ``X`` upper, ``x`` lower, ``d`` digit, others as is."""
    out = []
    for ch in token:
        if ch.isupper():
            out.append("X")
        elif ch.isalpha():
            out.append("x")
        elif ch.isdigit():
            out.append("d")
        else:
            out.append(ch)
    return "".join(out)


#: Feature caches: words repeat (Zipf), caching cut feature time ~3x on KazNERD held-out.
_CACHE_SIZE = 1 << 16


@lru_cache(maxsize=_CACHE_SIZE)
def short_shape(token: str) -> str:
    """``shape`` with runs of one class collapsed: ``Астанада`` -> ``Xx``, ``2024`` -> ``d``."""
    return _SHAPE_RUNS.sub(r"\1", shape(token))


def is_latin(token: str) -> bool:
    """True if every letter of ``token`` is Latin (and it has at least one letter)."""
    letters = [ch for ch in token if ch.isalpha()]
    return bool(letters) and all("LATIN" in unicodedata.name(ch, "") for ch in letters)


def has_kazakh_letter(token: str) -> bool:
    """True if ``token`` holds one of the Kazakh-only letters ``әіңғүұқөһ``."""
    return any(ch in KAZAKH_LETTERS for ch in token)


def is_punct(token: str) -> bool:
    """True if ``token`` is made of punctuation or symbols only."""
    return bool(token) and all(unicodedata.category(ch)[0] in "PS" for ch in token)


def stem_candidates(word: str, endings: tuple[str, ...]) -> set[str]:
    """``word`` and what remains after stripping one or two endings.

    Stripping is ambiguous (``Астана`` ends like a dative), so every candidate is kept;
    ``Астанада`` and ``Астананың`` share the candidate ``астана`` with ``Астана`` itself.
    """
    known = frozenset(endings)
    longest = max(map(len, endings), default=0)
    stems = {word}
    for _ in range(2):
        stems |= {
            stem[:-n]
            for stem in stems
            for n in range(1, min(longest, len(stem) - MIN_STEM) + 1)
            if stem[-n:] in known
        }
    return stems


def token_features(token: str, endings: tuple[str, ...] = ()) -> list[str]:
    """Features of one token on its own, as ``name=value`` strings."""
    return list(_token_features(token, endings))


@lru_cache(maxsize=_CACHE_SIZE)
def _token_features(token: str, endings: tuple[str, ...]) -> tuple[str, ...]:
    lower = token.lower()
    feats = [
        "w=" + lower,
        "sh=" + short_shape(token),
        "len=" + str(min(len(token), 12)),
    ]
    for n in AFFIX_LENGTHS:
        if len(lower) > n:
            feats.append(f"s{n}={lower[-n:]}")
            feats.append(f"p{n}={lower[:n]}")
    if token[:1].isupper():
        feats.append("title")
    stem = token.split("-", 1)[0]  # "АҚ-мен", "ҚХР-дың": abbreviation plus case ending
    if stem.isupper() and len(stem) > 1:
        feats.append("upper")
    if has_kazakh_letter(token):
        feats.append("kk")
    if any(ch.isdigit() for ch in token):
        feats.append("digit")
        if token.isdigit():
            feats.append("alldigit")
    if is_latin(token):
        feats.append("latin")
    if is_punct(token):
        feats.append("punct")
    if "-" in token[1:]:
        feats.append("hyphen=" + lower.rsplit("-", 1)[1])
    if endings and token[:1].isalpha():
        stems = stem_candidates(lower.split("-", 1)[0], endings)
        feats.extend(sorted("st=" + stem for stem in stems))
    return tuple(feats)


@lru_cache(maxsize=_CACHE_SIZE)
def _context_features(token: str, offset: int) -> tuple[str, ...]:
    """Features of a neighbour at ``offset`` (-2..2): a smaller set, prefixed by the offset."""
    lower = token.lower()
    tag = f"{offset:+d}:"
    feats = [tag + "w=" + lower, tag + "sh=" + short_shape(token)]
    if abs(offset) == 1:
        feats.append(tag + "s3=" + lower[-3:])
        if token[:1].isupper():
            feats.append(tag + "title")
    return tuple(feats)


def sentence_features(tokens: list[str], endings: tuple[str, ...] = ()) -> list[list[str]]:
    """Features of every token of a sentence, with a ±2 token window and BOS/EOS marks.

    ``endings`` (Kazakh case endings, see ``kzcn.ner.lexicon``) adds stem candidates.
    """
    rows = [_token_features(token, endings) for token in tokens]
    out: list[list[str]] = []
    last = len(tokens) - 1
    for i, own in enumerate(rows):
        feats = ["bias", *own]
        if i == 0:
            feats.append("BOS")
        if i == last:
            feats.append("EOS")
        for offset in (-2, -1, 1, 2):
            j = i + offset
            if 0 <= j <= last:
                feats.extend(_context_features(tokens[j], offset))
        if i > 0:
            feats.append("-1|0=" + tokens[i - 1].lower() + "|" + tokens[i].lower())
        out.append(feats)
    return out
