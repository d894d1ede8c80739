"""Incremental merging: new articles join existing records without reprocessing the store,
the result equals merging everything at once, and re-running changes nothing."""

from __future__ import annotations

import pytest

from kzcn.merge import merge_store
from tests.merge.corpus import expected_partition, to_document

RECORD_TABLES = ("doc_duplicates", "event_clusters", "event_members", "project_records", "project_members",
                 "project_events", "figure_groups", "figure_members", "entity_aliases")


def _snapshot(store) -> dict[str, list]:
    return {name: sorted(map(repr, (sorted(r.items()) for r in store.rows(name, limit=10_000))))
            for name in RECORD_TABLES}


def _partition(store, members_table: str, group: str) -> set[frozenset[str]]:
    groups: dict[str, set[str]] = {}
    for row in store.rows(members_table, limit=10_000):
        groups.setdefault(row[group], set()).add(row["fact_id"])
    return {frozenset(g) for g in groups.values()}


@pytest.mark.parametrize("order", ["by_date", "newest_first"])
def test_merge_incremental_batches_equal_one_pass(store, cases, order):
    ordered = sorted(cases, key=lambda c: c["published"], reverse=order == "newest_first")
    for start in range(0, len(ordered), 5):
        for case in ordered[start:start + 5]:
            store.save_document(to_document(case))
        merge_store(store)
    for kind, table, group in (("event", "event_members", "cluster_id"),
                               ("project", "project_members", "project_id"),
                               ("figure", "figure_members", "group_id")):
        assert _partition(store, table, group) == expected_partition(cases, kind)
    canonical = {r["doc_id"]: r["canonical_id"] for r in store.rows("doc_duplicates")}
    assert len(canonical) == 4 and len(set(canonical.values())) == 4


def test_merge_rerun_is_idempotent(store, cases):
    for case in cases:
        store.save_document(to_document(case))
    merge_store(store)
    before = _snapshot(store)
    report = merge_store(store)
    assert _snapshot(store) == before
    assert report.parts["duplicates"]["signed"] == 0 and report.parts["events"]["facts"] == 0
    assert report.parts["projects"]["facts"] == 0 and report.parts["entities"]["entities"] == 0


def test_merge_only_new_documents_are_compared(store, cases):
    for case in cases[:-1]:
        store.save_document(to_document(case))
    merge_store(store)
    store.save_document(to_document(cases[-1]))
    report = merge_store(store)
    assert report.parts["duplicates"]["signed"] == 1
    assert report.parts["figures"]["facts"] == len(cases[-1]["figures"])


def test_merge_reextracted_document_is_regrouped(store, cases):
    docs = [to_document(c) for c in cases]
    for doc in docs:
        store.save_document(doc)
    merge_store(store)
    before = _snapshot(store)
    store.save_document(docs[0], replace=True)  # deletes and re-inserts its rows and facts
    merge_store(store)
    after = _snapshot(store)
    assert {k: len(v) for k, v in after.items()} == {k: len(v) for k, v in before.items()}
    assert _partition(store, "event_members", "cluster_id") == expected_partition(cases, "event")
