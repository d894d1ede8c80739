"""Security headers on every response: scripts only from the app itself, no framing, no sniffing.

Article text is hostile wherever it is shown; escaping keeps it out of the markup and this policy
is the second wall: even markup that slipped through cannot run inline script, ``eval``, plugins
or load script from elsewhere.

``style-src`` allows inline styles because ECharts positions its tooltips and Swagger UI lays out
its panels through ``style`` attributes; styles cannot run script. ``img-src data:`` serves
Swagger UI's icons, which its stylesheet embeds as data URLs.
"""

from __future__ import annotations

CSP = "; ".join((
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
))
HEADERS = (
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
)
_NAMES = {name for name, _ in HEADERS}


class SecurityHeaders:
    """Pure ASGI middleware: sets ``HEADERS`` on every HTTP response (errors and static files too),
    replacing any the app set itself."""

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                headers = [(k, v) for k, v in message.get("headers", []) if k.lower() not in _NAMES]
                message = {**message, "headers": headers + list(HEADERS)}
            await send(message)

        await self.app(scope, receive, send_with_headers)
