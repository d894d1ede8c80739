"""Chinese extraction, round 2 (issue 14): trips of city delegations, meetings whose Chinese side is
told in another sentence, event places, listed projects, a unit's total foreign trade, firms with
no legal ending or written in Latin, day ranges. Names, firms and amounts are invented."""

from __future__ import annotations

import pytest

from kzcn.export.record import to_record
from kzcn.extract.dates.zh import find_dates_zh
from kzcn.extract.entities.zh.find import find_zh_mentions
from kzcn.gazetteer import Gazetteer
from kzcn.pipeline.process import process_paths
from kzcn.pipeline.registry import build_pipeline
from kzcn.settings import Settings


@pytest.fixture(scope="module")
def extract(tmp_path_factory):
    settings = Settings()
    pipeline = build_pipeline(settings)
    folder = tmp_path_factory.mktemp("zh")

    def run(text: str) -> dict:
        path = folder / "article.txt"
        path.write_text(" date 2025-06-20 " + text, encoding="utf-8")
        (doc,) = process_paths([str(path)], pipeline, settings)
        return to_record(getattr(doc, "document", None) or doc)

    return run


def _events(record: dict) -> list[tuple]:
    return sorted((e["type"], e["place"], e["date"]) for e in record["events"])


@pytest.mark.parametrize("text, expected", [
    # a delegation named by its Chinese city, arriving by a verb of motion
    ("6月10日，来自喀什的代表团抵达奇姆肯特市。市长会见了代表团一行。",
     [("meeting", "Shymkent", None), ("visit", "Shymkent", "2025-06-10")]),
    # X市代表团 with a visit verb; the meeting's other side is "the delegation" of the sentence before
    ("乌鲁木齐市代表团访问了阿克托别州。州长会见了代表团。",
     [("meeting", None, None), ("visit", None, None)]),
    # a Kazakh delegation in a Chinese city: a trip there, talks there
    ("在北京，北哈州代表团与中国企业举行会谈。",
     [("meeting", "Beijing", None), ("visit", "Beijing", None)]),
    # the trip's city after its province ("访问甘肃省兰州市")
    ("6月5日，阿克托别州副州长率团访问甘肃省兰州市。",
     [("visit", "Lanzhou", "2025-06-05")]),
    # a planned trip is no event
    ("阿克托别州代表团将于下月访问兰州市。", []),
    # guests thanking for a warm reception: they came
    ("中国驻哈大使感谢阿克托别州领导的热情接待。", [("visit", None, None)]),
])
def test_zh_trips_and_meetings(extract, text, expected):
    assert _events(extract(text)) == expected


def test_zh_trip_dated_by_a_range_of_days(extract):
    record = extract("6月10日至12日，来自喀什的代表团抵达奇姆肯特市，开展考察活动。")
    assert [(e["type"], e["date"], e["cn_parties"][0]) for e in record["events"]] == \
        [("visit", "2025-06-10/2025-06-12", "Kashgar")]


@pytest.mark.parametrize("text, where", [
    ("9月2日，由新疆天铜矿业股份有限公司投资建设的铜杆加工厂在卡拉干达州巴尔喀什市正式投产。", "Balkhash"),
    ("8月26日，中国—亚欧博览会在新疆乌鲁木齐开幕，阿拜州企业与新疆昌瑞食品有限公司签署了合同。", "Urumqi"),
])
def test_zh_event_place_after_province_or_region(extract, text, where):
    assert {e["place"] for e in extract(text)["events"]} == {where}


def test_zh_meeting_with_both_sides_named_elsewhere(extract):
    """"会谈中，双方…": the talks are a meeting though the Chinese firm is named later."""
    record = extract("会谈中，双方讨论了在突厥斯坦州建设纺织厂的进展。\n新疆华棉公司总经理指出，公司将扩大投资。")
    assert [e["type"] for e in record["events"]] == ["meeting"]


def test_zh_listed_items_are_projects_each_with_its_stage(extract):
    record = extract("阿克托别州州长会见了新疆北原化工股份有限公司代表。双方回顾了合作项目：一是硫酸厂已于今年5月投产；"
                     "二是水泥厂正在建设中。目前，双方正在实施3个投资项目，包括尿素综合体、铜精矿加工厂、风力发电站。")
    found = {p["what"]: p["stage"] for p in record["projects"]}
    assert found["cement plant"] == "under_construction"
    assert {"urea complex", "copper concentrate processing plant", "wind farm"} <= set(found)


def test_zh_base_only_mentioned_is_no_project(extract):
    record = extract("阿克托别州州长会见了新疆北原化工股份有限公司代表。州长表示，该州愿打造区域性的产业基地。")
    assert record["projects"] == []


def test_zh_total_foreign_trade_has_no_counterpart(extract):
    record = extract("阿克托别州州长会见了中国企业代表。今年前5个月，阿克托别州外贸总额达15.2亿美元，同比增长7%，"
                     "其中与中国的贸易额为4.1亿美元。")
    found = {(f["metric"], f["value"], f["counterpart"], f["period"]) for f in record["figures"]}
    assert found == {("trade_turnover", 1_520_000_000, None, "2025-01/2025-05"),
                     ("trade_growth", 7, None, "2025-01/2025-05"),
                     ("trade_turnover", 410_000_000, "China", "2025-01/2025-05")}


@pytest.fixture(scope="module")
def gazetteer():
    return Gazetteer.load()


@pytest.mark.parametrize("text, orgs", [
    ("北哈州“Altyn Egis”有限责任公司与湖南长丰机械股份有限公司签署了备忘录。",
     [("Altyn Egis", "KZ"), ("湖南长丰机械股份有限公司", "CN")]),
    ("州内企业与华岳新能源签署合作备忘录。", [("华岳新能源", "CN")]),
    ("由天成矿业投资建设。", [("天成矿业", "CN")]),
    ("大学与中国农林科学院（CAFS）达成合作意向。", [("CAFS", "CN")]),
    # generic words before an industry word are no brand
    ("与中国企业合作，发展新能源和农业合作。", []),
    ("与当地能源合作。", []),
])
def test_zh_organisations_without_legal_ending(gazetteer, text, orgs):
    found = [(m.canonical, m.country) for m in find_zh_mentions(text, gazetteer) if m.kind == "org"]
    assert found == orgs


def test_zh_no_person_inside_a_longer_word(gazetteer):
    """"总统国情咨文": the President's address, not a person after the title."""
    mentions = find_zh_mentions("双方关注哈萨克斯坦总统国情咨文中提出的任务。", gazetteer)
    assert [m for m in mentions if m.kind == "person"] == []


@pytest.mark.parametrize("text, value", [
    ("5月18日至19日", "2025-05-18/2025-05-19"),
    ("5月30日至6月2日", "2025-05-30/2025-06-02"),
    ("10月3-5日", "2025-10-03/2025-10-05"),
    ("今年5月", "2025-05"),
    ("去年10月", "2024-10"),
])
def test_zh_day_ranges_and_relative_years(text, value):
    assert find_dates_zh(text, "2025-06-30")[-1].value == value
