"""The starter list (``data/sources.tsv``): real outlets' feeds, sitemaps and listing pages,
each with its unit, language and the evidence for its URL; ``kzcn sources add --starter``."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kzcn.errors import InputError
from kzcn.monitor.model import KINDS

STARTER = Path(__file__).with_name("data") / "sources.tsv"
COLUMNS = ("url", "kind", "unit", "lang", "name", "evidence")


@dataclass(frozen=True, slots=True)
class StarterRow:
    url: str
    kind: str
    unit: str | None
    lang: str | None
    name: str
    evidence: str


def read_starter(path: Path = STARTER) -> list[StarterRow]:
    """Rows of the starter TSV; a malformed row raises InputError with FILE:LINE."""
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        where = f"{path}:{number}"
        if len(cells) != len(COLUMNS):
            raise InputError(f"{len(COLUMNS)} tab-separated columns", f"{len(cells)}", where)
        url, kind, unit, lang, name, evidence = (c.strip() for c in cells)
        if kind not in KINDS or not url.startswith(("http://", "https://")) or not evidence:
            raise InputError("an http(s) URL, a kind among " + "/".join(KINDS) + " and evidence",
                             repr(line[:80]), where)
        rows.append(StarterRow(url, kind, unit or None, lang or None, name, evidence))
    return rows
