"""Classes of misses found on real articles (round 8, session 5), as tables of sentences written
for the tests (names, firms and figures invented): a Chinese sentence naming transliterated people
"A·B·C" is news, not a menu row; a title followed by 与 starts no name; transliterated names run
over 汗 and 默; firms counted with a description of Chinese capital are a companies figure; a
summary written as bullet points is several sentences; urban rail lines, second tracks and
crossings being built are projects, ground-breaking starts construction, "当地铁路" is no metro."""

from __future__ import annotations

import pytest

from test_real_round6 import extract, pipeline  # noqa: F401 (pipeline: the fixture extract() takes)
from kzcn.export.record import to_record
from kzcn.extract.dates.zh import find_dates_zh


def _names(doc, kind: str) -> set[str]:
    return {m.canonical for m in doc.mentions if m.kind == kind}


def test_zh_dotted_names_in_a_sentence_are_read(pipeline):
    text = ("9月5日，江布尔州州长别克·努尔汗·阿斯卡罗夫、副州长谢里克·默拉托夫·卡纳特诺维奇等出席仪式，"
            "与中国某新能源公司代表举行会谈。")
    people = _names(extract(pipeline, text, "zh"), "person")
    assert {"别克·努尔汗·阿斯卡罗夫", "谢里克·默拉托夫·卡纳特诺维奇"} <= people


def test_zh_no_name_starts_with_a_conjunction(pipeline):
    text = "哈萨克斯坦总统访问中国。在阿曼诺夫总统与王建华主席的正式会谈中，双方气氛融洽。"
    people = _names(extract(pipeline, text, "zh"), "person")
    assert "与王建" not in people and "阿曼诺夫" in people


@pytest.mark.parametrize(("text", "value"), [
    ("目前，约3500家含中国资本的企业在哈萨克斯坦运营。", 3500),
    ("截至今年6月，在哈萨克斯坦注册的中方参股的公司超过1200家，有820家中方参股的公司在哈运营。", 820),
])
def test_zh_firms_with_chinese_capital_counted_with_a_description(pipeline, text, value):
    record = to_record(extract(pipeline, text, "zh"))
    assert [(f["metric"], f["value"]) for f in record["figures"]] == [("companies", value)]


def test_zh_bullet_points_are_sentences_and_a_project_takes_its_place_region(pipeline):
    text = ("中哈物流合作稳步推进\n中哈物流合作要点 - 巴甫洛达尔港集装箱枢纽项目一期已于2023年5月正式启用 [1] "
            "- 塔尔迪库尔干陆港扩建工程正在施工，由中国某公司承建 [2]")
    record = to_record(extract(pipeline, text, "zh"))
    regions = {p["what"]: p["kz_region"] for p in record["projects"]}
    assert regions.get("dry port") == "Jetisu Region"


@pytest.mark.parametrize(("text", "what", "stage"), [
    ("9月11日，由中国某建筑公司承建的阿斯塔纳轻轨项目举行了通车仪式。", "light rail line", "operating"),
    ("哈萨克斯坦-中国某产业园在突厥斯坦州隆重奠基，总投资500亿坚戈。", "industrial park", "under_construction"),
    ("中哈边境的塔尔迪库尔干口岸改造工程正在施工，由中国某公司承建。", "border crossing", "under_construction"),
])
def test_zh_rail_lines_parks_and_crossings(pipeline, text, what, stage):
    record = to_record(extract(pipeline, text, "zh"))
    assert (what, stage) in {(p["what"], p["stage"]) for p in record["projects"]}


def test_zh_local_railway_is_no_metro(pipeline):
    text = "克孜勒奥尔达州政府计划对当地铁路系统进行改造，将铁路支线直接接入某玻璃厂厂区。"
    whats = {p["what"] for p in to_record(extract(pipeline, text, "zh"))["projects"]}
    assert "metro line" not in whats


def test_zh_heads_of_state_meeting_in_the_capital_is_no_units_event(pipeline):
    text = ("哈中元首会谈\n当地时间4月9日下午，哈萨克斯坦总统阿曼诺夫同中国国家主席王建华在阿斯塔纳总统府举行会谈。"
            "双方同意深化能源和交通合作。")
    record = to_record(extract(pipeline, text, "zh"))
    assert [(e["type"], e["kz_region"]) for e in record["events"]] == [("meeting", None)]


def test_zh_facility_takes_the_unit_named_in_its_clause(pipeline):
    text = ("中企助力哈萨克斯坦能源转型\n某中国电力公司在阿斯塔纳设有代表处。该公司投资建设的科斯塔奈州风电项目群已于去年全部投运，"
            "装机容量200兆瓦。")
    record = to_record(extract(pipeline, text, "zh"))
    assert ("wind farm", "Kostanay Region") in {(p["what"], p["kz_region"]) for p in record["projects"]}


@pytest.mark.parametrize(("text", "types"), [
    # attending a ceremony by video link is no talks; the launch is the event
    ("哈萨克斯坦总统通过视频连线，共同出席了江布尔州恒远风电设备厂首期工程的竣工仪式。该厂由中国恒远重工有限公司投资建设。",
     {"project_launch"}),
    # a dialogue chaired by both sides is a meeting
    ("8月28日，中方官员与哈外交部副部长在北京共同主持召开中哈产能与投资合作第九次对话。", {"meeting"}),
])
def test_zh_video_link_ceremony_and_dialogue(pipeline, text, types):
    doc = extract(pipeline, "中哈合作\n" + text, "zh")
    assert {e.type for e in doc.events} == types


@pytest.mark.parametrize(("text", "count"), [
    ("据统计，双方已达成早期收获项目25个，总投资金额近90亿美元。", 25),
    ("目前在该州运营的中资企业80余家。", 80),
])
def test_zh_counts_written_after_their_noun(pipeline, text, count):
    record = to_record(extract(pipeline, "中哈合作\n哈萨克斯坦与中国合作。" + text, "zh"))
    assert count in {f["value"] for f in record["figures"]}


@pytest.mark.parametrize(("text", "launch"), [
    ("某中国企业承建的别列克风电场是已投产的中亚大型风电项目。", False),
    ("风电场的投产能直接改善当地电力格局。某中国企业参与了建设。", False),
    ("9月12日，由某中国企业承建的别列克风电项目举行了投产仪式。", True),
])
def test_zh_a_launch_told_as_a_state_is_no_event(pipeline, text, launch):
    doc = extract(pipeline, "中哈合作\n" + text, "zh")
    assert any(e.type == "project_launch" for e in doc.events) is launch


def test_zh_dateline_place_is_no_side(pipeline):
    text = ("哈萨克斯坦推进口岸改造\n中新社阿斯塔纳1月3日电 哈萨克斯坦某官员表示，"
            "塔尔迪库尔干口岸改造工程正在施工，由中国恒远路桥有限公司承建。")
    record = to_record(extract(pipeline, text, "zh"))
    assert "Astana" not in record["kz_regions"] and "Jetisu Region" in record["kz_regions"]


def test_zh_page_date_line_dates_an_undated_article():
    text = "发布时间:2026-01-04 05:12\n12月15日，某光伏项目举行开工典礼。"
    assert [d.value for d in find_dates_zh(text) if d.kind == "date"][-1] == "2025-12-15"


@pytest.mark.parametrize(("text", "org", "not_org"), [
    # jieba glues 和 to a transliterated name: two firms, not one
    ("感谢中国某建集团和萨姆巴能源公司在别列克项目建设中作出的贡献。", "萨姆巴能源公司", "中国某建集团和萨姆巴能源公司"),
    # a member firm named after its association's title
    ("代表团调研了哈萨克斯坦陕西商会副会长单位恒丰集团在哈国建设的物流园。", "恒丰集团", "哈萨克斯坦陕西商会副会长单位恒丰集团"),
    # "中国" before a city is China's, not part of the registered name
    # a one-character adjective opening a name is its first syllable
    ("中哈企业合作项目开工。阿拉木图州副州长出席仪式，佳恒国际资源投资有限公司副总经理致辞。", "佳恒国际资源投资有限公司", "恒国际资源投资有限公司"),
    # a verb of speech before a generic "公司" names no firm
    ("中哈能源合作。州长建议公司研究天然气管道项目的可行性，恒远石化公司集团表示支持。", "恒远石化公司集团", "建议公司"),
    ("2021年6月24日，由中国郑州恒远集团有限公司与哈萨克斯坦某技术公司合作建设的卡拉干达州客车工厂举行开工仪式。",
     "郑州恒远集团有限公司", "中国郑州恒远集团有限公司"),
])
def test_zh_organisation_names_in_lists_and_descriptions(pipeline, text, org, not_org):
    orgs = _names(extract(pipeline, "中哈合作\n" + text, "zh"), "org")
    assert org in orgs and not_org not in orgs


def test_zh_a_consulate_attending_is_no_party(pipeline):
    text = ("中哈合作\n9月12日，由中国恒远电建集团承建的别列克风电项目在阿拉木图州举行投产仪式，"
            "中国驻阿拉木图总领事馆副总领事出席。")
    record = to_record(extract(pipeline, text, "zh"))
    parties = {p for e in record["events"] for p in e["cn_parties"]}
    assert parties and not any("领事" in p for p in parties)


def test_zh_numbered_bureau_is_one_name(pipeline):
    text = "中哈合作\n9月3日，由中国建筑第九工程局有限公司承建的科斯塔奈州水泥厂举行了投产仪式，州长出席。"
    assert "中国建筑第九工程局有限公司" in _names(extract(pipeline, text, "zh"), "org")
