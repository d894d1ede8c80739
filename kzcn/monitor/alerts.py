"""Alert subscriptions (``kzcn alerts``) and their deliveries: after each watch cycle, every new
fact matching a subscription's filter is queued once and POSTed to its webhook; failures are
retried on later cycles with exponential back-off, then given up."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from sqlalchemy import and_, insert, select, update

from kzcn.monitor.facts import fact_by_id, matching_facts, parse_filter
from kzcn.monitor.registry import aware, now_utc
from kzcn.monitor.webhook import WebhookSender, check_webhook_url
from kzcn.store import tables as t
from kzcn.store.upsert import insert_new


@dataclass(frozen=True)
class AlertOptions:
    """Delivery knobs: tries per cycle (``retries`` + 1, ``backoff`` doubling) and cycles."""

    retries: int = 2
    backoff: float = 1.0  # seconds before the first retry within a cycle
    later: float = 300.0  # seconds before the next cycle's try, doubled per failed cycle
    max_attempts: int = 5  # cycles before a delivery is marked failed
    timeout: float = 10.0
    site_url: str = ""  # prefix of article links in payloads (default: the API's address)


def add_subscription(engine, filter_text: str, webhook: str, allow_private: bool, secret: str | None = None) -> tuple[int, str]:
    """Subscribe ``webhook`` to new facts matching ``filter_text``; returns (id, secret)."""
    parse_filter(filter_text)
    check_webhook_url(webhook, allow_private)
    secret = secret or secrets.token_hex(32)
    when = now_utc()
    with engine.begin() as conn:
        result = conn.execute(insert(t.alert_subscriptions).values(
            filter=filter_text, webhook=webhook, secret=secret, since=when, active=True, created_at=when))
    return result.inserted_primary_key[0], secret


def subscriptions(engine) -> list[dict[str, Any]]:
    """Every subscription with its delivery counts (the secret left out)."""
    s, dl = t.alert_subscriptions, t.alert_deliveries
    with engine.connect() as conn:
        subs = [dict(r._mapping) for r in conn.execute(select(s).order_by(s.c.id))]
        counts = conn.execute(select(dl.c.subscription_id, dl.c.state)).all()
    for sub in subs:
        sub.pop("secret")
        for state in ("pending", "sent", "failed"):
            sub[state] = sum(1 for c in counts if c.subscription_id == sub["id"] and c.state == state)
    return subs


def remove_subscription(engine, sub_id: int) -> bool:
    with engine.begin() as conn:
        conn.execute(t.alert_deliveries.delete().where(t.alert_deliveries.c.subscription_id == sub_id))
        return conn.execute(t.alert_subscriptions.delete().where(t.alert_subscriptions.c.id == sub_id)).rowcount > 0


def enqueue(engine) -> int:
    """Queue a delivery for each fact stored after a subscription began that matches it."""
    s = t.alert_subscriptions
    queued = 0
    with engine.begin() as conn:
        for sub in conn.execute(select(s).where(s.c.active.is_(True))).all():
            facts = matching_facts(conn, parse_filter(sub.filter), since=aware(sub.since), limit=10_000)
            rows = [{"subscription_id": sub.id, "fact_kind": f["kind"], "fact_id": f["id"], "doc_id": f["doc_id"],
                     "state": "pending", "attempts": 0, "created_at": now_utc()} for f in facts]
            before = _count(conn, sub.id)
            insert_new(conn, t.alert_deliveries, rows)
            queued += _count(conn, sub.id) - before
    return queued


def _count(conn, sub_id: int) -> int:
    dl = t.alert_deliveries
    return len(conn.execute(select(dl.c.fact_id).where(dl.c.subscription_id == sub_id)).all())


def deliver(engine, sender: WebhookSender, options: AlertOptions) -> dict[str, int]:
    """POST every pending delivery that is due; returns counts of sent, retried and failed."""
    dl, s = t.alert_deliveries, t.alert_subscriptions
    now, counts = now_utc(), {"sent": 0, "retry": 0, "failed": 0}
    with engine.connect() as conn:
        due = conn.execute(select(dl, s.c.webhook, s.c.secret, s.c.filter).join(s, s.c.id == dl.c.subscription_id)
                           .where(dl.c.state == "pending")).all()
    for row in due:
        if row.next_attempt_at is not None and aware(row.next_attempt_at) > now:
            continue
        payload = _payload(engine, row, options.site_url)
        if payload is None:  # the fact was re-extracted away: nothing to say
            _set(engine, row, state="failed", last_error="fact no longer stored")
            counts["failed"] += 1
            continue
        error = sender.send(row.webhook, row.secret, payload, f"{row.subscription_id}-{row.fact_kind}-{row.fact_id}")
        attempts = row.attempts + 1
        if error is None:
            _set(engine, row, state="sent", attempts=attempts, sent_at=now_utc(), last_error=None)
            counts["sent"] += 1
        elif attempts >= options.max_attempts:
            _set(engine, row, state="failed", attempts=attempts, last_error=error)
            counts["failed"] += 1
        else:
            _set(engine, row, attempts=attempts, last_error=error,
                 next_attempt_at=now_utc() + timedelta(seconds=options.later * 2 ** (attempts - 1)))
            counts["retry"] += 1
    return counts


def _set(engine, row, **values) -> None:
    dl = t.alert_deliveries
    with engine.begin() as conn:
        conn.execute(update(dl).where(and_(dl.c.subscription_id == row.subscription_id,
                                           dl.c.fact_kind == row.fact_kind, dl.c.fact_id == row.fact_id)).values(**values))


def _payload(engine, row, site_url: str) -> dict[str, Any] | None:
    with engine.connect() as conn:
        fact = fact_by_id(conn, row.fact_kind, row.fact_id)
    if fact is None:
        return None
    fact["stored_at"] = fact["stored_at"].isoformat() if fact["stored_at"] else None
    fact["article"]["page"] = f"{site_url.rstrip('/')}/articles/{fact['doc_id']}"
    return {"subscription": row.subscription_id, "filter": row.filter, **fact}


def run_alerts(store, settings, options: AlertOptions | None = None) -> list[str]:
    """Queue and send alerts (after a watch cycle); one summary line, or none when idle."""
    options = options or AlertOptions(site_url=f"http://{settings.host}:{settings.port}")
    queued = enqueue(store.engine)
    sender = WebhookSender(options.timeout, options.retries, options.backoff, settings.fetch_allow_private,
                           user_agent=settings.user_agent)
    try:
        counts = deliver(store.engine, sender, options)
    finally:
        sender.close()
    if not queued and not any(counts.values()):
        return []
    return [f"queued {queued}, sent {counts['sent']}, to retry {counts['retry']}, failed {counts['failed']}"]
