"""Every bad input of the fetching issue, against real local servers: the poll goes
on, the failure is recorded, nothing is half-stored, `run --once` exits 0."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from pytest_httpserver import HTTPServer

from kcna_monitor.cli import cli
from tests.hostile import hostile_server
from tests.paths import fixture_bytes
from tests.site import FeedSite, config_text

HTTP = """
[http]
min_host_delay = 0.0
connect_timeout = 2.0
read_timeout = 1.0
total_timeout = 10.0
max_bytes = 2_000_000
"""


def _source(name: str, url: str) -> str:
    return f'\n[[sources]]\nname = "{name}"\nkind = "rss"\nurl = "{url}"\ninterval = "1h"\n'


def _serve_bad_inputs(server: HTTPServer) -> dict[str, tuple[str, str]]:
    """name -> (path, expected words in the recorded error)."""
    plain = {"404": ("/s/404", 404), "500": ("/s/500", 500), "503": ("/s/503", 503)}
    for _name, (path, status) in plain.items():
        server.expect_request(path).respond_with_data("no", status=status)
    server.expect_request("/s/429").respond_with_data("slow down", status=429,
                                                      headers={"Retry-After": "3600"})
    server.expect_request("/s/loop").respond_with_data("", status=302,
                                                       headers={"Location": "/s/loop"})
    server.expect_request("/s/ftp").respond_with_data(
        "", status=302, headers={"Location": "ftp://127.0.0.1/feed.xml"})
    for name in ("truncated", "garbage", "billion_laughs"):
        server.expect_request(f"/s/{name}").respond_with_data(
            fixture_bytes(f"feeds/{name}.xml"), content_type="application/rss+xml")
    return {
        "http-404": ("/s/404", "HTTP 404"), "http-500": ("/s/500", "HTTP 500"),
        "http-503": ("/s/503", "HTTP 503"), "http-429": ("/s/429", "HTTP 429"),
        "redirect-loop": ("/s/loop", "redirects"), "redirect-ftp": ("/s/ftp", "http and https"),
        "truncated-xml": ("/s/truncated", "not a readable feed"),
        "binary-garbage": ("/s/garbage", "not a readable feed"),
        "billion-laughs": ("/s/billion_laughs", "entities"),
    }


def test_run_once_survives_every_bad_source(tmp_path: Path, httpserver: HTTPServer) -> None:
    site = FeedSite(httpserver).install()
    site.publish("envoy")
    bad = _serve_bad_inputs(httpserver)
    with hostile_server() as hostile:
        closed = f"http://127.0.0.1:{_closed_port()}/feed.xml"
        sources = "".join(_source(name, httpserver.url_for(path))
                          for name, (path, _) in bad.items())
        sources += _source("connection-refused", closed)
        sources += _source("reset-mid-body", f"{hostile}/reset")
        sources += _source("one-gigabyte", f"{hostile}/huge")
        sources += _source("never-answers", f"{hostile}/never")
        config = tmp_path / "c.toml"
        config.write_text(HTTP + config_text(site.feed_url, str(tmp_path / "s.db"),
                                             str(tmp_path / "a.jsonl"), sources)
                          .replace("[http]\nmin_host_delay = 0.0\n", ""), encoding="utf-8")
        result = CliRunner().invoke(cli, ["run", "--once", "--config", str(config)])
    assert result.exit_code == 0, result.output
    status = CliRunner().invoke(cli, ["status", "--json", "--config", str(config)])
    rows = {r["source"]: r for r in map(json.loads, status.stdout.splitlines())}
    expected = {name: words for name, (_, words) in bad.items()}
    expected |= {"connection-refused": "network error", "reset-mid-body": "network error",
                 "one-gigabyte": "exceeds the cap", "never-answers": "timed out"}
    for name, words in expected.items():
        assert rows[name]["consecutive_failures"] == 1, name
        assert words in rows[name]["last_error"], (name, rows[name]["last_error"])
    assert rows["test-feed"]["articles"] == 1 and rows["test-feed"]["consecutive_failures"] == 0


def _closed_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.mark.parametrize("missing", ["link", "date"])
def test_feed_items_without_link_or_date(tmp_path: Path, httpserver: HTTPServer,
                                         missing: str) -> None:
    site = FeedSite(httpserver).install()
    link = "" if missing == "link" else f"<link>{httpserver.url_for('/a/farms.html')}</link>"
    date = "" if missing == "date" else "<pubDate>Wed, 19 Nov 2014 10:00:00 +0900</pubDate>"
    httpserver.expect_request("/odd.xml").respond_with_data(
        f"<?xml version='1.0'?><rss version='2.0'><channel><title>t</title><item>"
        f"<title>Premier Inspects Farms</title>{link}{date}</item></channel></rss>",
        content_type="application/rss+xml")
    config = tmp_path / "c.toml"
    config.write_text(config_text(httpserver.url_for("/odd.xml"), str(tmp_path / "s.db"),
                                  str(tmp_path / "a.jsonl")), encoding="utf-8")
    assert CliRunner().invoke(cli, ["run", "--once", "--config", str(config)]).exit_code == 0
    out = CliRunner().invoke(cli, ["articles", "--json", "--config", str(config)]).stdout
    articles = [json.loads(x) for x in out.splitlines()]
    assert len(articles) == (0 if missing == "link" else 1)
    if articles:  # no feed date: the page's own date is used
        assert articles[0]["published_at"] == "2014-11-19T01:00:00Z"
    del site


def test_euc_kr_page_without_charset_header_is_stored_readably(
        tmp_path: Path, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/kr.xml").respond_with_data(
        f"<?xml version='1.0'?><rss version='2.0'><channel><title>t</title><item><title>x"
        f"</title><link>{httpserver.url_for('/kr.html')}</link></item></channel></rss>",
        content_type="application/rss+xml")
    httpserver.expect_request("/kr.html").respond_with_data(
        fixture_bytes("pages/euc_kr_no_header.html"), content_type="text/html")
    config = tmp_path / "c.toml"
    config.write_text(config_text(httpserver.url_for("/kr.xml"), str(tmp_path / "s.db"),
                                  str(tmp_path / "a.jsonl")), encoding="utf-8")
    assert CliRunner().invoke(cli, ["run", "--once", "--config", str(config)]).exit_code == 0
    out = CliRunner().invoke(cli, ["search", "최룡해", "--json", "--config", str(config)])
    assert [json.loads(x)["title"] for x in out.stdout.splitlines()] == ["최룡해 동지 로씨야 방문"]
