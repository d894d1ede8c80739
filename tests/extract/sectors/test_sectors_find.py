"""Sectors of an article from kk, ru and en stems."""

from __future__ import annotations

import pytest

from kzcn.extract.sectors.find import SectorStage, find_sectors
from kzcn.model import Document, Event

SECTORS = [
    ("kk", "Металлургия және машина жасау салаларына назар аударылды.", ["metallurgy", "machinery"]),
    ("kk", "Заманауи қала құрылысы шешімдері талқыланды.", ["urban_development"]),
    ("kk", "Құрылыс корпорациясы инфрақұрылымдық жобаларды жүзеге асырады.", ["construction", "infrastructure"]),
    ("kk", "Тұрмыстық қалдықтарды өңдеу және дәрілік өнімдер.", ["waste_management", "pharmaceuticals"]),
    ("kk", "Тоқыма кластері мен қағаз өнімдері.", ["textiles", "paper"]),
    ("kk", "Сауда-экономикалық серіктес, тауар айналымы өсті.", []),
    ("kk", "Жел электр станциясы мен логистикалық орталық.", ["renewable_energy", "transport_logistics"]),
    ("ru", "Переработка сельскохозяйственной продукции и строительство.", ["food_processing", "agriculture", "construction"]),
    ("ru", "Торгово-экономические связи и взаимная торговля растут.", []),
    ("ru", "Сотрудничество в сфере туризма, образования и здравоохранения.", ["tourism", "education", "healthcare"]),
    ("ru", "Создание специальной экономической зоны и цифровизация.", ["industrial_zones", "digital"]),
    ("en", "Cooperation in renewable energy, logistics and agriculture.", ["renewable_energy", "transport_logistics", "agriculture"]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), SECTORS)
def test_sectors_from_stems(lang: str, text: str, expected: list[str]) -> None:
    assert find_sectors(text, lang) == expected


def test_sectors_stage_adds_layer() -> None:
    doc = Document("Металлургия саласы.", lang="kk").add(events=[Event("meeting", "Aktobe Region")])
    assert SectorStage()(doc).sectors == ("metallurgy",)
