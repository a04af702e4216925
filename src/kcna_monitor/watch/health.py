"""Source health: when a source's silence or failures deserve an alert of their own."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import Any

from kcna_monitor.config import SourceConfig


def source_problem(row: Mapping[str, Any], source: SourceConfig, alert_after: int,
                   now: datetime) -> str | None:
    """Why the source needs attention now, or None when it is healthy.

    ``row`` is the source's row in the store (failures, last success, last new
    article); timestamps are ISO 8601 UTC strings.
    """
    failures = int(row.get("consecutive_failures") or 0)
    if alert_after and failures >= alert_after:
        return f"{failures} polls in a row failed; last error: {row.get('last_error')}"
    if source.expected_cadence is None:
        return None
    since = row.get("last_new_article")  # set at the first successful poll too
    if not since:
        return None
    quiet = now - datetime.fromisoformat(since.replace("Z", "+00:00"))
    if quiet > timedelta(seconds=source.expected_cadence):
        return (f"nothing new for {_human(quiet)}, longer than the expected cadence of "
                f"{_human(timedelta(seconds=source.expected_cadence))}")
    return None


def _human(span: timedelta) -> str:
    hours = span.total_seconds() / 3600
    return f"{hours / 24:.1f} days" if hours >= 48 else f"{hours:.1f} hours"


def source_alert_text(source: SourceConfig, problem: str) -> tuple[str, str]:
    """Title and body of a source alert."""
    title = f"[kcna-monitor] source {source.name} needs attention"
    body = "\n".join([f"Source: {source.name} ({source.kind})", f"URL: {source.url}",
                      f"Problem: {problem}",
                      "One alert is sent per outage; the next comes after it recovers."])
    return title, body
