"""The sample corpus' duplicate groups (examples/corpus/merge_groups.json) are found by dedup."""

from __future__ import annotations

import json

import pytest

from kzcn.merge import merge_store, queries
from kzcn.model import Document
from kzcn.store import Store
from tests.conftest import CORPUS

GROUPS = CORPUS / "merge_groups.json"


def _group_files(data: dict) -> list[list[str]]:
    return data["duplicates"]


@pytest.mark.skipif(not GROUPS.exists(), reason="examples/corpus/merge_groups.json not written yet")
def test_merge_examples_duplicate_groups_found(tmp_path):
    store = Store(f"sqlite:///{tmp_path / 'examples.sqlite'}").migrate()
    ids = {}
    for path in sorted(CORPUS.glob("*.txt")):
        doc = Document(text=path.read_text(encoding="utf-8"), source=path.name)
        store.save_document(doc)
        ids[path.name] = doc.id
    merge_store(store)
    found = {frozenset(g) for g in queries.duplicate_groups(store)}
    expected = {frozenset(ids[name] for name in group if name in ids)
                for group in _group_files(json.loads(GROUPS.read_text(encoding="utf-8")))}
    assert {g for g in expected if len(g) > 1} == found  # every group, and nothing else
