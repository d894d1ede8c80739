"""Every response carries the security headers; /docs works from the package under the CSP."""

from __future__ import annotations

import re

import pytest

from kzcn.api.http.security import CSP

PATHS = ["/", "/?q=x", "/articles/0000000000000000", "/api/events", "/api/events?format=csv", "/api/nope",
         "/api/events?date_from=garbage", "/static/app.js", "/static/vendor/echarts.min.js", "/static/nope.js",
         "/docs", "/openapi.json", "/api/meta", "/api/geo/kz_tiles.json"]


@pytest.mark.parametrize("path", PATHS)
def test_security_headers_on_every_response(client, path):
    response = client.get(path)
    assert response.headers["content-security-policy"] == CSP
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["referrer-policy"] == "no-referrer"
    assert response.headers["x-frame-options"] == "DENY"


def test_security_headers_on_refused_bodies_and_posts(client):
    too_big = client.post("/api/facts/event/x/review", content=b"x" * 3_000_000,
                          headers={"Content-Type": "application/json"})
    assert too_big.status_code == 413 and "content-security-policy" in too_big.headers
    unauthorised = client.post("/api/facts/event/x/review", json={"action": "confirm"})
    assert unauthorised.status_code == 401 and "content-security-policy" in unauthorised.headers


@pytest.mark.parametrize("directive", ["script-src 'self'", "object-src 'none'", "base-uri 'self'",
                                       "frame-ancestors 'none'", "default-src 'self'"])
def test_csp_directives(directive):
    assert directive in CSP.split("; ")
    script = next(d for d in CSP.split("; ") if d.startswith("script-src"))
    assert "unsafe-inline" not in script and "unsafe-eval" not in script


def test_docs_served_from_the_package_without_inline_script(client):
    page = client.get("/docs")
    assert page.status_code == 200
    assert not re.search(r"https?://", page.text), "the docs page names an outside URL"
    scripts = re.findall(r"<script([^>]*)>(.*?)</script>", page.text, re.S)
    assert scripts and all('src="/static/' in attrs and not body.strip() for attrs, body in scripts)
    for asset in re.findall(r'(?:src|href)="(/static/[^"]+)"', page.text):
        assert client.get(asset).status_code == 200, asset
    assert client.get("/redoc").status_code == 404


@pytest.mark.parametrize("template", ["base.html", "dashboard.html", "article.html", "_unit.html"])
def test_templates_hold_no_inline_script_or_handler(template):
    from kzcn.web.views import WEB

    text = (WEB / "templates" / template).read_text()
    assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", text), "inline <script>"
    assert not re.search(r"\son[a-z]+\s*=", text), "inline event handler"
    assert "|tojson" not in text.replace(" ", ""), "tojson output is not safe inside a quoted attribute"
