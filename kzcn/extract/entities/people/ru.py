"""Russian title appositions: the case a title gives its name, and the words of a complement
between the title and the name that belong to a place ("акимом Восточного X", "консула ...
в Y")."""

from __future__ import annotations

from kzcn.gazetteer import Token

RU_PLACE_PREPOSITIONS = {"в", "во"}
KK_GENITIVE = ("ның", "нің", "дың", "дің", "тың", "тің")
RU_ADJ_OBLIQUE = ("ого", "его", "ому", "ему", "ым", "им", "ой", "ей")
PLACE_OR_COUNTRY = ("kz_region", "kz_place", "cn_place", "country")


def title_case(word: str) -> str | None:
    """The grammatical case of a Russian title ("акимом" -> "ablt"), which its name shares."""
    from kzcn.nlp_ru import _morph

    parses = [p for p in _morph().parse(word.lower()) if p.tag.POS == "NOUN"]
    return parses[0].tag.case if parses else None


def adjective_of_place(tokens: list[Token], i: int, spans) -> bool:
    """Whether token ``i`` is an adjective opening the place that follows it."""
    return i + 1 in spans and spans[i + 1][1].kind in PLACE_OR_COUNTRY and \
        tokens[i].text[:1].isupper() and tokens[i].text.lower().endswith(RU_ADJ_OBLIQUE)
