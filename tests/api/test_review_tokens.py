"""Review tokens: a missing and a wrong token get different plain messages (the page forgets a
wrong one by its reason)."""

from __future__ import annotations

import pytest

@pytest.mark.parametrize("headers, reason", [
    ({}, "missing_token"), ({"Authorization": "Basic abc"}, "missing_token"),
    ({"Authorization": "Bearer "}, "missing_token"), ({"Authorization": "Bearer wrong"}, "wrong_token"),
])
def test_review_missing_and_wrong_token_get_different_plain_messages(client, headers, reason):
    response = client.post("/api/facts/event/x-e0/review", json={"action": "confirm"}, headers=headers)
    error = response.json()["error"]
    assert response.status_code == 401 and error["details"][0]["reason"] == reason
    assert ("No reviewer token" in error["message"]) == (reason == "missing_token")
    assert ("not known" in error["message"]) == (reason == "wrong_token")
