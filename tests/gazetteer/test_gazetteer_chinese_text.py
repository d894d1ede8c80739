"""Chinese-language text: hanzi are single tokens, so Kazakh units and Chinese places match inside it."""

from __future__ import annotations

import pytest

from kzcn.gazetteer import Gazetteer


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("巴甫洛达尔州代表团访问了河南省郑州市。", {("kz_region", "Pavlodar Region"), ("cn_place", "Henan"), ("cn_place", "Zhengzhou")}),
        ("奇姆肯特市长会见了陕西省西安市代表团。", {("kz_region", "Shymkent"), ("cn_place", "Shaanxi"), ("cn_place", "Xi'an")}),
        ("中国与哈萨克斯坦签署合作备忘录。", {("country", "China"), ("country", "Kazakhstan")}),
        ("双方合作项目进展顺利。", set()),
    ],
)
def test_gazetteer_finds_names_in_chinese_text(text, expected):
    found = {(m.kind, m.canonical) for m in Gazetteer.load().find(text)}
    assert expected <= found
    assert all(text[m.start:m.stop] == m.text for m in Gazetteer.load().find(text))


def test_gazetteer_common_chinese_words_are_not_county_cities():
    """合作 ("cooperation") is also the hanzi of Hezuo city: bare county names need 市/县."""
    assert [m.canonical for m in Gazetteer.load().find("双方合作项目进展顺利。") if m.kind == "cn_place"] == []
