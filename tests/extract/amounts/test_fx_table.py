"""The exchange-rate table (rules/fx_rates.tsv) and its reader (kzcn.extract.amounts.fx)."""

from __future__ import annotations

import re

import pytest

from kzcn.errors import InputError
from kzcn.extract.amounts.fx import RATES_FILE, FxTable, default_table
from kzcn.extract.amounts.money import find_amounts

SMALL = """# source: invented rates for tests
# key a: first invented source
# key b: second invented source
month\tKZT\tCNY\tsource
2020-01\t400\t7.0\tKZT=a,CNY=b
2020-02\t410\t\tKZT=a
2020-03\t420\t\tKZT=a
2020-04\t430\t7.4\tKZT=a,CNY=b
"""


@pytest.fixture
def small(tmp_path):
    path = tmp_path / "rates.tsv"
    path.write_text(SMALL, encoding="utf-8")
    return FxTable.from_file(path)


def _keys() -> dict[str, str]:
    """``# key NAME: text`` lines of the packaged table."""
    lines = RATES_FILE.read_text(encoding="utf-8").splitlines()
    return dict(re.match(r"# key (\w+): (.+)", line).groups() for line in lines if line.startswith("# key "))


def test_fx_table_parses_every_month_2018_to_2025():
    table = default_table()
    expected = [f"{year}-{month:02d}" for year in range(2018, 2026) for month in range(1, 13)]
    assert sorted(table.rates) == expected
    assert all(0 < rate for row in table.rates.values() for rate in row.values())


def test_fx_table_first_line_is_a_source_in_units_per_usd():
    first = RATES_FILE.read_text(encoding="utf-8").splitlines()[0]
    assert first.startswith("# source:") and "per 1 USD" in first


def test_fx_table_every_row_names_a_known_source_for_every_rate():
    table, keys = default_table(), _keys()
    assert keys, "the table explains its source keys in '# key' lines"
    for month, row in table.rates.items():
        cited = dict(part.split("=") for part in table.sources[month].split(","))
        assert set(cited) == set(row), month
        assert set(cited.values()) <= set(keys), month


def test_fx_table_every_source_key_cites_a_page():
    assert all("http" in text for text in _keys().values())


def test_fx_table_kzt_covers_every_year_up_to_2024():
    table = default_table()
    assert all("KZT" in table.rates[f"{year}-06"] for year in range(2018, 2025))


def test_fx_table_row_without_source_is_refused(tmp_path):
    path = tmp_path / "rates.tsv"
    path.write_text("# source: x\nmonth\tKZT\tsource\n2020-01\t400\t\n", encoding="utf-8")
    with pytest.raises(InputError, match="source key"):
        FxTable.from_file(path)


@pytest.mark.parametrize(
    ("value", "currency", "month", "usd", "used"),
    [
        (4_000_000, "KZT", "2020-01", 10_000, "2020-01"),
        (4_100_000, "KZT", "2020-02-17", 10_000, "2020-02"),
        (7_400, "CNY", "2020-04", 1_000, "2020-04"),
        (250, "USD", "2020-03", 250, "2020-03"),
    ],
)
def test_fx_to_usd_uses_the_months_row(small, value, currency, month, usd, used):
    assert small.to_usd(value, currency, month) == (usd, used)


@pytest.mark.parametrize(
    ("month", "currency", "used"),
    [
        ("2019-06", "KZT", "2020-01"),  # before the table: its first month
        ("2024-06", "KZT", "2020-04"),  # after the table: its last month
        (None, "KZT", "2020-04"),  # no date: the latest month
        ("2020-02", "CNY", "2020-01"),  # no CNY that month: nearest with one
        ("2020-03", "CNY", "2020-04"),
        ("2021-01", "CNY", "2020-04"),
        ("2020-03", "GBP", "2020-03"),  # unknown currency: the month itself, no rate
    ],
)
def test_fx_month_for_takes_the_nearest_month_with_the_currency(small, month, currency, used):
    assert small.month_for(month, currency) == used


def test_fx_month_for_tie_goes_to_the_earlier_month(tmp_path):
    path = tmp_path / "rates.tsv"
    path.write_text("# source: x\n# key a: y\nmonth\tEUR\tsource\n2020-01\t0.9\tEUR=a\n2020-03\t0.8\tEUR=a\n"
                    "2020-02\t\tEUR=a\n", encoding="utf-8")
    assert FxTable.from_file(path).month_for("2020-02", "EUR") == "2020-01"


def test_fx_unknown_currency_has_no_usd(small):
    assert small.to_usd(100, "GBP", "2020-03") == (None, "2020-03")


def test_fx_packaged_table_converts_at_the_rows_rate():
    table = default_table()
    rate = table.rates["2021-07"]["KZT"]
    assert table.to_usd(rate * 1e6, "KZT", "2021-07") == (1e6, "2021-07")


def test_fx_packaged_table_after_the_last_kzt_month_uses_it():
    table = default_table()
    last = max(m for m, row in table.rates.items() if "KZT" in row)
    assert table.to_usd(1e9, "KZT", "2030-01")[1] == last


@pytest.mark.parametrize(("text", "lang"), [("134 млрд теңге", "kk"), ("134 млрд тенге", "ru")])
def test_fx_find_amounts_value_usd_from_the_table(text, lang):
    amount = find_amounts(text, lang, "2022-05")[0]
    assert amount.value_usd == pytest.approx(134e9 / default_table().rates["2022-05"]["KZT"], rel=1e-6)
    assert amount.rate_date == "2022-05"
