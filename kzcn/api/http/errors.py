"""One JSON error shape for every failure: ``{"error": {"status", "code", "message", "details"}}``."""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

log = logging.getLogger("kzcn.api")
CODES = {400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found",
         405: "method_not_allowed", 413: "too_large", 422: "invalid", 500: "internal"}


class ApiError(Exception):
    """An error the API reports to the client as is."""

    def __init__(self, status: int, message: str, details: list | None = None) -> None:
        super().__init__(message)
        self.status, self.message, self.details = status, message, details or []


def error_body(status: int, message: str, details: list | None = None) -> dict:
    """The error envelope every failing response carries."""
    return {"error": {"status": status, "code": CODES.get(status, "error"), "message": message,
                      "details": details or []}}


def install(app: FastAPI) -> None:
    """Register handlers so 404s, validation errors and crashes share the envelope."""

    @app.exception_handler(ApiError)
    async def _api(_request: Request, exc: ApiError):
        return JSONResponse(error_body(exc.status, exc.message, exc.details), status_code=exc.status)

    @app.exception_handler(StarletteHTTPException)
    async def _http(_request: Request, exc: StarletteHTTPException):
        return JSONResponse(error_body(exc.status_code, str(exc.detail)), status_code=exc.status_code,
                            headers=getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def _invalid(_request: Request, exc: RequestValidationError):
        details = [{"where": ".".join(str(p) for p in e.get("loc", ())), "message": e.get("msg", "")}
                   for e in exc.errors()]
        return JSONResponse(error_body(422, "request parameters are not valid", details), status_code=422)

    @app.exception_handler(Exception)
    async def _crash(request: Request, exc: Exception):
        log.exception("unhandled error on %s", request.url.path)
        return JSONResponse(error_body(500, f"internal error: {exc.__class__.__name__}"), status_code=500)
