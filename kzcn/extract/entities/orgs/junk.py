"""Latin runs in Cyrillic text that name no organisation (ids, rankings, lists of acronyms,
brands, an agency in a dateline)."""

from __future__ import annotations

import re
from functools import lru_cache

from kzcn.extract.entities.orgs.heads import RULES
from kzcn.gazetteer.tsv import read_tsv

#: A token id ("aB3xY9kQ1zT"): letters of both cases and digits mixed, as in video and file ids.
TOKEN_ID = re.compile(r"(?=\S*\d)(?=\S*[a-z])(?=\S*[A-Z])[A-Za-z0-9_-]{8,}")
RANKING = re.compile(r"\s\d+$")  # "X Global 500": a ranking or a model number, not a firm
DATELINE = re.compile(r"(?:^|\n)[^\n]{0,40}[.,]\s*$")  # "Город. 28 ноября. AGENCY - ..."


@lru_cache(maxsize=1)
def brand_cues() -> tuple[str, ...]:
    return tuple(row[0].lower() for row in read_tsv(RULES / "brand_cues.tsv", 1))


def not_a_name(text: str, start: int, run: str) -> bool:
    """A Latin run that names no organisation: an id, a ranking, a list of acronyms ("BRT,
    LRT, Metro"), a brand after "марки"/"маркалы", an agency in a dateline ("... AGENCY - ")."""
    before = text[max(0, start - 30):start].lower().split()
    after = text[start + len(run):start + len(run) + 3]
    parts = run.split(", ")
    return bool(TOKEN_ID.fullmatch(run) or RANKING.search(run) or
                len(parts) > 2 and all(len(p.split()) == 1 for p in parts) or
                before and before[-1].startswith(brand_cues()) or
                run.isupper() and re.match(r"\s[-–—]\s", after) and
                DATELINE.search(text[max(0, start - 60):start]))
