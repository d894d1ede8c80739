"""Merged records behind every aggregate: one plant reported three times is one project, a repost
never counts, equal values are no conflict; tables sort, page, filter and export plainly."""

from __future__ import annotations

import csv
import io

import pytest
from fastapi.testclient import TestClient

from kzcn.api.app import create_app
from kzcn.api.shapes.money import human_amount, money, rate_for
from kzcn.settings import Settings
from kzcn.store import Store
from tests.api.merged_sample import merged_store

FILTERS = ["", "region=Kostanay+Region", "lang=ru", "date_from=2025-03&date_to=2025-03", "cn=Shandong",
           "region=Aktobe+Region"]


@pytest.fixture
def merged(tmp_path):
    return merged_store(Store(f"sqlite:///{tmp_path / 'merged.sqlite'}").migrate())


@pytest.fixture
def api(merged):
    return TestClient(create_app(Settings(database_url=merged.url, api_cache_seconds=0), store=merged),
                      raise_server_exceptions=False)


def _total(api, kind: str, query: str) -> int:
    return api.get(f"/api/records/{kind}?{query}").json()["total"]


def test_records_one_plant_reported_three_times_is_one_project(api):
    body = api.get("/api/records/projects?col.what=cement").json()
    [plant] = body["items"]
    assert (plant["n_reports"], plant["n_reposts"], plant["stage"]) == (3, 1, "under_construction")
    assert plant["value"] == "85 m USD" and plant["value_usd"] == 85e6
    assert len(plant["reports"]) == 4 and sum(1 for r in plant["reports"] if r["duplicate_of"]) == 1


def test_records_repost_never_counts(api, merged):
    repost = next(r for r in merged.rows("documents") if r["duplicate_of"])
    assert _total(api, "projects", "source=repost.example.kz") == 0
    assert _total(api, "events", "source=repost.example.kz") == 0
    assert repost["source"].startswith("https://repost.example.kz")


def test_records_equal_values_are_no_conflict(api):
    body = api.get("/api/records/figures?col.subject=Kostanay&col.period_kind=annual").json()
    [figure] = body["items"]
    assert (figure["conflict"], figure["reported_values"], figure["n_reports"]) == ("no", "96.7 m USD", 2)
    [group] = [g for g in api.get("/api/stats/trade").json() if g["subject"] == "Kostanay Region"
               and g["period"] == "2024"]
    assert group["conflict"] is False


@pytest.mark.parametrize("query", FILTERS)
def test_records_every_dashboard_total_equals_the_merged_records_listed(api, query):
    regions = {r["name"]: r for r in api.get(f"/api/stats/regions?{query}").json()}
    for name, row in regions.items():
        assert row["events"] == len(row["records"]["events"])
        if row["events"] or row["projects"]:
            assert row["events"] == api.get(row["links"]["events"]).json()["total"]
            assert row["projects"] == api.get(row["links"]["projects"]).json()["total"]
    events, projects = _total(api, "events", query), _total(api, "projects", query)
    assert sum(r["events"] for r in regions.values()) == events
    assert sum(r["projects"] for r in regions.values()) == projects
    pipeline = api.get(f"/api/stats/pipeline?{query}").json()
    assert sum(s["count"] for s in pipeline) == projects
    assert all(s["count"] == api.get(s["link"]).json()["total"] for s in pipeline)
    timeline = api.get(f"/api/stats/timeline?{query}").json()
    assert timeline["total"] == events == timeline["placed"] + timeline["left_out"]["undated"] \
        + timeline["left_out"]["year_only"]
    for province in api.get(f"/api/stats/provinces?{query}").json():
        listed = _total(api, "events", f"{query}&cn={province['name']}") + \
            _total(api, "projects", f"{query}&cn={province['name']}")
        assert province["count"] == listed == len(province["records"])
    figures = _total(api, "figures", query)
    assert len(api.get(f"/api/stats/trade?{query}").json()) == figures


def test_records_investment_counts_each_project_once(api):
    [kostanay] = [r for r in api.get("/api/stats/regions").json() if r["name"] == "Kostanay Region"]
    assert kostanay["projects"] == 2 and kostanay["valued_projects"] == 2
    centre = round(9.4e9 / rate_for("KZT", "2025-09-01")["per_usd"], 2)
    assert kostanay["investment_usd"] == pytest.approx(85e6 + centre)  # the plant once, plus the tenge centre
    assert kostanay["investment_text"] == human_amount(kostanay["investment_usd"], "USD")


def test_records_stale_lists_each_project_once(api):
    items = api.get("/api/stats/stale?months=1").json()["items"]
    assert [i["what"] for i in items] == ["logistics centre"]  # the plant moved on; listed once at most


def test_records_stage_filter_asks_the_project_stage(api):
    assert _total(api, "projects", "stage=agreed") == 0  # reported agreed, now under construction
    assert _total(api, "projects", "stage=under_construction") == 1


# --- trade figures: like with like -------------------------------------------------------------

def test_trade_series_keeps_national_figures_apart(api):
    body = api.get("/api/stats/trade/series").json()
    assert (body["metric"], body["period_kind"], body["unit"], body["periods"]) == ("trade_turnover", "annual", "USD", ["2024"])
    assert [r["subject"] for r in body["regions"]] == ["Kostanay Region"]
    assert [r["subject"] for r in body["national"]] == ["Kazakhstan"]
    assert body["regions"][0]["values"][0]["text"] == "96.7 m USD" and body["empty"] is False


@pytest.mark.parametrize("kind, periods", [("ytd", ["2025-01/2025-06"]), ("annual", ["2024"])])
def test_trade_series_one_period_kind_at_a_time(api, kind, periods):
    body = api.get(f"/api/stats/trade/series?period_kind={kind}").json()
    assert body["periods"] == periods and body["period_kinds"] == {"annual": 2, "ytd": 1, "month": 0, "other": 0}


@pytest.mark.parametrize("query", ["period_kind=month", "metric=export", "counterpart=none",
                                   "region=Aktobe+Region"])
def test_trade_series_says_when_nothing_fits(api, query):
    body = api.get(f"/api/stats/trade/series?{query}").json()
    assert body["empty"] is True and body["regions"] == body["national"] == [] and body["message"]


def test_trade_series_refuses_an_unknown_period_kind(api):
    response = api.get("/api/stats/trade/series?period_kind=weekly")
    assert response.status_code == 422 and response.json()["error"]["code"] == "invalid"


def test_trade_figures_export_as_csv(api):
    rows = list(csv.DictReader(io.StringIO(api.get("/api/records/figures?metric=trade_turnover&format=csv").text)))
    assert {r["subject"] for r in rows} == {"Kostanay Region", "Kazakhstan"}
    assert all(r["article_pages"].startswith("/articles/") for r in rows)


# --- money ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("value, unit, text", [
    (85_000_000.0, "USD", "85 m USD"), (96_660_000.0, "USD", "96.7 m USD"), (43e9, "USD", "43 bn USD"),
    (12_500.0, "KZT", "12,500 KZT"), (12.5, "%", "12.5%"), (14.0, "count", "14"), (999.6, "USD", "1,000 USD"),
])
def test_money_human_amounts(value, unit, text):
    assert human_amount(value, unit) == text


def test_money_tenge_shown_with_usd_at_a_stated_rate():
    shown = money(9.4e9, "KZT", "2024-05-01", qualifier="about")
    rate = rate_for("KZT", "2024-05-01")
    usd = human_amount(round(9.4e9 / rate["per_usd"], 2), "USD")
    assert shown["text"] == f"about 9.4 bn KZT (about {usd} at {rate['per_usd']:g} KZT/USD, {rate['label']})"
    assert shown["rate"] == rate and rate["source_key"] and "National Bank" in rate["source"]


def test_money_rate_sources_are_named(api):
    sources = api.get("/api/stats/fx").json()
    assert sources["table"].endswith("fx_rates.tsv") and {"imf", "cbr"} <= {s["key"] for s in sources["sources"]}
    [centre] = api.get("/api/records/projects?col.what=logistics").json()["items"]
    rate = rate_for("KZT", "2025-09-01")   # the article's month
    assert centre["value"].startswith("9.4 bn KZT (") and f"at {rate['per_usd']:g} KZT/USD" in centre["value"]
    assert f"(source {rate['source_key']})" in centre["usd_rate"] and rate["source_key"] in {s["key"] for s in sources["sources"]}


def test_money_pipeline_bars_measure_what_their_labels_say(api):
    for stage in api.get("/api/stats/pipeline").json():
        assert stage["value_text"] == human_amount(stage["value_usd"], "USD")
        assert stage["count_text"].startswith(f"{stage['count']} project")


# --- dates -----------------------------------------------------------------------------------------

def test_dates_undated_event_is_marked_on_screen_and_in_csv(api):
    [meeting] = api.get("/api/records/events?type=meeting").json()["items"]
    [row] = csv.DictReader(io.StringIO(api.get("/api/records/events?type=meeting&format=csv").text))
    assert meeting["date"] == row["date"] == "undated"   # not the article's 2025-09-01


def test_dates_timeline_counts_left_out_and_shows_empty_months(api, merged):
    from tests.api.sample import kk_document

    merged.save_document(kk_document())  # an event dated 2023-01: months between are empty
    body = api.get("/api/stats/timeline").json()
    assert body["months"][0] == "2023-01" and body["months"][-1] == "2025-03" and len(body["months"]) == 27
    assert body["left_out"]["undated"] == 1
    assert [s["type"] for s in body["series"]][:3] == ["meeting", "visit", "agreement"]


@pytest.mark.parametrize("query, why", [("date_from=2025-13", "2025-13"), ("date_from=2025-02-30", "2025-02-30"),
                                        ("date_from=2025-06&date_to=2025-01", "after")])
def test_dates_bad_filter_says_why(api, query, why):
    response = api.get(f"/api/stats/timeline?{query}")
    error = response.json()["error"]
    assert response.status_code == 422 and any(why in d["message"] for d in error["details"])


# --- tables ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sort, first", [("date", "E"), ("-n_reports", "E"), ("type", "E")])
def test_tables_sort_with_empty_cells_last(api, sort, first):
    items = api.get(f"/api/records/events?sort={sort}").json()["items"]
    assert items[-1]["date"] == "undated" if sort == "date" else items[0]["id"].startswith(first)


def test_tables_page_and_say_showing_x_of_y(api):
    body = api.get("/api/records/figures?limit=2&offset=2&sort=period").json()
    assert (body["total"], len(body["items"]), body["showing"]["text"]) == (3, 1, "showing 3-3 of 3")


@pytest.mark.parametrize("query, status", [("sort=nope", 422), ("col.nope=x", 422), ("col.partner=cement", 200)])
def test_tables_refuse_unknown_columns(api, query, status):
    response = api.get(f"/api/records/projects?{query}")
    assert response.status_code == status
    if status == 422:
        assert response.json()["error"]["details"][0]["message"].startswith("expected one of")


def test_tables_csv_has_plain_columns(api):
    rows = list(csv.DictReader(io.StringIO(api.get("/api/records/events?format=csv").text)))
    agreement = next(r for r in rows if r["type"] == "agreement")
    assert agreement["cn_parties"] == "Example Cement Co" and "[" not in agreement["article_urls"]
    assert agreement["article_pages"].count("/articles/") == 3
    assert "https://repost.example.kz/kostanay-cement" in agreement["article_urls"]


def test_tables_one_record_with_its_reports(api):
    [plant] = api.get("/api/records/projects?col.what=cement").json()["items"]
    detail = api.get(f"/api/records/projects/{plant['id']}").json()
    assert [h["stage"] for h in detail["history"]] == ["agreed", "under_construction"]
    assert api.get("/api/records/projects/Pnope").status_code == 404


# --- exports ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("fmt", ["csv", "json", "parquet"])
def test_export_writes_merged_records_beside_the_tables(merged, tmp_path, fmt):
    import json

    from kzcn.export.tables import export_tables

    written = {p.name for p in export_tables(Settings(database_url=merged.url), fmt, tmp_path / fmt)}
    assert {f"events.{fmt}", f"projects_records.{fmt}", f"figures_records.{fmt}"} <= written
    path = tmp_path / fmt / f"projects_records.{fmt}"
    if fmt == "csv":
        rows = list(csv.DictReader(path.open(encoding="utf-8")))
    elif fmt == "json":
        rows = json.loads(path.read_text(encoding="utf-8"))
    else:
        import pyarrow.parquet as pq

        rows = pq.read_table(path).to_pylist()
    assert len(rows) == 2 and {r["value"] for r in rows} >= {"85 m USD"}
