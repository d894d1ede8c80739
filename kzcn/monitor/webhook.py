"""Signed JSON POSTs to subscribers' webhooks (httpx), retried with exponential back-off.

The body is signed with HMAC-SHA256 over ``TIMESTAMP + "." + BODY`` using the subscription's
secret; headers ``X-Kzcn-Timestamp`` and ``X-Kzcn-Signature: sha256=HEX``. A receiver recomputes
the HMAC (``verify_signature``) and may refuse old timestamps (replays).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import time
from collections.abc import Callable
from urllib.parse import urlsplit

import httpx

from kzcn.errors import FetchError
from kzcn.ingest.fetch import is_private_host, redact


def sign(secret: str, timestamp: str, body: bytes) -> str:
    """The signature header's value for ``body`` sent at ``timestamp``."""
    digest = hmac.new(secret.encode(), timestamp.encode() + b"." + body, hashlib.sha256).hexdigest()
    return f"sha256={digest}"


def verify_signature(secret: str, timestamp: str, body: bytes, header: str) -> bool:
    """Whether ``header`` is the signature of ``body`` at ``timestamp`` (constant-time)."""
    return hmac.compare_digest(sign(secret, timestamp, body), header or "")


def check_webhook_url(url: str, allow_private: bool) -> None:
    """Refuse non-HTTP(S) webhooks and private addresses unless allowed (no SSRF by alert)."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise FetchError(f"expected an http(s) webhook URL, got {redact(url)!r}")
    if not allow_private and is_private_host(parts.hostname):
        raise FetchError(f"refused private address for webhook {redact(url)!r} (set KZCN_FETCH_ALLOW_PRIVATE)")


class WebhookSender:
    """POSTs payloads; ``retries`` more tries after a failure, waiting ``backoff * 2**n`` seconds."""

    def __init__(self, timeout: float = 10.0, retries: int = 2, backoff: float = 1.0, allow_private: bool = False,
                 transport: httpx.BaseTransport | None = None, sleep: Callable[[float], None] = time.sleep,
                 user_agent: str = "kzcn") -> None:
        self.client = httpx.Client(timeout=timeout, transport=transport, follow_redirects=False,
                                   headers={"User-Agent": user_agent})
        self.retries, self.backoff, self.allow_private, self.sleep = retries, backoff, allow_private, sleep

    def send(self, url: str, secret: str, payload: dict, delivery_id: str) -> str | None:
        """POST ``payload``; None when a 2xx came back, else the last error."""
        check_webhook_url(url, self.allow_private)
        body = json.dumps(payload, ensure_ascii=False, default=str).encode("utf-8")
        error = None
        for attempt in range(self.retries + 1):
            if attempt:
                self.sleep(self.backoff * 2 ** (attempt - 1))
            timestamp = str(int(time.time()))
            headers = {"Content-Type": "application/json", "X-Kzcn-Timestamp": timestamp,
                       "X-Kzcn-Signature": sign(secret, timestamp, body), "X-Kzcn-Delivery": delivery_id}
            try:
                response = self.client.post(url, content=body, headers=headers)
            except httpx.HTTPError as err:
                error = f"POST {redact(url)} failed: {type(err).__name__}"
                continue
            if 200 <= response.status_code < 300:
                return None
            error = f"POST {redact(url)} answered {response.status_code}"
        return error

    def close(self) -> None:
        self.client.close()
