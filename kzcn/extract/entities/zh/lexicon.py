"""The Chinese entity lexicons: organisation tails, titles with their English roles, the
characters of transliterated names, words that only describe a firm
(``rules/zh/{org_heads,roles,name_chars,org_descriptors}.tsv``)."""

from __future__ import annotations

import re
from functools import lru_cache

from kzcn.extract.common.grammar import RULES, read_tsv

ZH = RULES / "zh"


@lru_cache(maxsize=1)
def org_heads() -> tuple[tuple[str, str], ...]:
    """(suffix, kind) rows, longest suffix first."""
    rows = [(r["suffix"], r["kind"]) for r in read_tsv(ZH / "org_heads.tsv")]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


@lru_cache(maxsize=1)
def roles() -> tuple[tuple[str, str, str], ...]:
    """(title, Kazakh-office role, Chinese-office role) rows, longest title first."""
    rows = [(r["title"], r["role for a Kazakh office"], r["role for a Chinese office"])
            for r in read_tsv(ZH / "roles.tsv")]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


@lru_cache(maxsize=1)
def name_chars() -> frozenset[str]:
    """Characters of transliterated foreign names."""
    return frozenset("".join(r["char"] for r in read_tsv(ZH / "name_chars.tsv")))


@lru_cache(maxsize=1)
def tails() -> re.Pattern[str]:
    return re.compile("|".join(re.escape(suffix) for suffix, _ in org_heads()))


@lru_cache(maxsize=1)
def titles() -> re.Pattern[str]:
    return re.compile("|".join(re.escape(title) for title, _, _ in roles()))


@lru_cache(maxsize=1)
def descriptors() -> tuple[str, ...]:
    """Words that describe a firm before its kind, never start its name (``org_descriptors.tsv``), longest first."""
    return tuple(sorted((r["word"] for r in read_tsv(ZH / "org_descriptors.tsv")), key=len, reverse=True))
