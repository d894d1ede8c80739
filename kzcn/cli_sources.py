"""``kzcn sources``, ``kzcn watch`` and ``kzcn alerts``: the monitor's commands (kzcn/monitor)."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

sources_app = typer.Typer(add_completion=False, no_args_is_help=True,
                          help="Feeds, sitemaps and listing pages that `kzcn watch` follows.")
alerts_app = typer.Typer(add_completion=False, no_args_is_help=True,
                         help="Webhooks told about new facts matching a filter.")
err = Console(stderr=True)
out = Console()
UNITS = Path(__file__).parent / "gazetteer" / "data" / "kz_units.tsv"
DB_HELP = "Database URL (default: KZCN_DATABASE_URL)."


def _settings(db: Optional[str]):
    from kzcn.settings import Settings

    settings = Settings()
    return settings.model_copy(update={"database_url": db}) if db else settings


def _store(settings):
    from kzcn.store import Store

    return Store(settings.database_url).migrate()


def _registry(settings):
    from kzcn.monitor.registry import Registry

    return Registry(_store(settings).engine)


def known_units() -> set[str]:
    """The 20 units' English names (the gazetteer's second column)."""
    lines = UNITS.read_text(encoding="utf-8").splitlines()
    return {line.split("\t")[1] for line in lines if line and not line.startswith("#")}


def _shown(value) -> str:
    """Text from the web, safe for Rich: markup escaped, control characters dropped."""
    text = "" if value is None else str(value)
    return escape("".join(ch if ch.isprintable() else " " for ch in text))


@sources_app.command("add")
def sources_add(url: Optional[str] = typer.Argument(None, help="Feed, sitemap or listing page URL."),
                kind: Optional[str] = typer.Option(None, help="feed | sitemap | page (default: guessed from the URL)."),
                name: Optional[str] = typer.Option(None, help="A name for lists and logs."),
                region: Optional[str] = typer.Option(None, help="Kazakh unit the outlet covers, e.g. 'Aktobe Region'."),
                lang: Optional[str] = typer.Option(None, help="Language of the outlet: kk, ru, en, zh."),
                links: Optional[str] = typer.Option(None, help="CSS selector of article links (listing pages)."),
                starter: bool = typer.Option(False, "--starter", help="Add the shipped starter list instead."),
                db: Optional[str] = typer.Option(None, help=DB_HELP)) -> None:
    """Follow a source (marked unverified until fetched), or load the starter list."""
    from kzcn.monitor.model import guess_kind

    registry = _registry(_settings(db))
    if starter:
        from kzcn.monitor.starter import read_starter

        rows = read_starter()
        added = sum(registry.add(r.url, r.kind, r.name, r.unit, r.lang, origin=f"starter: {r.evidence}")[1]
                    for r in rows)
        err.print(f"starter list: {added} added, {len(rows) - added} already there (all unverified until checked)")
        return
    if not url:
        raise typer.BadParameter("expected a URL or --starter, got neither")
    if not url.startswith(("http://", "https://")):
        raise typer.BadParameter(f"expected an http(s) URL, got {url!r}")
    if region and region not in known_units():
        raise typer.BadParameter(f"expected one of the 20 units ({', '.join(sorted(known_units()))}), got {region!r}")
    if lang and lang not in ("kk", "ru", "en", "zh"):
        raise typer.BadParameter(f"expected kk, ru, en or zh, got {lang!r}")
    kind = kind or guess_kind(url)
    if kind not in ("feed", "sitemap", "page"):
        raise typer.BadParameter(f"expected feed, sitemap or page, got {kind!r}")
    source, added = registry.add(url, kind, name, region, lang, links)
    err.print(f"{'added' if added else 'already followed'}: #{source.id} {source.kind} {_shown(source.url)}")
    typer.echo(source.id)


@sources_app.command("list")
def sources_list(db: Optional[str] = typer.Option(None, help=DB_HELP)) -> None:
    """Every source with its health: last success and error, links found, articles stored."""
    table = Table("id", "kind")
    table.add_column("status", no_wrap=True, min_width=10)
    for name in ("unit · lang", "name / url", "last success", "found/new/stored", "last error"):
        table.add_column(name, overflow="fold")
    for row in _registry(_settings(db)).overview():
        table.add_row(str(row["id"]), row["kind"], row["status"], f"{row['region'] or ''} · {row['lang'] or ''}",
                      _shown(row["name"] or row["url"]), _when(row["last_success_at"]),
                      f"{row['found']}/{row['new']}/{row['stored_total']}", _shown((row["last_error"] or "")[:80]))
    out.print(table)


def _when(value) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if value else ""


@sources_app.command("remove")
def sources_remove(source_id: int = typer.Argument(..., help="Source id (see `kzcn sources list`)."),
                   db: Optional[str] = typer.Option(None, help=DB_HELP)) -> None:
    """Stop following a source (its stored articles stay)."""
    if not _registry(_settings(db)).remove(source_id):
        err.print(f"[red]no source #{source_id}[/]")
        raise typer.Exit(1)
    err.print(f"removed source #{source_id}")


@sources_app.command("check")
def sources_check(source_id: Optional[int] = typer.Argument(None, help="One source (default: all)."),
                  db: Optional[str] = typer.Option(None, help=DB_HELP)) -> None:
    """Fetch once and report what was found; no article is fetched or stored."""
    from kzcn.monitor.check import check_source
    from kzcn.monitor.http import ConditionalFetcher

    settings = _settings(db)
    registry = _registry(settings)
    sources = [registry.get(source_id)] if source_id is not None else registry.all()
    if not sources or sources[0] is None:
        err.print(f"[red]no source #{source_id}[/]" if source_id is not None else "no sources yet")
        raise typer.Exit(1)
    fetcher, failed = ConditionalFetcher(settings), 0
    try:
        for source in sources:
            report = check_source(source, fetcher, registry)
            failed += not report.ok
            mark = "[green]ok[/]" if report.ok else "[red]failed[/]"
            out.print(f"{mark} {_shown(source.label)}: {_shown(report.detail)}")
            for item in report.items[:5]:
                out.print(f"    {_shown(item.published or '')} {_shown(item.title[:80])} {_shown(item.url)}")
    finally:
        fetcher.close()
    raise typer.Exit(1 if failed else 0)


def watch(once: bool = typer.Option(False, "--once", help="One pass over every source (except those "
                                    "backing off after errors), then exit."),
          interval: float = typer.Option(900.0, help="Seconds between two polls of one source."),
          max_articles: int = typer.Option(50, help="Articles fetched per source and poll; the rest wait."),
          max_age_days: int = typer.Option(30, help="Links dated older than this are skipped (0: keep all)."),
          db: Optional[str] = typer.Option(None, help=DB_HELP)) -> None:
    """Poll due sources: store new articles with their facts, merge, send alerts; until stopped."""
    from kzcn.monitor.run import run_watch

    settings = _settings(db)
    if not logging.getLogger().handlers:
        logging.basicConfig(level=settings.log_level, stream=sys.stderr,
                            format="%(asctime)s %(levelname)s %(message)s")
    stored = run_watch(settings, once=once, interval=interval, max_articles=max_articles,
                       max_age_days=max_age_days, console=err)
    err.print(f"watch: stored {stored} new articles -> {settings.database_url}")


@alerts_app.command("add")
def alerts_add(filter_text: str = typer.Option(..., "--filter", help="Dashboard filter as a query string, e.g. "
                                               "'region=Aktobe Region&type=agreement'."),
               webhook: str = typer.Option(..., help="URL that receives one signed JSON POST per new fact."),
               secret: Optional[str] = typer.Option(None, help="HMAC secret (default: a new random one, printed once)."),
               db: Optional[str] = typer.Option(None, help=DB_HELP)) -> None:
    """Subscribe a webhook to new facts matching a filter (sent after each `kzcn watch` cycle)."""
    from kzcn.errors import KzcnError
    from kzcn.monitor.alerts import add_subscription

    settings = _settings(db)
    try:
        sub_id, key = add_subscription(_store(settings).engine, filter_text, webhook,
                                       settings.fetch_allow_private, secret)
    except KzcnError as error:
        raise typer.BadParameter(str(error)) from None
    err.print(f"alert #{sub_id} added; facts stored from now on are sent to {_shown(webhook)}")
    if not secret:
        err.print("its HMAC secret (X-Kzcn-Signature), shown only now:")
        typer.echo(key)


@alerts_app.command("list")
def alerts_list(db: Optional[str] = typer.Option(None, help=DB_HELP)) -> None:
    """Subscriptions with their deliveries sent, pending and failed (secrets are not shown)."""
    from kzcn.monitor.alerts import subscriptions

    table = Table("id", "filter", "webhook", "since", "sent", "pending", "failed")
    for sub in subscriptions(_store(_settings(db)).engine):
        table.add_row(str(sub["id"]), _shown(sub["filter"]), _shown(sub["webhook"]), _when(sub["since"]),
                      str(sub["sent"]), str(sub["pending"]), str(sub["failed"]))
    out.print(table)


@alerts_app.command("remove")
def alerts_remove(sub_id: int = typer.Argument(..., help="Subscription id."),
                  db: Optional[str] = typer.Option(None, help=DB_HELP)) -> None:
    """Delete a subscription and its delivery log."""
    from kzcn.monitor.alerts import remove_subscription

    if not remove_subscription(_store(_settings(db)).engine, sub_id):
        err.print(f"[red]no alert #{sub_id}[/]")
        raise typer.Exit(1)
    err.print(f"removed alert #{sub_id}")


def register(app: typer.Typer) -> None:
    """Add ``sources``, ``watch`` and ``alerts`` to the main command line."""
    app.add_typer(sources_app, name="sources")
    app.command("watch")(watch)
    app.add_typer(alerts_app, name="alerts")
