"""A site on 127.0.0.1 for the monitor's tests: routes with statuses, validators (ETag and
Last-Modified answered with 304), delays, redirects, streamed huge bodies; every request logged."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Route:
    body: bytes = b""
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    etag: str | None = None
    last_modified: str | None = None
    delay: float = 0.0  # seconds before the status line
    location: str | None = None
    stream_bytes: int = 0  # serve this many bytes of filler instead of ``body``
    fail_times: int = 0  # answer 500 this many times first
    served: int = 0


@dataclass
class Site:
    """Routes by path and a log of (path, headers) of every request."""

    routes: dict[str, Route] = field(default_factory=dict)
    requests: list[tuple[str, dict[str, str]]] = field(default_factory=list)
    server: ThreadingHTTPServer | None = None

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def hits(self, path: str) -> list[dict[str, str]]:
        return [headers for p, headers in self.requests if p == path]


def _handler(site: Site):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self):  # noqa: N802 - http.server API
            site.requests.append((self.path, {k.lower(): v for k, v in self.headers.items()}))
            route = site.routes.get(self.path)
            if route is None:
                return self._send(404, b"not here")
            route.served += 1
            if route.delay:
                time.sleep(route.delay)
            if route.fail_times >= route.served:
                return self._send(500, b"boom")
            if route.location:
                return self._send(route.status, b"", {"Location": route.location})
            if self._not_modified(route):
                return self._send(304, b"", self._validators(route))
            if route.stream_bytes:
                return self._stream(route)
            self._send(route.status, route.body, {"Content-Type": route.content_type, **self._validators(route)})

        def _not_modified(self, route: Route) -> bool:
            etag, since = self.headers.get("If-None-Match"), self.headers.get("If-Modified-Since")
            return bool((route.etag and etag == route.etag) or
                        (route.last_modified and not route.etag and since == route.last_modified))

        @staticmethod
        def _validators(route: Route) -> dict[str, str]:
            out = {}
            if route.etag:
                out["ETag"] = route.etag
            if route.last_modified:
                out["Last-Modified"] = route.last_modified
            return out

        def _send(self, status: int, body: bytes, headers: dict[str, str] | None = None) -> None:
            self.send_response(status)
            for key, value in (headers or {}).items():
                self.send_header(key, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            try:
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass

        def _stream(self, route: Route) -> None:
            self.send_response(200)
            self.send_header("Content-Type", route.content_type)
            self.send_header("Content-Length", str(route.stream_bytes))
            self.end_headers()
            try:
                for chunk in _filler(route.stream_bytes):
                    self.wfile.write(chunk)
            except (BrokenPipeError, ConnectionResetError):
                pass

        def log_message(self, *args):
            pass

    return Handler


def _filler(size: int, chunk: int = 1 << 20) -> Iterator[bytes]:
    block = b"<p>" + b"x" * (chunk - 7) + b"</p>\n"
    while size > 0:
        yield block[:size]
        size -= chunk


class _QuietServer(ThreadingHTTPServer):
    def handle_error(self, request, client_address):
        pass  # clients that give up early (timeouts, size limits) are what the tests want


def serve(site: Site) -> Site:
    """Start ``site`` on 127.0.0.1 (a free port) in a daemon thread."""
    site.server = _QuietServer(("127.0.0.1", 0), _handler(site))
    site.server.daemon_threads = True
    threading.Thread(target=site.server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True).start()
    return site
