"""Errors people can read: every expected failure of a command becomes one line naming what
failed and what to do, and a distinct exit code (``kzcn.errors.ExitCode``); ``--debug`` shows
the traceback instead."""

from __future__ import annotations

import errno
import sys
import traceback
from collections.abc import Callable, Sequence
from typing import Optional

from kzcn.errors import ConfigError, ExitCode, FetchError, InputError, KzcnError, StoreError

DEBUG_FLAG = "--debug"
HINT_DEBUG = f"(add {DEBUG_FLAG} for the traceback)"

_LOCKED = ("database is locked", "database table is locked", "lock timeout", "could not obtain lock",
           "lock not available", "deadlock detected")
_FULL = ("database or disk is full", "no space left on device", "could not extend file", "disk full",
         "file too large")
_DENIED = ("readonly database", "read-only", "permission denied", "access denied", "must be owner")
_UNREACHABLE = ("unable to open database file", "connection refused", "could not connect", "connection to server",
                "could not translate host name", "name or service not known", "timeout expired",
                "server closed the connection", "the database system is starting up", "does not exist",
                "password authentication failed", "no password supplied", "no such host")


def _click():
    """The Click exception classes Typer raises (Typer >= 0.20 carries its own copy of Click)."""
    try:
        from typer._click import exceptions
    except ImportError:  # an older Typer on the real Click
        from click import exceptions
    return exceptions


def describe(exc: BaseException, store: str) -> tuple[int, str]:
    """``(exit code, one line)`` for ``exc``; ``store`` names the database (password hidden)."""
    from sqlalchemy import exc as sa

    click = _click()
    import typer

    if isinstance(exc, (KeyboardInterrupt, typer.Abort, getattr(click, "Abort", KeyboardInterrupt))):
        return ExitCode.INTERRUPTED, ("interrupted: what was stored before the stop is kept; run the same "
                                      "command again to finish (stored articles are skipped)")
    if isinstance(exc, click.UsageError):
        command = exc.ctx.command_path if exc.ctx else "kzcn"
        return ExitCode.USAGE, f"{exc.format_message()} (see {command} --help)"
    if isinstance(exc, (sa.ArgumentError, sa.NoSuchModuleError)) or (
            isinstance(exc, ValueError) and "url" in str(exc).lower()):
        return ExitCode.BAD_URL, (f"bad database URL {store!r}: {_first_line(exc)}; expected e.g. "
                                  "sqlite:///var/kzcn.sqlite or postgresql+psycopg://user@host/db (--db or KZCN_DATABASE_URL)")
    if isinstance(exc, FetchError):
        return ExitCode.BAD_URL, f"cannot fetch: {_first_line(exc)}; check the URL (only public http(s) pages are fetched)"
    if isinstance(exc, sa.DBAPIError):
        return _database(exc, store)
    if isinstance(exc, OSError):
        return _os(exc)
    if isinstance(exc, (InputError, ConfigError)):
        return ExitCode.BAD_INPUT, f"{_first_line(exc)}; fix the input or setting and run again"
    if isinstance(exc, StoreError):
        return ExitCode.STORE_REFUSED, f"the store at {store} refused: {_first_line(exc)}"
    if isinstance(exc, KzcnError):
        return ExitCode.FAILED, _first_line(exc)
    return ExitCode.INTERNAL, (f"internal error: {type(exc).__name__}: {_first_line(exc)[:300]}; this is a bug, "
                               f"please rerun with {DEBUG_FLAG} and report the traceback")


def _database(exc, store: str) -> tuple[int, str]:
    text = str(getattr(exc, "orig", None) or exc).lower()
    reason = _first_line(getattr(exc, "orig", None) or exc)[:300]
    if any(s in text for s in _FULL):
        return ExitCode.DISK_FULL, (f"the disk holding the store at {store} is full ({reason}); free space or "
                                    "move the store (--db), then run again: nothing half-written was kept")
    if any(s in text for s in _LOCKED):
        return ExitCode.STORE_LOCKED, (f"the store at {store} is locked by another process ({reason}); wait for "
                                       "it to finish, or stop it, then run again")
    if any(s in text for s in _DENIED):
        return ExitCode.PERMISSION_DENIED, (f"permission denied on the store at {store} ({reason}); give this user "
                                            "write access to the file and its folder, or use another --db")
    if any(s in text for s in _UNREACHABLE):
        if "unable to open database file" in text and not _folder_writable(store):
            return ExitCode.PERMISSION_DENIED, (f"permission denied on the store at {store}: its folder is not "
                                                "writable by this user; fix the permissions or use another --db")
        return ExitCode.STORE_UNREACHABLE, (f"cannot reach the store at {store} ({reason}); check that the database "
                                            "server is running and the URL (--db or KZCN_DATABASE_URL) is right")
    return ExitCode.STORE_REFUSED, f"the store at {store} refused the operation ({reason})"


def _folder_writable(store: str) -> bool:
    import os
    from pathlib import Path

    if not store.startswith("sqlite:///"):
        return True
    folder = Path(store[len("sqlite:///"):].split("?", 1)[0]).parent
    return os.access(folder, os.W_OK | os.X_OK)


def _os(exc: OSError) -> tuple[int, str]:
    where = f" {exc.filename!r}" if getattr(exc, "filename", None) else ""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return ExitCode.DISK_FULL, f"no space left writing{where} ({exc.strerror}); free space and run again"
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return ExitCode.PERMISSION_DENIED, (f"permission denied on{where} ({exc.strerror}); give this user access "
                                            "or choose another path")
    if exc.errno in (errno.ENOENT, errno.ENOTDIR, errno.EISDIR):
        return ExitCode.BAD_INPUT, f"no such file or folder{where}; check the path"
    if exc.errno in (errno.ECONNREFUSED, errno.EHOSTUNREACH, errno.ENETUNREACH, errno.ETIMEDOUT):
        return ExitCode.STORE_UNREACHABLE, f"cannot connect ({exc.strerror}); check the address and that the server runs"
    return ExitCode.FAILED, f"{exc.strerror or exc}{where}"


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text.splitlines()[0]


def split_debug(argv: Sequence[str]) -> tuple[list[str], bool]:
    """``argv`` without ``--debug`` (accepted anywhere before a ``--``), and whether it was there."""
    args, debug, literal = [], False, False
    for arg in argv:
        if arg == "--":
            literal = True
        if arg == DEBUG_FLAG and not literal:
            debug = True
            continue
        args.append(arg)
    return args, debug


def store_name(argv: Sequence[str]) -> str:
    """The database the command works on, from ``--db``/``--store`` or the settings, password hidden."""
    url: Optional[str] = None
    for i, arg in enumerate(argv):
        for flag in ("--db", "--store"):
            if arg == flag and i + 1 < len(argv):
                url = argv[i + 1]
            elif arg.startswith(flag + "="):
                url = arg.split("=", 1)[1]
    if url is None:
        try:
            from kzcn.settings import Settings

            url = Settings().database_url
        except Exception:  # noqa: BLE001 - a broken setting is reported by the command itself
            return "(configured store)"
    try:
        from sqlalchemy.engine import make_url

        return make_url(url).render_as_string(hide_password=True)
    except Exception:  # noqa: BLE001 - an unparseable URL is shown as given
        return url


def run(command: Callable[..., object], argv: Sequence[str], err=None) -> int:
    """Run the Click/Typer ``command`` on ``argv``; return the exit code, printing one line (or,
    with ``--debug``, the traceback) for a failure."""
    click = _click()
    err = err or sys.stderr
    args, debug = split_debug(argv)
    interrupted = _watch_interrupt()
    try:
        result = command(args=args, prog_name="kzcn", standalone_mode=False)
        if interrupted:  # Typer turns KeyboardInterrupt into a silent Exit(130)
            raise KeyboardInterrupt
        # without standalone mode Click returns typer.Exit's code instead of raising it
        return result if isinstance(result, int) and not isinstance(result, bool) else ExitCode.OK
    except _exit_class() as done:
        return done.exit_code
    except SystemExit as done:
        return done.code if isinstance(done.code, int) else (0 if done.code is None else ExitCode.FAILED)
    except (KeyboardInterrupt, Exception) as exc:  # noqa: BLE001 - each is reported as one line
        if isinstance(exc, click.UsageError) and exc.ctx is not None:
            print(exc.ctx.get_usage(), file=err)
        code, line = describe(exc, store_name(args))
        if debug:
            traceback.print_exception(exc, file=err)
        print(f"kzcn: {line}" + ("" if debug or code in (ExitCode.USAGE, ExitCode.INTERRUPTED) else f" {HINT_DEBUG}"),
              file=err)
        return code


def _exit_class() -> type:
    import typer

    return typer.Exit


def _watch_interrupt() -> list:
    """A list that gets an item when SIGINT arrives (which still raises KeyboardInterrupt)."""
    import signal
    import threading

    seen: list = []
    if threading.current_thread() is not threading.main_thread() or \
            signal.getsignal(signal.SIGINT) is not signal.default_int_handler:
        return seen  # SIGINT ignored (a background job) or handled by someone else: leave it

    def handler(signum, frame):
        seen.append(signum)
        raise KeyboardInterrupt

    signal.signal(signal.SIGINT, handler)
    return seen
