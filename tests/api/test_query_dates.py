"""Dates in query parameters are validated as documented: an impossible date is refused with the
one error shape (as garbage is), and date_from after date_to says so."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("params, where", [
    ({"date_from": "garbage"}, "query.date_from"),
    ({"date_from": "2025-13"}, "query.date_from"),
    ({"date_from": "2025-00"}, "query.date_from"),
    ({"date_to": "2025-02-30"}, "query.date_to"),
    ({"date_to": "2025-04-31"}, "query.date_to"),
    ({"date_from": "0000"}, "query.date_from"),
])
@pytest.mark.parametrize("path", ["/api/events", "/api/documents", "/api/stats/timeline", "/"])
def test_impossible_date_refused_with_one_error_shape(client, path, params, where):
    response = client.get(path, params=params)
    assert response.status_code == 422
    error = response.json()["error"]
    assert (error["status"], error["code"], error["message"]) == (422, "invalid", "request parameters are not valid")
    assert [d["where"] for d in error["details"]] == [where]


@pytest.mark.parametrize("date_from, date_to", [("2025-06", "2025-05"), ("2026", "2025-12-31"), ("2025-05-02", "2025-05-01")])
def test_date_from_after_date_to_says_so(client, date_from, date_to):
    response = client.get("/api/events", params={"date_from": date_from, "date_to": date_to})
    assert response.status_code == 422
    details = response.json()["error"]["details"]
    assert details == [{"where": "query.date_from", "message": f"date_from {date_from} is after date_to {date_to}"}]


@pytest.mark.parametrize("date_from, date_to", [("2025", "2025"), ("2025-05", "2025"), ("2024-02-29", "2024-02"),
                                                ("2025-12-31", None), (None, "2025-02-28")])
def test_valid_dates_and_ranges_accepted(client, date_from, date_to):
    params = {k: v for k, v in (("date_from", date_from), ("date_to", date_to)) if v}
    assert client.get("/api/events", params=params).status_code == 200
