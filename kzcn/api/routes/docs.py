"""The API's interactive documentation at /docs: Swagger UI served from the package.

FastAPI's default page loads Swagger UI from a CDN and starts it with an inline script; both are
refused here (nothing is fetched at run time, and the Content-Security-Policy allows no inline
script), so the page is static HTML that loads the vendored bundle and ``/static/docs.js``.
"""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import HTMLResponse

VENDOR = "/static/vendor/swagger-ui"
PAGE = f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>kzcn API</title>
<link rel="icon" href="/static/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="{VENDOR}/swagger-ui.css">
<script src="{VENDOR}/swagger-ui-bundle.js" defer></script>
<script src="/static/docs.js" defer></script>
</head>
<body>
<div id="swagger-ui" data-openapi-url="/openapi.json"></div>
</body>
</html>
"""


def router() -> APIRouter:
    """GET /docs (kept out of the OpenAPI document itself)."""
    docs = APIRouter(include_in_schema=False)

    @docs.get("/docs", response_class=HTMLResponse)
    def swagger_ui() -> HTMLResponse:
        return HTMLResponse(PAGE)

    return docs
