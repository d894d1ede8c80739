"""Review routes: a signed-in reviewer confirms, corrects or rejects a fact; reviews export."""

from __future__ import annotations

from typing import Any, Literal, Optional

from fastapi import APIRouter, Header
from pydantic import BaseModel, Field

from kzcn.api.errors import ApiError
from kzcn.api.lists import Format, as_csv
from kzcn.store import review

Kind = Literal["event", "project", "figure"]


class ReviewIn(BaseModel):
    """A reviewer's verdict on one fact."""

    action: Literal["confirm", "correct", "reject"]
    fields: dict[str, Any] = Field(default_factory=dict, description="Corrected values (for 'correct').")
    note: Optional[str] = Field(None, max_length=2000)


def reviewer(engine, authorization: Optional[str]) -> str:
    """The reviewer named by an ``Authorization: Bearer TOKEN`` header, or a 401."""
    scheme, _, token = (authorization or "").partition(" ")
    name = review.user_for_token(engine, token.strip()) if scheme.lower() == "bearer" else None
    if name is None:
        raise ApiError(401, "a reviewer token is needed: 'Authorization: Bearer TOKEN' (kzcn users add NAME)")
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
