"""Property tests: readers and the number, money and date grammars never raise on arbitrary
input, readers yield only RawArticle or Rejection, and every span is inside the text."""

from __future__ import annotations

import json
import math
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kzcn.clean.html_to_text import flatten_deep_nesting, nesting_depth
from kzcn.ingest import RawArticle
from kzcn.ingest.decode import decode_bytes
from kzcn.ingest.feeds import parse_feed
from kzcn.ingest.records import read_csv_file, read_jsonl_file
from kzcn.ingest.text import read_text_file
from kzcn.model import Rejection

FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                         HealthCheck.too_slow])
#: Text built from the characters news in kk/ru/en is made of, plus digits and separators, so
#: the grammars see near-misses ("1,5 млрд", "12.03.2025") far more often than uniform text would.
ALPHABET = st.sampled_from(list("0123456789 ,.-–/%$€₸¥+\n") + list("млрднтгеқсйюанарyuanUSDMWkzгод")
                           + ["млн", "млрд", "тенге", "теңге", "доллар", "юань", "2025", "жылы", "года",
                              "наурыз", "марта", "January", "шамамен", "около", "более", "кемінде",
                              "1 000", "1,5", "3.7", "10^300", "9" * 400, "0000", "31.02."])
NEWSY = st.lists(ALPHABET, max_size=60).map("".join)
TEXTS = st.one_of(st.text(max_size=300), NEWSY)
LANGS = st.sampled_from(["kk", "ru", "en", None])
READERS = {".txt": read_text_file, ".csv": read_csv_file, ".jsonl": read_jsonl_file}


@pytest.mark.parametrize("suffix", sorted(READERS))
@FAST
@given(data=st.one_of(st.binary(max_size=600), TEXTS.map(lambda s: s.encode("utf-8"))))
def test_fuzz_readers_yield_only_articles_or_rejections(tmp_path, suffix, data):
    path = tmp_path / f"fuzz{suffix}"
    path.write_bytes(data)
    for item in READERS[suffix](path):
        assert isinstance(item, (RawArticle, Rejection))
        assert str(path) in item.where


JSON_VALUES = st.recursive(st.none() | st.booleans() | st.floats() | st.integers() | st.text(max_size=40),
                           lambda inner: st.lists(inner, max_size=4) | st.dictionaries(
                               st.sampled_from(["text", "html", "title", "date", "url", "x"]), inner, max_size=5),
                           max_leaves=20)


@FAST
@given(lines=st.lists(JSON_VALUES.map(lambda v: json.dumps(v, ensure_ascii=False)) | st.text(max_size=80),
                      max_size=8))
def test_fuzz_jsonl_one_item_per_nonblank_line(tmp_path, lines):
    path = tmp_path / "fuzz.jsonl"
    path.write_text("\n".join(line.replace("\n", " ").replace("\r", " ") for line in lines) + "\n",
                    encoding="utf-8")
    items = list(read_jsonl_file(path))
    physical = path.read_bytes().split(b"\n")
    assert len(items) == sum(1 for line in physical if line.strip())


@FAST
@given(data=st.binary(max_size=400) | TEXTS.map(lambda s: ("<rss><channel><item><description>" + s
                                                           + "</description></item></channel></rss>").encode()))
def test_fuzz_feeds_never_raise(data):
    for item in parse_feed(data, "feed.xml"):
        assert isinstance(item, (RawArticle, Rejection))


@FAST
@given(data=st.binary(max_size=400))
def test_fuzz_decode_returns_text_or_rejection(data):
    assert isinstance(decode_bytes(data, "x"), (str, Rejection))


@FAST
@given(html=st.lists(st.sampled_from(["<div>", "</div>", "<p>", "<br>", "<b>", "</b>", "text ", "<li>", "<"]),
                     max_size=400).map("".join))
def test_fuzz_flatten_keeps_text_and_bounds_depth(html):
    flat = flatten_deep_nesting(html, max_depth=20)
    assert nesting_depth(flat) <= 21
    assert re.sub(r"\s+", "", re.sub(r"<[^<>]*>", "", flat)) == re.sub(r"\s+", "", re.sub(r"<[^<>]*>", "", html))


def _spans_ok(text, found):
    for item in found:
        assert 0 <= item.start <= item.stop <= len(text)
        assert text[item.start:item.stop] == item.text


@FAST
@given(text=TEXTS, lang=LANGS)
def test_fuzz_parse_number_never_raises(text, lang):
    numbers = pytest.importorskip("kzcn.extract.amounts.numbers")
    value = numbers.parse_number(text, lang)
    assert value is None or isinstance(value, float | int)


@FAST
@given(text=TEXTS, lang=LANGS)
def test_fuzz_find_amounts_spans_inside_text(text, lang):
    amounts = pytest.importorskip("kzcn.extract.amounts.money")
    _spans_ok(text, amounts.find_amounts(text, lang))


ABSURD = ["$" + "9" * 400, "9" * 400 + " млрд теңге", "1" + "0" * 320 + " млн рублей"]


@pytest.mark.parametrize("text", ABSURD)
def test_fuzz_absurd_numbers_are_finite_or_dropped(text):
    numbers = pytest.importorskip("kzcn.extract.amounts.numbers")
    amounts = pytest.importorskip("kzcn.extract.amounts.money")
    value = numbers.parse_number(text, "ru")
    assert value is None or math.isfinite(value)
    assert all(math.isfinite(a.value) for a in amounts.find_amounts(text, "ru"))


@FAST
@given(text=TEXTS, lang=LANGS,
       anchor=st.sampled_from([None, "2025-03-04", "2025-03", "0000-01-01", "9999-12-31", "garbage"]))
def test_fuzz_find_dates_spans_inside_text(text, lang, anchor):
    dates = pytest.importorskip("kzcn.extract.dates.find")
    found = dates.find_dates(text, lang, anchor)
    _spans_ok(text, found)
    for mention in found:
        assert mention.value is None or re.fullmatch(r"[0-9/\-]+", mention.value)
