"""Dashboard aggregates: all 20 units, provinces via cities, pipeline, stale promises, conflicts."""

from __future__ import annotations

from datetime import date

import pytest

from kzcn.api.routes import stats
from kzcn.api.http.filters import Filters
from kzcn.web.markup import pieces


def test_stats_regions_lists_all_twenty_units(store):
    rows = stats.regions(store.engine, Filters())
    assert len(rows) == 20 and {"Abai Region", "Jetisu Region", "Ulytau Region"} <= {r["name"] for r in rows}
    pavlodar = next(r for r in rows if r["name"] == "Pavlodar Region")
    assert (pavlodar["events"], pavlodar["investment_usd"], pavlodar["ru"]) == (1, 2.0e8, "Павлодарская область")


@pytest.mark.parametrize("f, expected", [
    (Filters(), {"Henan": 4, "Xinjiang": 1}),       # Zhengzhou counts for Henan
    (Filters(lang="ru"), {"Henan": 1}),
    (Filters(region="Jetisu Region"), {"Xinjiang": 1}),
])
def test_stats_provinces_follow_filters(store, f, expected):
    assert {r["name"]: r["count"] for r in stats.provinces(store.engine, f)} == expected


def test_stats_pipeline_counts_and_values(store):
    rows = {r["stage"]: (r["count"], r["value_usd"]) for r in stats.pipeline(store.engine, Filters())}
    assert rows == {"proposed": (0, 0.0), "agreed": (1, 0.0), "under_construction": (1, 2.0e8), "operating": (0, 0.0)}


@pytest.mark.parametrize("today, expected", [
    (date(2026, 1, 1), ["ferroalloy plant"]),
    (date(2023, 6, 1), []),   # agreed only five months before
])
def test_stats_stale_promises(store, today, expected):
    assert [r["what"] for r in stats.stale(store.engine, Filters(), 12, today)] == expected


def test_stats_trade_marks_conflicting_reports(store):
    [group] = stats.trade(store.engine, Filters())
    assert (group["subject"], group["period"], group["conflict"]) == ("Aktobe Region", "2025", True)
    assert sorted(r["value"] for r in group["reports"]) == [1.0e8, 1.2e8]


def test_stats_network_links_regions_to_provinces_and_companies(store):
    links = {(l["source"], l["target"]) for l in stats.network(store.engine, Filters())["links"]}
    assert {("Aktobe Region", "Henan"), ("Pavlodar Region", "Henan"),
            ("Jetisu Region", "Example Logistics Co")} <= links


@pytest.mark.parametrize("text, mentions, evidence, expected", [
    ("Ақтөбе облысы Хэнаньмен", [{"start": 0, "stop": 13, "kind": "kz_region", "canonical": "Aktobe Region"}],
     [{"start": 0, "stop": 23, "fact_id": "x-e0"}],
     [("Ақтөбе облысы", ("kz_region",), ("x-e0",)), (" Хэнаньмен", (), ("x-e0",))]),
    ("Павлодарская область", [{"start": 0, "stop": 20, "kind": "kz_region"},
                              {"start": 0, "stop": 8, "kind": "kz_place"}], [],
     [("Павлодар", ("kz_region", "kz_place"), ()), ("ская область", ("kz_region",), ())]),
])
def test_markup_pieces_cover_text_exactly(text, mentions, evidence, expected):
    result = pieces(text, mentions, evidence)
    assert "".join(p.text for p in result) == text
    assert [(p.text, p.kinds, p.facts) for p in result] == expected
