"""The Chinese entity lexicons: organisation tails, titles with their English roles, the
characters of transliterated names (``rules/zh/{org_heads,roles,name_chars}.tsv``)."""

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
