"""Scoring follows SCHEMA.md: names normalised, facts matched by their keys."""

from __future__ import annotations

import pytest

from kzcn.evaluate.names import name_key
from kzcn.evaluate.report import evaluate, render
from kzcn.evaluate.scoring import event_match, figure_match, project_match


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Shandong Lianxing Machinery Co., Ltd.", "«Shandong Lianxing Machinery»"),
        ("Асхат Шахаровтың", "Асхат Шахаров"),
        ("Туркестанской области", "Туркестанская область"),
        ("ТОО «Kazakh Invest»", "Kazakh Invest"),
        ("恒远重工集团有限公司", "恒远重工集团"),  # Chinese legal forms follow the name without a space
        ("恒遠能源股份有限公司", "恒遠能源"),
    ],
)
def test_name_key_equal(a, b):
    assert name_key(a) == name_key(b)


def test_event_match_needs_party_overlap_only_when_both_list_parties():
    g = {"type": "meeting", "kz_region": "Aktobe Region", "cn_parties": ["Sumec"]}
    assert event_match(g, {"type": "meeting", "kz_region": "Aktobe Region", "cn_parties": []})
    assert not event_match(g, {"type": "meeting", "kz_region": "Aktobe Region", "cn_parties": ["Liando"]})
    assert not event_match(g, {"type": "visit", "kz_region": "Aktobe Region", "cn_parties": ["Sumec"]})


def test_project_and_figure_match():
    g = {"what": "ferroalloy plant", "kz_region": "Aktobe Region", "partner": "A"}
    assert project_match(g, {"what": "ferroalloy smelter", "kz_region": "Aktobe Region", "partner": None})
    assert not project_match(g, {"what": "cement plant", "kz_region": "Aktobe Region", "partner": "B"})
    f = {"metric": "export", "subject": "X", "value": 1000}
    assert figure_match(f, {"metric": "export", "subject": "X", "value": 1004})
    assert not figure_match(f, {"metric": "export", "subject": "X", "value": 1006})


def test_evaluate_pools_facts_and_prints_final_line():
    gold = [{"doc": "a.txt", "kz_regions": ["Aktobe Region"], "events": [{"type": "visit", "kz_region": "Aktobe Region"}],
             "figures": [{"metric": "gdp", "subject": "X", "value": 10, "period": "2023"}]}]
    pred = [{"doc": "dir/a.txt", "kz_regions": ["Aktobe Region", "Astana"],
             "events": [{"type": "visit", "kz_region": "Aktobe Region"}, {"type": "forum", "kz_region": "Aktobe Region"}],
             "figures": [{"metric": "gdp", "subject": "X", "value": 10, "period": "2024"}]}]
    report = evaluate(gold, pred)
    assert report.fields["kz_regions"].precision == 0.5 and report.facts.tp == 2 and report.facts.fp == 1
    assert report.attributes["figures.period"].value == 0.0
    assert render(report).splitlines()[-1] == "facts F1 0.800"
