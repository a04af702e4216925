"""The daemon as users run it: a real process, a real schedule, a clean stop."""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

from tests.site import FeedSite, config_text

STARTUP_LIMIT = 120  # seconds; the first poll loads the spaCy model


def _wait_for_line(stream: object, needle: str, limit: float) -> list[str]:
    seen: list[str] = []
    found = threading.Event()

    def reader() -> None:
        for line in stream:  # type: ignore[attr-defined]
            seen.append(line)
            if needle in line:
                found.set()
        found.set()

    threading.Thread(target=reader, daemon=True).start()
    assert found.wait(limit), f"no {needle!r} within {limit}s: {seen}"
    return seen


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_run_polls_on_schedule_and_stops_cleanly(tmp_path: Path, httpserver: HTTPServer,
                                                 signum: int) -> None:
    site = FeedSite(httpserver).install()
    site.publish("envoy", "other")
    config = tmp_path / "kcna-monitor.toml"
    alerts = tmp_path / "alerts.jsonl"
    config.write_text(config_text(site.feed_url, str(tmp_path / "s.db"), str(alerts)),
                      encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "kcna_monitor", "run", "--config",
                             str(config)], stderr=subprocess.PIPE, text=True)
    try:
        lines = _wait_for_line(proc.stderr, "poll test-feed:", STARTUP_LIMIT)
        proc.send_signal(signum)
        assert proc.wait(timeout=60) == 0
    finally:
        proc.kill()
    assert any("2 new articles, 1 alerts" in line for line in lines)
    with sqlite3.connect(tmp_path / "s.db") as db:
        assert db.execute("select count(*) from articles").fetchone()[0] == 2
        assert db.execute("select count(*) from alerts").fetchone()[0] == 1
    assert [json.loads(x)["watch"] for x in alerts.read_text().splitlines()] == ["Choe Ryong Hae"]
