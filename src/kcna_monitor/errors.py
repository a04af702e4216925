"""Every error the monitor raises on purpose, in one hierarchy.

Third-party exceptions (httpx, feedparser, sqlite3, apprise, spaCy) are
translated at the boundary where they occur, ``raise FetchError(url, ...) from
exc``, so callers above a stage only ever catch these::

    MonitorError                  base: anything the monitor reports to a user
    ├── ConfigError               bad configuration file, key or value (exit 2)
    ├── SourceError               one source failed; the others go on
    │   ├── FetchError            network, HTTP status, size cap, redirect policy
    │   │   └── RobotsDenied      robots.txt forbids the URL
    │   └── ParseError            a feed or page that cannot be read
    ├── ExtractionError           the NLP pipeline cannot be loaded or run
    ├── StoreError                the SQLite store cannot be opened or migrated
    └── AlertError                one alert channel failed; the outbox retries

The daemon catches ``SourceError`` per source and ``AlertError`` per channel
and records them; ``ConfigError`` and ``StoreError`` stop a command with a
one-line message, never a traceback.
"""

from __future__ import annotations


class MonitorError(Exception):
    """Base class: an error with a message meant for the user."""


class ConfigError(MonitorError):
    """A configuration file, key or value is wrong."""

    def __init__(self, message: str, *, path: str | None = None, key: str | None = None):
        self.path = path
        self.key = key
        where = ": ".join(p for p in (path, key) if p)
        super().__init__(f"{where}: {message}" if where else message)


class SourceError(MonitorError):
    """A source could not be polled; recorded on the source, the poll goes on."""


class FetchError(SourceError):
    """An HTTP request failed (network, status, size cap, redirect policy)."""

    def __init__(self, url: str, reason: str, *, status: int | None = None,
                 retry_after: float | None = None):
        self.url = url
        self.reason = reason
        self.status = status
        self.retry_after = retry_after
        super().__init__(f"{url}: {reason}")


class RobotsDenied(FetchError):
    """robots.txt of the host disallows this URL for our User-Agent."""


class ParseError(SourceError):
    """A feed, listing or article page could not be parsed."""

    def __init__(self, url: str, reason: str):
        self.url = url
        self.reason = reason
        super().__init__(f"{url}: {reason}")


class ExtractionError(MonitorError):
    """The NLP pipeline could not be loaded or failed on a text."""


class StoreError(MonitorError):
    """The SQLite store could not be opened, migrated or written."""


class AlertError(MonitorError):
    """An alert channel refused or failed a delivery."""

    def __init__(self, channel: str, reason: str):
        self.channel = channel
        self.reason = reason
        super().__init__(f"{channel}: {reason}")
