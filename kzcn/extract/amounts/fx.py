"""USD normalisation of money amounts with monthly average rates (``rules/fx_rates.tsv``)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from kzcn.extract.common.grammar import RULES, read_tsv

RATES_FILE = RULES / "fx_rates.tsv"


@dataclass(frozen=True)
class FxTable:
    """Monthly averages: ``rates[month][currency]`` is units of currency per 1 USD."""

    rates: dict[str, dict[str, float]]

    @classmethod
    def from_file(cls, path: Path = RATES_FILE) -> FxTable:
        """Read a table with a ``month`` column and one column per currency code."""
        table = {
            row["month"]: {code: float(v) for code, v in row.items() if code != "month" and v}
            for row in read_tsv(path)
        }
        return cls(table)

    def month_for(self, month: str | None) -> str:
        """The table month used for ``month`` (YYYY-MM...): itself, else the nearest end."""
        months = sorted(self.rates)
        if not month:
            return months[-1]
        month = month[:7]
        if month in self.rates:
            return month
        return months[0] if month < months[0] else months[-1]

    def to_usd(self, value: float, currency: str, month: str | None) -> tuple[float | None, str]:
        """``value`` in ``currency`` converted to USD at the month's rate, and the month used."""
        used = self.month_for(month)
        if currency == "USD":
            return value, used
        rate = self.rates[used].get(currency)
        return (round(value / rate, 2) if rate else None), used


@lru_cache(maxsize=1)
def default_table() -> FxTable:
    """The packaged table, read once."""
    return FxTable.from_file()
