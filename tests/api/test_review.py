"""Reviews: tokens hashed, writes need a token, corrections survive re-extraction, export."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from kzcn.store import review
from tests.api.sample import kk_document, ru_document


def _auth(token):
    return {"Authorization": f"Bearer {token}"}


def test_review_tokens_are_stored_hashed(store, token):
    with store.engine.connect() as conn:
        stored = conn.execute(select(review.users.c.token_sha256)).scalar_one()
    assert stored == review.hash_token(token) and token not in stored
    assert review.user_for_token(store.engine, token) == "alice"
    assert review.user_for_token(store.engine, token + "x") is None


@pytest.mark.parametrize("headers", [{}, {"Authorization": "Bearer wrong"}, {"Authorization": "Basic abc"}])
def test_review_write_without_valid_token_is_401(client, headers):
    fact = f"{kk_document().id}-e0"
    response = client.post(f"/api/facts/event/{fact}/review", json={"action": "confirm"}, headers=headers)
    assert response.status_code == 401 and response.json()["error"]["code"] == "unauthorized"


@pytest.mark.parametrize("body, status", [
    ({"action": "correct", "fields": {"kz_region": "Aktobe Region"}}, 201),
    ({"action": "correct", "fields": {"doc_id": "x"}}, 422),
    ({"action": "delete"}, 422),
])
def test_review_validates_action_and_fields(client, token, body, status):
    response = client.post(f"/api/facts/event/{kk_document().id}-e0/review", json=body, headers=_auth(token))
    assert response.status_code == status, response.text


def test_review_unknown_fact_is_404(client, token):
    response = client.post("/api/facts/project/nope-p9/review", json={"action": "reject"}, headers=_auth(token))
    assert response.status_code == 404


@pytest.mark.parametrize("doc_factory, kind, n, fields", [
    (kk_document, "event", "e1", {"instrument": "memorandum"}),   # Kazakh article
    (ru_document, "project", "p0", {"stage": "operating"}),        # Russian article
])
def test_review_correction_survives_reextraction(any_store, doc_factory, kind, n, fields):
    engine = any_store.engine
    doc = doc_factory()
    review.add_user(engine, "bob")
    review.save_review(engine, kind, f"{doc.id}-{n}", "correct", "bob", fields)
    # re-extraction that finds one more fact first renumbers every fact id
    extra = type(doc.events[0])("meeting", doc.events[0].kz_region, summary="extra",
                                evidence=doc.events[0].evidence)
    any_store.save_document(doc.add(events=(extra, *doc.events)), replace=True)
    table = {"event": "events", "project": "projects"}[kind]
    rows = review.attach(engine, kind, any_store.rows(table, {"doc_id": doc.id}))
    reviewed = [r for r in rows if r["review"]]
    assert len(reviewed) == 1 and reviewed[0]["review"]["fields"] == fields
    [exported] = review.export_reviews(engine)
    assert exported["current_fact_id"] == reviewed[0]["id"] and exported["reviewer"] == "bob"


def test_review_shown_in_lists_and_exported_as_csv(client, token):
    fact = f"{ru_document().id}-e0"
    client.post(f"/api/facts/event/{fact}/review", json={"action": "reject", "note": "not a visit"},
                headers=_auth(token))
    [event] = client.get("/api/events?type=visit").json()["items"]
    assert event["review"]["action"] == "reject" and event["review"]["reviewer"] == "alice"
    exported = client.get("/api/reviews?format=csv").text
    assert "reject" in exported and fact in exported and "not a visit" in exported


def test_review_cli_users_add_prints_token_once(tmp_path):
    from typer.testing import CliRunner

    from kzcn.cli_users import app
    from kzcn.store import Store

    url = f"sqlite:///{tmp_path / 'u.sqlite'}"
    result = CliRunner().invoke(app, ["add", "carol", "--db", url])
    token = result.stdout.strip().splitlines()[-1]
    assert result.exit_code == 0 and review.user_for_token(Store(url).engine, token) == "carol"
    assert CliRunner().invoke(app, ["add", "carol", "--db", url]).exit_code == 1
