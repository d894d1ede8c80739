"""Organisation nouns and the mention an organisation name makes; shared by ``organizations``
(the stage's finders) and ``org_phrases`` (names built around such a noun)."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from kzcn.gazetteer import Token
from kzcn.gazetteer.tsv import read_tsv
from kzcn.link.morph import stems
from kzcn.link.translit import ascii_slug
from kzcn.model import Mention

RULES = Path(__file__).parent.parent.parent / "rules" / "entities"
LEGAL = re.compile(r"(?:,?\s*(?:Co\.?,?\s*Ltd\.?|Co\.|Ltd\.?|LLC|LLP|JSC|Inc\.?|Corp\.?))+$", re.IGNORECASE)


@lru_cache(maxsize=1)
def org_heads() -> dict[str, str]:
    """Organisation head nouns (lowercase form or Russian stem -> form in a nominative name)."""
    from kzcn.link.morph import ru_endings

    out = {}
    for row in read_tsv(RULES / "org_heads.tsv", 4):
        if row[3] == "outer":
            continue  # heads only another body's name (org_kk_bodies.extend_left)
        head = row[0].lower()
        out[head] = row[2]
        if row[1] == "ru" and " " not in head:  # "зона" is met as "зоне", "зоной": stem "зон"
            for cut in range(3, len(head)):
                if head[cut:] in ru_endings():
                    out.setdefault(head[:cut], row[2])
    return out


def head_at(tokens: list[Token], i: int) -> tuple[int, str] | None:
    """(token count, nominative form) of an organisation noun starting at token ``i``."""
    heads = org_heads()
    if i + 1 < len(tokens):
        pair = tokens[i].text.lower() + " " + tokens[i + 1].text.lower()
        for stem in stems(tokens[i + 1].text):
            key = tokens[i].text.lower() + " " + stem
            if key in heads or pair in heads:
                return 2, heads.get(key, heads.get(pair, ""))
    for stem in sorted(stems(tokens[i].text), key=len, reverse=True):
        if stem in heads:
            return 1, heads[stem]
    return None


def org_mention(text: str, start: int, stop: int, name: str, source: str) -> Mention:
    """An organisation mention named ``name`` over ``text[start:stop]``."""
    name = name.strip(" ,«»\"“”")
    if name.count("«") > name.count("»"):  # "зона «X»", "«НК «X»": the closing quotes are
        name += "»" * (name.count("«") - name.count("»"))  # the name's own
    return Mention(start=start, stop=stop, text=text[start:stop], kind="org", canonical=name,
                   entity_id="org:" + ascii_slug(LEGAL.sub("", name)), source=source)
