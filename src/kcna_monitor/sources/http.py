"""The one HTTP layer: a single httpx.Client and a polite fetcher around it.

Every request of the monitor goes through :class:`Fetcher.get`, which adds what
the sources deserve and httpx does not do by itself: a byte cap enforced while
streaming, a total deadline, redirects followed by hand (http and https only,
at most ``max_redirects``), robots.txt, a minimum delay per host, conditional
GET headers, and translation of every failure into :class:`FetchError`.
TLS verification is always on.
"""

from __future__ import annotations

import threading
import time
import urllib.robotparser
from collections.abc import Callable
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin, urlsplit

import httpx

from kcna_monitor import PROJECT_URL, __version__
from kcna_monitor.config import HttpConfig
from kcna_monitor.errors import FetchError, RobotsDenied

USER_AGENT = f"kcna-monitor/{__version__} (+{PROJECT_URL})"
_REDIRECTS = {301, 302, 303, 307, 308}
# robots.txt is small; a cap keeps a hostile host from feeding us megabytes.
_ROBOTS_MAX_BYTES = 512_000


def build_client(config: HttpConfig) -> httpx.Client:
    """The monitor's only httpx.Client: explicit timeouts, limits and User-Agent."""
    timeout = httpx.Timeout(
        connect=config.connect_timeout, read=config.read_timeout,
        write=config.read_timeout, pool=config.connect_timeout,
    )
    return httpx.Client(
        timeout=timeout,
        limits=httpx.Limits(max_connections=8, max_keepalive_connections=4),
        headers={"User-Agent": USER_AGENT},
        follow_redirects=False,  # followed by hand, to vet each hop
        verify=True,
    )


@dataclass(frozen=True)
class Response:
    """A fetched body with what parsing and caching need."""

    url: str  # the final URL, after redirects
    status: int
    content: bytes
    content_type: str
    etag: str | None
    last_modified: str | None

    @property
    def not_modified(self) -> bool:
        return self.status == 304


class Fetcher:
    """Polite GETs over one client; safe to share between scheduler threads."""

    def __init__(self, client: httpx.Client, config: HttpConfig, *,
                 clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self._client = client
        self._config = config
        self._clock = clock
        self._sleep = sleep
        self._host_locks: dict[str, threading.Lock] = {}
        self._host_last: dict[str, float] = {}
        self._robots: dict[str, urllib.robotparser.RobotFileParser | None] = {}
        self._guard = threading.Lock()

    def close(self) -> None:
        self._client.close()

    def get(self, url: str, *, etag: str | None = None,
            last_modified: str | None = None) -> Response:
        """GET ``url``; 304 is returned, any other non-2xx raises FetchError."""
        headers = _conditional_headers(etag, last_modified)
        for _hop in range(self._config.max_redirects + 1):
            _check_scheme(url)
            self._check_robots(url)
            response = self._request(url, headers)
            if response.status not in _REDIRECTS:
                return _accept(response)
            url = self._next_hop(url, response)
        raise FetchError(url, f"more than {self._config.max_redirects} redirects")

    def _next_hop(self, url: str, response: _Raw) -> str:
        if not response.location:
            raise FetchError(url, f"HTTP {response.status} redirect without Location")
        return urljoin(url, response.location)

    def _request(self, url: str, headers: dict[str, str]) -> _Raw:
        host = urlsplit(url).netloc
        with self._host_lock(host):
            self._wait_for_host(host)
            try:
                return self._stream(url, headers)
            finally:
                self._host_last[host] = self._clock()

    def _stream(self, url: str, headers: dict[str, str]) -> _Raw:
        deadline = self._clock() + self._config.total_timeout
        try:
            with self._client.stream("GET", url, headers=headers) as resp:
                body = b"" if resp.status_code in _REDIRECTS else self._read_capped(
                    url, resp, deadline)
                return _Raw.of(url, resp, body)
        except httpx.TimeoutException as exc:
            raise FetchError(url, f"timed out ({type(exc).__name__})") from exc
        except httpx.HTTPError as exc:
            raise FetchError(url, f"network error: {exc or type(exc).__name__}") from exc

    def _read_capped(self, url: str, resp: httpx.Response, deadline: float) -> bytes:
        declared = resp.headers.get("Content-Length", "")
        cap = self._config.max_bytes
        if declared.isdigit() and int(declared) > cap:
            raise FetchError(url, f"body of {declared} bytes exceeds the cap of {cap}")
        chunks: list[bytes] = []
        size = 0
        for chunk in resp.iter_bytes():
            size += len(chunk)
            if size > cap:
                raise FetchError(url, f"body exceeds the cap of {cap} bytes")
            if self._clock() > deadline:
                raise FetchError(url, f"body not received within {self._config.total_timeout}s")
            chunks.append(chunk)
        return b"".join(chunks)

    def _host_lock(self, host: str) -> threading.Lock:
        with self._guard:
            return self._host_locks.setdefault(host, threading.Lock())

    def _wait_for_host(self, host: str) -> None:
        last = self._host_last.get(host)
        if last is not None:
            remaining = self._config.min_host_delay - (self._clock() - last)
            if remaining > 0:
                self._sleep(remaining)

    def _check_robots(self, url: str) -> None:
        if not self._config.respect_robots:
            return
        parts = urlsplit(url)
        root = f"{parts.scheme}://{parts.netloc}"
        if root not in self._robots:
            self._robots[root] = self._load_robots(root)
        rules = self._robots[root]
        if rules is not None and not rules.can_fetch(USER_AGENT, url):
            raise RobotsDenied(url, "disallowed by robots.txt")

    def _load_robots(self, root: str) -> urllib.robotparser.RobotFileParser | None:
        """Rules for a host; None (allow all) when it has no readable robots.txt."""
        url = f"{root}/robots.txt"
        try:
            raw = self._request(url, {})
        except FetchError:
            return None
        if raw.status != 200 or len(raw.body) > _ROBOTS_MAX_BYTES:
            return None
        rules = urllib.robotparser.RobotFileParser(url)
        rules.parse(raw.body.decode("utf-8", "replace").splitlines())
        return rules


@dataclass(frozen=True)
class _Raw:
    url: str
    status: int
    body: bytes
    content_type: str
    location: str | None
    etag: str | None
    last_modified: str | None
    retry_after: str | None

    @classmethod
    def of(cls, url: str, resp: httpx.Response, body: bytes) -> _Raw:
        h = resp.headers
        return cls(url, resp.status_code, body, h.get("Content-Type", ""), h.get("Location"),
                   h.get("ETag"), h.get("Last-Modified"), h.get("Retry-After"))


def _accept(raw: _Raw) -> Response:
    if raw.status == 304 or 200 <= raw.status < 300:
        return Response(raw.url, raw.status, raw.body, raw.content_type, raw.etag,
                        raw.last_modified)
    raise FetchError(raw.url, f"HTTP {raw.status}", status=raw.status,
                     retry_after=parse_retry_after(raw.retry_after))


def _check_scheme(url: str) -> None:
    if urlsplit(url).scheme not in ("http", "https"):
        raise FetchError(url, "only http and https URLs are fetched")


def _conditional_headers(etag: str | None, last_modified: str | None) -> dict[str, str]:
    headers = {}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    return headers


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value).timestamp()
    except (TypeError, ValueError):
        return None
    return max(0.0, when - (time.time() if now is None else now))
