"""The exception tree. Faults raise these; legitimate skips are ``Rejection`` values.

Messages follow the form "expected X, got Y in FILE:LINE" so a user can find the bad input.
"""

from __future__ import annotations


class KzcnError(Exception):
    """Base of every error kzcn raises on purpose."""


class InputError(KzcnError):
    """Bad input: a file, line or record that cannot be read."""

    def __init__(self, expected: str, got: str, where: str) -> None:
        self.expected, self.got, self.where = expected, got, where
        super().__init__(f"expected {expected}, got {got} in {where}")


class FetchError(KzcnError):
    """A URL could not be fetched (refused scheme or address, robots.txt, HTTP error)."""


class StoreError(KzcnError):
    """The database refused an operation or is at an unexpected schema version."""


class ConfigError(KzcnError):
    """A setting has an impossible value."""


class PipelineError(KzcnError):
    """A stage failed on a document (wraps the original exception with the document's source)."""


class ExitCode:
    """What ``kzcn`` exits with; each expected failure has its own code (README "Exit codes")."""

    OK = 0
    FAILED = 1  # the command ran and reports a failure of its own (e.g. no such document)
    USAGE = 2  # bad option value or usage (Click's code)
    STORE_UNREACHABLE = 3
    STORE_LOCKED = 4
    DISK_FULL = 5
    PERMISSION_DENIED = 6
    BAD_URL = 7
    BAD_INPUT = 8
    STORE_REFUSED = 9
    INTERNAL = 10  # a bug: rerun with --debug and report the traceback
    INTERRUPTED = 130  # 128 + SIGINT, as shells report it
