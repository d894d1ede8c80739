"""Builders shared by the reliability tests: documents with facts, a store, a light pipeline."""

from __future__ import annotations

from sqlalchemy import select

from kzcn.model import Document, Event, Evidence, Figure, Mention, Money, Project, Sentence
from kzcn.store import Store
from kzcn.store.backup import schema_tables

#: Generated article sentences (no seed content): region, partner province, action.
REGIONS_KK = ("Павлодар облысы", "Ақтөбе облысы", "Жамбыл облысы", "Түркістан облысы", "Абай облысы")
REGIONS_RU = ("Павлодарская область", "Актюбинская область", "Жамбылская область", "Туркестанская область")
PROVINCES = ("Синьцзян", "Хэнань", "Шэньси", "Ганьсу", "Цзянсу")


def article_text(number: int) -> str:
    """A distinct short article, alternately Kazakh and Russian."""
    province = PROVINCES[number % len(PROVINCES)]
    if number % 2:
        region = REGIONS_KK[number % len(REGIONS_KK)]
        return (f"{region} әкімі {province} делегациясымен кездесті. Тараптар {number} жобаны талқылады.\n"
                f"Кездесу нәтижесінде {number + 3} келісімге қол қойылды.")
    region = REGIONS_RU[number % len(REGIONS_RU)]
    return (f"{region} и провинция {province} обсудили {number} проектов. "
            f"По итогам встречи подписано {number + 3} соглашений.")


def fact_document(text: str, source: str = "a.txt", lang: str = "ru") -> Document:
    """A document with one of every fact kind, spans inside ``text``."""
    end = text.index(".") + 1
    evidence = Evidence(0, end, ((0, min(8, end)),), 0.8)
    return Document(text=text, source=source, title="T", published="2025-03-04").add(
        lang=lang,
        sentences=(Sentence(0, end, lang),),
        mentions=(Mention(0, 8, text[0:8], "kz_region", "Test Region", "kz:test-region", "KZ"),),
        events=(Event("meeting", "Test Region", "2025-03-04", None, ("Henan",), None, summary="s",
                      evidence=evidence),),
        projects=(Project("plant", "Test Region", "energy", "X", Money(1.5e8, "USD", "more_than", 1.5e8),
                          "agreed", evidence=evidence),),
        figures=(Figure("trade_turnover", "Test Region", 7.5e8, "USD", "China", "2025", evidence=evidence),),
        sectors=("energy",),
    )


def snapshot(store: Store, skip: tuple[str, ...] = ("ingested_at", "at", "created_at")) -> dict:
    """Every table's rows (minus timestamps and surrogate ids) as sorted tuples, for comparison."""
    tables = {}
    with store.engine.connect() as conn:
        for table in schema_tables():
            try:
                rows = conn.execute(select(table)).all()
            except Exception:  # noqa: BLE001 - table not in this database
                continue
            columns = [c for c in table.columns.keys() if c not in skip
                       and not (c == "id" and table.c.id.type.python_type is int)]
            tables[table.name] = sorted(repr(tuple(r._mapping[c] for c in columns)) for r in rows)
    return tables
