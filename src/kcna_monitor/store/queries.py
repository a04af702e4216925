"""Read-only queries behind the listing commands; each returns plain dicts."""

from __future__ import annotations

import re
from typing import Any

from kcna_monitor.nlp.records import Envoy, Extraction, Mention, Person
from kcna_monitor.store.repository import Store


def articles(store: Store, limit: int | None = None) -> list[dict[str, Any]]:
    sql = ("select id, source, url, title, published_at, fetched_at from articles "
           "where duplicate_of is null "
           "order by coalesce(published_at, fetched_at) desc, id desc")
    return store.rows(sql + (" limit ?" if limit else ""), [limit] if limit else [])


def search(store: Store, query: str, limit: int = 50) -> list[dict[str, Any]]:
    """Full-text search; the query is quoted word by word, so any input is safe."""
    terms = re.findall(r"\w+", query, flags=re.UNICODE)
    if not terms:
        return []
    fts_query = " ".join(f'"{t}"' for t in terms)
    return store.rows(
        "select a.id, a.title, a.url, a.published_at, "
        "snippet(articles_fts, 1, '[', ']', '…', 12) as snippet "
        "from articles_fts join articles a on a.rowid = articles_fts.rowid "
        "where articles_fts match ? and a.duplicate_of is null "
        "order by rank limit ?", [fts_query, limit])


def persons(store: Store) -> list[dict[str, Any]]:
    rows = store.rows(
        "select p.id, p.name, count(m.id) as mentions, p.first_seen, p.last_seen "
        "from persons p left join mentions m on m.person_id = p.id "
        "group by p.id order by mentions desc, p.name")
    variants = store.rows("select person_id, variant from person_variants order by variant")
    by_person: dict[int, list[str]] = {}
    for row in variants:
        by_person.setdefault(row["person_id"], []).append(row["variant"])
    for row in rows:
        row["variants"] = by_person.get(row.pop("id"), [])
    return rows


def envoys(store: Store) -> list[dict[str, Any]]:
    return store.rows(
        "select e.envoy, e.principal, e.destination, e.status, e.article_id, a.published_at "
        "from envoys e join articles a on a.id = e.article_id "
        "order by coalesce(a.published_at, a.fetched_at) desc, e.id")


def alerts(store: Store) -> list[dict[str, Any]]:
    return store.rows(
        "select id, watch, article_id, status, created_at, person, title "
        "from alerts order by created_at desc, id desc")


def status(store: Store) -> list[dict[str, Any]]:
    return store.rows(
        "select s.name as source, s.last_success, s.last_error, s.last_error_at, "
        "s.consecutive_failures, "
        "(select count(*) from articles a where a.source = s.name "
        " and a.duplicate_of is null) as articles "
        "from sources s order by s.name")


def reviews(store: Store) -> list[dict[str, Any]]:
    return store.rows(
        "select r.watch, r.person, r.matched, r.score, r.reasons, r.article_id, a.title, "
        "r.created_at from reviews r join articles a on a.id = r.article_id "
        "order by r.created_at desc, r.id desc")


def articles_since(store: Store, since: str) -> list[dict[str, Any]]:
    return store.rows(
        "select id, title, text, url, source, published_at, fetched_at from articles "
        "where duplicate_of is null and coalesce(published_at, fetched_at) >= ? "
        "order by coalesce(published_at, fetched_at), id", [since])


def stored_extraction(store: Store, article_id: int) -> Extraction:
    """What extraction returned for an article, rebuilt from the store."""
    mentions = store.rows(
        "select p.name as person, m.text, m.start, m.end from mentions m "
        "join persons p on p.id = m.person_id where m.article_id = ? order by m.start",
        [article_id])
    by_person: dict[str, list[Mention]] = {}
    for row in mentions:
        by_person.setdefault(row["person"], []).append(
            Mention(row["text"], row["start"], row["end"]))
    envoys = store.rows("select envoy, principal, destination, status, sentence, start, end "
                        "from envoys where article_id = ? order by id", [article_id])
    return Extraction(
        tuple(Person(name, tuple(found)) for name, found in by_person.items()),
        tuple(Envoy(**row) for row in envoys),
    )
