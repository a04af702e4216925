"""The outbox: delivery of stored alerts, apart from the transaction that raised them.

Alert rows and one delivery row per (alert, channel) are written with the
article (``Store.save_article``). Here each due delivery is sent, then marked
delivered, or its error recorded with a capped exponential back-off; after
``MAX_ATTEMPTS`` it is ``failed``. A crash between the send and the mark can
repeat only the message in flight, and it carries an idempotency key.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from kcna_monitor.alerts.channels import Channel, Message
from kcna_monitor.errors import AlertError
from kcna_monitor.parse.dates import isoformat_z
from kcna_monitor.store.repository import Store

# Back-off 1, 2, 4 … minutes capped at an hour: ten attempts span about nine
# hours, long enough to ride out a receiver's maintenance window overnight.
BACKOFF_BASE = timedelta(minutes=1)
BACKOFF_CAP = timedelta(hours=1)
MAX_ATTEMPTS = 10


@dataclass(frozen=True)
class DeliveryReport:
    delivered: int = 0
    retrying: int = 0
    failed: int = 0


def backoff(attempts: int) -> timedelta:
    """Delay before the next attempt after ``attempts`` failures."""
    return min(BACKOFF_CAP, BACKOFF_BASE * (2 ** max(0, attempts - 1)))


def idempotency_key(alert_id: int, article_url: str, watch: str) -> str:
    """The same for every attempt of one alert, different between alerts."""
    raw = f"{watch}\n{article_url}\n{alert_id}".encode()
    return hashlib.sha256(raw).hexdigest()[:32]


def due_deliveries(store: Store, now: datetime, *, force: bool) -> list[dict[str, Any]]:
    sql = ("select d.alert_id, d.channel, d.attempts, a.kind, a.watch, a.person, a.title, "
           "a.body, a.score, a.article_id, r.url, coalesce(r.source, a.source) as source, "
           "r.published_at "
           "from deliveries d join alerts a on a.id = d.alert_id "
           "left join articles r on r.id = a.article_id where d.status = 'pending'")
    params: list[Any] = []
    if not force:
        sql += " and (d.next_attempt_at is null or d.next_attempt_at <= ?)"
        params.append(isoformat_z(now))
    return store.rows(sql + " order by d.alert_id, d.channel", params)


def deliver_due(store: Store, channels: Mapping[str, Channel], now: datetime, *,
                force: bool = False) -> DeliveryReport:
    """Send every due delivery once; ``force`` ignores back-off (``run --once``)."""
    counts = {"delivered": 0, "retrying": 0, "failed": 0}
    for row in due_deliveries(store, now, force=force):
        outcome = _deliver_one(store, channels.get(row["channel"]), row, now)
        counts[outcome] += 1
    return DeliveryReport(**counts)


def _message(row: Mapping[str, Any]) -> Message:
    key = idempotency_key(row["alert_id"], row["url"] or "", row["watch"])
    payload = {"kind": row["kind"], "watch": row["watch"], "person": row["person"],
               "url": row["url"], "source": row["source"], "published_at": row["published_at"],
               "article_id": row["article_id"], "score": row["score"]}
    return Message(row["alert_id"], key, row["title"], row["body"], payload)


def _deliver_one(store: Store, channel: Channel | None, row: Mapping[str, Any],
                 now: datetime) -> str:
    if channel is None:
        _mark(store, row, "failed", now, "channel no longer configured")
        return "failed"
    try:
        channel.send(_message(row))
    except AlertError as exc:
        attempts = row["attempts"] + 1
        status = "failed" if attempts >= MAX_ATTEMPTS else "pending"
        _mark(store, row, status, now, exc.reason, retry_at=now + backoff(attempts))
        return "failed" if status == "failed" else "retrying"
    _mark(store, row, "delivered", now)
    return "delivered"


def _mark(store: Store, row: Mapping[str, Any], status: str, now: datetime,
          error: str | None = None, retry_at: datetime | None = None) -> None:
    stamp = isoformat_z(now)
    with store.transaction() as db:
        db.execute(
            "update deliveries set status = ?, attempts = attempts + 1, last_error = ?, "
            "next_attempt_at = ?, delivered_at = ? where alert_id = ? and channel = ?",
            [status, error, isoformat_z(retry_at),
             stamp if status == "delivered" else None, row["alert_id"], row["channel"]])
        db.execute(
            "update alerts set status = case "
            "when exists (select 1 from deliveries where alert_id = :id and status = 'failed') "
            "then 'failed' "
            "when exists (select 1 from deliveries where alert_id = :id and status = 'pending') "
            "then 'pending' else 'delivered' end where id = :id", {"id": row["alert_id"]})
