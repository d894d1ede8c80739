"""Check the held-out gold (gold.jsonl beside this file) against /work/shared/gold/SCHEMA.md.

Run: python tests/cases/heldout/validate.py   (prints the coverage table; exit 1 with a list
of problems when the gold is invalid). Stdlib only, so it runs without the package.

Checks: valid JSON with exact key sets; enum values (lang, event types, instruments, stages,
qualifiers, metrics, units, sectors, canonical Kazakh units); date, period and country formats;
every `doc` exists and every article has a gold line; `published` agrees with the file's date
line or page metadata; people and organisations occur in the text (Kazakh/Russian endings
allowed); internal references (event/project regions, partners, cn_parties, `of`, subjects).
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
GOLD = HERE / "gold.jsonl"
ARTICLE_SUFFIXES = {".txt", ".html"}

KZ_UNITS = {
    "Abai Region", "Akmola Region", "Aktobe Region", "Almaty Region", "Atyrau Region",
    "East Kazakhstan Region", "Jambyl Region", "Jetisu Region", "Karaganda Region", "Kostanay Region",
    "Kyzylorda Region", "Mangystau Region", "North Kazakhstan Region", "Pavlodar Region",
    "Turkistan Region", "Ulytau Region", "West Kazakhstan Region", "Astana", "Almaty", "Shymkent",
}
SECTORS = set(
    "agriculture food_processing textiles paper chemicals pharmaceuticals metallurgy mining machinery "
    "construction construction_materials energy renewable_energy oil_gas infrastructure "
    "transport_logistics waste_management urban_development industrial_zones trade tourism education "
    "healthcare digital finance".split())
EVENT_TYPES = {"meeting", "visit", "agreement", "office_opening", "forum", "site_visit", "project_launch"}
INSTRUMENTS = {"memorandum", "framework_agreement", "agreement", "contract", "roadmap", "protocol"}
STAGES = {"proposed", "agreed", "under_construction", "operating"}
QUALIFIERS = {"exact", "about", "more_than", "up_to"}
METRICS = {"trade_turnover", "export", "import", "trade_growth", "investment", "companies",
           "project_count", "gdp", "retail_sales"}
UNITS = {"USD", "KZT", "CNY", "%", "count"}
LANGS = {"kk", "ru", "en", "zh"}

KEYS = {
    "record": {"doc", "lang", "published", "kz_regions", "cn_places", "organizations", "people",
               "events", "projects", "figures", "sectors"},
    "organization": {"name", "country"},
    "person": {"name", "role", "of", "country"},
    "event": {"type", "date", "place", "kz_region", "cn_parties", "instrument"},
    "project": {"what", "sector", "kz_region", "partner", "value", "stage"},
    "value": {"amount", "currency", "qualifier"},
    "figure": {"metric", "subject", "counterpart", "period", "value", "unit"},
}
DAY = r"\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?"
DATE = re.compile(rf"^{DAY}$")
DATE_OR_RANGE = re.compile(rf"^{DAY}(/{DAY})?$")
PERIOD = re.compile(r"^\d{4}$|^\d{4}-(0[1-9]|1[0-2])/\d{4}-(0[1-9]|1[0-2])$")
PINYIN = re.compile(r"^[A-Z][a-z']+( [A-Z][a-z']+)*$")
DATE_LINE = re.compile(r"^\s*date\s+(\d{4}-\d{2}(?:-\d{2})?)\s")
META_DATE = re.compile(r'article:published_time"\s+content="(\d{4}-\d{2}-\d{2})')
KAZAKH_LETTERS = re.compile(r"[әғқңөұүһіӘҒҚҢӨҰҮҺІ]")
WORD = re.compile(r"[\w'-]+")


class _TextOnly(HTMLParser):
    """Collects the visible text of a page (script and style dropped)."""

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        self._skip += tag in ("script", "style")

    def handle_endtag(self, tag):
        self._skip -= tag in ("script", "style")

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)


def article_text(path: Path) -> str:
    """The visible text of an article file (tags stripped for HTML)."""
    raw = path.read_text(encoding="utf-8")
    if path.suffix != ".html":
        return raw
    parser = _TextOnly()
    parser.feed(raw)
    return " ".join(parser.parts)


def occurs(name: str, text: str) -> bool:
    """True when every word of ``name`` starts a word of ``text`` (case endings allowed)."""
    words = {w.lower() for w in WORD.findall(text)}
    for token in WORD.findall(name.lower()):
        stem = token[:max(3, len(token) - 2)]
        if not any(w.startswith(stem) for w in words):
            return False
    return True


def check_keys(kind: str, item: dict, where: str, optional: set[str] = frozenset()) -> list[str]:
    """Problems with the key set of one item."""
    keys = set(item)
    missing, extra = KEYS[kind] - keys, keys - KEYS[kind] - optional
    return [f"{where}: {kind} missing {sorted(missing)}"] * bool(missing) + \
        [f"{where}: {kind} has extra {sorted(extra)}"] * bool(extra)


def check_people_orgs(rec: dict, text: str, where: str) -> list[str]:
    """Organisations and people: keys, country codes, names present, `of` resolvable."""
    problems: list[str] = []
    orgs = {o["name"] for o in rec["organizations"]}
    known = orgs | KZ_UNITS | set(rec["cn_places"]) | {"China", "Kazakhstan"}
    for item, kind in [(o, "organization") for o in rec["organizations"]] + \
                      [(p, "person") for p in rec["people"]]:
        problems += check_keys(kind, item, where)
        if not re.fullmatch(r"[A-Z]{2}", str(item.get("country"))):
            problems.append(f"{where}: {kind} {item.get('name')!r} country {item.get('country')!r}")
        if not occurs(item["name"], text):
            problems.append(f"{where}: {kind} {item['name']!r} not found in the text")
        if kind == "person" and item.get("of") not in known:
            problems.append(f"{where}: person {item['name']!r} of {item.get('of')!r} is not an org or place")
    return problems


def check_events(rec: dict, where: str) -> list[str]:
    """Events: enums, dates, acting region listed, cn_parties resolvable."""
    problems: list[str] = []
    parties = {o["name"] for o in rec["organizations"]} | set(rec["cn_places"])
    for ev in rec["events"]:
        problems += check_keys("event", ev, where)
        label = f"{where}: event {ev.get('type')}"
        if ev.get("type") not in EVENT_TYPES:
            problems.append(f"{label}: unknown type")
        if (ev.get("type") == "agreement") != (ev.get("instrument") in INSTRUMENTS):
            problems.append(f"{label}: instrument {ev.get('instrument')!r}")
        if ev.get("date") is not None and not DATE_OR_RANGE.match(ev["date"]):
            problems.append(f"{label}: date {ev['date']!r}")
        if ev.get("kz_region") not in rec["kz_regions"]:
            problems.append(f"{label}: kz_region {ev.get('kz_region')!r} not in kz_regions")
        problems += [f"{label}: cn_party {p!r} unknown" for p in ev.get("cn_parties", []) if p not in parties]
    return problems


def check_projects(rec: dict, where: str) -> list[str]:
    """Projects: stage, sector, region, partner and value shape."""
    problems: list[str] = []
    orgs = {o["name"] for o in rec["organizations"]}
    for pr in rec["projects"]:
        problems += check_keys("project", pr, where)
        label = f"{where}: project {pr.get('what')!r}"
        if pr.get("stage") not in STAGES or pr.get("sector") not in SECTORS:
            problems.append(f"{label}: stage/sector {pr.get('stage')!r}/{pr.get('sector')!r}")
        if pr.get("kz_region") not in rec["kz_regions"]:
            problems.append(f"{label}: kz_region not in kz_regions")
        if pr.get("partner") is not None and pr["partner"] not in orgs:
            problems.append(f"{label}: partner {pr['partner']!r} not an organization")
        value = pr.get("value")
        if value is not None:
            problems += check_keys("value", value, where)
            if value.get("currency") not in UNITS - {"%", "count"} or value.get("qualifier") not in QUALIFIERS \
                    or not isinstance(value.get("amount"), int):
                problems.append(f"{label}: value {value}")
    return problems


def check_figures(rec: dict, where: str) -> list[str]:
    """Figures: metric, unit, subject, counterpart, period, value."""
    problems: list[str] = []
    subjects = set(rec["kz_regions"]) | set(rec["cn_places"]) | {"Kazakhstan"}
    for fig in rec["figures"]:
        problems += check_keys("figure", fig, where, optional={"qualifier"})
        label = f"{where}: figure {fig.get('metric')}/{fig.get('subject')}"
        if fig.get("metric") not in METRICS or fig.get("unit") not in UNITS:
            problems.append(f"{label}: metric/unit {fig.get('unit')!r}")
        if (fig.get("metric") == "trade_growth") != (fig.get("unit") == "%"):
            problems.append(f"{label}: trade_growth goes with % only")
        if fig.get("metric") in ("companies", "project_count") and fig.get("unit") != "count":
            problems.append(f"{label}: counts go with unit count")
        if fig.get("subject") not in subjects or fig.get("counterpart") not in (None, "China"):
            problems.append(f"{label}: subject/counterpart")
        if fig.get("period") is not None and not PERIOD.match(fig["period"]):
            problems.append(f"{label}: period {fig['period']!r}")
        if not isinstance(fig.get("value"), (int, float)) or fig.get("qualifier", "exact") not in QUALIFIERS:
            problems.append(f"{label}: value/qualifier")
    return problems


def published_in(path: Path) -> str | None:
    """The date the file itself carries: its ` date` line or its page metadata."""
    raw = path.read_text(encoding="utf-8")
    match = META_DATE.search(raw) if path.suffix == ".html" else DATE_LINE.match(raw)
    return match.group(1) if match else None


def check_record(rec: dict, where: str) -> list[str]:
    """All problems with one gold line."""
    problems = check_keys("record", rec, where)
    if problems:
        return problems
    path = HERE / rec["doc"]
    if not path.is_file():
        return [f"{where}: doc {rec['doc']!r} does not exist"]
    text = article_text(path)
    if rec["lang"] not in LANGS or (rec["lang"] == "kk") != (len(KAZAKH_LETTERS.findall(text)) >= 15):
        problems.append(f"{where}: lang {rec['lang']!r} does not fit the text")
    if rec["published"] is not None and not DATE.match(rec["published"]):
        problems.append(f"{where}: published {rec['published']!r}")
    carried = published_in(path)
    if carried is not None and carried != rec["published"]:
        problems.append(f"{where}: published {rec['published']!r} but the file says {carried}")
    problems += [f"{where}: kz_region {r!r} not canonical" for r in rec["kz_regions"] if r not in KZ_UNITS]
    problems += [f"{where}: cn_place {p!r} not pinyin" for p in rec["cn_places"] if not PINYIN.match(p)]
    problems += [f"{where}: sector {s!r}" for s in rec["sectors"] if s not in SECTORS]
    for field in ("kz_regions", "cn_places", "sectors"):
        if len(set(rec[field])) != len(rec[field]):
            problems.append(f"{where}: duplicate in {field}")
    return problems + check_people_orgs(rec, text, where) + check_events(rec, where) + \
        check_projects(rec, where) + check_figures(rec, where)


def load(path: Path = GOLD) -> tuple[list[dict], list[str]]:
    """Gold records and the problems found while reading and checking them."""
    records, problems = [], []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        where = f"{path.name}:{number}"
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as err:
            problems.append(f"{where}: invalid JSON ({err.msg})")
            continue
        records.append(rec)
        problems += check_record(rec, where)
    docs = Counter(r.get("doc") for r in records)
    problems += [f"gold: {d!r} annotated {n} times" for d, n in docs.items() if n > 1]
    articles = {p.name for p in HERE.iterdir() if p.suffix in ARTICLE_SUFFIXES}
    problems += [f"gold: article {a!r} has no gold line" for a in sorted(articles - set(docs))]
    return records, problems


def coverage(records: list[dict]) -> str:
    """A Markdown coverage table: languages, formats, regions, events, stages, metrics."""
    count = Counter()
    for rec in records:
        count[("lang", rec["lang"])] += 1
        has_line = published_in(HERE / rec["doc"]) is not None
        count[("format", Path(rec["doc"]).suffix + ("" if has_line else " (no date)"))] += 1
        count.update(("kz_region", r) for r in rec["kz_regions"])
        count.update(("cn_place", p) for p in rec["cn_places"])
        count.update(("event", e["type"]) for e in rec["events"])
        count.update(("instrument", e["instrument"]) for e in rec["events"] if e["instrument"])
        count.update(("stage", p["stage"]) for p in rec["projects"])
        count.update(("metric", f["metric"]) for f in rec["figures"])
        count.update(("sector", s) for s in rec["sectors"])
    rows = ["| field | value | count |", "| --- | --- | --- |"]
    rows += [f"| {k} | {v} | {n} |" for (k, v), n in sorted(count.items())]
    missing = sorted(KZ_UNITS - {v for k, v in count if k == "kz_region"})
    rows.append(f"\n{len(records)} articles; Kazakh units not covered: {missing or 'none'}")
    return "\n".join(rows)


def main() -> int:
    """Validate, print the coverage table, return the exit code."""
    records, problems = load()
    for problem in problems:
        print(problem)
    if not problems:
        print(coverage(records))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
