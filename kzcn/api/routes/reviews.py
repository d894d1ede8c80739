"""Review routes: a signed-in reviewer confirms, corrects or rejects a fact; reviews export."""

from __future__ import annotations

from typing import Any, Literal, Optional

from fastapi import APIRouter, Header
from pydantic import BaseModel, Field

from kzcn.api.http.errors import ApiError
from kzcn.api.routes.lists import Format, as_csv
from kzcn.store import review

Kind = Literal["event", "project", "figure"]


class ReviewIn(BaseModel):
    """A reviewer's verdict on one fact."""

    action: Literal["confirm", "correct", "reject"]
    fields: dict[str, Any] = Field(default_factory=dict, description="Corrected values (for 'correct').")
    note: Optional[str] = Field(None, max_length=2000)


MISSING_TOKEN = "No reviewer token was given. Paste your token (from 'kzcn users add NAME') to review."
WRONG_TOKEN = ("This reviewer token is not known: it may be mistyped or revoked. "
               "Check it, or ask for a new one ('kzcn users add NAME').")


def reviewer(engine, authorization: Optional[str]) -> str:
    """The reviewer named by an ``Authorization: Bearer TOKEN`` header, or a 401 whose message
    tells a missing token (``details[0].reason == "missing_token"``) from a wrong one
    (``"wrong_token"``: the page should forget it, not keep sending it)."""
    scheme, _, token = (authorization or "").partition(" ")
    token = token.strip()
    if scheme.lower() != "bearer" or not token:
        raise ApiError(401, MISSING_TOKEN, [{"where": "header.Authorization", "reason": "missing_token",
                                             "message": "expected 'Authorization: Bearer TOKEN'"}])
    name = review.user_for_token(engine, token)
    if name is None:
        raise ApiError(401, WRONG_TOKEN, [{"where": "header.Authorization", "reason": "wrong_token",
                                           "message": "no reviewer has this token"}])
    return name


def router(store) -> APIRouter:
    """The review routes bound to ``store``."""
    api = APIRouter(prefix="/api", tags=["review"])
    engine = store.engine

    @api.post("/facts/{kind}/{fact_id}/review", status_code=201,
              summary="Confirm, correct or reject a fact (needs a reviewer token)")
    def post_review(kind: Kind, fact_id: str, body: ReviewIn,
                    authorization: Optional[str] = Header(None)):
        name = reviewer(engine, authorization)
        try:
            saved = review.save_review(engine, kind, fact_id, body.action, name, body.fields, body.note)
        except KeyError as err:
            raise ApiError(404, str(err.args[0])) from None
        except ValueError as err:
            raise ApiError(422, str(err)) from None
        return {"id": saved["id"], "action": saved["action"], "fields": saved["fields"],
                "reviewer": name, "fact_id": fact_id, "fingerprint": saved["fingerprint"]}

    @api.get("/whoami", summary="The reviewer a token belongs to")
    def whoami(authorization: Optional[str] = Header(None)):
        return {"reviewer": reviewer(engine, authorization)}

    @api.get("/reviews", summary="Every review given (export), with the fact it points at now")
    def reviews(format: Format = "json"):
        rows = review.export_reviews(engine)
        if format == "csv":
            return as_csv(rows, "reviews")
        return {"items": rows, "total": len(rows)}

    return api
