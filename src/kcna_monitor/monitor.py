"""The pipeline wired together: sources -> parse -> nlp -> store -> watch -> alerts.

:class:`Runtime` holds what is built once per process (configuration, store,
HTTP client, watchlist, channels, and the spaCy pipeline, loaded on first
need). :func:`poll_source` runs one poll of one source; the daemon schedules
it, ``run --once`` and the demo call it directly. Time is always an argument.
"""

from __future__ import annotations

import logging
import random
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from functools import cached_property
from typing import TextIO

from spacy.language import Language

from kcna_monitor.alerts.channels import Channel, build_channels
from kcna_monitor.alerts.outbox import DeliveryReport, deliver_due
from kcna_monitor.config import Config, SourceConfig
from kcna_monitor.errors import SourceError
from kcna_monitor.names.matcher import identity_key
from kcna_monitor.nlp.pipeline import extract_texts, load_pipeline
from kcna_monitor.nlp.records import Extraction
from kcna_monitor.parse.article import Article, Selectors, extract_article
from kcna_monitor.parse.dates import isoformat_z
from kcna_monitor.sources.html import parse_listing
from kcna_monitor.sources.http import Fetcher, Response, build_client
from kcna_monitor.sources.rss import FeedItem, parse_feed
from kcna_monitor.store.repository import Findings, NewArticle, SaveResult, Store, open_store
from kcna_monitor.watch.health import source_alert_text, source_problem
from kcna_monitor.watch.rules import ArticleInfo, Watchlist, alert_drafts, review_drafts

log = logging.getLogger("kcna_monitor")

# A failing source waits interval × 2^(failures-1), capped at six hours: a .kp
# host that is down overnight is asked a few times, not every 15 minutes.
SOURCE_BACKOFF_CAP = timedelta(hours=6)
# A page that failed on three polls in a row is given up (and stays listed in
# page_failures): a .kp article page that keeps failing has usually been
# withdrawn, and asking for it on every poll forever is impolite.
MAX_PAGE_ATTEMPTS = 3
# Rechecking (opt-in per source) covers articles first fetched in the last 30
# days: KCNA edits recent items in place, and a month bounds the extra requests.
RECHECK_WINDOW = timedelta(days=30)


def utcnow() -> datetime:
    return datetime.now(UTC)


@dataclass
class Runtime:
    """Everything a poll needs, built once per command."""

    config: Config
    store: Store
    fetcher: Fetcher
    channels: dict[str, Channel]
    clock: Callable[[], datetime] = utcnow
    stop: threading.Event = field(default_factory=threading.Event)
    _nlp_lock: threading.RLock = field(default_factory=threading.RLock)
    _pipeline: Language | None = None

    @cached_property
    def watchlist(self) -> Watchlist:
        return Watchlist(self.config.watch)

    @cached_property
    def sources(self) -> dict[str, SourceConfig]:
        return {s.name: s for s in self.config.sources if s.enabled}

    def nlp(self) -> Language:
        """The spaCy pipeline, loaded once, on first need."""
        with self._nlp_lock:
            if self._pipeline is None:
                self._pipeline = load_pipeline(self.config.nlp.model or None)
            return self._pipeline

    def extract(self, texts: Iterable[str]) -> list[Extraction]:
        """Extraction in batches; one poll thread at a time uses the pipeline."""
        with self._nlp_lock:
            return list(extract_texts(self.nlp(), texts, self.config.nlp.batch_size))

    def close(self) -> None:
        self.fetcher.close()
        self.store.close()


def build_runtime(config: Config, *, console: TextIO | None = None,
                  clock: Callable[[], datetime] = utcnow) -> Runtime:
    store = open_store(config.store.path, isoformat_z(clock()))
    store.sync_sources([(s.name, s.kind, s.url) for s in config.sources])
    fetcher = Fetcher(build_client(config.http), config.http)
    return Runtime(config, store, fetcher, build_channels(config.alerts, console), clock)


@dataclass(frozen=True)
class PollReport:
    source: str
    new_articles: int = 0
    alerts: int = 0
    page_errors: tuple[str, ...] = ()
    error: str | None = None
    not_modified: bool = False
    revised: int = 0


@dataclass(frozen=True)
class _Page:
    item: FeedItem
    article: Article


def poll_source(rt: Runtime, name: str, now: datetime) -> PollReport:
    """Poll one source once: list, fetch new pages, extract, store, raise alerts.

    Expected failures (network, parsing) are SourceErrors, recorded on the
    source. Anything else is a bug in the monitor: it is logged with its
    traceback and recorded too, so that one poisoned source or page costs that
    source's poll and never the daemon or the other sources.
    """
    try:
        report = _poll(rt, rt.sources[name], now)
    except Exception as exc:  # the one boundary for bugs, see the docstring
        log.exception("source %s: internal error", name)
        report = _failed(rt, rt.sources[name], f"internal error: {exc!r}", now)
    source_alert = check_health(rt, name, now)
    return replace(report, alerts=report.alerts + (1 if source_alert else 0))


def _poll(rt: Runtime, source: SourceConfig, now: datetime) -> PollReport:
    try:
        listing = _fetch_listing(rt, source)
    except SourceError as exc:
        return _failed(rt, source, str(exc), now, getattr(exc, "retry_after", None))
    items, cache = listing if listing is not None else ([], None)
    known = rt.store.known_urls([i.url for i in items])
    # Feeds and listings put the newest first; process oldest first so that
    # alerts arrive in the order events happened (announcement before talks).
    new_items = [i for i in reversed(items) if i.url not in known]
    pages, errors = _fetch_pages(rt, source, _retryable(rt, new_items), now)
    if not rt.stop.is_set():
        rechecked, recheck_errors = _fetch_pages(rt, source, _due_rechecks(rt, source, now),
                                                 now, conditional=True)
        pages, errors = pages + rechecked, errors + recheck_errors
    extractions = _extract_pages(rt, source, pages, now)
    errors += [f"page {p.item.url}: extraction failed"
               for p, e in zip(pages, extractions, strict=True) if e is None]
    results = list(_store_pages(rt, source, pages, extractions, now))
    if cache is not None and not errors and not rt.stop.is_set():
        # Remember the listing only once every item on it is stored: a 304 next
        # time must not hide an item that this poll failed to fetch.
        rt.store.save_cache_headers(source.url, *cache, isoformat_z(now))
    new = sum(1 for r in results if r.duplicate_of is None and r.new)
    rt.store.record_success(source.name, isoformat_z(now), new_articles=new,
                            page_error=errors[-1] if errors else None)
    return PollReport(source.name, new, sum(len(r.alert_ids) for r in results), tuple(errors),
                      not_modified=listing is None,
                      revised=sum(1 for r in results if not r.new))


def source_backoff(interval: float, failures: int, retry_after: float | None = None,
                   spread: float = 1.0) -> timedelta:
    """How long a failing source rests: interval × 2^(failures-1), capped, never
    less than the server's Retry-After; ``spread`` (0.9–1.1) de-synchronises sources."""
    delay = min(SOURCE_BACKOFF_CAP, timedelta(seconds=interval) * 2 ** max(0, failures - 1))
    delay *= spread
    if retry_after is not None:
        delay = max(delay, timedelta(seconds=retry_after))
    return delay


def _failed(rt: Runtime, source: SourceConfig, error: str, now: datetime,
            retry_after: float | None = None) -> PollReport:
    row = rt.store.source_row(source.name) or {}
    failures = int(row.get("consecutive_failures") or 0) + 1
    delay = source_backoff(source.interval, failures, retry_after, random.uniform(0.9, 1.1))
    rt.store.record_failure(source.name, error, isoformat_z(now),
                            isoformat_z(now + delay))
    log.warning("source %s failed (%d in a row): %s", source.name, failures, error)
    return PollReport(source.name, error=error)


def check_health(rt: Runtime, name: str, now: datetime) -> int | None:
    """Raise one source alert per outage or silence; close it on recovery."""
    source = rt.sources[name]
    problem = source_problem(rt.store.source_row(name) or {}, source,
                             rt.config.daemon.source_alert_after, now)
    if problem is None:
        if rt.store.close_source_alert(name):
            log.info("source %s recovered", name)
        return None
    title, body = source_alert_text(source, problem)
    return rt.store.open_source_alert(name, title, body, list(rt.channels),
                                      isoformat_z(now))


def _fetch_listing(rt: Runtime, source: SourceConfig
                   ) -> tuple[list[FeedItem], tuple[str | None, str | None]] | None:
    etag, modified = rt.store.cache_headers(source.url)
    response = rt.fetcher.get(source.url, etag=etag, last_modified=modified)
    if response.not_modified:
        return None
    if source.kind == "rss":
        items = parse_feed(response.content, response.url, response.content_type)
    else:
        items = parse_listing(response.content, response.url, source.link_selector or "a")
    return items, (response.etag, response.last_modified)


def _due_rechecks(rt: Runtime, source: SourceConfig, now: datetime) -> list[FeedItem]:
    """Stored articles of the source, recent enough to recheck, not checked lately."""
    if source.recheck is None:
        return []
    rows = rt.store.recheck_candidates(
        source.name, since=isoformat_z(now - RECHECK_WINDOW),
        checked_before=isoformat_z(now - timedelta(seconds=source.recheck)))
    return [FeedItem(row["url"], row["title"], None, None) for row in rows]


def _retryable(rt: Runtime, items: list[FeedItem]) -> list[FeedItem]:
    """Items whose page has not yet failed MAX_PAGE_ATTEMPTS polls in a row."""
    attempts = rt.store.page_attempts([i.url for i in items])
    return [i for i in items if attempts.get(i.url, 0) < MAX_PAGE_ATTEMPTS]


def _fetch_pages(rt: Runtime, source: SourceConfig, items: list[FeedItem], now: datetime,
                 *, conditional: bool = False) -> tuple[list[_Page], list[str]]:
    pages: list[_Page] = []
    errors: list[str] = []
    selectors = Selectors(source.title_selector, source.body_selector, source.date_selector)
    for item in items:
        if rt.stop.is_set():
            break
        try:
            response = _fetch_page(rt, source, item.url, now, conditional)
            if response is None:
                continue  # a recheck answered 304: unchanged
            article = extract_article(
                response.content, response.url, content_type=response.content_type,
                selectors=selectors, fetched_at=now, fallback_title=item.title,
                fallback_date=item.published_at)
        except SourceError as exc:
            if _page_failed(rt, source, item.url, str(exc), now):
                errors.append(f"page {exc}")
            continue
        pages.append(_Page(item, article))
    return pages, errors


def _page_failed(rt: Runtime, source: SourceConfig, url: str, reason: str,
                 now: datetime) -> bool:
    """Count a failed page; True while it will be tried again."""
    tries = rt.store.record_page_failure(url, source.name, reason, isoformat_z(now))
    log.warning("source %s: page failed (%d of %d tries): %s", source.name, tries,
                MAX_PAGE_ATTEMPTS, reason)
    return tries < MAX_PAGE_ATTEMPTS


def _fetch_page(rt: Runtime, source: SourceConfig, url: str, now: datetime,
                conditional: bool) -> Response | None:
    """GET an article page; None when a recheck is answered 304 (unchanged).

    Only a stored article is asked conditionally: validators saved for a page
    whose article was then not stored must not turn its next fetch into a 304.
    """
    etag, last_modified = rt.store.cache_headers(url) if conditional else (None, None)
    response = rt.fetcher.get(url, etag=etag, last_modified=last_modified)
    if source.recheck is not None:
        rt.store.save_cache_headers(url, response.etag, response.last_modified,
                                    isoformat_z(now))
    return None if response.not_modified else response


def _store_pages(rt: Runtime, source: SourceConfig, pages: list[_Page],
                 extractions: list[Extraction | None], now: datetime) -> Iterator[SaveResult]:
    channels = list(rt.channels)
    for page, extraction in zip(pages, extractions, strict=True):
        if extraction is None:
            continue
        if rt.stop.is_set():
            return
        new = NewArticle(source.name, page.item.url, page.article.title, page.article.text,
                         isoformat_z(page.article.published_at), isoformat_z(now))
        info = ArticleInfo(new.title, new.url, new.source, new.published_at, new.text)
        hits = rt.watchlist.hits(new.text, extraction, new.title)
        findings = Findings(extraction, alert_drafts(hits, info), review_drafts(hits),
                            *identities(extraction))
        result = (rt.store.save_article(new, findings, channels)
                  or rt.store.revise_article(new, findings, channels))
        if result is not None:
            yield result


def _extract_pages(rt: Runtime, source: SourceConfig, pages: list[_Page],
                   now: datetime) -> list[Extraction | None]:
    """Extraction in one batch; if the batch fails, page by page, so that one page
    that breaks the pipeline is recorded in page_failures and the others are kept."""
    if not pages:
        return []
    try:
        return list(rt.extract(p.article.text for p in pages))
    except Exception:  # a bug in the NLP stage, isolated to the page that shows it
        log.exception("source %s: extraction failed; retrying page by page", source.name)
    results: list[Extraction | None] = []
    for page in pages:
        try:
            results.extend(rt.extract([page.article.text]))
        except Exception as exc:  # the same boundary, now for one page
            _page_failed(rt, source, page.item.url, f"extraction failed: {exc!r}", now)
            results.append(None)
    return results


def identities(extraction: Extraction) -> tuple[dict[str, str], dict[str, list[str]]]:
    """Each person's identity key, and the mentions that spell their full name."""
    keys = {p.name: identity_key(p.name) or p.name for p in extraction.persons}
    variants = {
        p.name: sorted({p.name} | {m.text for m in p.mentions
                                   if identity_key(m.text) == keys[p.name]})
        for p in extraction.persons
    }
    return keys, variants


def due_for_poll(rt: Runtime, name: str, now: datetime) -> bool:
    """False while a failing source is backing off."""
    row = rt.store.source_row(name) or {}
    after = row.get("next_poll_after")
    return not after or after <= (isoformat_z(now))


def poll_all(rt: Runtime, *, respect_backoff: bool = False) -> list[PollReport]:
    """Poll every enabled source once (``run --once``, the demo)."""
    reports = []
    for name in rt.sources:
        if rt.stop.is_set():
            break
        now = rt.clock()
        if respect_backoff and not due_for_poll(rt, name, now):
            continue
        reports.append(poll_source(rt, name, now))
    return reports


def deliver(rt: Runtime, *, force: bool = False) -> DeliveryReport:
    return deliver_due(rt.store, rt.channels, rt.clock(), force=force)
