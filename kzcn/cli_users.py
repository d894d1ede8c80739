"""``kzcn users``: reviewers who may confirm, correct or reject facts through the API."""

from __future__ import annotations

from typing import Optional

import typer
from rich.console import Console

app = typer.Typer(add_completion=False, no_args_is_help=True, help="Reviewer accounts (API write tokens).")
err = Console(stderr=True)


def _store(db: Optional[str]):
    from kzcn.settings import Settings
    from kzcn.store import Store

    settings = Settings()
    return Store(db or settings.database_url).migrate()


@app.command("add")
def add(name: str = typer.Argument(..., help="Reviewer name, e.g. 'alice'."),
        db: Optional[str] = typer.Option(None, help="Database URL (default: KZCN_DATABASE_URL).")) -> None:
    """Create a reviewer and print their token once (only its SHA-256 is stored)."""
    from sqlalchemy.exc import IntegrityError

    from kzcn.store.review import add_user

    try:
        token = add_user(_store(db).engine, name)
    except IntegrityError:
        err.print(f"[red]a reviewer named {name!r} already exists[/]")
        raise typer.Exit(1) from None
    err.print(f"reviewer {name!r} created; the token is shown only now:")
    typer.echo(token)


@app.command("list")
def list_users(db: Optional[str] = typer.Option(None, help="Database URL.")) -> None:
    """List reviewer names and when they were created (never tokens)."""
    from sqlalchemy import select

    from kzcn.store.review import users

    with _store(db).engine.connect() as conn:
        for row in conn.execute(select(users.c.name, users.c.created_at).order_by(users.c.name)):
            typer.echo(f"{row.name}\t{row.created_at}")
