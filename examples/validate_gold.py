"""Check examples/corpus/gold.jsonl against /work/shared/gold/SCHEMA.md conventions.

Run: python examples/validate_gold.py  (exit code 1 and a list of problems when invalid)
Checks: valid JSON, exact key sets, allowed enum values, canonical Kazakh units, date
formats, every `doc` exists (a file in corpus/, a <link> of feed.xml or a url of
articles.jsonl), names of people/organisations occur in the text (by word stems, so
case endings are tolerated), and merge_groups.json refers to known docs.
"""
from __future__ import annotations

import json
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

CORPUS = Path(__file__).resolve().parent / "corpus"
KZ_UNITS = {
    "Abai Region", "Akmola Region", "Aktobe Region", "Almaty Region", "Atyrau Region",
    "East Kazakhstan Region", "Jambyl Region", "Jetisu Region", "Karaganda Region",
    "Kostanay Region", "Kyzylorda Region", "Mangystau Region", "North Kazakhstan Region",
    "Pavlodar Region", "Turkistan Region", "Ulytau Region", "West Kazakhstan Region",
    "Astana", "Almaty", "Shymkent",
}
SECTORS = set("""agriculture food_processing textiles paper chemicals pharmaceuticals metallurgy
mining machinery construction construction_materials energy renewable_energy oil_gas
infrastructure transport_logistics waste_management urban_development industrial_zones trade
tourism education healthcare digital finance""".split())
EVENT_TYPES = {"meeting", "visit", "agreement", "office_opening", "forum", "site_visit", "project_launch"}
INSTRUMENTS = {"memorandum", "framework_agreement", "agreement", "contract", "roadmap", "protocol"}
STAGES = {"proposed", "agreed", "under_construction", "operating"}
QUALIFIERS = {"exact", "about", "more_than", "up_to"}
METRICS = {"trade_turnover", "export", "import", "trade_growth", "investment", "companies",
           "project_count", "gdp", "retail_sales"}
CURRENCIES = {"USD", "KZT", "CNY"}
DOC_KEYS = ["doc", "lang", "published", "kz_regions", "cn_places", "organizations", "people",
            "events", "projects", "figures", "sectors"]
EVENT_KEYS = {"type", "date", "place", "kz_region", "cn_parties", "instrument"}
PROJECT_KEYS = {"what", "sector", "kz_region", "partner", "value", "stage"}
FIGURE_KEYS = {"metric", "subject", "counterpart", "period", "value", "unit"}
DAY = r"\d{4}(-\d{2}(-\d{2})?)?"
DATE_RE = re.compile(rf"^{DAY}(/{DAY})?$")
PERIOD_RE = re.compile(r"^\d{4}(-\d{2}/\d{4}-\d{2})?$")


def corpus_texts() -> dict[str, str]:
    """Map every annotatable doc id (file name or URL) to its raw text."""
    texts = {p.name: p.read_text(encoding="utf-8") for p in CORPUS.iterdir()
             if p.suffix in {".txt", ".html"}}
    ns = {"content": "http://purl.org/rss/1.0/modules/content/"}
    for item in ET.parse(CORPUS / "feed.xml").getroot().iter("item"):
        body = " ".join(filter(None, [item.findtext("title"), item.findtext("description"),
                                      item.findtext("content:encoded", namespaces=ns)]))
        texts[item.findtext("link")] = body
    for line in (CORPUS / "articles.jsonl").read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        texts[rec["url"]] = rec["title"] + "\n" + rec["text"]
    return texts


def name_in_text(name: str, text: str) -> bool:
    """True when every word of `name` occurs in `text` up to a case ending (stem of 3+ chars)."""
    low = text.lower()
    for word in re.findall(r"\w+", name.lower()):
        if word in {"co", "ltd"}:
            continue
        if word[: max(3, len(word) - 3)] not in low:
            return False
    return True


def check_value(where: str, value, problems: list[str]) -> None:
    """A project value is null or {amount, currency, qualifier} with allowed enums."""
    if value is None:
        return
    if set(value) != {"amount", "currency", "qualifier"}:
        problems.append(f"{where}: value keys {sorted(value)}")
    elif value["currency"] not in CURRENCIES or value["qualifier"] not in QUALIFIERS:
        problems.append(f"{where}: bad value {value}")
    elif not isinstance(value["amount"], int):
        problems.append(f"{where}: amount must be whole units, got {value['amount']!r}")


def check_record(rec: dict, text: str, problems: list[str]) -> None:
    """Append every schema violation of one gold record to `problems`."""
    d = rec["doc"]
    if list(rec) != DOC_KEYS:
        problems.append(f"{d}: keys {list(rec)}")
        return
    if rec["lang"] not in {"kk", "ru", "en", "zh"}:
        problems.append(f"{d}: lang {rec['lang']}")
    if rec["published"] is not None and not re.match(r"^\d{4}-\d{2}(-\d{2})?$", rec["published"]):
        problems.append(f"{d}: published {rec['published']}")
    bad = [r for r in rec["kz_regions"] if r not in KZ_UNITS]
    bad += [s for s in rec["sectors"] if s not in SECTORS]
    problems += [f"{d}: unknown region/sector {b}" for b in bad]
    for o in rec["organizations"]:
        if set(o) != {"name", "country"} or not name_in_text(o["name"], text):
            problems.append(f"{d}: organization {o}")
    for p in rec["people"]:
        if set(p) != {"name", "role", "of", "country"} or not name_in_text(p["name"], text):
            problems.append(f"{d}: person {p}")
    for e in rec["events"]:
        ok = set(e) == EVENT_KEYS and e["type"] in EVENT_TYPES and e["kz_region"] in KZ_UNITS
        ok = ok and (e["date"] is None or DATE_RE.match(e["date"]))
        ok = ok and ((e["instrument"] in INSTRUMENTS) if e["type"] == "agreement" else e["instrument"] is None)
        if not ok:
            problems.append(f"{d}: event {e}")
    for p in rec["projects"]:
        if set(p) != PROJECT_KEYS or p["stage"] not in STAGES or p["sector"] not in SECTORS \
                or p["kz_region"] not in KZ_UNITS:
            problems.append(f"{d}: project {p}")
        check_value(f"{d}: project {p['what']}", p["value"], problems)
    for f in rec["figures"]:
        keys_ok = FIGURE_KEYS <= set(f) <= FIGURE_KEYS | {"qualifier"}
        unit_ok = f["unit"] == ("%" if f["metric"] == "trade_growth" else
                                "count" if f["metric"] in {"companies", "project_count"} else f["unit"])
        ok = keys_ok and f["metric"] in METRICS and unit_ok and f["unit"] in CURRENCIES | {"%", "count"}
        ok = ok and (f["period"] is None or PERIOD_RE.match(f["period"]))
        ok = ok and f.get("qualifier", "exact") in QUALIFIERS
        if not ok:
            problems.append(f"{d}: figure {f}")


def main() -> int:
    """Validate gold.jsonl and merge_groups.json; print a summary; return the exit code."""
    texts = corpus_texts()
    problems: list[str] = []
    seen = set()
    for n, line in enumerate((CORPUS / "gold.jsonl").read_text(encoding="utf-8").splitlines(), 1):
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            problems.append(f"gold.jsonl:{n}: {exc}")
            continue
        if rec.get("doc") not in texts:
            problems.append(f"gold.jsonl:{n}: unknown doc {rec.get('doc')}")
            continue
        if rec["doc"] in seen:
            problems.append(f"gold.jsonl:{n}: duplicate doc {rec['doc']}")
        seen.add(rec["doc"])
        check_record(rec, texts[rec["doc"]], problems)
    problems += [f"no gold for {d}" for d in texts if d not in seen]
    groups = json.loads((CORPUS / "merge_groups.json").read_text(encoding="utf-8"))
    for kind, lists in groups.items():
        problems += [f"merge_groups {kind}: unknown {d}" for g in lists for d in g if d not in texts]
    for p in problems:
        print(p)
    print(f"{len(seen)} gold records, {len(texts)} docs, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
