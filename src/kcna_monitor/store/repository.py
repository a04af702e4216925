"""The SQLite store: one open database, and every read and write the monitor makes.

Writes that belong together happen in one transaction: an article, its
persons, mentions, envoy records, alerts and their deliveries are committed
together or not at all (:meth:`Store.save_article`).
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import threading
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

import sqlite_utils
import sqlite_utils.db

from kcna_monitor.errors import StoreError
from kcna_monitor.nlp.records import Extraction
from kcna_monitor.store.schema import migrate


def content_hash(title: str, text: str) -> str:
    """Identity of an article's content, whitespace-insensitive, for deduplication."""
    normal = " ".join(f"{title}\n{text}".split()).casefold()
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class NewArticle:
    source: str
    url: str
    title: str
    text: str
    published_at: str | None
    fetched_at: str


@dataclass(frozen=True)
class AlertDraft:
    """An alert to raise with the article: one per watch entry."""

    watch: str
    person: str
    matched: str
    score: float
    title: str
    body: str


@dataclass(frozen=True)
class ReviewDraft:
    """A match in the review band: listed by `review`, never sent."""

    watch: str
    person: str
    matched: str
    score: float
    reasons: str


@dataclass(frozen=True)
class Findings:
    """Everything derived from one article, stored with it in one transaction."""

    extraction: Extraction
    alerts: Sequence[AlertDraft] = ()
    reviews: Sequence[ReviewDraft] = ()
    person_keys: Mapping[str, str] = field(default_factory=dict)
    # full-name spellings per person (not "Choe" or "Marshal Kim"), kept as variants
    variants: Mapping[str, Sequence[str]] = field(default_factory=dict)


@dataclass(frozen=True)
class SaveResult:
    article_id: int
    duplicate_of: int | None
    alert_ids: tuple[int, ...] = field(default=())
    new: bool = True  # False for a new version of a known article


class Store:
    """All access to one SQLite file; a lock makes it safe across threads."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db
        self._lock = threading.RLock()

    @contextmanager
    def transaction(self) -> Iterator[sqlite_utils.Database]:
        with self._lock, self.db.atomic():
            yield self.db

    def close(self) -> None:
        self.db.close()

    # -- sources -------------------------------------------------------------

    def sync_sources(self, sources: Sequence[tuple[str, str, str]]) -> None:
        """Make sure every configured (name, kind, url) has a row."""
        with self.transaction() as db:
            for name, kind, url in sources:
                db.execute(
                    "insert into sources (name, kind, url, consecutive_failures) "
                    "values (?, ?, ?, 0) on conflict(name) do update set "
                    "kind = excluded.kind, url = excluded.url", [name, kind, url])

    def record_success(self, source: str, now: str, *, new_articles: int = 0,
                       page_error: str | None = None) -> None:
        """A poll that reached the source; ``page_error`` when some page failed."""
        with self.transaction() as db:
            db.execute("update sources set last_attempt = ?, last_success = ?, "
                       "consecutive_failures = 0, next_poll_after = null, "
                       "last_new_article = case when ? > 0 or last_new_article is null "
                       "then ? else last_new_article end where name = ?",
                       [now, now, new_articles, now, source])
            if page_error:
                db.execute("update sources set last_error = ?, last_error_at = ? "
                           "where name = ?", [page_error, now, source])

    def open_source_alert(self, source: str, title: str, body: str, channels: Sequence[str],
                          now: str) -> int | None:
        """Raise a source alert unless one is already open for this source."""
        with self.transaction() as db:
            row = db.execute("select alert_open from sources where name = ?",
                             [source]).fetchone()
            if row is None or row[0]:
                return None
            cursor = db.execute(
                "insert into alerts (kind, watch, source, title, body, status, created_at, "
                "dedup_key) values ('source', ?, ?, ?, ?, 'pending', ?, ?)",
                [f"source {source}", source, title, body, now, f"source:{source}:{now}"])
            alert_id = int(cursor.lastrowid or 0)
            self._queue_deliveries(db, alert_id, channels)
            db.execute("update sources set alert_open = 1 where name = ?", [source])
        return alert_id

    def close_source_alert(self, source: str) -> bool:
        """Mark a source recovered; True when an alert was open."""
        with self.transaction() as db:
            cursor = db.execute("update sources set alert_open = 0 where name = ? "
                                "and alert_open = 1", [source])
        return bool(cursor.rowcount)

    def record_failure(self, source: str, error: str, now: str,
                       next_poll_after: str | None = None) -> int:
        """Record a failed poll; returns the number of failures in a row."""
        with self.transaction() as db:
            db.execute("update sources set last_attempt = ?, last_error = ?, last_error_at = ?,"
                       " consecutive_failures = consecutive_failures + 1, next_poll_after = ? "
                       "where name = ?", [now, error, now, next_poll_after, source])
            row = db.execute("select consecutive_failures from sources where name = ?",
                             [source]).fetchone()
        return int(row[0]) if row else 0

    def source_row(self, source: str) -> dict[str, Any] | None:
        return self._one("select * from sources where name = ?", [source])

    # -- HTTP cache and known URLs -------------------------------------------

    def cache_headers(self, url: str) -> tuple[str | None, str | None]:
        row = self._one("select etag, last_modified from http_cache where url = ?", [url])
        return (row["etag"], row["last_modified"]) if row else (None, None)

    def save_cache_headers(self, url: str, etag: str | None, last_modified: str | None,
                           now: str) -> None:
        with self.transaction() as db:
            db.table("http_cache").upsert({"url": url, "etag": etag, "last_modified": last_modified,
                                     "checked_at": now}, pk="url")

    def recheck_candidates(self, source: str, *, since: str,
                           checked_before: str) -> list[dict[str, Any]]:
        """Articles of ``source`` fetched since ``since`` and not checked since
        ``checked_before`` (a first fetch counts as a check)."""
        return self.rows(
            "select a.url, a.title from articles a left join http_cache h on h.url = a.url "
            "where a.source = ? and a.duplicate_of is null and a.fetched_at >= ? "
            "and coalesce(h.checked_at, a.fetched_at) <= ? order by a.id",
            [source, since, checked_before])

    def known_urls(self, urls: Sequence[str]) -> set[str]:
        # json_each: one parameter however long the listing (SQLite caps "?" counts)
        rows = self.rows("select url from articles where url in "
                         "(select value from json_each(?))", [json.dumps(list(urls))])
        return {row["url"] for row in rows}

    def page_attempts(self, urls: Sequence[str]) -> dict[str, int]:
        rows = self.rows("select url, attempts from page_failures where url in "
                         "(select value from json_each(?))", [json.dumps(list(urls))])
        return {row["url"]: int(row["attempts"]) for row in rows}

    def record_page_failure(self, url: str, source: str, error: str, now: str) -> int:
        """Count one more failed fetch or parse of a page; returns the count."""
        with self.transaction() as db:
            db.execute("insert into page_failures (url, source, attempts, last_error, "
                       "last_attempt) values (?, ?, 1, ?, ?) on conflict(url) do update set "
                       "attempts = attempts + 1, last_error = excluded.last_error, "
                       "last_attempt = excluded.last_attempt", [url, source, error, now])
            row = db.execute("select attempts from page_failures where url = ?", [url]).fetchone()
        return int(row[0])

    # -- articles --------------------------------------------------------------

    def save_article(self, article: NewArticle, findings: Findings,
                     channels: Sequence[str]) -> SaveResult | None:
        """Store an article with everything derived from it, in one transaction.

        Returns None when the URL is already stored. An article whose content
        is already stored under another URL is kept as a duplicate (so its URL
        is known) without persons, envoys or alerts.
        """
        digest = content_hash(article.title, article.text)
        with self.transaction() as db:
            if self.known_urls([article.url]):
                return None
            original = db.execute("select id from articles where content_hash = ? "
                                  "and duplicate_of is null limit 1", [digest]).fetchone()
            article_id = self._insert_article(db, article, digest, original)
            db.execute("delete from page_failures where url = ?", [article.url])
            if original is not None:
                return SaveResult(article_id, int(original[0]))
            alert_ids = self._insert_findings(db, article_id, article, findings, channels)
        return SaveResult(article_id, None, alert_ids)

    def revise_article(self, article: NewArticle, findings: Findings,
                       channels: Sequence[str]) -> SaveResult | None:
        """Store a new version of a known article; None when its content is unchanged.

        The earlier version goes to ``article_revisions``; persons, envoys and
        reviews are replaced; alerts are added only for watch entries that had
        none for this article, so an edit never sends an alert twice.
        """
        digest = content_hash(article.title, article.text)
        with self.transaction() as db:
            row = db.execute("select id, title, text, content_hash from articles "
                             "where url = ?", [article.url]).fetchone()
            if row is None or row[3] == digest:
                return None
            article_id = int(row[0])
            db.table("article_revisions").insert({
                "article_id": article_id, "title": row[1], "text": row[2],
                "content_hash": row[3], "replaced_at": article.fetched_at})
            db.execute("update articles set title = ?, text = ?, content_hash = ?, "
                       "revised_at = ? where id = ?",
                       [article.title, article.text, digest, article.fetched_at, article_id])
            for table in ("mentions", "envoys", "reviews"):
                db.execute(f"delete from {table} where article_id = ?", [article_id])
            alert_ids = self._insert_findings(db, article_id, article, findings, channels)
        return SaveResult(article_id, None, alert_ids, new=False)

    def _insert_findings(self, db: sqlite_utils.Database, article_id: int,
                         article: NewArticle, findings: Findings,
                         channels: Sequence[str]) -> tuple[int, ...]:
        person_ids = self._insert_people(db, article_id, findings.extraction,
                                         findings.person_keys, findings.variants,
                                         article.published_at or article.fetched_at)
        self._insert_envoys(db, article_id, findings.extraction, person_ids)
        for review in findings.reviews:
            db.execute("insert or ignore into reviews (watch, article_id, person, matched, "
                       "score, reasons, created_at) values (?, ?, ?, ?, ?, ?, ?)",
                       [review.watch, article_id, review.person, review.matched,
                        review.score, review.reasons, article.fetched_at])
        return self._insert_alerts(db, article_id, findings.alerts, channels,
                                   article.fetched_at)

    def _insert_article(self, db: sqlite_utils.Database, article: NewArticle, digest: str,
                        original: Any) -> int:
        row = {**article.__dict__, "content_hash": digest,
               "duplicate_of": int(original[0]) if original else None}
        return _last_pk(db.table("articles").insert(row))

    def _insert_people(self, db: sqlite_utils.Database, article_id: int,
                       extraction: Extraction, keys: Mapping[str, str],
                       variants: Mapping[str, Sequence[str]], seen: str) -> dict[str, int]:
        ids: dict[str, int] = {}
        for person in extraction.persons:
            person_id = self._person_id(db, keys.get(person.name, person.name), person.name, seen)
            ids[person.name] = person_id
            for mention in person.mentions:
                db.table("mentions").insert({"article_id": article_id, "person_id": person_id,
                                       "text": mention.text, "start": mention.start,
                                       "end": mention.end})
            for variant in variants.get(person.name, (person.name,)):
                db.execute("insert or ignore into person_variants (person_id, variant, "
                           "first_seen) values (?, ?, ?)", [person_id, variant, seen])
        return ids

    def _person_id(self, db: sqlite_utils.Database, key: str, name: str, seen: str) -> int:
        row = db.execute("select id, first_seen, last_seen from persons where key = ?",
                         [key]).fetchone()
        if row is None:
            return _last_pk(db.table("persons").insert({"name": name, "key": key,
                                                        "first_seen": seen, "last_seen": seen}))
        first, last = min(row[1] or seen, seen), max(row[2] or seen, seen)
        db.execute("update persons set first_seen = ?, last_seen = ? where id = ?",
                   [first, last, row[0]])
        return int(row[0])

    def _insert_envoys(self, db: sqlite_utils.Database, article_id: int,
                       extraction: Extraction, person_ids: dict[str, int]) -> None:
        for envoy in extraction.envoys:
            db.table("envoys").insert({
                "article_id": article_id, "person_id": person_ids.get(envoy.envoy),
                "envoy": envoy.envoy, "principal": envoy.principal,
                "destination": envoy.destination, "status": envoy.status,
                "sentence": envoy.sentence, "start": envoy.start, "end": envoy.end})

    def _insert_alerts(self, db: sqlite_utils.Database, article_id: int,
                       alerts: Sequence[AlertDraft], channels: Sequence[str],
                       now: str) -> tuple[int, ...]:
        ids = []
        for alert in alerts:
            cursor = db.execute(
                "insert or ignore into alerts (watch, article_id, person, matched, score, "
                "title, body, status, created_at) values (?, ?, ?, ?, ?, ?, ?, 'pending', ?)",
                [alert.watch, article_id, alert.person, alert.matched, alert.score,
                 alert.title, alert.body, now])
            if cursor.rowcount:
                ids.append(int(cursor.lastrowid or 0))
        for alert_id in ids:
            self._queue_deliveries(db, alert_id, channels)
        return tuple(ids)

    def _queue_deliveries(self, db: sqlite_utils.Database, alert_id: int,
                          channels: Sequence[str]) -> None:
        for channel in channels:
            db.execute("insert into deliveries (alert_id, channel, status, attempts) "
                       "values (?, ?, 'pending', 0)", [alert_id, channel])
        if not channels:
            db.execute("update alerts set status = 'delivered' where id = ?", [alert_id])

    # -- reads ---------------------------------------------------------------

    def _one(self, sql: str, params: Sequence[Any] = ()) -> dict[str, Any] | None:
        rows = self.rows(sql, params)
        return rows[0] if rows else None

    def rows(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        with self._lock:
            cursor = self.db.execute(sql, list(params))
            names = [d[0] for d in cursor.description]
            return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def _last_pk(table: sqlite_utils.db.Table) -> int:
    return int(cast(int, table.last_pk))


def open_store(path: Path | str, now: str) -> Store:
    """Open (creating if needed) and migrate the store at ``path``; WAL mode."""
    path = Path(path)
    try:
        if path.parent and not path.parent.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(str(path), check_same_thread=False, timeout=30)
        db = sqlite_utils.Database(conn)
        db.enable_wal()
        db.execute("pragma foreign_keys = on")
        migrate(db, now)
    except (sqlite3.Error, OSError) as exc:
        raise StoreError(f"{path}: cannot open the store: {exc}") from exc
    return Store(db)
