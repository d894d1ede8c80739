"""Tables for Chinese extraction: amounts with 万/亿, dates and periods, names and roles.
Names and amounts are invented."""

from __future__ import annotations

import pytest

from kzcn.extract.amounts.zh import find_amounts_zh
from kzcn.extract.dates.zh import find_dates_zh
from kzcn.extract.entities.zh.find import find_zh_mentions
from kzcn.gazetteer import Gazetteer


@pytest.mark.parametrize("text, value, unit, qualifier", [
    ("贸易额达3.215亿美元", 321_500_000, "USD", "exact"),
    ("总额7000亿坚戈", 700_000_000_000, "KZT", "exact"),
    ("超过3万亿坚戈", 3_000_000_000_000, "KZT", "more_than"),
    ("约1.2万个新工作岗位", 12_000, "jobs", "about"),
    ("5000万元人民币", 50_000_000, "CNY", "exact"),
    ("增长百分之十二", 12, "%", "exact"),
    ("占比达45%", 45, "%", "exact"),
    ("年产不低于8万吨", 80_000, "t", "more_than"),
    ("装机容量36兆瓦", 36, "MW", "exact"),
    ("已有57家中资企业", 57, "count", "exact"),
])
def test_zh_amounts_numerals_and_scales(text, value, unit, qualifier):
    found = find_amounts_zh(text, "2025-05")
    assert [(a.value, a.unit, a.qualifier) for a in found] == [(pytest.approx(value), unit, qualifier)]
    assert all(text[a.start:a.stop] == a.text for a in found)


def test_zh_amounts_range_and_usd():
    (amount,) = find_amounts_zh("可引资120-130亿坚戈", "2025-05")
    assert (amount.value, amount.value_high, amount.unit) == (12e9, 13e9, "KZT")
    assert amount.value_usd and amount.value_usd < amount.value


@pytest.mark.parametrize("text, value", [
    ("2024年3月5日", "2024-03-05"),
    ("3月5日", "2025-03-05"),
    ("2024年3月", "2024-03"),
    ("2025年前11个月", "2025-01/2025-11"),
    ("今年前七个月", "2025-01/2025-07"),
    ("1-10月", "2025-01/2025-10"),
    ("上半年", "2025-01/2025-06"),
    ("2026年第一季度", "2026-01/2026-03"),
    ("2021—2023年", "2021/2023"),
    ("去年", "2024"),
])
def test_zh_dates_and_periods(text, value):
    found = find_dates_zh(text, "2025-06-30")
    assert found[-1].value == value


@pytest.fixture(scope="module")
def gazetteer():
    return Gazetteer.load()


@pytest.mark.parametrize("text, name, role, of", [
    ("阿克托别州州长叶尔兰·萨比托夫会见了客人。", "叶尔兰·萨比托夫", "akim", "Aktobe Region"),
    ("甘肃省副省长王建平出席。", "王建平", "vice governor", "Gansu"),
    ("山东宏远机械有限公司总经理刘志强表示。", "刘志强", "general manager", "山东宏远机械有限公司"),
    ("中国驻阿拉木图总领事李红梅强调。", "李红梅", "consul general", "中国驻阿拉木图总领事馆"),
    ("巴甫洛达尔州长萨帕耶夫签署协议。", "萨帕耶夫", "akim", "Pavlodar Region"),
])
def test_zh_people_names_and_roles(gazetteer, text, name, role, of):
    people = [m for m in find_zh_mentions(text, gazetteer) if m.kind == "person"]
    assert [(p.canonical, p.role, p.of) for p in people] == [(name, role, of)]


@pytest.mark.parametrize("text, org, country", [
    ("双方与河北恒昌建材股份有限公司签署协议。", "河北恒昌建材股份有限公司", "CN"),
    ("由中国华远能源集团投资建设。", "中国华远能源集团", "CN"),
    ("州政府与福建省宁德市人民政府签署协议。", "宁德市人民政府", "CN"),
    ("与中国江南重工有限公司（Jiangnan Heavy Industry）合作。", "Jiangnan Heavy Industry", "CN"),
])
def test_zh_organisations(gazetteer, text, org, country):
    orgs = [m for m in find_zh_mentions(text, gazetteer) if m.kind == "org"]
    assert (orgs[0].canonical, orgs[0].country) == (org, country)
