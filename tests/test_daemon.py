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
from werkzeug import Request, Response

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


class _Receiver:
    """A webhook receiver that holds the first delivery until released."""

    def __init__(self, server: HTTPServer) -> None:
        self.keys: list[str] = []
        self.first_arrived = threading.Event()
        self.release = threading.Event()
        server.expect_request("/hook", method="POST").respond_with_handler(self._handle)

    def _handle(self, request: Request) -> Response:
        self.keys.append(request.headers.get("Idempotency-Key", ""))
        if len(self.keys) == 1:
            self.first_arrived.set()
            self.release.wait(timeout=30)  # the daemon is killed while this one is in flight
        return Response("ok")


def test_kill_9_during_delivery_then_restart_sends_each_alert_once(
        tmp_path: Path, httpserver: HTTPServer) -> None:
    site = FeedSite(httpserver).install()
    site.publish("envoy", "other")
    receiver = _Receiver(httpserver)
    config = tmp_path / "kcna-monitor.toml"
    hook = f"json://127.0.0.1:{httpserver.port}/hook"
    extra = '\n[[watch]]\nname = "Ri Su Yong"\n\n[[watch]]\nname = "Choe Son Hui"\n'
    config.write_text(config_text(site.feed_url, str(tmp_path / "s.db"), "", extra)
                      .replace('url = "file://"', f'url = "{hook}"'), encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "kcna_monitor", "run", "--config",
                             str(config)], stderr=subprocess.DEVNULL)
    try:
        assert receiver.first_arrived.wait(STARTUP_LIMIT)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        proc.kill()
        receiver.release.set()
    for _ in range(2):  # the restart, then one more: nothing is sent twice
        subprocess.run([sys.executable, "-m", "kcna_monitor", "run", "--once", "--config",
                        str(config)], check=True, capture_output=True, timeout=STARTUP_LIMIT)
    with sqlite3.connect(tmp_path / "s.db") as db:
        statuses = [r[0] for r in db.execute("select status from alerts")]
    assert statuses == ["delivered"] * 3
    assert len(set(receiver.keys)) == 3  # every alert arrived
    assert len(receiver.keys) <= 4  # at most the one in flight was repeated, same key
