"""Every reader in Kazakh and Russian: text (with and without date line), HTML, JSONL, CSV, feeds."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kzcn.ingest import RawArticle, read_paths
from kzcn.ingest.decode import decode_bytes
from kzcn.model import Rejection
from tests.conftest import KK_TEXT, RU_TEXT

TEXTS = {"kk": KK_TEXT, "ru": RU_TEXT}


def _read(path: Path) -> list:
    return list(read_paths([path]))


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_text_reader_date_line(tmp_path, lang):
    path = tmp_path / f"{lang}.txt"
    path.write_text(f" date 2025-10-10 Тақырып {lang}\n{TEXTS[lang]}", encoding="utf-8")
    [raw] = _read(path)
    assert (raw.published, raw.title, raw.text, raw.source) == ("2025-10-10", f"Тақырып {lang}", TEXTS[lang], path.name)


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_text_reader_without_date_line(tmp_path, lang):
    path = tmp_path / f"{lang}.txt"
    path.write_text(TEXTS[lang], encoding="utf-8")
    [raw] = _read(path)
    assert raw.published is None and raw.text == TEXTS[lang]


@pytest.mark.parametrize(("encoding", "prefix"), [("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"), ("cp1251", b"")])
def test_text_reader_encodings_ru(tmp_path, encoding, prefix):
    path = tmp_path / "a.txt"
    path.write_bytes(prefix + RU_TEXT.encode(encoding))
    [raw] = _read(path)
    assert raw.text == RU_TEXT


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"   \n\t ", "empty"),
        (b"\x00\x01\x02binary", "binary"),
        ("Облыс әкімі".encode("utf-8")[:-1] + "кездесті".encode("utf-8") + b"\xd2", "UTF-8"),
        (bytes(range(128, 256)) * 4, "undecodable"),
    ],
)
def test_text_reader_rejects_with_reason(tmp_path, data, reason):
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    [rejection] = _read(path)
    assert isinstance(rejection, Rejection) and reason in rejection.reason and str(path) in rejection.where


def test_decode_kazakh_is_never_mistaken_for_cp1251():
    assert decode_bytes(KK_TEXT.encode("utf-8"), "x") == KK_TEXT


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_html_reader_keeps_html_for_cleaning(tmp_path, lang):
    path = tmp_path / f"{lang}.html"
    path.write_text(f"<html><body><article><p>{TEXTS[lang]}</p></article></body></html>", encoding="utf-8")
    [raw] = _read(path)
    assert isinstance(raw, RawArticle) and TEXTS[lang].split("\n")[0] in raw.html


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_jsonl_reader_streams_records_and_rejects_bad_lines(tmp_path, lang):
    path = tmp_path / "a.jsonl"
    good = {"url": f"https://example.kz/{lang}/1", "title": "T", "date": "2025-03-01", "text": TEXTS[lang]}
    path.write_text(json.dumps(good, ensure_ascii=False) + "\n{not json\n\n" + json.dumps([1]) + "\n", encoding="utf-8")
    first, bad_json, not_object = _read(path)
    assert (first.source, first.published, first.text) == (good["url"], "2025-03-01", TEXTS[lang])
    assert bad_json.where == f"{path}:2" and "malformed JSON" in bad_json.reason
    assert not_object.where == f"{path}:4"


def test_jsonl_reader_rejects_overlong_line_and_continues(tmp_path):
    path = tmp_path / "long.jsonl"
    path.write_text('{"text": "' + "а" * 5000 + '"}\n{"text": "' + RU_TEXT.replace("\n", " ") + '"}\n', encoding="utf-8")
    from kzcn.ingest.records import read_jsonl_file

    long_line, good = list(read_jsonl_file(path, max_line=1000))
    assert isinstance(long_line, Rejection) and long_line.where.endswith(":1")
    assert isinstance(good, RawArticle) and good.text.startswith("Аким")


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_csv_reader(tmp_path, lang):
    import csv

    path = tmp_path / "a.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["url", "title", "date", "text"])
        writer.writerow([f"https://example.kz/{lang}", "Title", "2024-05-06", TEXTS[lang]])
    [raw] = _read(path)
    assert (raw.source, raw.published, raw.text) == (f"https://example.kz/{lang}", "2024-05-06", TEXTS[lang])


FEED = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>News</title>
<item><title>{title}</title><link>https://example.kz/news/{n}</link>
<pubDate>Tue, 04 Mar 2025 10:00:00 +0500</pubDate><description><![CDATA[<p>{body}</p>]]></description></item>
</channel></rss>"""


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_feed_reader(tmp_path, lang):
    path = tmp_path / "feed.xml"
    path.write_text(FEED.format(title="Кездесу", n=lang, body=TEXTS[lang]), encoding="utf-8")
    [raw] = _read(path)
    assert raw.source == f"https://example.kz/news/{lang}" and raw.published == "2025-03-04"
    assert TEXTS[lang].split(".")[0] in raw.html


def test_feed_reader_refuses_entity_bomb(tmp_path):
    path = tmp_path / "bomb.xml"
    path.write_text('<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]>'
                    "<rss><channel><item><title>&b;</title></item></channel></rss>", encoding="utf-8")
    [rejection] = _read(path)
    assert isinstance(rejection, Rejection) and "unsafe XML" in rejection.reason


def test_folder_reader_is_recursive_and_sorted(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text(RU_TEXT, encoding="utf-8")
    (tmp_path / "1.txt").write_text(KK_TEXT, encoding="utf-8")
    (tmp_path / "gold.jsonl").write_text("{}", encoding="utf-8")
    assert [raw.source for raw in _read(tmp_path)] == ["1.txt", "2.txt"]


def test_missing_path_is_a_rejection(tmp_path):
    [rejection] = list(read_paths([tmp_path / "nope.txt"]))
    assert rejection.reason == "no such file or folder"
