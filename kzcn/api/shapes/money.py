"""Money and figures for people: "85 m USD", and every amount beside its USD value at a stated rate.

The rates are ``kzcn/extract/rules/fx_rates.tsv``: monthly means of National Bank of Kazakhstan
official day rates (source key ``nbk_days``, the ``days`` column counting the days behind each
cell) and, for months without day rates, published annual averages (``imf``, ``cbr``, ...). Each
row cites its sources by key (``KZT=imf``) and the file's ``# key NAME: ...`` comment lines say
what each key is. An amount shown in USD names the rate, says what kind of rate it is ("mean of
3 NBK official day rates, 2025-09", "2024 annual average") and cites its source.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from kzcn.extract.amounts.fx import DAYS_KEY, RATES_FILE, default_table, read_days
from kzcn.extract.common.grammar import read_tsv

#: (threshold, suffix) from the largest; "85 m USD", "1.2 bn USD", "3.4 tn KZT"; below a
#: million numbers are written out with thousands separators ("12,500 USD").
SCALES = ((1e12, "tn"), (1e9, "bn"), (1e6, "m"))
KEY_LINE = re.compile(r"^#\s*key\s+(\w+):\s*(.+)$")


def _significant(value: float) -> str:
    """Three significant digits at most, no trailing zeros: 85, 96.7, 1.25, 432."""
    text = f"{value:.3g}"
    return f"{value:,.0f}" if "e" in text else text  # 999.6 -> "1,000", not "1e+03"


def human_number(value: float | None) -> str | None:
    """``85000000.0`` -> ``"85 m"``, ``12500`` -> ``"12,500"``, ``7`` -> ``"7"``."""
    if value is None:
        return None
    for threshold, suffix in SCALES:
        if abs(value) >= threshold:
            return f"{_significant(value / threshold)} {suffix}"
    return f"{int(value):,}" if value == int(value) else _significant(value)


def human_amount(value: float | None, unit: str | None) -> str | None:
    """An amount with its unit as people write it: "85 m USD", "12.5 %", "14 firms" stays "14"."""
    if value is None:
        return None
    number = human_number(value)
    if unit in (None, "", "count"):
        return number
    return f"{number} {unit}" if unit != "%" else f"{number}%"


@lru_cache(maxsize=1)
def source_lines() -> dict[str, str]:
    """Source key -> the rate table's comment line naming that source."""
    lines = RATES_FILE.read_text(encoding="utf-8").splitlines()
    return {m.group(1): m.group(2).strip() for line in lines if (m := KEY_LINE.match(line))}


@lru_cache(maxsize=1)
def _day_counts() -> dict[str, dict[str, int]]:
    """Month -> currency -> how many NBK day rates its ``nbk_days`` cell averages (``days`` column)."""
    counts = {}
    for row in read_tsv(RATES_FILE):
        cells = (part.split("=", 1) for part in (row.get("days") or "").split(",") if "=" in part)
        counts[row["month"]] = {code: int(n) for code, n in cells}
    return counts


@lru_cache(maxsize=256)
def _day_kinds(month: str, currency: str) -> frozenset[str]:
    """The kinds (``day``, ``month_end``) of the NBK rates behind ``currency``'s cell of ``month``:
    the month's dates giving USD (for KZT) or both USD and ``currency``."""
    by_date: dict[str, dict[str, str]] = {}
    for day in read_days():
        if day.date.startswith(month):
            by_date.setdefault(day.date, {})[day.currency] = day.kind
    needed = {"USD"} if currency == "KZT" else {"USD", currency}
    return frozenset(k for rates in by_date.values() if needed <= set(rates) for k in rates.values())


def rate_label(currency: str, month: str, source_key: str | None) -> str:
    """What a table rate is, in words: "mean of 3 NBK official day rates, 2025-09",
    "NBK month-end rate, 2024-03" or "2024 annual average"."""
    if source_key != DAYS_KEY:
        return f"{month[:4]} annual average"
    n = _day_counts().get(month, {}).get(currency, 0)
    kinds = _day_kinds(month, currency)
    if kinds == {"month_end"}:
        return f"NBK month-end rate, {month}" if n == 1 else f"mean of {n} NBK month-end rates, {month}"
    if kinds <= {"day"}:
        return f"NBK official day rate, {month}" if n == 1 else f"mean of {n} NBK official day rates, {month}"
    return f"mean of {n} NBK official rates (day and month-end), {month}"


def rate_for(currency: str, when: str | None) -> dict[str, Any] | None:
    """The table rate used for ``currency`` at ``when`` (YYYY[-MM...]): units per USD, the table
    month, and the source key and line; None for USD or a currency the table lacks."""
    if not currency or currency == "USD":
        return None
    table = default_table()
    month = table.month_for(when[:7] if when else None, currency)
    rate = table.rates.get(month, {}).get(currency)
    if rate is None:
        return None
    cited = dict(part.split("=", 1) for part in table.sources.get(month, "").split(",") if "=" in part)
    key = cited.get(currency)
    return {"currency": currency, "per_usd": rate, "month": month, "source_key": key,
            "label": rate_label(currency, month, key), "source": source_lines().get(key or "", "")}


def money(amount: float | None, currency: str | None, when: str | None = None,
          value_usd: float | None = None, qualifier: str | None = None) -> dict[str, Any] | None:
    """An amount in its currency and in USD at a stated rate, with both as text for people.

    The USD value is computed at the stated rate, so the two always agree (a value stored at
    extraction may come from an older rate table); ``value_usd`` is used only where the table
    has no rate for the currency.
    """
    if amount is None:
        return None
    rate = rate_for(currency or "", when)
    if currency == "USD":
        value_usd = amount
    elif rate:
        value_usd = round(amount / rate["per_usd"], 2)
    prefix = {"about": "about ", "more_than": "more than ", "up_to": "up to "}.get(qualifier or "", "")
    text = prefix + (human_amount(amount, currency) or "")
    usd_text = human_amount(value_usd, "USD") if value_usd is not None else None
    if currency != "USD" and usd_text:
        at = f" at {rate['per_usd']:g} {currency}/USD, {rate['label']}" if rate else ""
        text += f" ({prefix}{usd_text}{at})"
    return {"amount": amount, "currency": currency, "qualifier": qualifier, "value_usd": value_usd,
            "usd_text": usd_text, "rate": rate, "text": text}


def rate_sources() -> dict[str, Any]:
    """What ``/api/fx`` shows: the rate table's file and every source it cites."""
    return {"table": "kzcn/extract/rules/fx_rates.tsv",
            "kind": ("units of currency per USD, one row per month: means of NBK official day rates "
                     f"(key {DAYS_KEY}, the days column counts them) where there are any, else published annual averages"),
            "sources": [{"key": k, "source": v} for k, v in source_lines().items()]}
