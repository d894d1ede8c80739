"""Extraction scores pinned: a change that lowers them fails; raise a floor when you earn it.

Floors sit a little under the measured score (``kzcn eval``) so that noise-free regressions
show. Seeds: ../shared/gold/seeds.jsonl (five real articles). Sample: examples/corpus (fictional
articles written for kzcn, see its README).
"""

from __future__ import annotations

import pytest

from kzcn.evaluate.run import score_paths
from kzcn.settings import Settings
from tests.conftest import CORPUS, SEED_GOLD, SEEDS

FLOORS = {
    "seeds": {"kz_regions": 0.95, "cn_places": 0.95, "organizations": 0.85, "people": 0.85,
              "events": 0.9, "projects": 0.9, "figures": 0.95, "sectors": 0.9, "facts": 0.95,
              "figures.period": 0.9},
    "sample": {"kz_regions": 0.85, "cn_places": 0.85, "organizations": 0.55, "people": 0.7,
               "events": 0.65, "projects": 0.4, "figures": 0.78, "sectors": 0.65, "facts": 0.65,
               "figures.period": 0.9},
}
SETS = {"seeds": (SEEDS, SEED_GOLD), "sample": (CORPUS, CORPUS / "gold.jsonl")}


@pytest.fixture(scope="module", params=sorted(SETS))
def scored(request):
    folder, gold = SETS[request.param]
    return request.param, score_paths([str(folder)], gold, Settings()).scores()


def test_quality_scores_stay_above_floors(scored):
    name, scores = scored
    below = {}
    for field, floor in FLOORS[name].items():
        value = scores["attributes"][field] if "." in field else scores[field]["f1"]
        if value < floor:
            below[field] = (round(value, 3), floor)
    assert not below, f"{name}: scores under their floors (score, floor): {below}"
