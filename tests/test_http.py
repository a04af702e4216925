"""The HTTP layer against real servers on 127.0.0.1."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from dataclasses import replace

import pytest
from pytest_httpserver import HTTPServer

from kcna_monitor.config import config_from_text
from kcna_monitor.errors import FetchError, RobotsDenied
from kcna_monitor.sources.http import USER_AGENT, Fetcher, build_client, parse_retry_after

HTTP = replace(config_from_text("", environ={}).http, min_host_delay=0.0, read_timeout=0.5,
               connect_timeout=0.5, total_timeout=5.0, max_bytes=1000)


@pytest.fixture
def fetcher() -> Iterator[Fetcher]:
    f = Fetcher(build_client(HTTP), HTTP)
    yield f
    f.close()


def test_user_agent_and_conditional_headers(fetcher: Fetcher, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/f", headers={"If-None-Match": '"v1"'}).respond_with_data(
        "", status=304)
    response = fetcher.get(httpserver.url_for("/f"), etag='"v1"')
    assert response.not_modified
    request = next(r for r, _ in httpserver.log if r.path == "/f")
    assert request.headers["User-Agent"] == USER_AGENT
    assert USER_AGENT.startswith("kcna-monitor/")


@pytest.mark.parametrize("status", [404, 500, 503])
def test_error_statuses_raise_fetch_error(fetcher: Fetcher, httpserver: HTTPServer,
                                          status: int) -> None:
    httpserver.expect_request("/x").respond_with_data("no", status=status)
    with pytest.raises(FetchError, match=f"HTTP {status}") as info:
        fetcher.get(httpserver.url_for("/x"))
    assert info.value.status == status


def test_retry_after_is_kept(fetcher: Fetcher, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/x").respond_with_data("", status=429,
                                                      headers={"Retry-After": "120"})
    with pytest.raises(FetchError) as info:
        fetcher.get(httpserver.url_for("/x"))
    assert info.value.retry_after == 120


def test_parse_retry_after_http_date() -> None:
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT", now=1445412470.0) == 10.0
    assert parse_retry_after("soon") is None


def test_body_cap_is_enforced(fetcher: Fetcher, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/big").respond_with_data("x" * 5000)
    with pytest.raises(FetchError, match="exceeds the cap"):
        fetcher.get(httpserver.url_for("/big"))


def test_redirects_followed_then_limited(fetcher: Fetcher, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/a").respond_with_data("", status=302, headers={"Location": "/b"})
    httpserver.expect_request("/b").respond_with_data("landed")
    response = fetcher.get(httpserver.url_for("/a"))
    assert response.content == b"landed" and response.url.endswith("/b")
    httpserver.expect_request("/loop").respond_with_data("", status=301,
                                                         headers={"Location": "/loop"})
    with pytest.raises(FetchError, match="more than 5 redirects"):
        fetcher.get(httpserver.url_for("/loop"))


def test_redirect_to_another_scheme_is_refused(fetcher: Fetcher, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/a").respond_with_data(
        "", status=302, headers={"Location": "file:///etc/passwd"})
    with pytest.raises(FetchError, match="only http and https"):
        fetcher.get(httpserver.url_for("/a"))


def test_robots_txt_is_honoured(fetcher: Fetcher, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/robots.txt").respond_with_data(
        "User-agent: *\nDisallow: /private/\n")
    httpserver.expect_request("/public/1").respond_with_data("ok")
    assert fetcher.get(httpserver.url_for("/public/1")).content == b"ok"
    with pytest.raises(RobotsDenied):
        fetcher.get(httpserver.url_for("/private/1"))
    robots = [r for r, _ in httpserver.log if r.path == "/robots.txt"]
    assert len(robots) == 1  # cached per host


def test_connection_refused(fetcher: Fetcher) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with pytest.raises(FetchError, match="network error"):
        fetcher.get(f"http://127.0.0.1:{port}/feed")


def test_a_server_that_never_answers_times_out(fetcher: Fetcher) -> None:
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    accepted: list[socket.socket] = []
    thread = threading.Thread(target=lambda: accepted.append(listener.accept()[0]), daemon=True)
    thread.start()
    try:
        with pytest.raises(FetchError, match="timed out"):
            fetcher.get(f"http://127.0.0.1:{listener.getsockname()[1]}/feed")
    finally:
        for conn in accepted:
            conn.close()
        listener.close()
