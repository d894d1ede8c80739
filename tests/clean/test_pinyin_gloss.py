"""Pinyin glossed after Chinese characters by some pages is dropped; brackets holding other text
stay (examples written for the test)."""

from __future__ import annotations

import pytest

from kzcn.clean.normalise import normalise_text


@pytest.mark.parametrize(("raw", "expected"), [
    ("代表團實(shí)地考察了醫(yī)院。", "代表團實地考察了醫院。"),
    ("副州長(zhǎng)会见了代表团", "副州長会见了代表团"),
    ("图尔克(túěrkè)斯坦州州长(zhōuzhǎng)访问", "图尔克斯坦州州长访问"),  # syllables run together
    ("中国石油(CNPC)和项目(2025)", "中国石油(CNPC)和项目(2025)"),
    ("Xi'an (xī ān) province", "Xi'an (xī ān) province"),
])
def test_pinyin_gloss_dropped(raw, expected):
    assert normalise_text(raw) == expected
