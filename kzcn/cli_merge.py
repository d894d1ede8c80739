"""CLI for merged records: ``kzcn merge``, ``kzcn conflicts``, project lists with their stage
history, and ``kzcn show project|event ID``. ``register(app)`` adds the commands to kzcn's app."""

from __future__ import annotations

from typing import Optional

import typer
from rich.console import Console
from rich.table import Table

from kzcn.settings import Settings

err = Console(stderr=True)
out = Console()


def _store(settings: Settings):
    from kzcn.store import Store

    return Store(settings.database_url).migrate()


def _settings(db: Optional[str]) -> Settings:
    settings = Settings()
    return settings.model_copy(update={"database_url": db}) if db else settings


def merge(db: Optional[str] = typer.Option(None, help="Database URL (default: KZCN_DATABASE_URL).")) -> None:
    """Merge stored articles: near-duplicates, one event per happening, project life cycles,
    conflicting figures, entity aliases. Only what is new since the last run is compared."""
    from kzcn.merge import merge_store

    report = merge_store(_store(_settings(db)))
    for line in report.lines():
        err.print(line)
    err.print(f"merged in {report.total_seconds:.2f}s")


def conflicts(metric: Optional[str] = typer.Option(None, help="Figure metric, e.g. trade_turnover."),
              db: Optional[str] = typer.Option(None, help="Database URL.")) -> None:
    """List figures reported with different values for the same metric, subject and period."""
    from kzcn.merge.queries import figure_conflicts

    table = Table("metric", "subject", "counterpart", "period", "value", "unit", "sources", title="conflicting figures")
    for group in figure_conflicts(_store(_settings(db)), metric=metric):
        for value in group["values"]:
            table.add_row(group["metric"], group["subject"], group["counterpart"] or "", group["period"],
                          f"{value['value']:,.0f}", value["unit"], ", ".join(sorted(set(value["docs"]))))
    out.print(table)


def projects_table(settings: Settings, kz_region: str | None, stage: str | None, limit: int) -> Table:
    """Merged projects with their stage history (for ``kzcn list projects``)."""
    from kzcn.merge.queries import list_projects

    table = Table("id", "what", "kz_region", "partner", "stage", "history", "sources", title="projects")
    for project in list_projects(_store(settings), kz_region=kz_region, stage=stage, limit=limit):
        history = " -> ".join(f"{h['stage']} {h['date'] or '?'}" for h in project["history"])
        table.add_row(project["id"], project["what"], project["kz_region"] or "", project["partner"] or "",
                      project["stage"] or "", history, str(project["n_sources"]))
    return table


def show_record(console: Console, settings: Settings, kind: str, record_id: str) -> bool:
    """Print a merged project or event (an id prefix is enough); False when none matches."""
    from kzcn.merge.queries import event_detail, project_detail

    store = _store(settings)
    if kind == "project":
        project = project_detail(store, record_id)
        if project is None:
            return False
        _print_project(console, project)
        return True
    event = event_detail(store, record_id)
    if event is None:
        return False
    _print_event(console, event)
    return True


def _print_project(console: Console, project: dict) -> None:
    console.print(f"[bold]{project['what']}[/]  {project['kz_region']}  partner {project['partner'] or '?'}  "
                  f"stage {project['stage']}  ({project['n_sources']} sources, {project['id']})")
    for step in project["history"]:
        console.print(f"  [bold]{step['stage']}[/] {step['date'] or '?'}")
        for evidence in step["evidence"]:
            console.print(f"     {evidence['doc_id']}: [dim]{evidence['sentence'] or ''}[/]")
    for name, values in project["variants"].items():
        shown = "; ".join(f"{v['value']} ({', '.join(sorted(set(filter(None, v['dates']))))})" for v in values)
        console.print(f"  [yellow]{name} differs[/]: {shown}")
    for event in project["events"]:
        console.print(f"  event {event['id']}: {event['type']} {event['date'] or '?'} {', '.join(event['cn_parties'])}")


def _print_event(console: Console, event: dict) -> None:
    console.print(f"[bold]{event['type']}[/]  {event['kz_region']}  {event['date'] or 'date unknown'}  "
                  f"{', '.join(event['cn_parties'])}  ({event['n_sources']} sources, {event['id']})")
    for report in event["reports"]:
        copy = f" copy of {report['duplicate_of']}" if report["duplicate_of"] else ""
        console.print(f"  {report['published']} {report['lang']} {report['source']}{copy}: "
                      f"date {report['date'] or '?'}\n     [dim]{report['sentence'] or ''}[/]")
    for name, values in event["disagreements"].items():
        shown = "; ".join(f"{v['value']} ({len(v['docs'])} reports)" for v in values)
        console.print(f"  [yellow]{name} disagrees[/]: {shown}")
    for project_id in event["projects"]:
        console.print(f"  about project {project_id}")


def register(app: typer.Typer) -> None:
    """Add ``merge`` and ``conflicts`` to kzcn's command line."""
    app.command("merge")(merge)
    app.command("conflicts")(conflicts)
