"""Every command of ../shared/CLI.md, end to end: a real local HTTP server, a real
SQLite file, the real spaCy model."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result
from pytest_httpserver import HTTPServer

from kcna_monitor.cli import cli
from tests.site import FeedSite, config_text

COMMANDS = ["run", "demo", "extract", "match-names", "articles", "search", "persons",
            "envoys", "alerts", "status", "review", "backtest"]


@pytest.fixture
def site(httpserver: HTTPServer) -> FeedSite:
    return FeedSite(httpserver).install()


@pytest.fixture
def workdir(tmp_path: Path, site: FeedSite) -> Iterator[Path]:
    (tmp_path / "kcna-monitor.toml").write_text(
        config_text(site.feed_url, str(tmp_path / "store.db"), str(tmp_path / "alerts.jsonl")),
        encoding="utf-8")
    yield tmp_path


def invoke(workdir: Path, *args: str, stdin: str | None = None) -> Result:
    config = str(workdir / "kcna-monitor.toml")
    return CliRunner().invoke(cli, [args[0], "--config", config, *args[1:]], input=stdin,
                              catch_exceptions=False)


def json_lines(result: Result) -> list[dict[str, Any]]:
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


def sent_alerts(workdir: Path) -> list[dict[str, Any]]:
    path = workdir / "alerts.jsonl"
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_answers_help(command: str) -> None:
    result = CliRunner().invoke(cli, [command, "--help"])
    assert result.exit_code == 0
    assert result.output.startswith(f"Usage: cli {command}")
    assert "--config" in result.output
    touches_store = command not in ("demo", "extract", "match-names")
    assert ("--db" in result.output) is touches_store


def test_run_once_stores_extracts_and_alerts(workdir: Path, site: FeedSite) -> None:
    site.publish("envoy", "other")
    assert invoke(workdir, "run", "--once").exit_code == 0

    articles = json_lines(invoke(workdir, "articles", "--json"))
    assert {a["title"] for a in articles} == {"Special Envoy Leaves for Moscow",
                                              "Vice-Minister Meets Delegation"}
    assert all(a["published_at"].endswith("Z") and a["fetched_at"].endswith("Z")
               for a in articles)
    assert articles[0]["published_at"] > articles[1]["published_at"]  # newest first

    persons = {p["name"]: p for p in json_lines(invoke(workdir, "persons", "--json"))}
    assert {"Choe Ryong Hae", "Kim Jong Un", "Ri Su Yong", "Choe Son Hui"} <= set(persons)
    assert "Kim Il Sung" not in persons  # "Kim Il Sung Square" is a place
    assert persons["Choe Son Hui"]["mentions"] == 2

    envoys = json_lines(invoke(workdir, "envoys", "--json"))
    assert [(e["envoy"], e["principal"], e["destination"], e["status"]) for e in envoys] == [
        ("Choe Ryong Hae", "Kim Jong Un", "Moscow", "departed")]

    alerts = json_lines(invoke(workdir, "alerts", "--json"))
    assert [(a["watch"], a["status"]) for a in alerts] == [("Choe Ryong Hae", "delivered")]
    [sent] = sent_alerts(workdir)
    assert "Choe Ryong Hae, special envoy of Kim Jong Un to Moscow (departed)" in sent["body"]
    assert "Special Envoy Leaves for Moscow" in sent["body"]
    assert site.server.url_for("/a/envoy.html") in sent["body"]


def test_second_poll_of_unchanged_feed_is_conditional_and_sends_nothing(
        workdir: Path, site: FeedSite) -> None:
    site.publish("envoy")
    invoke(workdir, "run", "--once")
    pages_before = site.hits.get("/a/envoy.html", 0)

    assert invoke(workdir, "run", "--once").exit_code == 0
    feed_requests = [r for r, _ in site.server.log if r.path == "/feed.xml"]
    assert feed_requests[-1].headers.get("If-None-Match") == '"v1"'
    assert site.hits["/a/envoy.html"] == pages_before == 1
    assert len(sent_alerts(workdir)) == 1

    site.publish("other", "farms")
    invoke(workdir, "run", "--once")
    assert site.hits["/a/other.html"] == 1 and site.hits["/a/farms.html"] == 1
    assert site.hits["/a/envoy.html"] == 1
    assert len(json_lines(invoke(workdir, "articles", "--json"))) == 3
    assert len(sent_alerts(workdir)) == 1  # Choe Son Hui is not Choe Ryong Hae


def test_search_finds_words_and_survives_odd_queries(workdir: Path, site: FeedSite) -> None:
    site.publish("envoy", "farms")
    invoke(workdir, "run", "--once")
    hits = json_lines(invoke(workdir, "search", "Moscow", "--json"))
    assert [h["title"] for h in hits] == ["Special Envoy Leaves for Moscow"]
    assert "Moscow" in hits[0]["snippet"]
    for odd in ['"unbalanced', "AND OR NOT", "*"]:
        assert json_lines(invoke(workdir, "search", odd, "--json")) == []
    hyphenated = json_lines(invoke(workdir, "search", "choe-ryong", "--json"))
    assert [h["title"] for h in hyphenated] == ["Special Envoy Leaves for Moscow"]


def test_status_shows_each_source(workdir: Path, site: FeedSite) -> None:
    site.publish("envoy")
    invoke(workdir, "run", "--once")
    [row] = json_lines(invoke(workdir, "status", "--json"))
    assert row["source"] == "test-feed" and row["articles"] == 1
    assert row["consecutive_failures"] == 0 and row["last_success"].endswith("Z")


def test_a_broken_source_is_recorded_and_the_others_go_on(
        tmp_path: Path, site: FeedSite) -> None:
    site.publish("envoy")
    broken = '[[sources]]\nname = "down"\nkind = "rss"\nurl = "http://127.0.0.1:9/feed.xml"\n'
    (tmp_path / "kcna-monitor.toml").write_text(config_text(
        site.feed_url, str(tmp_path / "s.db"), str(tmp_path / "a.jsonl"), broken),
        encoding="utf-8")
    assert invoke(tmp_path, "run", "--once").exit_code == 0
    rows = {r["source"]: r for r in json_lines(invoke(tmp_path, "status", "--json"))}
    assert rows["down"]["consecutive_failures"] == 1
    assert "127.0.0.1:9" in rows["down"]["last_error"]
    assert rows["test-feed"]["articles"] == 1


def test_configuration_errors_exit_2_with_one_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.toml"
    path.write_text('[store]\npath = "x.db"\ncolour = "red"\n', encoding="utf-8")
    for command in ("run", "articles", "status"):
        result = CliRunner().invoke(cli, [command, "--config", str(path)])
        assert result.exit_code == 2
        assert result.stderr.count("\n") == 1
        assert str(path) in result.stderr and "store.colour" in result.stderr
        assert "Traceback" not in result.output


def test_db_flag_overrides_the_store_path(workdir: Path, site: FeedSite) -> None:
    site.publish("envoy")
    other = workdir / "elsewhere.db"
    invoke(workdir, "run", "--once", "--db", str(other))
    assert other.exists() and not (workdir / "store.db").exists()
    assert len(json_lines(invoke(workdir, "articles", "--json", "--db", str(other)))) == 1


def test_extract_writes_one_line_per_input(workdir: Path) -> None:
    lines = [
        {"id": "a", "text": "Pyongyang, May 2 (KCNA) -- Pak Pong Ju, premier of the Cabinet, "
                            "inspected a farm."},
        {"id": 7, "title": "t", "text": "Nothing here."},
    ]
    stdin = "\n".join(json.dumps(x) for x in lines) + "\n"
    rows = json_lines(invoke(workdir, "extract", "-", stdin=stdin))
    assert [r["id"] for r in rows] == ["a", 7]
    assert rows[0]["persons"] == ["Pak Pong Ju"] and rows[0]["envoys"] == []
    assert rows[1]["persons"] == []


def test_extract_reports_bad_lines_and_keeps_the_good(workdir: Path) -> None:
    stdin = '{"id": 1, "text": "Kim Jong Un spoke."}\nnot json\n{"text": "no id"}\n'
    result = invoke(workdir, "extract", "-", stdin=stdin)
    assert result.exit_code == 1
    assert [json.loads(x)["id"] for x in result.stdout.splitlines()] == [1]
    assert "line 2" in result.stderr and "line 3" in result.stderr


def test_match_names(workdir: Path) -> None:
    stdin = ("watch_name\tmention\texpected\n"
             "Choe Ryong Hae\tChoe Ryong-hae\ttrue\n"
             "Kim Jong Un\tKim Jong Il\tfalse\n")
    rows = json_lines(invoke(workdir, "match-names", "-", stdin=stdin))
    assert [(r["mention"], r["match"]) for r in rows] == [("Choe Ryong-hae", True),
                                                          ("Kim Jong Il", False)]
    assert all(isinstance(r["score"], float) for r in rows)


def test_listings_print_tables_without_json(workdir: Path, site: FeedSite) -> None:
    site.publish("envoy")
    invoke(workdir, "run", "--once")
    result = invoke(workdir, "envoys")
    assert result.exit_code == 0
    assert result.stdout.splitlines()[0].split()[:4] == ["envoy", "principal", "destination",
                                                        "status"]
    assert "Choe Ryong Hae" in result.stdout


def test_weak_matches_land_in_review_not_in_alerts(tmp_path: Path, site: FeedSite) -> None:
    site.publish("envoy")
    weak = '[[watch]]\nname = "Choe Yong Hae"\nnotes = "southern spelling, unconfirmed"\n'
    (tmp_path / "kcna-monitor.toml").write_text(config_text(
        site.feed_url, str(tmp_path / "s.db"), str(tmp_path / "a.jsonl"), weak),
        encoding="utf-8")
    invoke(tmp_path, "run", "--once")
    [review] = json_lines(invoke(tmp_path, "review", "--json"))
    assert (review["watch"], review["person"]) == ("Choe Yong Hae", "Choe Ryong Hae")
    assert 0.75 <= review["score"] < 0.9 and "initial-law" in review["reasons"]
    alerts = json_lines(invoke(tmp_path, "alerts", "--json"))
    assert [a["watch"] for a in alerts] == ["Choe Ryong Hae"]


def test_persons_are_one_identity_across_spellings(tmp_path: Path,
                                                   httpserver: HTTPServer) -> None:
    site = FeedSite(httpserver).install()
    httpserver.expect_request("/a/wire.html").respond_with_data(
        "<html><head><title>Wire</title></head><body><article><h1>North Korean envoy in "
        "Moscow</h1><p>MOSCOW, Nov. 18 (Reuters) -- Choe Ryong-hae, a senior aide to North "
        "Korean leader Kim Jong-un, met Russian officials on Tuesday, the foreign ministry "
        "said in a statement.</p></article></body></html>", content_type="text/html")
    site.publish("envoy")
    site.publish_elsewhere("wire", "North Korean envoy in Moscow")
    (tmp_path / "kcna-monitor.toml").write_text(config_text(
        site.feed_url, str(tmp_path / "s.db"), str(tmp_path / "a.jsonl")), encoding="utf-8")
    invoke(tmp_path, "run", "--once")
    persons = {p["name"]: p for p in json_lines(invoke(tmp_path, "persons", "--json"))}
    assert "Choe Ryong-hae" not in persons and "Kim Jong-un" not in persons
    assert set(persons["Choe Ryong Hae"]["variants"]) >= {"Choe Ryong Hae", "Choe Ryong-hae"}
    assert persons["Kim Jong Un"]["mentions"] == 2


def test_backtest_shows_what_would_alert_and_sends_nothing(workdir: Path,
                                                           site: FeedSite) -> None:
    site.publish("envoy", "other", "farms")
    invoke(workdir, "run", "--once")
    config = workdir / "kcna-monitor.toml"
    config.write_text(config.read_text(encoding="utf-8") + (
        '\n[[watch]]\nname = "Pak Pong Ju"\n'
        '\n[[watch]]\nname = "Envoys to Russia"\nkind = "envoy"\ndestination = "Russia"\n'),
        encoding="utf-8")
    before = sent_alerts(workdir)
    rows = json_lines(invoke(workdir, "backtest", "--since", "2014-11-01", "--json"))
    assert {(r["watch"], r["person"]) for r in rows} == {
        ("Choe Ryong Hae", "Choe Ryong Hae"), ("Envoys to Russia", "Choe Ryong Hae"),
        ("Pak Pong Ju", "Pak Pong Ju")}
    assert json_lines(invoke(workdir, "backtest", "--since", "2014-11-19T00:00:00Z",
                             "--json")) == [r for r in rows if r["watch"] == "Pak Pong Ju"]
    assert sent_alerts(workdir) == before
    assert len(json_lines(invoke(workdir, "alerts", "--json"))) == 1
    bad = invoke(workdir, "backtest", "--since", "last tuesday")
    assert bad.exit_code == 2 and "--since" in bad.stderr


def test_alerts_retry_requeues_failed_deliveries(tmp_path: Path, site: FeedSite) -> None:
    site.publish("envoy")
    broken = tmp_path / "not-a-dir"
    broken.write_text("a file where a folder should be", encoding="utf-8")
    (tmp_path / "kcna-monitor.toml").write_text(config_text(
        site.feed_url, str(tmp_path / "s.db"), str(broken / "alerts.jsonl")), encoding="utf-8")
    for _ in range(10):
        invoke(tmp_path, "run", "--once")
    [alert] = json_lines(invoke(tmp_path, "alerts", "--json"))
    assert alert["status"] == "failed"
    broken.unlink()
    result = invoke(tmp_path, "alerts", "retry")
    assert result.exit_code == 0 and "1 failed deliveries queued again; 1 delivered" in \
        result.stderr
    [alert] = json_lines(invoke(tmp_path, "alerts", "--json"))
    assert alert["status"] == "delivered"
    assert len((broken / "alerts.jsonl").read_text(encoding="utf-8").splitlines()) == 1


def test_backtest_since_is_utc() -> None:
    from datetime import UTC, datetime

    from kcna_monitor.cli import parse_utc

    assert parse_utc("2024-05-01") == datetime(2024, 5, 1, tzinfo=UTC)
    assert parse_utc("2024-05-01T10:00") == datetime(2024, 5, 1, 10, tzinfo=UTC)
    assert parse_utc("2024-05-01T10:00+09:00") == datetime(2024, 5, 1, 1, tzinfo=UTC)


def test_status_lists_configured_sources_before_their_first_poll(workdir: Path) -> None:
    [row] = json_lines(invoke(workdir, "status", "--json"))
    assert (row["source"], row["last_success"], row["articles"]) == ("test-feed", None, 0)
