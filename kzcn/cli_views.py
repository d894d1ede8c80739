"""Rich renderings for the CLI: tables of stored rows and a document with marked spans."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table
from rich.text import Text

from kzcn.settings import Settings

COLUMNS = {
    "documents": ("id", "published", "lang", "source", "title"),
    "events": ("id", "type", "kz_region", "date", "place", "cn_parties", "summary"),
    "projects": ("id", "what", "kz_region", "partner", "amount", "currency", "stage", "summary"),
    "figures": ("id", "metric", "subject", "counterpart", "period", "value", "unit"),
    "entities": ("id", "kind", "canonical", "country"),
    "rejections": ("id", "at", "where", "reason"),
}
KIND_STYLE = {"kz_region": "bold green", "kz_place": "green", "cn_place": "bold red", "org": "cyan",
              "person": "magenta", "role": "yellow", "money": "bold blue", "percent": "blue",
              "quantity": "blue", "date": "underline", "period": "underline"}


def list_table(settings: Settings, what: str, filters: dict, limit: int) -> Table:
    """A Rich table of ``what`` rows matching the filters that apply to that table."""
    from kzcn.store import Store
    from kzcn.store.tables import metadata

    store = Store(settings.database_url).migrate()
    columns = metadata.tables[what].c
    where = {k: v for k, v in filters.items() if v is not None and k in columns}
    table = Table(*COLUMNS[what], title=what)
    for row in store.rows(what, where, limit=limit):
        table.add_row(*(str(row.get(c) if row.get(c) is not None else "")[:80] for c in COLUMNS[what]))
    return table


def show_document(console: Console, settings: Settings, doc_id: str) -> bool:
    """Print the document text with mentions styled by kind, then its facts."""
    from kzcn.store import Store

    from kzcn.store.repository import acting_units

    doc = Store(settings.database_url).migrate().document(doc_id)
    if doc is None:
        return False
    console.print(f"[bold]{doc['title']}[/]  {doc['published'] or 'date unknown'}  {doc['lang']}  {doc['source']}")
    text = Text(doc["text"])
    for m in doc["mentions"]:
        text.stylize(KIND_STYLE.get(m["kind"], "italic"), m["start"], m["stop"])
    console.print(text)
    for unit in acting_units(doc):  # cue texts come from the article: printed as text, not markup
        label = "acting unit (principal)" if unit["principal"] else "acting unit"
        console.print(Text.assemble((label, "bold"), " " + unit["unit"] + "  ", ("; ".join(unit["cues"]), "dim")))
    for kind in ("events", "projects", "figures"):
        for fact in doc[kind]:
            console.print(f"[bold]{kind[:-1]}[/] {fact.get('summary') or _brief(fact)}")
            if fact.get("sentence_start") is not None:
                console.print("   [dim]" + doc["text"][fact["sentence_start"]:fact["sentence_stop"]] + "[/]")
    return True


def _brief(fact: dict) -> str:
    keys = ("type", "what", "metric", "kz_region", "subject", "value", "unit", "period", "stage")
    return ", ".join(f"{k}={fact[k]}" for k in keys if fact.get(k) is not None)
