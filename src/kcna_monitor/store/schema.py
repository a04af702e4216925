"""The store's schema as a list of versioned migrations.

Each migration runs once, in order, inside one transaction with the update of
``_migrations``; a store written by an older release is brought up to date on
open, and a store from a newer release is refused rather than damaged.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlite_utils

from kcna_monitor.errors import StoreError

Migration = Callable[[sqlite_utils.Database], None]


def _m001_initial(db: sqlite_utils.Database) -> None:
    db.table("sources").create(
        {"name": str, "kind": str, "url": str, "last_attempt": str, "last_success": str,
         "last_error": str, "last_error_at": str, "consecutive_failures": int,
         "next_poll_after": str},
        pk="name", defaults={"consecutive_failures": 0},
    )
    db.table("http_cache").create(
        {"url": str, "etag": str, "last_modified": str, "checked_at": str}, pk="url"
    )
    db.table("articles").create(
        {"id": int, "source": str, "url": str, "title": str, "text": str,
         "published_at": str, "fetched_at": str, "content_hash": str, "duplicate_of": int},
        pk="id", not_null={"url", "source", "fetched_at", "content_hash"},
    )
    db.table("articles").create_index(["url"], unique=True)
    db.table("articles").create_index(["content_hash"])
    db.table("articles").create_index(["published_at"])
    db.table("articles").enable_fts(["title", "text"], create_triggers=True, tokenize="porter")
    _m001_people(db)
    _m001_alerts(db)


def _m001_people(db: sqlite_utils.Database) -> None:
    db.table("persons").create(
        {"id": int, "name": str, "key": str, "hangul": str, "first_seen": str, "last_seen": str},
        pk="id", not_null={"name", "key"},
    )
    db.table("persons").create_index(["key"], unique=True)
    db.table("person_variants").create(
        {"person_id": int, "variant": str, "first_seen": str},
        pk=("person_id", "variant"), foreign_keys=[("person_id", "persons", "id")],
    )
    db.table("mentions").create(
        {"id": int, "article_id": int, "person_id": int, "text": str, "start": int, "end": int},
        pk="id",
        foreign_keys=[("article_id", "articles", "id"), ("person_id", "persons", "id")],
    )
    db.table("mentions").create_index(["article_id"])
    db.table("mentions").create_index(["person_id"])
    db.table("envoys").create(
        {"id": int, "article_id": int, "person_id": int, "envoy": str, "principal": str,
         "destination": str, "status": str, "sentence": str, "start": int, "end": int},
        pk="id",
        foreign_keys=[("article_id", "articles", "id"), ("person_id", "persons", "id")],
    )
    db.table("envoys").create_index(["article_id"])


def _m001_alerts(db: sqlite_utils.Database) -> None:
    db.table("alerts").create(
        {"id": int, "watch": str, "article_id": int, "person": str, "matched": str,
         "score": float, "title": str, "body": str, "status": str, "created_at": str},
        pk="id", not_null={"watch", "article_id", "status", "created_at"},
        foreign_keys=[("article_id", "articles", "id")],
    )
    # One alert per (watch entry, article): re-polls and re-processing never add another.
    db.table("alerts").create_index(["watch", "article_id"], unique=True)
    db.table("deliveries").create(
        {"alert_id": int, "channel": str, "status": str, "attempts": int,
         "last_error": str, "next_attempt_at": str, "delivered_at": str},
        pk=("alert_id", "channel"), defaults={"attempts": 0},
        foreign_keys=[("alert_id", "alerts", "id")],
    )
    db.table("deliveries").create_index(["status"])


def _m002_source_health(db: sqlite_utils.Database) -> None:
    """Source alerts share the outbox: an alert may concern a source, not an article.

    ``dedup_key`` makes "one source alert per outage" a constraint; pages that
    keep failing are remembered so that they are retried a few times, not forever.
    """
    alerts = db.table("alerts")
    alerts.add_column("kind", str, not_null_default="watch")
    alerts.add_column("source", str)
    alerts.add_column("dedup_key", str)
    alerts.transform(not_null={"article_id": False})
    alerts.create_index(["dedup_key"], unique=True)
    db.table("page_failures").create(
        {"url": str, "source": str, "attempts": int, "last_error": str, "last_attempt": str},
        pk="url", not_null={"source", "attempts"},
    )


def _m003_reviews(db: sqlite_utils.Database) -> None:
    """Matches in the review band: kept for an analyst to look at, never sent."""
    db.table("reviews").create(
        {"id": int, "watch": str, "article_id": int, "person": str, "matched": str,
         "score": float, "reasons": str, "created_at": str},
        pk="id", not_null={"watch", "article_id"},
        foreign_keys=[("article_id", "articles", "id")],
    )
    db.table("reviews").create_index(["watch", "article_id"], unique=True)


def _m004_source_alert_state(db: sqlite_utils.Database) -> None:
    """Which source has an open health alert, and when it last brought news."""
    sources = db.table("sources")
    sources.add_column("alert_open", int, not_null_default=0)
    sources.add_column("last_new_article", str)


def _m005_revisions(db: sqlite_utils.Database) -> None:
    """Edited articles keep every earlier version (KCNA edits its archive)."""
    db.table("articles").add_column("revised_at", str)
    db.table("article_revisions").create(
        {"id": int, "article_id": int, "title": str, "text": str, "content_hash": str,
         "replaced_at": str},
        pk="id", foreign_keys=[("article_id", "articles", "id")],
    )
    db.table("article_revisions").create_index(["article_id"])


def _m006_delivery_claims(db: sqlite_utils.Database) -> None:
    """A delivery being sent is claimed first, so two senders never both send it."""
    db.table("deliveries").add_column("claimed_at", str)


MIGRATIONS: tuple[Migration, ...] = (
    _m001_initial, _m002_source_health, _m003_reviews, _m004_source_alert_state,
    _m005_revisions, _m006_delivery_claims,
)


def schema_version(db: sqlite_utils.Database) -> int:
    if "_migrations" not in db.table_names():
        return 0
    row = db.execute("select max(version) from _migrations").fetchone()
    return int(row[0] or 0)


def migrate(db: sqlite_utils.Database, now: str) -> int:
    """Apply every pending migration; returns the version reached."""
    current = schema_version(db)
    if current > len(MIGRATIONS):
        raise StoreError(
            f"the store is at schema version {current}, newer than this release knows "
            f"({len(MIGRATIONS)}); upgrade kcna-monitor"
        )
    for version, migration in enumerate(MIGRATIONS[current:], start=current + 1):
        with db.atomic():
            db.table("_migrations").create({"version": int, "applied_at": str}, pk="version",
                                     if_not_exists=True)
            migration(db)
            db.table("_migrations").insert({"version": version, "applied_at": now})
    return len(MIGRATIONS)
