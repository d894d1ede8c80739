"""Loading the gazetteer TSV files into flat ``Entry`` records with their name variants."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from kzcn.gazetteer.tsv import read_tsv, split_variants
from kzcn.link.translit import ascii_slug

DATA_DIR = Path(__file__).parent / "data"
LEVEL_RANK = {"region": 0, "city": 0, "province": 0, "prefecture": 1, "county_city": 2}


@dataclass(frozen=True, slots=True)
class Entry:
    """One named thing: its id, canonical name, kind and parent, and a tie-break rank."""

    entity_id: str
    canonical: str
    kind: str  # kz_region | kz_place | cn_place | country | org | role
    country: str | None = None
    region: str | None = None
    level: str = ""
    rank: int = 0


#: Suffixes that make a hanzi county-level name a place ("合作市"): without one, two characters
#: are usually an ordinary word (合作 "cooperation" is also Hezuo city).
HANZI_PLACE_SUFFIXES = ("市", "县", "区", "旗", "州")


def _bare_county_hanzi(variant: str, level: str) -> bool:
    """A county-level city's hanzi name without its suffix: kept out of the index."""
    return (level == "county_city" and "\u4e00" <= variant[:1] <= "\u9fff"
            and not variant.endswith(HANZI_PLACE_SUFFIXES))


_CYRILLIC_NAME = re.compile(r"[А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі]+(?:[ -][А-ЯЁӘҒҚҢӨҰҮҺІа-яёәғқңөұүһі]+)*")


def tote_variants(variants: list[str]) -> list[str]:
    """The Cyrillic variants as they come back from Arabic-script Kazakh (töte has no ь, writes ц
    as تس, one letter for и/і ...): "Сиань" is read back from سيان as "Сянь". Added so a name in an
    Arabic-script article matches; capitals as the variant has them."""
    from kzcn.language.kk_arabic import arabic_to_cyrillic, cyrillic_to_arabic

    out = []
    for variant in variants:
        if _CYRILLIC_NAME.fullmatch(variant):
            back = arabic_to_cyrillic(cyrillic_to_arabic(variant)).text
            back = " ".join(w[:1].upper() + w[1:] if o[:1].isupper() else w
                            for w, o in zip(back.split(" "), variant.split(" ")))
            if back != variant and back.lower() not in (v.lower() for v in variants):
                out.append(back)
    return out


def load_entries(data_dir: Path, tote: bool = False) -> list[tuple[Entry, list[str]]]:
    """Every entry of every data file with its list of name variants (``tote``: places and
    countries also as Arabic-script Kazakh reads them back, ``tote_variants``; for the Cyrillic
    view of an Arabic-script article only, where they cannot be taken for Kazakh words)."""
    out: list[tuple[Entry, list[str]]] = []
    for entity_id, name, kind, variants in read_tsv(data_dir / "kz_units.tsv", 4):
        entry = Entry(entity_id, name, "kz_region", "KZ", name, kind)
        out.append((entry, [name, *split_variants(variants)]))
    for name, kind, region, variants in read_tsv(data_dir / "kz_places.tsv", 4):
        entry = Entry("kz:" + ascii_slug(name), name, "kz_place", "KZ", region, kind, 1)
        out.append((entry, split_variants(variants)))
    for entity_id, name, level, province, variants in read_tsv(data_dir / "cn_places.tsv", 5):
        entry = Entry(entity_id, name, "cn_place", "CN", province or None, level, LEVEL_RANK[level])
        out.append((entry, [v for v in split_variants(variants) if not _bare_county_hanzi(v, level)]))
    for iso, name, variants in read_tsv(data_dir / "countries.tsv", 3):
        out.append((Entry("country:" + iso.lower(), name, "country", iso), split_variants(variants)))
    if tote:
        out = [(entry, names + (tote_variants(names) if entry.kind != "role" else [])) for entry, names in out]
    for entity_id, name, country, variants in read_tsv(data_dir / "orgs.tsv", 4):
        out.append((Entry(entity_id, name, "org", country), split_variants(variants)))
    for row in read_tsv(data_dir / "roles.tsv", 3):
        role, country, variants = row[0], row[1] or None, row[2]
        entry = Entry("role:" + ascii_slug(role), role, "role", country)
        out.append((entry, split_variants(variants)))
    return out
