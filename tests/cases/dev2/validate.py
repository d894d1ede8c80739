"""Check the dev2 gold annotations against SCHEMA.md and their articles.

Usage: python tests/cases/dev2/validate.py [--coverage] [DIR]
Exits 1 and prints one line per problem when the gold is inconsistent;
with --coverage prints a markdown coverage table instead of "ok".
Standard library only, so it runs before the package is installed.
"""

from __future__ import annotations

import collections
import html
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

KZ_UNITS = frozenset(
    """Abai Region|Akmola Region|Aktobe Region|Almaty Region|Atyrau Region|East Kazakhstan Region|
Jambyl Region|Jetisu Region|Karaganda Region|Kostanay Region|Kyzylorda Region|Mangystau Region|
North Kazakhstan Region|Pavlodar Region|Turkistan Region|Ulytau Region|West Kazakhstan Region|
Astana|Almaty|Shymkent""".replace("\n", "").split("|")
)
LANGS = {"kk", "ru", "en", "zh"}
EVENT_TYPES = {"meeting", "visit", "agreement", "office_opening", "forum", "site_visit", "project_launch"}
INSTRUMENTS = {"memorandum", "framework_agreement", "agreement", "contract", "roadmap", "protocol"}
STAGES = {"proposed", "agreed", "under_construction", "operating"}
QUALIFIERS = {"exact", "about", "more_than", "up_to"}
CURRENCIES = {"USD", "KZT", "CNY", "EUR", "RUB"}
METRICS = {"trade_turnover", "export", "import", "trade_growth", "investment", "companies",
           "project_count", "gdp", "retail_sales"}
SECTORS = set(
    """agriculture food_processing textiles paper chemicals pharmaceuticals metallurgy mining
machinery construction construction_materials energy renewable_energy oil_gas infrastructure
transport_logistics waste_management urban_development industrial_zones trade tourism education
healthcare digital finance""".split()
)
TOP_KEYS = ["doc", "lang", "published", "kz_regions", "cn_places", "organizations", "people",
            "events", "projects", "figures", "sectors"]
DATE = r"\d{4}-\d{2}(?:-\d{2})?"
DATE_RE = re.compile(rf"^{DATE}(?:/{DATE})?$")
PERIOD_RE = re.compile(r"^\d{4}(?:-\d{2}/\d{4}-\d{2})?$")
PINYIN_RE = re.compile(r"^[A-Z][A-Za-z' -]+$")
DATE_LINE_RE = re.compile(r"^ date (\d{4}-\d{2}-\d{2}) ")


def article_text(path: Path) -> str:
    """Return the visible text of an article (.txt as is, .html without markup)."""
    raw = path.read_text(encoding="utf-8")
    if path.suffix != ".html":
        return raw
    raw = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", raw)
    return html.unescape(re.sub(r"(?s)<[^>]+>", " ", raw))


def _tokens(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower().replace("ё", "е"))


def _stem(token: str) -> str:
    """Drop up to two letters of a case ending (Kazakh and Russian inflect names)."""
    if len(token) >= 5:
        return token[:-2]
    if len(token) >= 3:
        return token[:-1]
    return token


def name_occurs(name: str, text: str) -> bool:
    """True when the name's words occur consecutively in text, allowing case endings."""
    want = [_stem(t) for t in _tokens(name)]
    have = _tokens(text)
    if not want:
        return False
    for i in range(len(have) - len(want) + 1):
        if all(have[i + j].startswith(w) for j, w in enumerate(want)):
            return True
    return False


def _check_value(value, where: str) -> list[str]:
    if value is None:
        return []
    errs = []
    if set(value) != {"amount", "currency", "qualifier"}:
        errs.append(f"{where}: value keys {sorted(value)}")
    if not isinstance(value.get("amount"), (int, float)) or value.get("amount", 0) <= 0:
        errs.append(f"{where}: amount {value.get('amount')!r}")
    if value.get("currency") not in CURRENCIES:
        errs.append(f"{where}: currency {value.get('currency')!r}")
    if value.get("qualifier") not in QUALIFIERS:
        errs.append(f"{where}: qualifier {value.get('qualifier')!r}")
    return errs


def _check_events(rec: dict, parties: set[str], where: str) -> list[str]:
    errs = []
    for k, ev in enumerate(rec["events"]):
        w = f"{where} event {k}"
        if set(ev) != {"type", "date", "place", "kz_region", "cn_parties", "instrument"}:
            errs.append(f"{w}: keys {sorted(ev)}")
            continue
        if ev["type"] not in EVENT_TYPES:
            errs.append(f"{w}: type {ev['type']!r}")
        if (ev["type"] == "agreement") != (ev["instrument"] is not None):
            errs.append(f"{w}: instrument {ev['instrument']!r} with type {ev['type']}")
        if ev["instrument"] is not None and ev["instrument"] not in INSTRUMENTS:
            errs.append(f"{w}: instrument {ev['instrument']!r}")
        if ev["date"] is not None and not DATE_RE.match(ev["date"]):
            errs.append(f"{w}: date {ev['date']!r}")
        if ev["kz_region"] not in rec["kz_regions"]:
            errs.append(f"{w}: kz_region {ev['kz_region']!r} not in kz_regions")
        if ev["place"] is not None and not PINYIN_RE.match(ev["place"]):
            errs.append(f"{w}: place {ev['place']!r} not a canonical Latin name")
        errs += [f"{w}: cn_party {p!r} is neither an organization nor a cn_place"
                 for p in ev["cn_parties"] if p not in parties]
    return errs


def _check_projects(rec: dict, parties: set[str], where: str) -> list[str]:
    errs = []
    for k, pr in enumerate(rec["projects"]):
        w = f"{where} project {k}"
        if set(pr) != {"what", "sector", "kz_region", "partner", "value", "stage"}:
            errs.append(f"{w}: keys {sorted(pr)}")
            continue
        if pr["sector"] not in SECTORS:
            errs.append(f"{w}: sector {pr['sector']!r}")
        if pr["stage"] not in STAGES:
            errs.append(f"{w}: stage {pr['stage']!r}")
        if pr["kz_region"] not in rec["kz_regions"]:
            errs.append(f"{w}: kz_region {pr['kz_region']!r} not in kz_regions")
        if pr["partner"] is not None and pr["partner"] not in parties:
            errs.append(f"{w}: partner {pr['partner']!r} unknown")
        errs += _check_value(pr["value"], w)
    return errs


def _check_figures(rec: dict, where: str) -> list[str]:
    errs = []
    for k, fg in enumerate(rec["figures"]):
        w = f"{where} figure {k}"
        if not {"metric", "subject", "counterpart", "period", "value", "unit"} <= set(fg):
            errs.append(f"{w}: keys {sorted(fg)}")
            continue
        if fg["metric"] not in METRICS:
            errs.append(f"{w}: metric {fg['metric']!r}")
        want_unit = {"trade_growth": {"%"}, "companies": {"count"}, "project_count": {"count"}}
        if fg["unit"] not in want_unit.get(fg["metric"], CURRENCIES):
            errs.append(f"{w}: unit {fg['unit']!r} for {fg['metric']}")
        subject_ok = fg["subject"] in KZ_UNITS | {"Kazakhstan"} or PINYIN_RE.match(fg["subject"])
        if not subject_ok:
            errs.append(f"{w}: subject {fg['subject']!r}")
        if fg["counterpart"] not in (None, "China"):
            errs.append(f"{w}: counterpart {fg['counterpart']!r}")
        if fg["period"] is not None and not PERIOD_RE.match(fg["period"]):
            errs.append(f"{w}: period {fg['period']!r}")
        if fg.get("qualifier", "exact") not in QUALIFIERS:
            errs.append(f"{w}: qualifier {fg['qualifier']!r}")
    return errs


def _check_names(rec: dict, text: str, where: str) -> list[str]:
    errs = []
    for o in rec["organizations"]:
        if set(o) != {"name", "country"} or not re.fullmatch(r"[A-Z]{2}", o.get("country", "")):
            errs.append(f"{where}: organization {o!r}")
        elif not name_occurs(o["name"], text):
            errs.append(f"{where}: organization {o['name']!r} not found in text")
    for p in rec["people"]:
        if set(p) != {"name", "role", "of", "country"} or not p["role"]:
            errs.append(f"{where}: person {p!r}")
        elif not name_occurs(p["name"], text):
            errs.append(f"{where}: person {p['name']!r} not found in text")
    return errs


def check_record(rec: dict, folder: Path) -> list[str]:
    """Return the problems of one gold line (empty when it is consistent)."""
    where = rec.get("doc", "?")
    if list(rec) != TOP_KEYS:
        return [f"{where}: keys {list(rec)} differ from {TOP_KEYS}"]
    path = folder / rec["doc"]
    if not path.is_file():
        return [f"{where}: article file missing"]
    text = article_text(path)
    errs = []
    if rec["lang"] not in LANGS:
        errs.append(f"{where}: lang {rec['lang']!r}")
    if rec["published"] is not None and not re.fullmatch(DATE, rec["published"]):
        errs.append(f"{where}: published {rec['published']!r}")
    line = DATE_LINE_RE.match(text)
    if line and rec["published"] != line.group(1):
        errs.append(f"{where}: published {rec['published']!r} but date line says {line.group(1)}")
    errs += [f"{where}: kz_region {r!r}" for r in rec["kz_regions"] if r not in KZ_UNITS]
    errs += [f"{where}: cn_place {p!r}" for p in rec["cn_places"] if not PINYIN_RE.match(p)]
    errs += [f"{where}: sector {s!r}" for s in rec["sectors"] if s not in SECTORS]
    for key in ("kz_regions", "cn_places", "sectors"):
        if len(set(rec[key])) != len(rec[key]):
            errs.append(f"{where}: duplicate in {key}")
    parties = {o["name"] for o in rec["organizations"]} | set(rec["cn_places"])
    errs += _check_events(rec, parties, where)
    errs += _check_projects(rec, parties, where)
    errs += _check_figures(rec, where)
    errs += _check_names(rec, text, where)
    return errs


def load(folder: Path) -> tuple[list[dict], list[str]]:
    """Read gold.jsonl; return the records and the problems met while parsing."""
    records, errs = [], []
    for n, line in enumerate((folder / "gold.jsonl").read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            records.append(json.loads(line))
        except json.JSONDecodeError as exc:
            errs.append(f"expected JSON, got {exc.msg} in gold.jsonl:{n}")
    return records, errs


def validate(folder: Path = HERE) -> list[str]:
    """Return every problem of the gold in folder: shape, enums, files, names."""
    records, errs = load(folder)
    docs = [r.get("doc") for r in records]
    errs += [f"{d}: annotated twice" for d, c in collections.Counter(docs).items() if c > 1]
    articles = {p.name for p in folder.iterdir() if p.suffix in (".txt", ".html")}
    errs += [f"{a}: article without gold" for a in sorted(articles - set(docs))]
    for rec in records:
        errs += check_record(rec, folder)
    return errs


def coverage(folder: Path = HERE) -> str:
    """Return a markdown table counting what the gold covers."""
    records, _ = load(folder)
    rows: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    for r in records:
        path = folder / r["doc"]
        fmt = "html" if path.suffix == ".html" else (
            "txt + date line" if DATE_LINE_RE.match(article_text(path)) else "txt, no date line")
        rows["language"][r["lang"]] += 1
        rows["format"][fmt] += 1
        rows["Kazakh units (articles)"].update(r["kz_regions"])
        rows["Chinese places (articles)"].update(r["cn_places"])
        rows["event types"].update(e["type"] for e in r["events"])
        rows["instruments"].update(e["instrument"] for e in r["events"] if e["instrument"])
        rows["project stages"].update(p["stage"] for p in r["projects"])
        rows["value currencies"].update(p["value"]["currency"] for p in r["projects"] if p["value"])
        rows["value qualifiers"].update(p["value"]["qualifier"] for p in r["projects"] if p["value"])
        rows["figure metrics"].update(f["metric"] for f in r["figures"])
        rows["figure units"].update(f["unit"] for f in r["figures"])
        rows["sectors (articles)"].update(r["sectors"])
        rows["articles without events"]["yes" if not r["events"] else "no"] += 1
    out = ["| dimension | values (count) |", "|---|---|"]
    for dim, counter in rows.items():
        cells = ", ".join(f"{k} ({v})" for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])))
        out.append(f"| {dim} | {cells} |")
    total = {k: sum(len(r[k]) for r in records) for k in
             ("organizations", "people", "events", "projects", "figures")}
    out.append("| totals | " + ", ".join(f"{k} ({v})" for k, v in total.items())
               + f", articles ({len(records)}) |")
    return "\n".join(out)


def main(argv: list[str]) -> int:
    """Command line entry: validate, then print problems, the coverage table or "ok"."""
    args = [a for a in argv if not a.startswith("--")]
    folder = Path(args[0]) if args else HERE
    errs = validate(folder)
    for e in errs:
        print(e)
    if errs:
        return 1
    print(coverage(folder) if "--coverage" in argv else "ok")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
