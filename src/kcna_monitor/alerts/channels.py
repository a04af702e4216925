"""Alert channels: any Apprise URL, plus the built-in ``console`` and ``file://…jsonl``.

A channel's ``send`` either returns (delivered) or raises AlertError with a
reason; it never raises anything else, so one bad channel cannot stop the
daemon. Channel names shown to users are redacted: URLs may carry secrets.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol, TextIO
from urllib.parse import unquote, urlsplit

from kcna_monitor.config import AlertTarget
from kcna_monitor.errors import AlertError


@dataclass(frozen=True)
class Message:
    """One alert as channels send it."""

    alert_id: int
    idempotency_key: str
    title: str
    body: str
    payload: dict[str, Any] = field(default_factory=dict)


class Channel(Protocol):
    key: str  # stable, secret-free identifier stored with each delivery
    name: str  # for people: redacted
    digest: str  # "immediate", "hourly" or "daily"

    def send(self, message: Message) -> None: ...


def channel_key(target: AlertTarget) -> str:
    """Stable across restarts, config reordering and secret rotation; no secret in it."""
    if target.key:
        return target.key
    digest = hashlib.sha256(target.url.encode("utf-8")).hexdigest()[:10]
    return f"{target.name}#{digest}"


@dataclass
class ConsoleChannel:
    key: str
    name: str = "console"
    stream: TextIO = field(default_factory=lambda: sys.stdout)
    digest: str = "immediate"

    def send(self, message: Message) -> None:
        rule = "-" * 72
        try:
            print(f"{rule}\nALERT {message.title}\n{message.body}\n{rule}", file=self.stream,
                  flush=True)
        except (OSError, ValueError) as exc:  # a closed pipe or stream
            raise AlertError(self.name, f"cannot write to the console: {exc}") from exc


@dataclass
class FileChannel:
    """Appends one JSON line per alert; the file is created with its folders."""

    key: str
    name: str
    path: Path
    digest: str = "immediate"

    def send(self, message: Message) -> None:
        line = json.dumps({"id": message.alert_id, "idempotency_key": message.idempotency_key,
                           "title": message.title, "body": message.body, **message.payload},
                          ensure_ascii=False)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with self.path.open("a", encoding="utf-8") as out:
                out.write(line + "\n")
        except OSError as exc:
            raise AlertError(self.name, f"cannot write {self.path}: {exc.strerror}") from exc


# Schemes whose receivers see HTTP headers: they get an Idempotency-Key header
# (Apprise's "+Header=value" URL syntax) so that a repeat can be dropped.
_HEADER_SCHEMES = ("json", "jsons", "xml", "xmls", "form", "forms")


@dataclass
class AppriseChannel:
    key: str
    name: str
    url: str = field(repr=False)
    digest: str = "immediate"

    def send(self, message: Message) -> None:
        import apprise  # imported on first use: it is slow to load and not always needed

        notifier = apprise.Apprise()
        if not notifier.add(self._url_for(message)):
            raise AlertError(self.name, "not a valid Apprise URL")
        ok, reason = _notify(notifier, message)
        if not ok:
            raise AlertError(self.name, scrub(reason, self.url) or "delivery failed")

    def _url_for(self, message: Message) -> str:
        if urlsplit(self.url).scheme not in _HEADER_SCHEMES:
            return self.url
        joiner = "&" if "?" in self.url else "?"
        return f"{self.url}{joiner}+Idempotency-Key={message.idempotency_key}"


def _notify(notifier: Any, message: Message) -> tuple[bool, str]:
    """Send through Apprise; its log lines become the reason, never stderr output
    (they may quote the URL's user or token)."""
    import apprise

    logger = logging.getLogger("apprise")
    logger.propagate = False
    try:
        with apprise.LogCapture(level=logging.WARNING, fmt="%(message)s") as log:
            try:
                ok = bool(notifier.notify(body=message.body, title=message.title))
            except Exception as exc:  # third-party plugin code: translated here
                return False, f"{type(exc).__name__}: {exc}"
            return ok, _last_line(log.getvalue())
    finally:
        logger.propagate = True


def scrub(text: str, url: str) -> str:
    """``text`` without the secrets of ``url``: its password and any token-like part.

    Host names (with dots) stay readable; a part is token-like when it is long
    or mixes digits in, as webhook ids, API keys and topics do.
    """
    secrets = set(re.findall(r"://[^/@:]*:([^@/]+)@", url))
    for part in re.split(r"[/:@?&=#+]", url):
        has_digit = any(c.isdigit() for c in part)
        if "." not in part and (len(part) >= 12 or (len(part) >= 6 and has_digit)):
            secrets.add(part)
    for secret in sorted(secrets, key=len, reverse=True):
        text = text.replace(secret, "…")
    return text


def _last_line(text: str) -> str:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return lines[-1] if lines else ""


def build_channel(target: AlertTarget, console: TextIO | None = None) -> Channel:
    key = channel_key(target)
    if target.url == "console":
        return ConsoleChannel(key=key, stream=console or sys.stdout, digest=target.digest)
    if target.url.startswith("file://"):
        path = Path(unquote(urlsplit(target.url).path))
        return FileChannel(key=key, name=target.name, path=path, digest=target.digest)
    return AppriseChannel(key=key, name=target.name, url=target.url, digest=target.digest)


def build_channels(targets: Sequence[AlertTarget],
                   console: TextIO | None = None) -> dict[str, Channel]:
    return {channel.key: channel for channel in (build_channel(t, console) for t in targets)}
