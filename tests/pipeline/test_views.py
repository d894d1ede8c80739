"""The Cyrillic view of Latin and Arabic-script Kazakh: every span points into the original text,
names stay in the text's script, other texts are read as they are."""

from __future__ import annotations

import dataclasses
import json

import pytest

from kzcn.export.record import to_record
from kzcn.language.kk_script import to_cyrillic
from kzcn.model import Document
from kzcn.pipeline.process import process_paths
from kzcn.pipeline.registry import build_pipeline
from kzcn.pipeline.views import kazakh_script_view, original_name
from kzcn.settings import Settings
from tests.conftest import KK_TEXT, ROOT, RU_TEXT

CASES = ROOT / "tests" / "cases" / "kk_scripts"
REAL = [ROOT / "var" / "real" / f"kkb_{n:02d}.txt" for n in range(9, 14)]
REAL.append(ROOT / "var" / "real-dev" / "11.txt")
SPAN_LAYERS = ("sentences", "mentions", "actors", "amounts", "dates", "figures", "events", "projects")


@pytest.fixture(scope="module")
def pipeline():
    return build_pipeline(Settings())


def _span_faults(value, text: str, faults: list) -> list:
    """Every object with start/stop (and text) checked against ``text``, recursively."""
    if isinstance(value, tuple):
        for item in value:
            _span_faults(item, text, faults)
    elif dataclasses.is_dataclass(value):
        names = {f.name for f in dataclasses.fields(value)}
        for a, b in (("start", "stop"), ("sentence_start", "sentence_stop")):
            if {a, b} <= names and not 0 <= getattr(value, a) <= getattr(value, b) <= len(text):
                faults.append(value)
        if {"start", "stop", "text"} <= names and text[value.start : value.stop] != value.text:
            faults.append(value)
        for span in getattr(value, "spans", ()) or ():
            if not 0 <= span[0] <= span[1] <= len(text):
                faults.append(value)
        for name in names:
            _span_faults(getattr(value, name), text, faults)
    return faults


def _processed(pipeline, paths):
    return [d for d in process_paths([str(p) for p in paths], pipeline, Settings())
            if isinstance(d, Document)]


def test_view_spans_point_into_the_original_on_the_fictional_set(pipeline):
    docs = _processed(pipeline, sorted(CASES.glob("*.txt")))
    assert len(docs) == 8 and sum(len(d.events) for d in docs) >= 8
    for doc in docs:
        original = (CASES / doc.source).read_text(encoding="utf-8")
        assert doc.text in original and doc.lang == "kk"
        assert doc.mentions
        faults = [f for layer in SPAN_LAYERS for f in _span_faults(getattr(doc, layer), doc.text, [])]
        assert not faults, (doc.source, faults[:3])


def test_view_names_stay_in_the_text_script(pipeline):
    lines = (CASES / "gold.jsonl").read_text(encoding="utf-8").splitlines()
    gold = {json.loads(line)["doc"]: json.loads(line) for line in lines}
    for doc in _processed(pipeline, sorted(CASES.glob("*.txt"))):
        record = to_record(doc)
        assert record["script"] in ("latn", "arab")
        names = [p["name"] for p in record["people"]] + [o["name"] for o in record["organizations"]]
        assert all(not any("а" <= c <= "я" or c in "әіңғүұқөһ" for c in n.lower()) for n in names), names
        assert {p["name"] for p in gold[doc.source]["people"]} & {p["name"] for p in record["people"]}


@pytest.mark.skipif(not all(p.exists() for p in REAL),
                    reason="real articles not cached in var/ (docs/quality.md)")
def test_view_spans_point_into_the_original_on_real_articles(pipeline):
    for doc in _processed(pipeline, REAL):
        faults = [f for layer in SPAN_LAYERS for f in _span_faults(getattr(doc, layer), doc.text, [])]
        assert not faults, (doc.source, faults[:3])


@pytest.mark.parametrize("text", [KK_TEXT, RU_TEXT,
                                  "The akim of Pavlodar Region met a delegation from Qingdao.",
                                  "哈萨克斯坦与中国地方合作论坛在西安举行。"])
def test_view_none_for_texts_read_as_they_are(text):
    assert kazakh_script_view(Document(text=text)) is None


def test_view_keeps_document_id_and_title():
    doc = Document(text="Qytaı delegasııasy Aqtóbe oblysyna keldi.", title="Aqtóbe men Qytaı", source="x.txt")
    view = kazakh_script_view(doc)
    assert view.document.text == "Қытай делегациясы Ақтөбе облысына келді."
    assert view.document.title == "Ақтөбе мен Қытай" and view.document.id == doc.id
    back = view.restore(view.document)
    assert (back.text, back.title, back.id) == (doc.text, doc.title, doc.id)


@pytest.mark.parametrize(
    ("original", "found", "canonical", "expected"),
    [
        ("Marat Bekovtyń", "Марат Бековтың", "Марат Беков", "Marat Bekov"),  # case ending dropped
        ("«Ǵalym» seriktestigi", "«Ғалым» серіктестігі", "Ғалым", "Ǵalym"),  # inside the span
        ("Dana Seıitqyzy", "Дана Сейітқызы", "Дана Сейітқызы", "Dana Seıitqyzy"),
    ],
)
def test_view_original_name(original, found, canonical, expected):
    view = to_cyrillic(original, "latn", "2018")
    assert view.text == found
    assert original_name(canonical, 0, len(found), view, "latn", "2018") == expected


@pytest.mark.parametrize(("lower", "capitalised"), [
    ("алматы. қазақпарат - пойыз келді.", "АЛМАТЫ. Қазақпарат - пойыз келді."),  # a dateline
    ("миллион\n\nшымкент. агенттік — жаңалық", "Миллион\n\nШЫМКЕНТ. Агенттік — Жаңалық"),
    ("олар келді. бұл жаңалық - жақсы", "Олар келді. Бұл жаңалық - Жақсы"),  # no dateline mid-line
])
def test_views_arabic_script_dateline_gets_its_capitals(lower, capitalised):
    from kzcn.pipeline.view_case import restore_capitals

    assert restore_capitals(lower) == capitalised


def test_views_gazetteer_names_as_arabic_script_reads_them_back():
    from kzcn.gazetteer.entries import tote_variants

    assert tote_variants(["Сиань", "Алматы"]) == ["Сянь"]  # töte has no ь; Алматы reads back as it is
    assert tote_variants(["Сянь", "Сиань"]) == []  # already a variant
