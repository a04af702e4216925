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
from datetime import UTC, datetime, timedelta
from typing import Any

from kcna_monitor.alerts.channels import Channel, Message
from kcna_monitor.errors import AlertError
from kcna_monitor.parse.dates import isoformat_z
from kcna_monitor.store.repository import Store

# A claim older than this is taken to belong to a sender that died mid-send
# (kill -9): its message is tried again, at most once more per such crash.
CLAIM_TIMEOUT = timedelta(minutes=10)
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
    """Deliveries to try now. ``force`` (``run --once``, ``alerts retry``) takes
    every undelivered one: back-off ignored, earlier failures and stale claims
    included."""
    sql = ("select d.alert_id, d.channel, d.attempts, d.status, a.kind, a.watch, a.person, "
           "a.title, a.body, a.score, a.article_id, a.created_at, r.url, "
           "coalesce(r.source, a.source) as source, r.published_at "
           "from deliveries d join alerts a on a.id = d.alert_id "
           "left join articles r on r.id = a.article_id where ")
    if force:
        sql += "d.status in ('pending', 'failed', 'sending')"
        params: list[Any] = []
    else:
        sql += ("((d.status = 'pending' and (d.next_attempt_at is null or d.next_attempt_at <= ?))"
                " or (d.status = 'sending' and d.claimed_at <= ?))")
        params = [isoformat_z(now), isoformat_z(now - CLAIM_TIMEOUT)]
    return store.rows(sql + " order by d.alert_id, d.channel", params)


def _claim(store: Store, rows: list[dict[str, Any]], now: datetime) -> list[dict[str, Any]]:
    """The rows this sender won: each is moved to 'sending' only if nobody else did."""
    won = []
    with store.transaction() as db:
        for row in rows:
            cursor = db.execute(
                "update deliveries set status = 'sending', claimed_at = ? "
                "where alert_id = ? and channel = ? and status = ?",
                [isoformat_z(now), row["alert_id"], row["channel"], row["status"]])
            if cursor.rowcount == 1:
                won.append(row)
    return won


def digest_cutoff(now: datetime, period: str) -> datetime:
    """Alerts raised before this moment belong to a closed digest period (UTC)."""
    hour = now.astimezone(UTC).replace(minute=0, second=0, microsecond=0)
    return hour if period == "hourly" else hour.replace(hour=0)


def deliver_due(store: Store, channels: Mapping[str, Channel], now: datetime, *,
                force: bool = False) -> DeliveryReport:
    """Send every due delivery once; ``force`` ignores back-off (``run --once``).

    Immediate channels get one message per alert; digest channels one message
    per closed period (hourly or daily) holding all of its alerts.
    """
    counts = {"delivered": 0, "retrying": 0, "failed": 0}
    immediate: list[dict[str, Any]] = []
    batches: dict[str, list[dict[str, Any]]] = {}
    for row in due_deliveries(store, now, force=force):
        channel = channels.get(row["channel"])
        if channel is None or channel.digest == "immediate":
            immediate.append(row)
        elif row["created_at"] < isoformat_z(digest_cutoff(now, channel.digest)):
            batches.setdefault(row["channel"], []).append(row)
    for row in _claim(store, immediate, now):
        counts[_deliver(store, channels.get(row["channel"]), [row], _message(row), now)] += 1
    batches = {key: won for key, rows in batches.items() if (won := _claim(store, rows, now))}
    for key, rows in batches.items():
        counts[_deliver(store, channels[key], rows, _digest(rows, channels[key]), now)] += len(
            rows)
    return DeliveryReport(**counts)


def _message(row: Mapping[str, Any]) -> Message:
    key = idempotency_key(row["alert_id"], row["url"] or "", row["watch"])
    payload = {"kind": row["kind"], "watch": row["watch"], "person": row["person"],
               "url": row["url"], "source": row["source"], "published_at": row["published_at"],
               "article_id": row["article_id"], "score": row["score"]}
    return Message(row["alert_id"], key, row["title"], row["body"], payload)


def _digest(rows: list[dict[str, Any]], channel: Channel) -> Message:
    ids = [row["alert_id"] for row in rows]
    key = hashlib.sha256(",".join(map(str, ids)).encode()).hexdigest()[:32]
    title = f"[kcna-monitor] {channel.digest} digest: {len(rows)} alerts"
    body = "\n\n".join(f"{row['title']}\n{row['body']}" for row in rows)
    return Message(ids[0], key, title, body, {"kind": "digest", "alert_ids": ids})


def _deliver(store: Store, channel: Channel | None, rows: list[dict[str, Any]],
             message: Message, now: datetime) -> str:
    if channel is None:
        _mark(store, rows, "failed", now, "channel no longer configured")
        return "failed"
    try:
        channel.send(message)
    except AlertError as exc:
        return _failed_attempt(store, rows, now, exc.reason)
    except Exception as exc:  # a channel's own bug: recorded, never fatal to the others
        # Only the type: the message of an unexpected error may quote a secret URL.
        return _failed_attempt(store, rows, now, f"unexpected {type(exc).__name__}")
    _mark(store, rows, "delivered", now)
    return "delivered"


def _failed_attempt(store: Store, rows: list[dict[str, Any]], now: datetime,
                    reason: str) -> str:
    attempts = max(row["attempts"] for row in rows) + 1
    status = "failed" if attempts >= MAX_ATTEMPTS else "pending"
    _mark(store, rows, status, now, reason, retry_at=now + backoff(attempts))
    return "failed" if status == "failed" else "retrying"


def _mark(store: Store, rows: list[dict[str, Any]], status: str, now: datetime,
          error: str | None = None, retry_at: datetime | None = None) -> None:
    stamp = isoformat_z(now)
    with store.transaction() as db:
        for row in rows:
            db.execute(
                "update deliveries set status = ?, attempts = attempts + 1, last_error = ?, "
                "next_attempt_at = ?, delivered_at = ? where alert_id = ? and channel = ?",
                [status, error, isoformat_z(retry_at), stamp if status == "delivered" else None,
                 row["alert_id"], row["channel"]])
            _settle_alert(db, row["alert_id"])


def _settle_alert(db: Any, alert_id: int) -> None:
    """An alert is delivered once every channel has it, failed if any gave up."""
    db.execute(
        "update alerts set status = case "
        "when exists (select 1 from deliveries where alert_id = :id and status = 'failed') "
        "then 'failed' "
        "when exists (select 1 from deliveries where alert_id = :id "
        "and status in ('pending', 'sending')) "
        "then 'pending' else 'delivered' end where id = :id", {"id": alert_id})


def retry_failed(store: Store, alert_id: int | None = None) -> int:
    """Put failed deliveries back in the queue (``alerts retry``); returns how many."""
    where = "status = 'failed'" + (" and alert_id = ?" if alert_id is not None else "")
    params = [alert_id] if alert_id is not None else []
    with store.transaction() as db:
        ids = [r[0] for r in db.execute(f"select distinct alert_id from deliveries where {where}",
                                        params)]
        cursor = db.execute("update deliveries set status = 'pending', attempts = 0, "
                            f"next_attempt_at = null where {where}", params)
        for alert in ids:
            _settle_alert(db, alert)
    return int(cursor.rowcount)
