"""USD normalisation of money amounts with published average rates (``rules/fx_rates.tsv``).

The table has one row per month (``YYYY-MM``), one column per currency (units per 1 USD) and a
``source`` column naming, per row, the source key of every filled cell (``KZT=imf,RUB=cbr``); the
file's comment lines explain each key. A cell is left empty where no published figure was found,
so a currency is converted at the nearest month that has a figure for it, and that month is the
``rate_date`` reported: a guess is never stored in the table, and the month actually used is visible.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from kzcn.errors import InputError
from kzcn.extract.common.grammar import RULES, read_tsv

RATES_FILE = RULES / "fx_rates.tsv"
#: Columns that are not currencies.
NOT_RATES = frozenset({"month", "source"})


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
