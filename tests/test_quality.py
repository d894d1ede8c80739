"""Extraction scores pinned: a change that lowers them fails; raise a floor when you earn it.

Floors sit a little under the measured score (``kzcn eval``) so that regressions show. Seeds:
../shared/gold/seeds.jsonl (five real articles). Sample: examples/corpus (fictional articles
written for kzcn, used for error analysis). Dev2 and dev3: tests/cases/dev2, dev3 (fictional, error
analysis in the second and third rounds; dev3 imitates the real seeds' style). Held out: tests/cases/heldout (fictional, never
tuned on: the honest estimate of what unseen articles get).
"""

from __future__ import annotations

import pytest

from kzcn.evaluate.run import score_paths
from kzcn.settings import Settings
from tests.conftest import CORPUS, SEED_GOLD, SEEDS

FLOORS = {
    "seeds": {"kz_regions": 0.95, "cn_places": 0.95, "organizations": 0.95, "people": 0.95,
              "events": 0.95, "projects": 0.95, "figures": 0.95, "sectors": 0.95, "facts": 0.97,
              "figures.period": 0.95},
    # projects 0.92 -> 0.90 (2026-12-07): the headline is now read as the article's first line
    # (real leads without a title were lost); sample projects 0.941 -> 0.909 (docs/quality.md).
    "sample": {"kz_regions": 0.97, "cn_places": 0.95, "organizations": 0.93, "people": 0.97,
               "events": 0.9, "projects": 0.90, "figures": 0.97, "sectors": 0.9, "facts": 0.93,
               "figures.period": 0.95},
    # events 0.83 -> 0.82 (2026-12-07): a Chinese delegation's trip to a Kazakh unit is now a visit,
    # as CONVENTIONS.md and the real gold have it; dev2's fictional gold had it as no visit (0.843 -> 0.825).
    "dev2": {"kz_regions": 0.97, "cn_places": 0.96, "organizations": 0.95, "people": 0.93,
             "events": 0.82, "projects": 0.92, "figures": 0.93, "sectors": 0.9, "facts": 0.88,
             "figures.period": 0.95},
    "dev3": {"kz_regions": 0.94, "cn_places": 0.93, "organizations": 0.93, "people": 0.96,
             "events": 0.9, "projects": 0.9, "figures": 0.97, "sectors": 0.8, "facts": 0.92,
             "figures.period": 0.95},
    # Held out: never used to tune rules (tests/cases/heldout/README.md); floors guard regressions.
    "heldout": {"kz_regions": 0.95, "cn_places": 0.9, "organizations": 0.77, "people": 0.96,
                "events": 0.76, "projects": 0.72, "figures": 0.91, "sectors": 0.74, "facts": 0.8,
                "figures.period": 0.95},
}
FLOORS["zh"] = {  # tests/cases/zh: fictional Chinese articles (issue 14), written and tuned together with the
    # zh rules. Round 2 (13 articles, 3 new, two visits added to zh_05/zh_09's gold as CONVENTIONS.md has
    # a delegation's trip) measured: facts 0.980, events 1.000, projects 0.909 (the new zh_12's warehouse
    # and planned line are missed: projects floor 0.95 -> 0.88), cn_places 0.909, sectors 0.800,
    # events.place 0.654, figures.period 0.923
    "kz_regions": 0.97, "cn_places": 0.88, "organizations": 0.97, "people": 0.97, "events": 0.96,
    "projects": 0.88, "figures": 0.97, "sectors": 0.77, "facts": 0.96, "figures.period": 0.9}
HELDOUT = CORPUS.parent.parent / "tests" / "cases" / "heldout"
CASES = CORPUS.parent.parent / "tests" / "cases"
SETS = {"seeds": (SEEDS, SEED_GOLD), "sample": (CORPUS, CORPUS / "gold.jsonl"),
        "dev2": (CASES / "dev2", CASES / "dev2" / "gold.jsonl"),
        "dev3": (CASES / "dev3", CASES / "dev3" / "gold.jsonl"), "heldout": (HELDOUT, HELDOUT / "gold.jsonl"),
        "zh": (CASES / "zh", CASES / "zh" / "gold.jsonl")}
# tests/cases/kk_scripts: fictional Kazakh in Latin (2018, 2021) and Arabic script, read through the
# Cyrillic view (issue 14); measured 2026-12-07: facts 0.889 (latn 0.870, arab 0.909; their
# Cyrillic twins 0.936), events 0.828, cn_places 0.889, sectors 0.963, events.place 0.333.
FLOORS["kk_scripts"] = {"kz_regions": 0.97, "cn_places": 0.85, "organizations": 0.95, "people": 0.95,
                        "events": 0.8, "projects": 0.95, "figures": 0.95, "sectors": 0.93, "facts": 0.86,
                        "figures.period": 0.95}
SETS["kk_scripts"] = (CASES / "kk_scripts", CASES / "kk_scripts" / "gold.jsonl")


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


#: The real development set (../shared/real-dev): texts are third-party and never committed, so
#: this runs only where they are cached in var/real-dev (docs/quality.md says how); floors a little
#: under the scores measured on 2026-12-07 (end of round 6: events 0.845, facts 0.888).
REAL_DEV_FLOORS = {"kz_regions": 0.95, "events": 0.82, "projects": 0.88, "figures": 0.95,
                   "organizations": 0.9, "people": 0.95, "sectors": 0.9, "facts": 0.87}


def test_quality_real_dev_stays_above_floors():
    texts = sorted((CORPUS.parent.parent / "var" / "real-dev").glob("*.txt"))
    gold = CORPUS.parent.parent.parent / "shared" / "real-dev" / "gold.jsonl"
    if len(texts) < 30 or not gold.exists():
        pytest.skip("real-dev texts not cached in var/real-dev (docs/quality.md)")
    scores = score_paths([str(p) for p in texts], gold, Settings()).scores()
    low = {f: (round(scores[f]["f1"], 3), floor) for f, floor in REAL_DEV_FLOORS.items() if scores[f]["f1"] < floor}
    assert not low, f"real-dev: scores under their floors (score, floor): {low}"


#: Our own real set (tests/cases/real): development articles and the held-out sets, per language
#: group, where their texts are cached in var/real (CI has none). Floors a little under the scores
#: of 2026-12-08 (end of session 5: development zh 0.757, all development 0.702, held-out 0.545,
#: Chinese held-out 0.550). The held-out sets are never analysed: their floor only guards against
#: a change that breaks what already carries over.
REAL_SET_FLOORS = {
    "development": (lambda name: not name.startswith("hold"), 110, 0.68),
    "development zh": (lambda name: name.startswith(("zh", "enzh")), 55, 0.73),
    "held-out": (lambda name: name.startswith("hold"), 30, 0.52),
}


@pytest.mark.parametrize("group", sorted(REAL_SET_FLOORS))
def test_quality_own_real_set_stays_above_floors(group):
    keep, at_least, floor = REAL_SET_FLOORS[group]
    root = CORPUS.parent.parent
    texts = sorted(p for p in (root / "var" / "real").glob("*.txt") if keep(p.name))
    if len(texts) < at_least:
        pytest.skip(f"real texts not cached in var/real (docs/quality.md): {len(texts)} of {group}")
    scores = score_paths([str(p) for p in texts], root / "tests" / "cases" / "real" / "gold.jsonl", Settings(),
                         only_present=True).scores()
    assert scores["facts"]["f1"] >= floor, f"{group}: facts F1 {scores['facts']['f1']:.3f} under {floor}"
