"""The outbox and its channels, against real receivers on 127.0.0.1."""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.handlers import Message as SmtpMessageHandler
from pytest_httpserver import HTTPServer

from kcna_monitor.alerts.channels import Channel, Message, build_channels
from kcna_monitor.alerts.outbox import MAX_ATTEMPTS, backoff, deliver_due, retry_failed
from kcna_monitor.config import AlertTarget
from kcna_monitor.nlp.records import Extraction
from kcna_monitor.store.repository import AlertDraft, Findings, NewArticle, Store, open_store

T0 = datetime(2024, 5, 22, 3, 0, tzinfo=UTC)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = open_store(tmp_path / "s.db", "2024-05-22T00:00:00Z")
    yield s
    s.close()


def raise_alert(store: Store, channels: dict[str, Channel], url: str = "http://t/1") -> int:
    article = NewArticle("src", url, "Envoy leaves", f"Choe Ryong Hae left for Moscow ({url}).",
                         "2024-05-22T00:00:00Z", "2024-05-22T01:00:00Z")
    draft = AlertDraft("Choe Ryong Hae", "Choe Ryong Hae", "Choe Ryong Hae", 1.0,
                       "[kcna-monitor] Choe Ryong Hae: Envoy leaves", "Watch: Choe Ryong Hae")
    result = store.save_article(article, Findings(Extraction((), ()), [draft]), list(channels))
    assert result is not None
    return result.alert_ids[0]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def statuses(store: Store) -> list[str]:
    return [r["status"] for r in store.rows("select status from alerts order by id")]


def test_backoff_doubles_and_is_capped() -> None:
    assert [backoff(n) for n in (1, 2, 3)] == [timedelta(minutes=m) for m in (1, 2, 4)]
    assert backoff(30) == timedelta(hours=1)


def test_one_alert_per_watch_and_article(store: Store, tmp_path: Path) -> None:
    channels = build_channels([AlertTarget(f"file://{tmp_path}/a.jsonl", "file")])
    raise_alert(store, channels)
    article = NewArticle("src", "http://t/1", "x", "y" * 100, None, "2024-05-22T02:00:00Z")
    assert store.save_article(article, Findings(Extraction((), ())), list(channels)) is None
    assert len(store.rows("select * from alerts")) == 1


def test_webhook_503_then_recovery_delivers_exactly_once(store: Store,
                                                         httpserver: HTTPServer) -> None:
    channels = build_channels([AlertTarget(f"json://127.0.0.1:{httpserver.port}/hook", "hook")])
    raise_alert(store, channels)
    httpserver.expect_oneshot_request("/hook", method="POST").respond_with_data("", status=503)
    report = deliver_due(store, channels, T0)
    assert (report.delivered, report.retrying) == (0, 1)
    assert statuses(store) == ["pending"]

    assert deliver_due(store, channels, T0 + timedelta(seconds=10)).retrying == 0  # backing off

    httpserver.expect_request("/hook", method="POST").respond_with_data("ok")
    assert deliver_due(store, channels, T0 + timedelta(minutes=2)).delivered == 1
    assert deliver_due(store, channels, T0 + timedelta(hours=5), force=True).delivered == 0
    posts = [r for r, _ in httpserver.log if r.path == "/hook"]
    assert len(posts) == 2 and statuses(store) == ["delivered"]
    keys = {r.headers.get("Idempotency-Key") for r in posts}
    assert len(keys) == 1 and None not in keys  # the same key on the retry
    assert json.loads(posts[-1].data)["title"].startswith("[kcna-monitor] Choe Ryong Hae")


def test_a_channel_that_never_recovers_ends_failed(store: Store, httpserver: HTTPServer) -> None:
    channels = build_channels([AlertTarget(f"json://127.0.0.1:{httpserver.port}/x", "hook")])
    raise_alert(store, channels)
    httpserver.expect_request("/x").respond_with_data("", status=500)
    for attempt in range(MAX_ATTEMPTS):
        deliver_due(store, channels, T0 + timedelta(days=attempt))
    assert statuses(store) == ["failed"]
    row = store.rows("select attempts, last_error from deliveries")[0]
    assert row["attempts"] == MAX_ATTEMPTS
    # `alerts retry` puts it back in the queue, and it goes once the receiver is back
    assert retry_failed(store) == 1 and statuses(store) == ["pending"]
    httpserver.clear()
    httpserver.expect_request("/x").respond_with_data("ok")
    assert deliver_due(store, channels, T0, force=True).delivered == 1
    assert statuses(store) == ["delivered"]


def test_one_bad_channel_does_not_stop_the_others(store: Store, tmp_path: Path) -> None:
    channels = build_channels([AlertTarget("notascheme://nothing", "bad"),
                               AlertTarget(f"file://{tmp_path}/ok.jsonl", "file")])
    raise_alert(store, channels)
    report = deliver_due(store, channels, T0)
    assert (report.delivered, report.retrying) == (1, 1)
    assert (tmp_path / "ok.jsonl").read_text(encoding="utf-8").count("\n") == 1
    errors = store.rows("select channel, last_error from deliveries where status = 'pending'")
    assert "not a valid Apprise URL" in errors[0]["last_error"]


def test_email_through_a_real_smtp_server(store: Store) -> None:
    received = []

    class Collect(SmtpMessageHandler):
        def handle_message(self, message: object) -> None:
            received.append(message)

    port = free_port()
    controller = Controller(Collect(), hostname="127.0.0.1", port=port)
    controller.start()
    try:
        url = (f"mailto://127.0.0.1:{port}?from=monitor@example.org&to=desk@example.org"
               "&mode=insecure&user=monitor&pass=")
        channels = build_channels([AlertTarget(url, "mail")])
        raise_alert(store, channels)
        report = deliver_due(store, channels, T0)
    finally:
        controller.stop()
    assert report.delivered == 1, store.rows("select last_error from deliveries")
    assert len(received) == 1
    assert "Choe Ryong Hae" in str(received[0]["Subject"])


def test_digest_channels_send_one_message_per_closed_period(store: Store,
                                                            tmp_path: Path) -> None:
    targets = [AlertTarget(f"file://{tmp_path}/hourly.jsonl", "hourly", digest="hourly"),
               AlertTarget(f"file://{tmp_path}/now.jsonl", "now")]
    channels = build_channels(targets)
    for n in range(3):  # raised at 01:00Z (the articles' fetch time)
        raise_alert(store, channels, url=f"http://t/{n}")
    lines = lambda name: (tmp_path / name).read_text(encoding="utf-8").splitlines()  # noqa: E731
    early = datetime(2024, 5, 22, 1, 30, tzinfo=UTC)
    assert deliver_due(store, channels, early).delivered == 3  # immediate channel only
    assert not (tmp_path / "hourly.jsonl").exists()
    assert deliver_due(store, channels, early, force=True).delivered == 0  # period still open
    assert deliver_due(store, channels, datetime(2024, 5, 22, 2, 0, 1, tzinfo=UTC)).delivered == 3
    [digest] = [json.loads(x) for x in lines("hourly.jsonl")]
    assert digest["title"] == "[kcna-monitor] hourly digest: 3 alerts"
    assert digest["alert_ids"] == [1, 2, 3] and digest["body"].count("Watch: Choe") == 3
    assert len(lines("now.jsonl")) == 3
    assert statuses(store) == ["delivered"] * 3


def test_digest_cutoff() -> None:
    from kcna_monitor.alerts.outbox import digest_cutoff

    now = datetime(2024, 5, 22, 13, 45, tzinfo=UTC)
    assert digest_cutoff(now, "hourly") == datetime(2024, 5, 22, 13, 0, tzinfo=UTC)
    assert digest_cutoff(now, "daily") == datetime(2024, 5, 22, 0, 0, tzinfo=UTC)


def test_secrets_in_a_channel_error_are_scrubbed() -> None:
    from kcna_monitor.alerts.channels import scrub

    url = "slack://T0A1B2C3/B4D5E6F7/xoxbSecretToken123/#news"
    message = "Failed to send to slack://T0A1B2C3/B4D5E6F7/xoxbSecretToken123: 404"
    cleaned = scrub(message, url)
    assert "xoxbSecretToken123" not in cleaned and "T0A1B2C3" not in cleaned
    assert cleaned.startswith("Failed to send to slack:") and cleaned.endswith("404")
    assert scrub("mailto://desk:hunter2pass@smtp.example.org refused",
                 "mailto://desk:hunter2pass@smtp.example.org") == \
        "mailto://desk:…@smtp.example.org refused"


@dataclass
class Recorder:
    """A channel that records what it is asked to send; ``hold`` can pause a send."""

    key: str = "rec#1"
    name: str = "rec"
    digest: str = "immediate"
    sent: list[int] = field(default_factory=list)
    hold: threading.Event | None = None
    sending: threading.Event = field(default_factory=threading.Event)

    def send(self, message: Message) -> None:
        self.sent.append(message.alert_id)
        self.sending.set()
        if self.hold is not None:
            self.hold.wait(timeout=10)  # only a double send (the bug) waits this long


def test_two_senders_at_once_send_each_alert_once(store: Store) -> None:
    """Poll threads and `alerts retry` may deliver at the same moment."""
    other_done = threading.Event()
    channel = Recorder(hold=other_done)
    channels: dict[str, Channel] = {channel.key: channel}
    raise_alert(store, channels)
    first = threading.Thread(target=deliver_due, args=(store, channels, T0))
    first.start()
    assert channel.sending.wait(timeout=10)  # the first sender is now inside send()
    deliver_due(store, channels, T0)  # the second sender finds the delivery claimed
    other_done.set()
    first.join()
    assert channel.sent == [1] and statuses(store) == ["delivered"]


def test_a_claim_left_by_a_dead_sender_is_taken_over(store: Store) -> None:
    from kcna_monitor.alerts.outbox import CLAIM_TIMEOUT

    channel = Recorder()
    channels: dict[str, Channel] = {channel.key: channel}
    raise_alert(store, channels)
    with store.transaction() as db:  # as a sender killed mid-send leaves it
        db.execute("update deliveries set status = 'sending', claimed_at = ?",
                   ["2024-05-22T03:00:00Z"])
    assert deliver_due(store, channels, T0 + CLAIM_TIMEOUT / 2).delivered == 0
    assert deliver_due(store, channels, T0 + CLAIM_TIMEOUT * 2).delivered == 1
    assert channel.sent == [1]


def test_a_channel_raising_anything_is_recorded_not_fatal(store: Store, tmp_path: Path) -> None:
    class Broken:
        key, name, digest = "broken#1", "broken", "immediate"

        def send(self, message: Message) -> None:
            raise BrokenPipeError("stdout closed")

    channels: dict[str, Channel] = {"broken#1": Broken(), **build_channels(
        [AlertTarget(f"file://{tmp_path}/ok.jsonl", "file")])}
    raise_alert(store, channels)
    report = deliver_due(store, channels, T0)
    assert (report.delivered, report.retrying) == (1, 1)
    [row] = store.rows("select last_error from deliveries where status = 'pending'")
    assert "BrokenPipeError" in row["last_error"]
