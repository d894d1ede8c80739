"""Compare predicted records with gold records and render the scores."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from kzcn.evaluate.names import name_key
from kzcn.evaluate.scoring import (
    FACT_FIELDS,
    NAME_FIELDS,
    SET_FIELDS,
    Accuracy,
    Tally,
    _describe,
    _tally_sets,
    match_items,
)

FIELDS = ("kz_regions", "cn_places", "organizations", "people", "events", "projects", "figures", "sectors")
#: Attributes scored on matched pairs: (field, attribute).
ATTRIBUTES = (("events", "date"), ("events", "instrument"), ("events", "place"),
              ("projects", "stage"), ("projects", "value"), ("figures", "period"))


@dataclass
class Report:
    fields: dict[str, Tally] = field(default_factory=lambda: {f: Tally() for f in FIELDS})
    attributes: dict[str, Accuracy] = field(default_factory=dict)
    documents: int = 0
    missing_docs: list[str] = field(default_factory=list)
    absent_docs: list[str] = field(default_factory=list)  # left out: no text given (only_present)

    @property
    def facts(self) -> Tally:
        pooled = Tally()
        for name in FACT_FIELDS:
            pooled.add(self.fields[name])
        return pooled

    def scores(self) -> dict[str, Any]:
        """All figures as a plain dict (what the pinned-score tests read)."""
        out = {name: {"p": t.precision, "r": t.recall, "f1": t.f1} for name, t in self.fields.items()}
        out["facts"] = {"p": self.facts.precision, "r": self.facts.recall, "f1": self.facts.f1}
        out["attributes"] = {k: a.value for k, a in self.attributes.items()}
        return out


def _value_equal(g: Any, p: Any) -> bool:
    if not g or not p:
        return g == p or (not g and not p)
    same_amount = abs(float(g["amount"]) - float(p["amount"])) <= 0.005 * abs(float(g["amount"]))
    return same_amount and g.get("currency") == p.get("currency") and g.get("qualifier") == p.get("qualifier")


def _attribute_equal(attribute: str, g: dict, p: dict) -> bool:
    if attribute == "value":
        return _value_equal(g.get("value"), p.get("value"))
    return g.get(attribute) == p.get(attribute)


def _name_set(items: list[dict]) -> dict[str, str]:
    return {name_key(i.get("name") or ""): i.get("name") or "" for i in items if i.get("name")}


def compare_document(report: Report, gold: dict, pred: dict) -> None:
    """Add one document's comparison to ``report``."""
    doc = gold.get("doc", "?")
    for name in SET_FIELDS:
        _merge(report.fields[name], _tally_sets(set(gold.get(name) or []), set(pred.get(name) or []), doc))
    for name in NAME_FIELDS:
        g, p = _name_set(gold.get(name) or []), _name_set(pred.get(name) or [])
        tally = _tally_sets(set(g), set(p), doc)
        tally.missed = [f"{doc}: {g[k]}" for k in sorted(set(g) - set(p))]
        tally.extra = [f"{doc}: {p[k]}" for k in sorted(set(p) - set(g))]
        _merge(report.fields[name], tally)
    for name in FACT_FIELDS:
        gold_items, pred_items = gold.get(name) or [], pred.get(name) or []
        pairs = match_items(name, gold_items, pred_items)
        matched_g, matched_p = [id(g) for g, _ in pairs], [id(p) for _, p in pairs]
        tally = Tally(len(pairs), len(pred_items) - len(pairs), len(gold_items) - len(pairs),
                      [f"{doc}: {_describe(name, g)}" for g in gold_items if id(g) not in matched_g],
                      [f"{doc}: {_describe(name, p)}" for p in pred_items if id(p) not in matched_p])
        _merge(report.fields[name], tally)
        for fact_field, attribute in ATTRIBUTES:
            if fact_field != name:
                continue
            accuracy = report.attributes.setdefault(f"{name}.{attribute}", Accuracy())
            for g, p in pairs:
                accuracy.total += 1
                accuracy.right += _attribute_equal(attribute, g, p)


def _merge(total: Tally, part: Tally) -> None:
    total.add(part)
    total.missed += part.missed
    total.extra += part.extra


def evaluate(gold: list[dict], predicted: list[dict], only_present: bool = False) -> Report:
    """Score ``predicted`` records against ``gold`` records, matched by their ``doc`` key; with
    ``only_present``, gold documents nothing was extracted for are listed apart, not scored."""
    by_doc = {doc_key(p["doc"]): p for p in predicted}
    report = Report()
    for g in gold:
        pred = by_doc.get(doc_key(g["doc"]))
        if pred is None and only_present:
            report.absent_docs.append(g["doc"])
            continue
        if pred is None:
            report.missing_docs.append(g["doc"])
            pred = {}
        report.documents += 1
        compare_document(report, g, pred)
    return report


def language_of(gold: dict, predicted: dict | None) -> str:
    """The group a document is scored in: its gold language, with the script where unusual."""
    from kzcn.language.script import language_label

    script = gold.get("script") or (predicted or {}).get("script")
    return language_label(gold.get("lang"), {"hans": "hani", "hant": "hani"}.get(script, script))


def evaluate_by_language(gold: list[dict], predicted: list[dict], only_present: bool = False) -> dict[str, Report]:
    """One Report per language group (``language_of``), groups sorted by name."""
    by_doc = {doc_key(p["doc"]): p for p in predicted}
    groups: dict[str, list[dict]] = {}
    for g in gold:
        groups.setdefault(language_of(g, by_doc.get(doc_key(g["doc"]))), []).append(g)
    return {name: evaluate(groups[name], predicted, only_present) for name in sorted(groups)}


#: Columns of the per-language table: (header, field).
LANGUAGE_COLUMNS = (("regions", "kz_regions"), ("places", "cn_places"), ("orgs", "organizations"),
                    ("people", "people"), ("events", "events"), ("projects", "projects"),
                    ("figures", "figures"), ("sectors", "sectors"))


def render_languages(reports: dict[str, Report]) -> str:
    """F1 per field and language group, with the pooled facts P/R/F1."""
    head = f"{'language':<10}{'docs':>5}" + "".join(f"{h:>9}" for h, _ in LANGUAGE_COLUMNS)
    lines = [head + f"{'facts P':>9}{'R':>7}{'F1':>7}"]
    for name, report in reports.items():
        if not report.documents:
            continue
        cells = "".join(f"{report.fields[f].f1:>9.3f}" for _, f in LANGUAGE_COLUMNS)
        facts = report.facts
        lines.append(f"{name:<10}{report.documents:>5}{cells}{facts.precision:>9.3f}{facts.recall:>7.3f}{facts.f1:>7.3f}")
    return "\n".join(lines)


def doc_key(doc: str) -> str:
    """File names compare by their last path component; URLs as they are."""
    return doc if "://" in doc else doc.replace("\\", "/").rsplit("/", 1)[-1]


def render(report: Report, verbose: bool = False) -> str:
    """The table ``kzcn eval`` prints; the last line is ``facts F1 <value>``."""
    lines = [f"documents {report.documents}" + (f" (missing: {', '.join(report.missing_docs)})"
                                                 if report.missing_docs else "")
             + (f" (no text given, not scored: {', '.join(report.absent_docs)})" if report.absent_docs else ""),
             f"{'field':<15}{'P':>7}{'R':>7}{'F1':>7}{'tp':>6}{'fp':>6}{'fn':>6}"]
    for name, t in report.fields.items():
        lines.append(f"{name:<15}{t.precision:>7.3f}{t.recall:>7.3f}{t.f1:>7.3f}{t.tp:>6}{t.fp:>6}{t.fn:>6}")
    for name, accuracy in report.attributes.items():
        lines.append(f"{name + ' accuracy':<29}{accuracy.value:>7.3f}  (on {accuracy.total} matched)")
    if verbose:
        for name, t in report.fields.items():
            lines += [f"  missed {name}: {x}" for x in t.missed]
            lines += [f"  extra  {name}: {x}" for x in t.extra]
    lines.append(f"facts F1 {report.facts.f1:.3f}")
    return "\n".join(lines)
