"""Tables for the Chinese adapters: t2s keeps offsets, sentences split at 。！？, numerals, pinyin."""

from __future__ import annotations

import pytest

from kzcn.language.segment import split_sentences
from kzcn.language.zh_numbers import chinese_number
from kzcn.language.zh_script import simplified
from kzcn.language.zh_segment import split_sentences_zh, words
from kzcn.link.pinyin import pinyin_slug, place_name


@pytest.mark.parametrize("text, expected", [
    ("雙方簽署備忘錄", "双方签署备忘录"),
    ("東哈薩克斯坦州州長會見代表團", "东哈萨克斯坦州州长会见代表团"),
    ("臺灣與烏魯木齊", "台湾与乌鲁木齐"),
    ("already simplified 阿拉木图", "already simplified 阿拉木图"),
])
def test_zh_script_t2s_keeps_offsets(text, expected):
    view = simplified(text)
    assert view == expected
    assert len(view) == len(text)


@pytest.mark.parametrize("line, expected", [
    ("甲方签约。乙方出席！丙？", ["甲方签约。", "乙方出席！", "丙？"]),
    ("他说：“合作很好。”随后离开", ["他说：“合作很好。”", "随后离开"]),
])
def test_zh_segment_splits_sentences(line, expected):
    assert [line[a:b] for a, b in split_sentences_zh(line)] == expected


def test_zh_segment_sentences_keep_offsets_in_mixed_text():
    text = "Заголовок\n双方会谈。签署协议。"
    assert [text[s.start:s.stop] for s in split_sentences(text)] == ["Заголовок", "双方会谈。", "签署协议。"]


@pytest.mark.parametrize("name", ["阿克托别州", "突厥斯坦州", "霍尔果斯", "乌鲁木齐"])
def test_zh_segment_keeps_place_names_whole(name):
    text = f"代表团访问{name}并签署协议"
    assert name in [w.text for w in words(text)]


@pytest.mark.parametrize("numeral, value", [
    ("七", 7), ("十一", 11), ("一百四十三", 143), ("两万", 20000), ("五点三", 5.3),
])
def test_zh_numbers_reads_chinese_numerals(numeral, value):
    assert chinese_number(numeral) == pytest.approx(value)


@pytest.mark.parametrize("hanzi, expected", [
    ("霍尔果斯", "Huoerguosi"), ("乌鲁木齐市", "Wulumuqi"), ("陕西省", "Shanxi"), ("连云港", "Lianyungang"),
])
def test_pinyin_place_names(hanzi, expected):
    assert place_name(hanzi) == expected


def test_pinyin_slug_of_a_transliterated_name():
    assert pinyin_slug("叶尔兰·卡比") == "ye-er-lan-ka-bi"
