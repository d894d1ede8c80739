"""Bad input of every kind: a Rejection naming file/line and a reason, and the batch goes on."""

from __future__ import annotations

import json
import tracemalloc
from datetime import date, timedelta

import pytest

from kzcn.clean import make_document
from kzcn.ingest import RawArticle, read_paths
from kzcn.ingest.limits import MAX_FILE_BYTES, checked_published
from kzcn.ingest.records import read_jsonl_file
from kzcn.model import Rejection
from tests.conftest import KK_TEXT, RU_TEXT

KK_UTF8, RU_UTF8 = KK_TEXT.encode("utf-8"), RU_TEXT.encode("utf-8")

BAD_FILES = [
    ("empty.txt", b"", "empty"),
    ("blank.txt", b" \n\t\r\n  ", "empty"),
    ("blank.html", b"   \n", "empty"),
    ("binary.txt", bytes(range(256)) * 8, "binary"),
    ("image.html", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(600), "binary"),
    ("truncated_kk.txt", (KK_TEXT + "ә").encode("utf-8")[:-1], "UTF-8"),
    ("truncated_ru.txt", (RU_TEXT + "ы").encode("utf-8")[:-1], "UTF-8"),
    ("mixed.txt", KK_UTF8 + RU_TEXT.encode("cp1251"), "UTF-8"),
    ("mixed_ru.txt", RU_TEXT.encode("cp1251") + RU_UTF8, "UTF-8"),
    ("turkish.txt", "Ölkenin ämirşisi Qytaı delegasıasymen kezdesti. ".encode("cp1254") * 3, "undecodable"),
    ("chinese_gbk.txt", "中哈合作签约仪式在阿拉木图举行。".encode("gbk") * 3, "undecodable"),
    ("utf16.txt", KK_TEXT.encode("utf-16"), "binary"),
    ("bad.csv", b"url,title\nhttps://a.kz,x\n", "header"),
    ("bad.xml", b"<rss><channel><item>", "malformed XML"),
    ("empty.xml", b"", "malformed XML"),
    ("notes.docx", b"PK\x03\x04", "suffix"),
]


@pytest.mark.parametrize(("name", "data", "reason"), BAD_FILES)
def test_bad_input_rejected_with_file_and_reason_batch_continues(tmp_path, name, data, reason):
    (tmp_path / name).write_bytes(data)
    (tmp_path / "zz_good_kk.txt").write_text(KK_TEXT, encoding="utf-8")
    (tmp_path / "zz_good_ru.txt").write_text(RU_TEXT, encoding="utf-8")
    items = list(read_paths([tmp_path / name, tmp_path / "zz_good_kk.txt", tmp_path / "zz_good_ru.txt"]))
    bad, *good = items
    assert isinstance(bad, Rejection) and reason in bad.reason and name in bad.where
    assert [g.text for g in good] == [KK_TEXT, RU_TEXT]


JSONL_LINES = [
    ("{not json", "malformed JSON"),
    ('{"text": "' + "а" * 10 + '"', "malformed JSON"),
    ("[" * 100_000 + "]" * 100_000, "unreadable JSON"),  # RecursionError
    ('{"text": "x", "n": ' + "9" * 5000 + "}", "unreadable JSON"),  # int digit limit
    ('"just a string"', "expected a JSON object"),
    ('{"text": 42}', "strings"),
    ('{"title": "only a title"}', "neither text nor html"),
    ('{"text": "   "}', "neither text nor html"),
]


@pytest.mark.parametrize(("line", "reason"), JSONL_LINES)
def test_bad_input_jsonl_line_rejected_with_line_number(tmp_path, line, reason):
    path = tmp_path / "a.jsonl"
    good_kk = json.dumps({"text": KK_TEXT}, ensure_ascii=False)
    good_ru = json.dumps({"text": RU_TEXT, "date": "2025-01-02"}, ensure_ascii=False)
    path.write_text(f"{good_kk}\n{line}\n{good_ru}\n", encoding="utf-8")
    first, bad, last = read_paths([path])
    assert isinstance(bad, Rejection) and reason in bad.reason and bad.where == f"{path}:2"
    assert (first.text, last.text, last.published) == (KK_TEXT, RU_TEXT, "2025-01-02")


def test_bad_input_200mb_single_line_is_streamed_not_held(tmp_path):
    path = tmp_path / "huge.jsonl"
    chunk = b"x" * (1 << 20)
    with path.open("wb") as handle:
        handle.write(b'{"text": "')
        for _ in range(200):
            handle.write(chunk)
        handle.write(b'"}\n' + json.dumps({"text": RU_TEXT}, ensure_ascii=False).encode() + b"\n")
    tracemalloc.start()
    huge, good = read_jsonl_file(path, max_line=8_000_000)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert isinstance(huge, Rejection) and huge.where.endswith(":1") and "longer than" in huge.reason
    assert isinstance(good, RawArticle) and good.text == RU_TEXT
    assert peak < 40_000_000, f"peak {peak} bytes: the long line was held in memory"


@pytest.mark.parametrize("suffix", [".txt", ".html", ".csv", ".xml"])
def test_bad_input_oversized_whole_file_refused_before_reading(tmp_path, suffix):
    path = tmp_path / f"big{suffix}"
    with path.open("wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 1)  # sparse: no disk used
    [rejection] = read_paths([path])
    assert "exceeds" in rejection.reason and str(path) == rejection.where


TODAY = date(2026, 6, 1)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-10-10", "2025-10-10"),
        ("2025-10", "2025-10"),
        ("2025-10-10T08:00:00+05:00", "2025-10-10"),
        ("0000-01-01", None),  # year 0
        ("0001-01-01", None),
        ("1990-12-31", None),  # before Kazakhstan's outlets
        ("2026-06-02", "2026-06-02"),  # tomorrow: time zones
        ("2026-06-03", None),  # the future
        ("2999-01-01", None),
        ("2025-02-30", None),  # does not exist
        ("2025-13-01", None),
        ("вчера", None),
        (20250101, None),
        (None, None),
    ],
)
def test_bad_input_publication_dates_checked(value, expected):
    assert checked_published(value, "x.jsonl:1", today=TODAY) == expected


@pytest.mark.parametrize("date_value", ["0000-00-00", "3025-01-01", "1e308", "-1"])
def test_bad_input_implausible_date_drops_date_keeps_article(tmp_path, date_value):
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"text": KK_TEXT, "date": date_value}, ensure_ascii=False) + "\n", encoding="utf-8")
    [raw] = read_paths([path])
    assert isinstance(raw, RawArticle) and raw.published is None and raw.text == KK_TEXT


def test_bad_input_future_date_line_in_text_file(tmp_path):
    future = (date.today() + timedelta(days=400)).isoformat()
    path = tmp_path / "a.txt"
    path.write_text(f" date {future} Тақырып\n{KK_TEXT}", encoding="utf-8")
    [raw] = read_paths([path])
    assert raw.published is None and raw.title == "Тақырып"


@pytest.mark.parametrize(("lang", "sentence"), [("kk", KK_TEXT), ("ru", RU_TEXT)])
def test_bad_input_1mb_article_cleaned_or_refused_with_reason(lang, sentence):
    near = (sentence + "\n") * (990_000 // (len(sentence) + 1))
    doc = make_document(RawArticle("big.txt", "big.txt", text=near))
    assert not isinstance(doc, Rejection) and len(doc.text) > 900_000
    over = make_document(RawArticle("big.txt", "big.txt:3", text=(sentence + "\n") * 8000))
    assert isinstance(over, Rejection) and "exceeds" in over.reason and over.where == "big.txt:3"


@pytest.mark.parametrize("cell", ["а" * 300_000, "1" * 200_000])
def test_bad_input_csv_with_huge_field(tmp_path, cell):
    import csv

    path = tmp_path / "a.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["url", "text"])
        writer.writerow(["https://a.kz/1", cell])
        writer.writerow(["https://a.kz/2", RU_TEXT])
    big, good = read_paths([path])
    assert isinstance(big, RawArticle) and len(big.text) == len(cell) and good.text == RU_TEXT
