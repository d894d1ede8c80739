"""Checks the dev3 gold file: valid JSON, SCHEMA.md's shape and enums, documents present, names in text.

Run `python tests/cases/dev3/validate.py` for the list of problems (exit 1 if any) and a coverage
table; `test_dev3_gold.py` runs the same checks under pytest. The enums mirror
/work/shared/gold/SCHEMA.md (source of truth); keep them in step with it.
"""

from __future__ import annotations

import html
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
GOLD = HERE / "gold.jsonl"

KEYS = ["doc", "lang", "published", "kz_regions", "cn_places", "organizations", "people",
        "events", "projects", "figures", "sectors"]
LANGS = {"kk", "ru", "en", "zh"}
KZ_UNITS = {
    "Abai Region", "Akmola Region", "Aktobe Region", "Almaty Region", "Atyrau Region",
    "East Kazakhstan Region", "Jambyl Region", "Jetisu Region", "Karaganda Region", "Kostanay Region",
    "Kyzylorda Region", "Mangystau Region", "North Kazakhstan Region", "Pavlodar Region",
    "Turkistan Region", "Ulytau Region", "West Kazakhstan Region", "Astana", "Almaty", "Shymkent",
}
EVENT_TYPES = {"meeting", "visit", "agreement", "office_opening", "forum", "site_visit", "project_launch"}
INSTRUMENTS = {"memorandum", "framework_agreement", "agreement", "contract", "roadmap", "protocol"}
STAGES = {"proposed", "agreed", "under_construction", "operating"}
QUALIFIERS = {"exact", "about", "more_than", "up_to"}
METRICS = {"trade_turnover", "export", "import", "trade_growth", "investment", "companies",
           "project_count", "gdp", "retail_sales"}
UNITS = {"USD", "KZT", "CNY", "%", "count"}
SECTORS = {
    "agriculture", "food_processing", "textiles", "paper", "chemicals", "pharmaceuticals", "metallurgy",
    "mining", "machinery", "construction", "construction_materials", "energy", "renewable_energy",
    "oil_gas", "infrastructure", "transport_logistics", "waste_management", "urban_development",
    "industrial_zones", "trade", "tourism", "education", "healthcare", "digital", "finance",
}
DAY = r"\d{4}-\d{2}-\d{2}"
MONTH = r"\d{4}-\d{2}"
EVENT_DATE = re.compile(rf"^({DAY}|{MONTH})(/({DAY}|{MONTH}))?$")
PUBLISHED = re.compile(rf"^({DAY}|{MONTH})$")
PERIOD = re.compile(rf"^(\d{{4}}|{MONTH}/{MONTH})$")


def article_text(path: Path) -> str:
    """The article's text; HTML pages lose their tags, scripts and entities."""
    raw = path.read_text(encoding="utf-8")
    if path.suffix == ".html":
        raw = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", raw)
        raw = html.unescape(re.sub(r"<[^>]+>", " ", raw))
    return raw


def _normalise(text: str) -> str:
    text = text.lower().replace("ё", "е")
    return " ".join(re.sub(r"[«»\"“”„'’.,()]", " ", text).split())


def name_occurs(name: str, text: str) -> bool:
    """True when `name` is in `text`, allowing Kazakh/Russian case endings on each word."""
    norm_name, norm_text = _normalise(name), _normalise(text)
    if norm_name in norm_text:
        return True
    words = set(norm_text.split())
    for token in norm_name.split():
        stem = token[: max(3, len(token) - 3)]
        if not any(word.startswith(stem) for word in words):
            return False
    return True


def _check_events(rec: dict, parties: set[str]) -> list[str]:
    problems = []
    for ev in rec["events"]:
        if set(ev) != {"type", "date", "place", "kz_region", "cn_parties", "instrument"}:
            problems.append(f"event keys {sorted(ev)}")
            continue
        if ev["type"] not in EVENT_TYPES:
            problems.append(f"event type {ev['type']!r}")
        if ev["date"] is not None and not EVENT_DATE.match(ev["date"]):
            problems.append(f"event date {ev['date']!r}")
        if ev["kz_region"] not in rec["kz_regions"]:
            problems.append(f"event kz_region {ev['kz_region']!r} not in kz_regions")
        if (ev["type"] == "agreement") != (ev["instrument"] is not None):
            problems.append(f"instrument {ev['instrument']!r} on a {ev['type']}")
        if ev["instrument"] is not None and ev["instrument"] not in INSTRUMENTS:
            problems.append(f"instrument {ev['instrument']!r}")
        problems += [f"cn_party {p!r} is neither an organization nor a cn_place"
                     for p in ev["cn_parties"] if p not in parties]
    return problems


def _check_projects(rec: dict, parties: set[str]) -> list[str]:
    problems = []
    for pr in rec["projects"]:
        if set(pr) != {"what", "sector", "kz_region", "partner", "value", "stage"}:
            problems.append(f"project keys {sorted(pr)}")
            continue
        if pr["stage"] not in STAGES or pr["sector"] not in SECTORS:
            problems.append(f"project stage/sector {pr['stage']!r}/{pr['sector']!r}")
        if pr["kz_region"] not in rec["kz_regions"]:
            problems.append(f"project kz_region {pr['kz_region']!r}")
        if pr["partner"] is not None and pr["partner"] not in parties:
            problems.append(f"project partner {pr['partner']!r} unknown")
        value = pr["value"]
        if value is not None and (set(value) != {"amount", "currency", "qualifier"}
                                  or value["currency"] not in UNITS - {"%", "count"}
                                  or value["qualifier"] not in QUALIFIERS
                                  or not isinstance(value["amount"], int)):
            problems.append(f"project value {value!r}")
    return problems


def _check_figures(rec: dict) -> list[str]:
    problems = []
    for fig in rec["figures"]:
        keys = set(fig) - {"qualifier"}
        if keys != {"metric", "subject", "counterpart", "period", "value", "unit"}:
            problems.append(f"figure keys {sorted(fig)}")
            continue
        if fig["metric"] not in METRICS or fig["unit"] not in UNITS:
            problems.append(f"figure metric/unit {fig['metric']!r}/{fig['unit']!r}")
        if (fig["metric"] == "trade_growth") != (fig["unit"] == "%"):
            problems.append(f"figure {fig['metric']} with unit {fig['unit']}")
        if fig["period"] is not None and not PERIOD.match(fig["period"]):
            problems.append(f"figure period {fig['period']!r}")
        if fig["counterpart"] not in (None, "China"):
            problems.append(f"figure counterpart {fig['counterpart']!r}")
        if fig.get("qualifier", "exact") not in QUALIFIERS:
            problems.append(f"figure qualifier {fig['qualifier']!r}")
    return problems


def _check_names(rec: dict, text: str) -> list[str]:
    names = [o["name"] for o in rec["organizations"]] + [p["name"] for p in rec["people"]]
    problems = [f"name {n!r} not found in the text" for n in names if not name_occurs(n, text)]
    for org in rec["organizations"]:
        if set(org) != {"name", "country"} or not re.fullmatch(r"[A-Z]{2}", org["country"]):
            problems.append(f"organization {org!r}")
    for person in rec["people"]:
        if set(person) != {"name", "role", "of", "country"} or not person["role"]:
            problems.append(f"person {person!r}")
    return problems


def check_record(rec: dict, folder: Path = HERE) -> list[str]:
    """Every problem found in one gold record, as readable strings (empty when it is valid)."""
    if list(rec) != KEYS:
        return [f"keys {list(rec)} != {KEYS}"]
    path = folder / rec["doc"]
    if not path.is_file():
        return [f"document {rec['doc']} missing"]
    problems = []
    if rec["lang"] not in LANGS:
        problems.append(f"lang {rec['lang']!r}")
    if rec["published"] is not None and not PUBLISHED.match(rec["published"]):
        problems.append(f"published {rec['published']!r}")
    problems += [f"kz unit {u!r}" for u in rec["kz_regions"] if u not in KZ_UNITS]
    problems += [f"sector {s!r}" for s in rec["sectors"] if s not in SECTORS]
    problems += [f"cn_place {p!r} not Latin" for p in rec["cn_places"] if not re.fullmatch(r"[A-Za-z' -]+", p)]
    parties = {o["name"] for o in rec["organizations"]} | set(rec["cn_places"])
    problems += _check_events(rec, parties) + _check_projects(rec, parties) + _check_figures(rec)
    return problems + _check_names(rec, article_text(path))


def load_gold(path: Path = GOLD) -> list[dict]:
    """The gold records, one per line; raises ValueError naming the line that is not JSON."""
    records = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        try:
            records.append(json.loads(line))
        except json.JSONDecodeError as err:
            raise ValueError(f"expected JSON, got {line[:40]!r} in {path}:{number}") from err
    return records


def coverage(records: list[dict]) -> dict[str, Counter]:
    """Counts per language, Kazakh unit, event type, project stage, figure metric and file kind."""
    counts: dict[str, Counter] = {k: Counter() for k in ("lang", "unit", "event", "stage", "metric", "kind")}
    for rec in records:
        counts["lang"][rec["lang"]] += 1
        counts["unit"].update(rec["kz_regions"])
        counts["event"].update(e["type"] for e in rec["events"])
        counts["stage"].update(p["stage"] for p in rec["projects"])
        counts["metric"].update(f["metric"] for f in rec["figures"])
        kind = "html" if rec["doc"].endswith(".html") else ("txt+date" if rec["published"] else "txt")
        counts["kind"][kind] += 1
    return counts


def main() -> int:
    """Print problems and a coverage table; exit status 1 when any record has a problem."""
    records = load_gold()
    bad = 0
    for rec in records:
        for problem in check_record(rec):
            bad += 1
            print(f"{rec.get('doc')}: {problem}")
    for field, counter in coverage(records).items():
        print(f"{field:7} " + ", ".join(f"{k}={v}" for k, v in sorted(counter.items())))
    print(f"{len(records)} records, {bad} problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
