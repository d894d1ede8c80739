"""Place knowledge the API and dashboard need: Kazakh units (names in three languages, schematic
tile layout) and Chinese places with their province, read from data files once."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent.parent
KZ_TILES = PACKAGE / "web" / "data" / "kz_tiles.tsv"
CN_PLACES = PACKAGE / "gazetteer" / "data" / "cn_places.tsv"


@dataclass(frozen=True, slots=True)
class KzUnit:
    name: str
    kk: str
    ru: str
    col: int
    row: int


def _tsv_rows(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8") as handle:
        return [row for row in csv.reader(handle, delimiter="\t") if row and not row[0].startswith("#")]


@lru_cache(maxsize=1)
def kz_units() -> tuple[KzUnit, ...]:
    """The 20 first-level units of Kazakhstan, in reading order of the tile map."""
    return tuple(KzUnit(r[0], r[1], r[2], int(r[3]), int(r[4])) for r in _tsv_rows(KZ_TILES))


@lru_cache(maxsize=1)
def cn_province_of() -> dict[str, str]:
    """Canonical Chinese place name -> its province (a province maps to itself)."""
    result = {}
    for row in _tsv_rows(CN_PLACES):
        name, level, province = row[1], row[2], row[3]
        result.setdefault(name, name if level == "province" else province)
    return result


def cn_places_in(name: str) -> set[str]:
    """``name`` and, when it is a province, every listed place inside it."""
    provinces = cn_province_of()
    return {name} | {place for place, province in provinces.items() if province == name}


def kz_tiles_geojson() -> dict:
    """A GeoJSON FeatureCollection of unit squares laid out like the country (a schematic,
    honest where no post-2022 boundary data is available)."""
    features = []
    for unit in kz_units():
        x, y = unit.col * 1.0, -unit.row * 1.0
        ring = [[x, y], [x + 0.94, y], [x + 0.94, y - 0.94], [x, y - 0.94], [x, y]]
        features.append({"type": "Feature", "properties": {"name": unit.name, "kk": unit.kk, "ru": unit.ru},
                         "geometry": {"type": "Polygon", "coordinates": [ring]}})
    return {"type": "FeatureCollection", "features": features}
