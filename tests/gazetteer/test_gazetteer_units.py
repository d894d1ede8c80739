"""Every Kazakh unit in inflected Kazakh and Russian; Chinese places in press spellings."""

from __future__ import annotations

import pytest

from kzcn.gazetteer import Gazetteer

KZ_CASES = [
    ("Абай облысына", "Abai Region"), ("в Абайской области", None),
    ("Ақмола облысының", "Akmola Region"), ("Акмолинской области", "Akmola Region"),
    ("Ақтөбе облысына", "Aktobe Region"), ("Актюбинской области", "Aktobe Region"),
    ("Алматы облысында", "Almaty Region"), ("Алматинской области", "Almaty Region"),
    ("Атырау облысының", "Atyrau Region"), ("Атырауской области", "Atyrau Region"),
    ("ШҚО", "East Kazakhstan Region"), ("Восточно-Казахстанской области", "East Kazakhstan Region"),
    ("Жамбыл облысымен", "Jambyl Region"), ("Жамбылской области", "Jambyl Region"),
    ("Жетісу облысының", "Jetisu Region"), ("области Жетісу", "Jetisu Region"),
    ("Қарағанды облысында", "Karaganda Region"), ("Карагандинскую область", "Karaganda Region"),
    ("Қостанай облысына", "Kostanay Region"), ("Костанайской области", "Kostanay Region"),
    ("Қызылорда облысының", "Kyzylorda Region"), ("Кызылординской области", "Kyzylorda Region"),
    ("Маңғыстау облысында", "Mangystau Region"), ("Мангистауской области", "Mangystau Region"),
    ("СҚО", "North Kazakhstan Region"), ("Северо-Казахстанской области", "North Kazakhstan Region"),
    ("Павлодар облысының", "Pavlodar Region"), ("Павлодарской области", "Pavlodar Region"),
    ("Түркістан облысына", "Turkistan Region"), ("Туркестанской области", "Turkistan Region"),
    ("Ұлытау облысында", "Ulytau Region"), ("области Улытау", "Ulytau Region"),
    ("БҚО", "West Kazakhstan Region"), ("Западно-Казахстанской области", "West Kazakhstan Region"),
    ("Астанада", "Astana"), ("в Астане", "Astana"), ("Алматыда", "Almaty"), ("в Алматы", "Almaty"),
    ("Шымкентте", "Shymkent"), ("в Шымкенте", "Shymkent"),
    ("Орал қаласында", "West Kazakhstan Region"), ("в Уральске", "West Kazakhstan Region"),
    ("Кентау қаласының", "Turkistan Region"), ("Сарыағаш ауданы", "Turkistan Region"),
    ("түркістандық делегация", "Turkistan Region"), ("Түркістан қаласында", "Turkistan Region"),
    ("Семейде", "Abai Region"), ("Талдықорғанға", "Jetisu Region"), ("Жезқазғанда", "Ulytau Region"),
    ("Aqtobe Region", "Aktobe Region"), ("Ақтөбеге", "Aktobe Region"),
]


@pytest.mark.parametrize(("text", "unit"), [c for c in KZ_CASES if c[1]])
def test_kz_unit_inflected_to_canonical(text: str, unit: str) -> None:
    assert Gazetteer.load().kz_unit(text) == unit


@pytest.mark.parametrize(("text", "kind", "entity_id"), [
    ("Ақтөбе облысына", "kz_region", "kz:aktobe-region"),
    ("Алматы облысы", "kz_region", "kz:almaty-region"),
    ("Алматы", "kz_region", "kz:almaty"),
    ("Туркестанская область", "kz_region", "kz:turkistan-region"),
    ("город Туркестан", "kz_place", "kz:turkistan"),
    ("Шандонг провинциясындағы", "cn_place", "cn:shandong"),
    ("Личьчин қаласының", "cn_place", "cn:linqing"),
])
def test_gazetteer_find_links_entity_id(text: str, kind: str, entity_id: str) -> None:
    mention = Gazetteer.load().find(text)[0]
    assert (mention.kind, mention.entity_id) == (kind, entity_id)
    assert text[mention.start:mention.stop] == mention.text


@pytest.mark.parametrize(("text", "place"), [
    ("Шанхай қаласында", "Shanghai"), ("провинции Сычуань", "Sichuan"), ("в Урумчи", "Urumqi"),
    ("Шандонг провинциясы", "Shandong"), ("Шаньнуднг өлкесінің", "Shandong"),
    ("Гуанджоу қаласында", "Guangzhou"), ("Гуандунь провинциясының", "Guangdong"),
    ("Чжучэн", "Zhucheng"), ("Ляочэн қаласы", "Liaocheng"), ("Линьцин", "Linqing"),
    ("Шаньси", "Shanxi"), ("Шэньси", "Shaanxi"), ("Үрімжіде", "Urumqi"), ("Қорғас", "Khorgos"),
    ("Синьцзян", "Xinjiang"), ("Шыңжаңға", "Xinjiang"), ("Внутренней Монголии", "Inner Mongolia"),
    ("Нанкин қаласында", "Nanjing"), ("Цзянсу провинциясының", "Jiangsu"),
    ("город Мяньян", "Mianyang"), ("Сианьде", "Xi'an"), ("Liaocheng", "Liaocheng"),
])
def test_cn_place_any_spelling_to_pinyin(text: str, place: str) -> None:
    assert Gazetteer.load().cn_place(text) == place


@pytest.mark.parametrize("text", [
    "Ол үйіне оралды.", "Экономика", "Ынтымақтастық", "орал", "Новости спорта",
])
def test_gazetteer_no_place_in_common_words(text: str) -> None:
    assert [m for m in Gazetteer.load().find(text) if m.kind in ("kz_region", "kz_place",
                                                                 "cn_place")] == []
