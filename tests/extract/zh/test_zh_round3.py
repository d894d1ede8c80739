"""Chinese extraction, round 3 (issue 14): known firms by their Chinese short names, firms listed
before "等企业", one name per firm, quoted zones, outlets, Latin names glued to a description;
page date lines; launches told as a condition; a Kazakh official's party met in China; dialogue
conferences; slogans and venue cities are no places; names before a head's title; sectors.
Names, firms, places in slogans and amounts are invented (the known firms' rows are the
gazetteer's, ``rules/zh/org_names.tsv``)."""

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
def gazetteer():
    return Gazetteer.load()


@pytest.fixture(scope="module")
def extract(tmp_path_factory):
    settings = Settings()
    pipeline = build_pipeline(settings)
    folder = tmp_path_factory.mktemp("zh3")

    def run(text: str, header: str = " date 2025-06-20 ") -> dict:
        path = folder / "article.txt"
        path.write_text(header + text, encoding="utf-8")
        (doc,) = process_paths([str(path)], pipeline, settings)
        return to_record(getattr(doc, "document", None) or doc)

    return run


def _orgs(gazetteer, text: str) -> list[tuple[str, str]]:
    return sorted({(m.canonical, m.country) for m in find_zh_mentions(text, gazetteer) if m.kind == "org"})


@pytest.mark.parametrize("text, orgs", [
    # a known firm by its short names, one canonical name (the longest the text writes)
    ("中联重科持股。中联重科股份有限公司与州政府签署协议。", [("中联重科股份有限公司", "CN")]),
    # firms listed before "等企业": the items, without the country and province before them
    ("中国新疆金岭科技、华川建材等企业代表发言。", [("华川建材", "CN"), ("金岭科技", "CN")]),
    # a registered name keeps "中国" and its bracketed group word; its short form is it
    ("投资方为中国新疆金岭（集团）股份有限公司。此前金岭集团已达成一致。",
     [("中国新疆金岭（集团）股份有限公司", "CN")]),
    # a short form whose characters run through the full name is that firm; its Latin name wins
    ("哈萨克斯坦国家纺织公司与州政府会谈。哈国纺织公司(SaryTex)表示欢迎。", [("SaryTex", "KZ")]),
    # a zone named in quotes before its kind word
    ("在阿克托别州“绿谷工业园”经济特区开工。", [("绿谷工业园", "KZ")]),
    # a Latin name glued to a description of the firm
    ("俄罗斯化工公司Polytex与州政府签署协议。", [("Polytex", "RU")]),  # the country it is described with
    # the outlet's website is no organisation
    ("来源：甘肃政府网", []),
])
def test_zh3_organisations(gazetteer, text, orgs):
    assert _orgs(gazetteer, text) == orgs


def test_zh3_not_a_firm_an_industry(gazetteer):
    """"中国银行业": the banking industry, not the bank."""
    assert _orgs(gazetteer, "中国银行业发展迅速。") == []


@pytest.mark.parametrize("text, value", [
    ("发布时间:2023-03-31 18:21:56", "2023-03-31"),
    ("专委会 2024-09-14 23:35:01 据消息,9月10日", "2024-09-10"),
])
def test_zh3_page_date_line_dates_yearless_days(text, value):
    assert find_dates_zh(text)[-1].value == value


@pytest.mark.parametrize("text", [
    "阿特劳州的化工厂项目投产后将创造1000个就业岗位。",
    "该项目的投产将有望实现进口替代。",
])
def test_zh3_launch_told_as_a_condition_is_no_event(extract, text):
    assert [e["type"] for e in extract(text)["events"]] == []


def test_zh3_kazakh_officials_party_met_in_china_is_a_trip(extract):
    record = extract("5月14日，副省长李华在兰州会见哈萨克斯坦阿克托别州州长卡利耶夫一行。")
    assert sorted(e["type"] for e in record["events"]) == ["meeting", "visit"]


def test_zh3_dialogue_conference_is_a_forum(extract):
    record = extract("3月28日，第二届中国（甘肃）—哈萨克斯坦地方合作对话会在阿斯塔纳举行。")
    assert [e["type"] for e in record["events"]] == ["forum"]


def test_zh3_slogan_and_venue_city_are_no_places(extract):
    record = extract("副省长李华在兰州会见哈萨克斯坦阿克托别州州长卡利耶夫一行。甘肃愿与阿克托别州秉持“敦煌精神”深化合作。")
    assert record["cn_places"] == ["Gansu"]


def test_zh3_name_before_a_heads_title(gazetteer):
    mentions = find_zh_mentions("该项目是托卡别诺夫总统指示框架内实施的。总理别克帖耶夫表示支持。哈萨克斯坦总统表示欢迎。", gazetteer)
    assert [(m.canonical, m.country) for m in mentions if m.kind == "person"] == [("托卡别诺夫", "KZ"), ("别克帖耶夫", "KZ")]


def test_zh3_sectors_of_trade_and_economy_and_culture_and_tourism(extract):
    record = extract("阿克托别州州长会见中国甘肃省副省长李华。双方在经贸、文旅等领域开展合作。双方交通区位优势明显。")
    assert sorted(record["sectors"]) == ["tourism", "trade"]
