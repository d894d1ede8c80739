"""The places a Chinese public body's name holds: the body acts for its place ("КПК провинции X",
"СЭЗ «X»", "X қаласы Халық үкіметі"), so the place is a party too; a company's name holds none."""

from __future__ import annotations

import re
from functools import lru_cache

from kzcn.gazetteer import Gazetteer
from kzcn.model import Mention


#: Words of a company's name: a company named after a place ("Xinjiang X Co.") is that company.
_COMPANY = re.compile(r"\b(?:co|ltd|llc|llp|jsc|inc|corp|group|company|corporation|holdings?)\b"
                      r"|компани|корпорац|холдинг|групп|\bтобы\b|\bТОО\b|\bАО\b", re.IGNORECASE)


#: Words of a public body's name: government, party, committee, department, zone, mission.
_BODY = re.compile(r"комитет|правительств|үкімет|департамент|управлен|басқарма|зон[аыеу]|аймағ|аймақ|парти|"
                   r"\bКПК\b|\bҚКП\b|комисси|канцеляри|бюро|консул|посольств|елшіл|палата|"
                   r"government|committee|department|zone|bureau|commission|party|consulate|embassy", re.IGNORECASE)


@lru_cache(maxsize=4096)  # asked for each draft of a sentence; a name's places do not change
def _places_in_name(text: str) -> tuple[str, ...]:
    places = [m for m in Gazetteer.load().find(text) if m.kind == "cn_place"]
    return tuple(name for m in places for name in [m.canonical] + ([m.region] if m.region else []))


def places_in_body(mention: Mention) -> list[str]:
    """The Chinese places a public body's name holds ("КПК провинции X", "СЭЗ «X»", "X қаласы
    Халық үкіметі"): the body acts for its place, so the place is a party too."""
    if _COMPANY.search(mention.text) or not _BODY.search(mention.text):
        return []  # a brand's syllables are no place ("Дунфан Цзинсю" holds no Dongfang city)
    return list(_places_in_name(mention.text))
