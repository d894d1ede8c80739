"""The dashboard's filters read from a URL a person may have typed.

The API refuses a bad date with a 422 in its JSON error shape; a page must not answer a person's
typo with raw JSON. For a browser (``Accept: text/html``, or an htmx request) a date that is
malformed or does not exist, a reversed range and a malformed language code are dropped from the
filters and each is reported as a sentence the page shows (the typed value stays in its box,
marked invalid). Any other client still gets the API's 422, as ``filters_dependency`` answers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields

from fastapi import Request
from fastapi.exceptions import RequestValidationError

from kzcn.api.http.filters import DATE, Filters, check_dates

NAMES = {"date_from": "from", "date_to": "to"}
_DATE = re.compile(DATE)
_LANG = re.compile(r"^[a-z]{2}$")
FIELDS = tuple(f.name for f in fields(Filters))


@dataclass(frozen=True)
class PageFilters:
    """The filters that could be applied, what was typed, and why anything was left out."""

    filters: Filters
    typed: dict[str, str]
    problems: tuple[str, ...] = ()
    invalid: frozenset[str] = frozenset()
    refused: tuple[tuple[str, str], ...] = ()  # (parameter, the API's message) as its 422 lists them


def _date_problem(name: str, value: str) -> tuple[str, str] | None:
    """Why ``value`` is no date filter (for the page, and as the API says it), or None."""
    if not _DATE.match(value):
        return (f"“{NAMES[name]}” must be a year, a month or a day written YYYY, YYYY-MM or YYYY-MM-DD; "
                f"got “{value}”.", f"String should match pattern '{DATE}'")
    try:
        check_dates(value if name == "date_from" else None, value if name == "date_to" else None)
    except RequestValidationError as exc:
        msg = exc.errors()[0]["msg"]
        return f"“{NAMES[name]}”: {msg}.", msg
    return None


def wants_page(request: Request) -> bool:
    """A browser asking for a page (or htmx swapping one in), not a program asking for data."""
    return "text/html" in request.headers.get("accept", "") or request.headers.get("hx-request") == "true"


def page_filters(request: Request) -> PageFilters:
    """FastAPI dependency: the dashboard's filters from the query string; a browser always gets the
    page (with the reasons), another client the API's 422."""
    found = read_filters(request)
    if found.problems and not wants_page(request):
        raise RequestValidationError([{"type": "value_error", "loc": ("query", name), "msg": msg,
                                       "input": found.typed.get(name)} for name, msg in found.refused])
    return found


def read_filters(request: Request) -> PageFilters:
    """The filters that can be applied, and why any typed one cannot."""
    typed = {name: request.query_params.get(name, "") for name in FIELDS}
    values = {k: v or None for k, v in typed.items()}
    problems, refused, invalid = [], [], set()
    for name in NAMES:
        problem = _date_problem(name, values[name]) if values[name] else None
        if problem:
            problems.append(problem[0])
            refused.append((name, problem[1]))
            invalid.add(name)
            values[name] = None
    if values["date_from"] and values["date_to"]:
        try:
            check_dates(values["date_from"], values["date_to"])
        except RequestValidationError as exc:
            msg = exc.errors()[0]["msg"]
            problems.append(f"“from” is after “to”: {msg}.")
            refused.append(("date_from", msg))
            invalid |= set(NAMES)
            values["date_from"] = values["date_to"] = None
    if values["lang"] and not _LANG.match(values["lang"]):
        problems.append(f"“lang” must be a two-letter language code such as kk, ru, en or zh; got “{values['lang']}”.")
        refused.append(("lang", "String should match pattern '^[a-z]{2}$'"))
        values["lang"] = None
    return PageFilters(Filters(**values), {k: v for k, v in typed.items() if v}, tuple(problems),
                       frozenset(invalid), tuple(refused))
