"""The NBK day-rate file (rules/fx_days.tsv) and the monthly ``nbk_days`` rows built from it."""

from __future__ import annotations

import pytest

from kzcn.errors import InputError
from kzcn.extract.amounts.fx import (
    DAYS_FILE,
    DAYS_KEY,
    RATES_FILE,
    DayRate,
    FxTable,
    build_table_text,
    default_table,
    monthly_from_days,
    read_days,
)
from kzcn.extract.common.grammar import read_tsv

HEADER = "# source: invented day rates for tests\ndate\tcurrency\tkzt\tkind\turl\n"


def _days(tmp_path, body: str):
    path = tmp_path / "days.tsv"
    path.write_text(HEADER + body, encoding="utf-8")
    return read_days(path)


def _cited(source: str) -> dict[str, str]:
    return dict(part.split("=", 1) for part in source.split(",") if part)


# -- the day file --------------------------------------------------------------------------------


def test_fx_days_file_parses_with_a_url_on_every_row():
    days = read_days()
    assert len(days) >= 20
    assert all(day.url.startswith(("http://", "https://")) for day in days)
    assert all(day.kind in {"day", "month_end"} and day.kzt > 0 for day in days)


def test_fx_days_first_line_is_a_source():
    assert DAYS_FILE.read_text(encoding="utf-8").startswith("# source:")


def test_fx_days_usd_rates_are_tenge_per_dollar_of_the_period():
    """A units slip (per 100, per 1000) or a KASE quote typed as another currency would show here."""
    usd = [day.kzt for day in read_days() if day.currency == "USD" and day.date >= "2023"]
    assert usd and all(400 < rate < 600 for rate in usd)


@pytest.mark.parametrize(
    ("body", "what"),
    [
        ("2025-13-01\tUSD\t500\tday\thttps://example.org/a\n", "YYYY-MM-DD"),
        ("2025-01-02\tusd\t500\tday\thttps://example.org/a\n", "currency code"),
        ("2025-01-02\tUSD\t\tday\thttps://example.org/a\n", "as a number"),
        ("2025-01-02\tUSD\t-5\tday\thttps://example.org/a\n", "positive"),
        ("2025-01-02\tUSD\t500\tweek\thttps://example.org/a\n", "kind"),
        ("2025-01-02\tUSD\t500\tday\t\n", "url"),
        (
            "2025-01-02\tUSD\t500\tday\thttps://a.org\n2025-01-02\tUSD\t501\tday\thttps://b.org\n",
            "one row per",
        ),
    ],
)
def test_fx_days_bad_rows_are_refused(tmp_path, body, what):
    with pytest.raises(InputError, match=what):
        _days(tmp_path, body)


# -- month means ------------------------------------------------------------------------------------


def test_fx_monthly_from_days_means_and_same_day_cross_rates(tmp_path):
    days = _days(
        tmp_path,
        "2030-01-05\tUSD\t500\tday\thttps://example.org/1\n"
        "2030-01-05\tEUR\t550\tday\thttps://example.org/1\n"
        "2030-01-05\tCNY\t70\tday\thttps://example.org/1\n"
        "2030-01-20\tUSD\t510\tday\thttps://example.org/2\n"
        "2030-01-20\tEUR\t561\tday\thttps://example.org/2\n"
        "2030-01-31\tUSD\t520\tmonth_end\thttps://example.org/3\n"
        "2030-02-10\tEUR\t560\tday\thttps://example.org/4\n",
    )
    monthly = monthly_from_days(days)
    assert monthly["2030-01"]["KZT"] == (510.0, 3)
    assert monthly["2030-01"]["EUR"] == (pytest.approx(round((500 / 550 + 510 / 561) / 2, 4)), 2)
    assert monthly["2030-01"]["CNY"] == (pytest.approx(round(500 / 70, 4)), 1)
    assert "2030-02" not in monthly  # a euro rate alone cannot be put per USD


def test_fx_build_keeps_annual_cells_and_replaces_day_cells():
    rates = (
        "# source: invented\n# key a: x http://a\nmonth\tKZT\tEUR\tsource\n"
        "2030-01\t400\t0.9\tKZT=a,EUR=a\n2030-02\t400\t0.9\tKZT=a,EUR=a\n"
    )
    day = DayRate("2030-02-03", "USD", 450.0, "day", "https://example.org")
    text = build_table_text(rates, monthly_from_days([day]))
    lines = text.splitlines()
    assert lines[:2] == ["# source: invented", "# key a: x http://a"]
    assert lines[2:] == [
        "month\tKZT\tEUR\tsource\tdays",
        "2030-01\t400\t0.9\tKZT=a,EUR=a\t",
        f"2030-02\t450.0\t0.9\tKZT={DAYS_KEY},EUR=a\tKZT=1",
    ]
    assert build_table_text(text, monthly_from_days([day])) == text  # idempotent
    assert build_table_text(text, {}).splitlines()[-1] == "2030-02\t\t0.9\tEUR=a\t"


def test_fx_build_refuses_day_rates_for_months_the_table_lacks():
    day = DayRate("2031-05-03", "USD", 450.0, "day", "https://example.org")
    with pytest.raises(InputError, match="2031-05"):
        build_table_text("# source: x\nmonth\tKZT\tsource\n2030-01\t400\tKZT=a\n", monthly_from_days([day]))


# -- the packaged table equals what the day file gives ---------------------------------------------


def test_fx_table_is_the_build_of_the_day_file():
    """Editing fx_days.tsv without re-running write_table() fails here."""
    built = build_table_text(RATES_FILE.read_text(encoding="utf-8"), monthly_from_days(read_days()))
    assert built == RATES_FILE.read_text(encoding="utf-8")


def test_fx_table_nbk_days_cells_match_the_day_file():
    monthly = monthly_from_days(read_days())
    rows = {row["month"]: row for row in read_tsv(RATES_FILE)}
    seen = set()
    for month, row in rows.items():
        cited = _cited(row["source"])
        counts = {code: int(n) for code, n in _cited(row.get("days") or "").items()}
        from_days = {code for code, key in cited.items() if key == DAYS_KEY}
        assert from_days == set(monthly.get(month, {})), month
        assert set(counts) == from_days, month
        for code in from_days:
            rate, count = monthly[month][code]
            assert float(row[code]) == pytest.approx(rate), (month, code)
            assert counts[code] == count, (month, code)
            seen.add(month)
    assert seen == set(monthly)


def test_fx_table_day_months_cover_2025_and_read_the_dollar_above_500():
    table = default_table()
    day_months = {m for m, s in table.sources.items() if f"KZT={DAYS_KEY}" in s}
    assert sum(m.startswith("2025-") for m in day_months) >= 8
    assert all(table.rates[m]["KZT"] > 500 for m in day_months if m.startswith("2025-"))


# -- conversions ------------------------------------------------------------------------------------


def test_fx_2025_month_converts_at_that_months_day_mean():
    table = default_table()
    monthly = monthly_from_days(read_days())
    rate = monthly["2025-06"]["KZT"][0]
    assert table.to_usd(rate * 1e6, "KZT", "2025-06-18") == (1e6, "2025-06")
    assert table.rates["2025-06"]["KZT"] != table.rates["2024-06"]["KZT"]


def test_fx_2025_month_without_days_uses_the_nearest_day_month():
    table = default_table()
    assert "KZT" not in table.rates["2025-05"]
    assert table.to_usd(1e9, "KZT", "2025-05")[1] == "2025-06"


def test_fx_after_the_table_uses_its_last_day_month():
    table = default_table()
    usd, used = table.to_usd(504.81e6, "KZT", "2026-11-02")
    assert used == "2025-12" and table.sources[used].startswith(f"KZT={DAYS_KEY}")
    assert usd == pytest.approx(504.81e6 / table.rates["2025-12"]["KZT"])


def test_fx_cross_rates_of_a_day_month():
    """2024-04 has one NBK day with CNY, RUB and EUR: the table divides the same day's rates."""
    day = {d.currency: d.kzt for d in read_days() if d.date == "2024-04-24"}
    rates = default_table().rates["2024-04"]
    assert rates["CNY"] == pytest.approx(day["USD"] / day["CNY"], abs=1e-4)
    assert rates["RUB"] == pytest.approx(day["USD"] / day["RUB"], abs=1e-4)
    assert rates["EUR"] == pytest.approx(day["USD"] / day["EUR"], abs=1e-4)


def test_fx_days_column_is_not_a_currency(tmp_path):
    path = tmp_path / "rates.tsv"
    text = "# source: x\n# key a: y\nmonth\tKZT\tsource\tdays\n2030-01\t400\tKZT=a\tKZT=2\n"
    path.write_text(text, encoding="utf-8")
    assert FxTable.from_file(path).rates == {"2030-01": {"KZT": 400.0}}
