"""The merge test corpus merges exactly as labelled: duplicate groups, event clusters, project
records with their stage history, figure conflicts and entity aliases, on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest

from kzcn.merge import queries
from kzcn.merge.normalise import name_key
from tests.merge.corpus import expected_partition, label_of, to_document


def _partition(store, members_table: str, group: str) -> set[frozenset[str]]:
    groups: dict[str, set[str]] = {}
    for row in store.rows(members_table, limit=10_000):
        groups.setdefault(row[group], set()).add(row["fact_id"])
    return {frozenset(g) for g in groups.values()}


def _cluster_of(store, cases, label: str, members_table: str, group: str) -> str:
    fact_id = next(f for f, lab in label_of(cases, {"event_members": "event", "project_members": "project"}
                                            [members_table]).items() if lab == label)
    return store.rows(members_table, {"fact_id": fact_id})[0][group]


def test_merge_duplicate_groups_match_labels(merged, cases):
    expected: dict[str, set[str]] = {}
    for case in cases:
        if case["dup"]:
            expected.setdefault(case["dup"], set()).add(to_document(case).id)
    found = {frozenset(g) for g in queries.duplicate_groups(merged)}
    assert found == {frozenset(g) for g in expected.values()}


@pytest.mark.parametrize("copy, canonical", [
    ("ru_pavlodar_henan_meeting_repost", "ru_pavlodar_henan_meeting"),  # earlier published wins
    ("kk_jambyl_wind_memorandum_repost", "kk_jambyl_wind_memorandum"),
    ("kk_pavlodar_trade", "kk_pavlodar_trade_repost"),  # same day: the longer text wins
    ("ru_jambyl_wind_construction_rewrite", "ru_jambyl_wind_construction"),
])
def test_merge_duplicate_canonical_is_earliest_then_longest(merged, cases, copy, canonical):
    ids = {c["name"]: to_document(c).id for c in cases}
    assert merged.rows("documents", {"id": ids[copy]})[0]["duplicate_of"] == ids[canonical]
    assert merged.rows("documents", {"id": ids[canonical]})[0]["duplicate_of"] is None


@pytest.mark.parametrize("kind, members, group", [
    ("event", "event_members", "cluster_id"),
    ("project", "project_members", "project_id"),
    ("figure", "figure_members", "group_id"),
])
def test_merge_records_match_labels(merged, cases, kind, members, group):
    assert _partition(merged, members, group) == expected_partition(cases, kind)


@pytest.mark.parametrize("label, date, parties, disagreements", [
    # kk gives the day, ru only the month: the most specific date, no disagreement
    ("EV-pavlodar-march", "2025-03-04", ["Henan"], set()),
    # the kk report says 20 May and a memorandum, the ru one 21 May and an agreement: both kept
    ("EV-aktobe", "2025-05-20", ["Jiangsu Huaxin Energy", "Jiangsu"], {"date", "instrument"}),
    ("EV-jambyl-groundbreaking", "2025-09-09", ["China Power Engineering Co., Ltd"], set()),
])
def test_merge_event_fields_reconciled(merged, cases, label, date, parties, disagreements):
    event = queries.event_detail(merged, _cluster_of(merged, cases, label, "event_members", "cluster_id"))
    assert event["date"] == date
    assert [name_key(p) for p in event["cn_parties"]] == [name_key(p) for p in parties]
    assert set(event["disagreements"]) == disagreements
    assert all(r["sentence"] for r in event["reports"])


def test_merge_event_disagreement_keeps_every_value_with_sources(merged, cases):
    event = queries.event_detail(merged, _cluster_of(merged, cases, "EV-aktobe", "event_members", "cluster_id"))
    dates = {v["value"]: v["docs"] for v in event["disagreements"]["date"]}
    assert set(dates) == {"2025-05-20", "2025-05-21"} and all(len(d) == 1 for d in dates.values())
    assert {v["value"] for v in event["disagreements"]["instrument"]} == {"memorandum", "agreement"}
    assert event["n_sources"] == 2 and {r["lang"] for r in event["reports"]} == {"kk", "ru"}


def test_merge_project_stage_history_with_evidence(merged, cases):
    project = queries.project_detail(merged, _cluster_of(merged, cases, "PR-jambyl-wind", "project_members", "project_id"))
    history = [(h["stage"], h["date"]) for h in project["history"]]
    assert history == [("agreed", "2025-03-15"), ("under_construction", "2025-09-10"), ("operating", "2026-06-20")]
    assert project["stage"] == "operating" and project["kz_region"] == "Jambyl Region"
    assert (project["first_seen"], project["last_seen"]) == ("2025-03-15", "2026-06-20")
    first = project["history"][0]["evidence"][0]
    assert "меморандум" in first["sentence"] or "жел электр" in first["sentence"]
    assert len(project["history"][0]["evidence"]) == 2  # the original and its republished copy


def test_merge_project_changed_values_kept_side_by_side(merged, cases):
    project = queries.project_detail(merged, _cluster_of(merged, cases, "PR-jambyl-wind", "project_members", "project_id"))
    values = {v["value"]: sorted(v["dates"]) for v in project["variants"]["value"]}
    assert values == {"2e+08 USD": ["2025-03-15", "2025-03-16"],
                      "about 2.1e+08 USD": ["2025-09-10", "2025-09-11"]}
    assert project["partner"] == "China Power Engineering"


def test_merge_agreement_and_launch_link_to_project(merged, cases):
    project_id = _cluster_of(merged, cases, "PR-jambyl-wind", "project_members", "project_id")
    linked = {e["id"] for e in queries.project_detail(merged, project_id)["events"]}
    assert linked == {_cluster_of(merged, cases, "EV-jambyl-memo", "event_members", "cluster_id"),
                      _cluster_of(merged, cases, "EV-jambyl-groundbreaking", "event_members", "cluster_id")}
    akmola = _cluster_of(merged, cases, "PR-akmola-wind", "project_members", "project_id")
    assert len(queries.project_detail(merged, akmola)["events"]) == 1


def test_merge_list_projects_carries_history(merged):
    projects = queries.list_projects(merged, kz_region="Jambyl Region")
    assert len(projects) == 2
    wind = next(p for p in projects if p["stage"] == "operating")
    assert [h["stage"] for h in wind["history"]] == ["agreed", "under_construction", "operating"]
    assert queries.list_projects(merged, stage="proposed")[0]["partner"] == "Sunrise Solar Technology"


def test_merge_conflicting_figures_kept_side_by_side(merged):
    [conflict] = queries.figure_conflicts(merged)
    assert (conflict["metric"], conflict["subject"], conflict["period"]) == \
        ("trade_turnover", "Pavlodar Region", "2025-01/2025-06")
    values = sorted((v["value"], len(v["docs"])) for v in conflict["values"])
    assert values == [(498e6, 1), (pytest.approx(512.3e6, rel=0.005), 2)]  # 512.0 and 512.3: rounding
    assert sorted(next(v for v in conflict["values"] if len(v["docs"]) == 2)["reported"]) == [512e6, 512.3e6]
    agreed = [g for g in merged.rows("figure_groups") if g["metric"] == "export"]
    assert len(agreed) == 1 and not agreed[0]["conflict"] and agreed[0]["n_sources"] == 2


@pytest.mark.parametrize("left, right", [
    ("person:kz:omarov-serik", "person:kz:serik-omarov"),  # ru word order, ru spelling of Серік
    ("cn:khenan", "cn:henan"),  # Cyrillic canonical of a Chinese province
    ("org:cn:china-power-engineering-co-ltd", "org:cn:china-power-engineering"),  # legal suffix
    ("org:cn:tszyansu-khuasin-energi", "org:cn:jiangsu-huaxin-energy"),  # Palladius spelling
])
def test_merge_entity_variants_resolve_to_one_id(merged, left, right):
    resolved = queries.resolved_entity(merged, left)
    assert resolved == queries.resolved_entity(merged, right) and resolved in (left, right)
    variant = ({left, right} - {resolved}).pop()
    assert merged.rows("mentions", {"entity_id": variant}) == []
    assert merged.rows("mentions", {"entity_id": resolved}) != []
    assert {a["alias_id"] for a in queries.entity_aliases(merged, variant)} == {left, right}


@pytest.mark.parametrize("left, right", [
    ("org:cn:weigao-medical", "org:cn:jiangsu-huaxin-energy"),
    ("cn:henan", "cn:shandong"),
])
def test_merge_entity_distinct_names_stay_apart(merged, left, right):
    assert queries.resolved_entity(merged, left) != queries.resolved_entity(merged, right)
