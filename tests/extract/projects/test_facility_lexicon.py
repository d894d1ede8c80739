"""Facility lexicon (rules/<lang>/facilities.tsv): products and processes across the HS sections.

Every phrase below is invented for this table (no article wording); each names one facility whose
English kind comes from its head and the product and process words around it. Negative rows check
that short stems do not catch common words ("медицинских" is no copper, "мысалы" no copper,
"fruitful" no fruit).
"""

from __future__ import annotations

from collections import Counter

import pytest

from kzcn.extract.common.triggers import RULES, compile_pattern
from kzcn.extract.projects.facilities import find_facilities
from kzcn.gazetteer.tsv import read_tsv

#: The sector list of ../shared/gold/SCHEMA.md.
SECTORS = frozenset("""agriculture food_processing textiles paper chemicals pharmaceuticals metallurgy mining
machinery construction construction_materials energy renewable_energy oil_gas infrastructure transport_logistics
waste_management urban_development industrial_zones trade tourism education healthcare digital finance""".split())

KINDS = [
    # metallurgy
    ("ru", "завод по производству обожжённых анодов", "anode plant"),
    ("ru", "новый ферросилициевый завод", "ferrosilicon plant"),
    ("ru", "цех по выпуску стальной арматуры", "steel rebar workshop"),
    ("ru", "завод по переработке меди", "copper processing plant"),
    ("kk", "ферросилиций зауыты", "ferrosilicon plant"),
    ("kk", "мыс катодын шығаратын зауыт", "copper cathode plant"),
    ("kk", "мырыш пен қорғасын өндіретін кәсіпорын", "zinc lead plant"),
    ("kk", "алюминий құймаларын шығаратын зауыт", "aluminium ingot plant"),
    ("en", "a prebaked anode plant", "anode plant"),
    ("en", "a plant producing zinc ingots", "zinc ingot plant"),
    ("en", "a ferrosilicon smelter", "ferrosilicon smelter"),
    # mining
    ("ru", "обогатительная фабрика для медной руды", "copper ore concentrator"),
    ("ru", "угольная шахта", "coal mine"),
    ("ru", "комбинат по обогащению железной руды", "iron ore beneficiation plant"),
    ("kk", "көмір шахтасы", "coal mine"),
    ("kk", "алтын кенін байыту фабрикасы", "gold ore concentrator"),
    ("kk", "темір кенін байыту кешені", "iron ore beneficiation complex"),
    ("en", "a copper ore concentrator", "copper ore concentrator"),
    ("en", "a gold mining enterprise", "gold mining plant"),
    ("en", "a coal concentration plant", "coal concentrator"),
    # chemicals
    ("ru", "завод по производству карбамида и аммиака", "urea ammonia plant"),
    ("ru", "завод по производству метанола", "methanol plant"),
    ("ru", "завод серной кислоты", "sulfuric acid plant"),
    ("ru", "завод лакокрасочных материалов", "paint plant"),
    ("kk", "карбамид өндіретін зауыт", "urea plant"),
    ("kk", "күкірт қышқылы зауыты", "sulfuric acid plant"),
    ("kk", "метанол зауыты", "methanol plant"),
    ("en", "a urea and ammonia plant", "urea ammonia plant"),
    ("en", "a sulphuric acid plant", "sulfuric acid plant"),
    ("en", "a paint factory", "paint factory"),
    # building materials
    ("ru", "завод по выпуску гипсокартона", "drywall plant"),
    ("ru", "завод керамической плитки", "ceramic tiles plant"),
    ("ru", "цех железобетонных изделий", "reinforced concrete workshop"),
    ("ru", "завод строительных материалов", "building materials plant"),
    ("kk", "гипсокартон шығаратын зауыт", "drywall plant"),
    ("kk", "құрылыс материалдары зауыты", "building materials plant"),
    ("kk", "темірбетон бұйымдары зауыты", "reinforced concrete plant"),
    ("en", "a drywall plant", "drywall plant"),
    ("en", "a building materials plant", "building materials plant"),
    ("en", "a ceramic tile factory", "ceramic tiles factory"),
    # energy
    ("ru", "завод по сборке ветрогенераторов", "wind turbine assembly plant"),
    ("ru", "газотурбинная электростанция", "gas turbine power plant"),
    ("ru", "ветропарк", "wind farm"),
    ("ru", "завод литий-ионных аккумуляторов", "lithium-ion battery plant"),
    ("kk", "жел генераторларын құрастыру зауыты", "wind turbine assembly plant"),
    ("kk", "литий-ионды аккумуляторлар зауыты", "lithium-ion battery plant"),
    ("kk", "газ турбиналы электр станциясы", "gas turbine power plant"),
    ("en", "a wind turbine assembly plant", "wind turbine assembly plant"),
    ("en", "a gas-fired power plant", "gas-fired power plant"),
    ("en", "a lithium-ion battery factory", "lithium-ion battery factory"),
    # machinery, vehicles, electronics
    ("ru", "автозавод", "car plant"),
    ("ru", "завод по производству экскаваторов и погрузчиков", "excavator loader plant"),
    ("ru", "завод по производству холодильников", "refrigerator plant"),
    ("kk", "экскаваторлар шығаратын зауыт", "excavator plant"),
    ("kk", "электромобильдер құрастыру зауыты", "electric vehicle assembly plant"),
    ("kk", "тоңазытқыш шығаратын зауыт", "refrigerator plant"),
    ("en", "an excavator plant", "excavator plant"),
    ("en", "an electric vehicle assembly plant", "electric vehicle assembly plant"),
    ("en", "a refrigerator factory", "refrigerator factory"),
    # light industry
    ("ru", "трикотажная фабрика", "knitwear factory"),
    ("ru", "швейная фабрика", "garment factory"),
    ("ru", "обувная фабрика", "footwear factory"),
    ("ru", "ковровая фабрика", "carpet factory"),
    ("kk", "трикотаж фабрикасы", "knitwear factory"),
    ("kk", "тігін фабрикасы", "garment factory"),
    ("kk", "аяқ киім фабрикасы", "footwear factory"),
    ("kk", "кілем фабрикасы", "carpet factory"),
    ("en", "a knitwear factory", "knitwear factory"),
    ("en", "a garment factory", "garment factory"),
    ("en", "a footwear factory", "footwear factory"),
    # food, drink and agriculture
    ("ru", "мясокомбинат", "meat processing plant"),
    ("ru", "завод по производству растительного масла", "vegetable oil plant"),
    ("ru", "комбикормовый завод", "compound feed plant"),
    ("ru", "сахарозавод", "sugar plant"),
    ("ru", "завод по производству глютена", "gluten plant"),
    ("kk", "ет өнімдерін шығаратын зауыт", "meat products plant"),
    ("kk", "құрама жем зауыты", "compound feed plant"),
    ("kk", "ірімшік зауыты", "cheese plant"),
    ("kk", "қант зауыты", "sugar plant"),
    ("en", "a flour mill", "flour mill"),
    ("en", "a slaughterhouse", "slaughterhouse"),
    ("en", "a compound feed plant", "compound feed plant"),
    ("en", "a cheese factory", "cheese factory"),
    # wood, pulp and paper
    ("ru", "фабрика по производству картонной упаковки", "cardboard packaging factory"),
    ("ru", "деревообрабатывающий комбинат", "woodworking plant"),
    ("ru", "завод по производству фанеры", "plywood plant"),
    ("kk", "картон қаптама шығаратын фабрика", "cardboard packaging factory"),
    ("kk", "ағаш өңдеу кәсіпорны", "woodworking plant"),
    ("kk", "фанера зауыты", "plywood plant"),
    ("en", "a cardboard packaging factory", "cardboard packaging factory"),
    ("en", "a plywood plant", "plywood plant"),
    ("en", "a timber processing plant", "timber processing plant"),
    # pharmaceuticals and medical devices
    ("ru", "завод по выпуску медицинских изделий", "medical devices plant"),
    ("ru", "завод по производству антибиотиков", "antibiotics plant"),
    ("ru", "фармацевтический завод", "pharmaceutical plant"),
    ("kk", "медициналық бұйымдар шығаратын зауыт", "medical devices plant"),
    ("kk", "антибиотиктер шығаратын зауыт", "antibiotics plant"),
    ("kk", "вакцина зауыты", "vaccines plant"),
    ("en", "a medical devices plant", "medical devices plant"),
    ("en", "an antibiotics factory", "antibiotics factory"),
    ("en", "a vaccine plant", "vaccines plant"),
    # logistics, storage and data
    ("ru", "складской комплекс", "warehouse complex"),
    ("ru", "дата-центр", "data centre"),
    ("ru", "таможенный терминал", "customs terminal"),
    ("ru", "зернохранилище", "grain storage"),
    ("kk", "қойма кешені", "warehouse complex"),
    ("kk", "деректер орталығы", "data centre"),
    ("kk", "деректерді өңдеу орталығы", "data centre"),
    ("kk", "кедендік терминал", "customs terminal"),
    ("en", "a warehouse complex", "warehouse complex"),
    ("en", "a data center", "data centre"),
    ("en", "a customs terminal", "customs terminal"),
]

#: Common words a short product stem must not catch: the facility stays a bare head.
NOT_PRODUCTS = [
    ("ru", "оценка рисков нового завода", "plant"),
    ("ru", "дискуссия вокруг завода", "plant"),
    ("ru", "крупный завод", "plant"),
    ("ru", "сокращение выбросов завода", "plant"),
    ("ru", "профилактика на заводе", "plant"),
    ("kk", "мысалы мұнда жаңа зауыт", "plant"),
    ("kk", "қантар айында ашылған зауыт", "plant"),
    ("kk", "жемісті ынтымақтастық аясындағы зауыт", "plant"),
    ("kk", "дөңгелек үстелде талқыланған зауыт", "plant"),
    ("kk", "алтыншы зауыт", "plant"),
    ("kk", "дәрігерлер келген зауыт", "plant"),
    ("kk", "Жібек жолы бойындағы логистикалық орталық", "logistics centre"),
    ("en", "a fruitful plant visit", "plant"),
    ("en", "tired plant workers", "plant"),
    ("en", "the Silk Road logistics centre", "logistics centre"),
    ("en", "a high-profile plant", "plant"),
]


def kinds_of(phrase: str, lang: str) -> list[str]:
    return [f.kind for f in find_facilities(phrase, 0, len(phrase), lang) if not f.plural]


@pytest.mark.parametrize(("lang", "phrase", "kind"), KINDS)
def test_facility_lexicon_product_kind(lang: str, phrase: str, kind: str) -> None:
    assert kinds_of(phrase, lang) == [kind]


@pytest.mark.parametrize(("lang", "phrase", "kind"), NOT_PRODUCTS)
def test_facility_lexicon_common_word_is_no_product(lang: str, phrase: str, kind: str) -> None:
    assert kinds_of(phrase, lang) == [kind]


def _rows(lang: str) -> list[tuple[str, ...]]:
    return [tuple(row) for row in read_tsv(RULES / lang / "facilities.tsv", min_columns=2)]


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_facility_lexicon_no_duplicate_pattern(lang: str) -> None:
    counts = Counter(row[0].lower() for row in _rows(lang))
    assert [pattern for pattern, n in counts.items() if n > 1] == []


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_facility_lexicon_rows_compile_with_schema_sectors(lang: str) -> None:
    for row in _rows(lang):
        compile_pattern(row[0])
        assert len(row) < 4 or not row[3] or row[3] in SECTORS, row


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_facility_lexicon_source_line_names_hs(lang: str) -> None:
    first = (RULES / lang / "facilities.tsv").read_text(encoding="utf-8").splitlines()[0]
    assert first.startswith("# source:") and "Harmonized System" in first
