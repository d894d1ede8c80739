"""USD normalisation of money amounts with published rates (``rules/fx_rates.tsv``).

The table has one row per month (``YYYY-MM``), one column per currency (units per 1 USD), a
``source`` column naming, per row, the source key of every filled cell (``KZT=imf,RUB=cbr``) and a
``days`` column counting, for cells with the key ``nbk_days``, the day observations behind them
(``KZT=3,EUR=1``); the file's comment lines explain each key. A cell is left empty where no
published figure was found, so a currency is converted at the nearest month that has a figure for
it, and that month is the ``rate_date`` reported: a guess is never stored in the table, and the
month actually used is visible.

The ``nbk_days`` cells are built, not typed: ``rules/fx_days.tsv`` holds National Bank of
Kazakhstan official rates of single days (tenge per unit, each with the url it was read on) and
:func:`write_table` turns them into month means (:func:`monthly_from_days`); the other cells are
published annual averages kept as they are. ``tests/extract/test_fx_days.py`` checks that the
table's ``nbk_days`` cells are exactly what the day file gives.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from statistics import fmean

from kzcn.errors import InputError
from kzcn.extract.common.grammar import RULES, read_tsv

RATES_FILE = RULES / "fx_rates.tsv"
DAYS_FILE = RULES / "fx_days.tsv"
#: Columns that are not currencies.
NOT_RATES = frozenset({"month", "source", "days"})
#: The source key of cells built from the day file.
DAYS_KEY = "nbk_days"
#: What a day row may be: the rate set for that date, or the month-end rate of an NBK monthly summary.
DAY_KINDS = frozenset({"day", "month_end"})
_DATE = re.compile(r"\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])")
_CODE = re.compile(r"[A-Z]{3}")


@dataclass(frozen=True)
class FxTable:
    """``rates[month][currency]`` is units of currency per 1 USD; ``sources[month]`` cites them."""

    rates: dict[str, dict[str, float]]
    sources: dict[str, str]

    @classmethod
    def from_file(cls, path: Path = RATES_FILE) -> FxTable:
        """Read a table with a ``month`` column, one column per currency code and a ``source`` column."""
        rates, sources = {}, {}
        for row in read_tsv(path):
            if not row.get("source"):
                raise InputError("a source key on every row", repr(row), f"{path}, month {row.get('month')}")
            rates[row["month"]] = {code: float(v) for code, v in row.items() if code not in NOT_RATES and v}
            sources[row["month"]] = row["source"]
        return cls(rates, sources)

    def month_for(self, month: str | None, currency: str | None = None) -> str:
        """The table month used for ``month`` (YYYY-MM...): the nearest month with a ``currency`` rate.

        Without ``month`` the latest such month; ties go to the earlier month (a rate already published).
        """
        months = sorted(m for m, row in self.rates.items() if currency is None or currency in row)
        if not months:
            months = sorted(self.rates)
        if not month:
            return months[-1]
        wanted = _index(month[:7])
        return min(months, key=lambda m: (abs(_index(m) - wanted), _index(m)))

    def to_usd(self, value: float, currency: str, month: str | None) -> tuple[float | None, str]:
        """``value`` in ``currency`` converted to USD at the month's rate, and the month used.

        USD needs no rate: its month is the one asked for (else the table's latest).
        """
        if currency == "USD":
            return value, month[:7] if month else self.month_for(None)
        used = self.month_for(month, currency)
        rate = self.rates[used].get(currency)
        return (round(value / rate, 2) if rate else None), used


def _index(month: str) -> int:
    """``YYYY-MM`` as a count of months, for distances between months."""
    year, _, number = month.partition("-")
    return int(year) * 12 + (int(number) - 1 if number else 0)


@lru_cache(maxsize=1)
def default_table() -> FxTable:
    """The packaged table, read once."""
    return FxTable.from_file()


@dataclass(frozen=True)
class DayRate:
    """One NBK official rate: ``kzt`` tenge per 1 ``currency`` on ``date``, read at ``url``."""

    date: str
    currency: str
    kzt: float
    kind: str
    url: str


def read_days(path: Path = DAYS_FILE) -> tuple[DayRate, ...]:
    """The day file's rows; a bad date, code, value, kind, a missing url or a repeated
    (date, currency) is refused."""
    days, seen = [], set()
    for number, row in enumerate(read_tsv(path), 1):
        where = f"{path}, row {number}"
        date, code = row.get("date") or "", row.get("currency") or ""
        kind, url = row.get("kind"), row.get("url") or ""
        if not _DATE.fullmatch(date):
            raise InputError("a YYYY-MM-DD date", repr(date), where)
        if not _CODE.fullmatch(code):
            raise InputError("a three-letter currency code", repr(code), where)
        if kind not in DAY_KINDS:
            raise InputError(f"a kind in {sorted(DAY_KINDS)}", repr(kind), where)
        if not url.startswith(("http://", "https://")):
            raise InputError("the url the rate was read on", repr(url), where)
        try:
            kzt = float(row.get("kzt") or "")
        except ValueError:
            raise InputError("tenge per unit as a number", repr(row.get("kzt")), where) from None
        if kzt <= 0:
            raise InputError("a positive rate", repr(kzt), where)
        if (date, code) in seen:
            raise InputError("one row per date and currency", f"{date} {code} again", where)
        seen.add((date, code))
        days.append(DayRate(date, code, kzt, kind, url))
    return tuple(days)


def monthly_from_days(days: tuple[DayRate, ...] | list[DayRate]) -> dict[str, dict[str, tuple[float, int]]]:
    """``month -> column -> (units per 1 USD, number of days used)`` from NBK day rates.

    ``KZT`` is the mean of the month's USD rates (rounded to 0.01); another currency is the mean,
    over the month's days that give both USD and that currency, of (tenge per USD) / (tenge per
    unit), rounded to 0.0001. A month without a USD rate gives nothing: its other rates cannot be
    put per USD.
    """
    by_date: dict[str, dict[str, float]] = defaultdict(dict)
    for day in days:
        by_date[day.date][day.currency] = day.kzt
    months: dict[str, list[dict[str, float]]] = defaultdict(list)
    for date in sorted(by_date):
        months[date[:7]].append(by_date[date])
    table: dict[str, dict[str, tuple[float, int]]] = {}
    for month, dates in sorted(months.items()):
        usd = [rates["USD"] for rates in dates if "USD" in rates]
        if not usd:
            continue
        row = {"KZT": (round(fmean(usd), 2), len(usd))}
        for code in sorted({c for rates in dates for c in rates} - {"USD", "KZT"}):
            ratios = [rates["USD"] / rates[code] for rates in dates if "USD" in rates and code in rates]
            if ratios:
                row[code] = (round(fmean(ratios), 4), len(ratios))
        table[month] = row
    return table


def build_table_text(rates_text: str, monthly: dict[str, dict[str, tuple[float, int]]]) -> str:
    """``rates_text`` (the table file) with its ``nbk_days`` cells set from ``monthly``.

    Comment lines and months without day rates are kept as they are; in a month with day rates each
    currency having one gets the day mean, key ``nbk_days`` and its day count, and its other cells
    keep their annual figure and key. A cell that had ``nbk_days`` but no longer has a day rate is
    emptied (its annual figure is in var/FX_NOTES.md). Months of ``monthly`` missing from the table
    are refused rather than added, so the table's span stays a choice made in the file.
    """
    lines = rates_text.splitlines()
    comments = [line for line in lines if line.startswith("#") or not line.strip()]
    body = [line for line in lines if line.strip() and not line.startswith("#")]
    header = body[0].split("\t")
    if "days" not in header:
        header.append("days")
    codes = [c for c in header if c not in NOT_RATES]
    rows, months = [], set()
    for line in body[1:]:
        cells = dict(zip(header, line.split("\t")))
        month = cells["month"]
        months.add(month)
        cited = dict(part.split("=", 1) for part in (cells.get("source") or "").split(",") if "=" in part)
        counts: dict[str, int] = {}
        for code in codes:
            if cited.get(code) == DAYS_KEY:
                cells[code] = ""
                cited.pop(code)
        for code, (rate, count) in monthly.get(month, {}).items():
            if code not in codes:
                raise InputError(f"a column for {code}", repr(header), "fx_rates.tsv header")
            cells[code], cited[code], counts[code] = f"{rate}", DAYS_KEY, count
        cells["source"] = ",".join(f"{code}={cited[code]}" for code in codes if code in cited)
        cells["days"] = ",".join(f"{code}={counts[code]}" for code in codes if code in counts)
        rows.append("\t".join(cells.get(column) or "" for column in header))
    missing = sorted(set(monthly) - months)
    if missing:
        raise InputError("day rates only for months the table has", ", ".join(missing), "fx_days.tsv")
    return "\n".join([*comments, "\t".join(header), *rows]) + "\n"


def write_table(rates_path: Path = RATES_FILE, days_path: Path = DAYS_FILE) -> None:
    """Rebuild the ``nbk_days`` cells of the table file from the day file (run after editing it)."""
    text = build_table_text(rates_path.read_text(encoding="utf-8"), monthly_from_days(read_days(days_path)))
    rates_path.write_text(text, encoding="utf-8")
