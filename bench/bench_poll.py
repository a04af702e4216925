"""Benchmark: one poll cycle over 100 unchanged sources.

Serves 100 RSS feeds (one article each) on 127.0.0.1, stores them once, then
times a second full cycle in which every feed is unchanged. Reports CPU seconds
of the monitor's process, wall seconds and HTTP requests per source (the ideal
is one conditional GET answered 304, and nothing else). The minimum delay per
host is set to 0 because all 100 feeds share one local host here; with real
sources on different hosts that delay does not add up.

Usage: python bench/bench_poll.py [sources]
"""

from __future__ import annotations

import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from kcna_monitor.config import config_from_text
from kcna_monitor.monitor import build_runtime, poll_all

PAGE = ("<html><head><title>Item {n}</title></head><body><article><h1>Item {n}</h1>"
        "<p>Pyongyang, May {d} (KCNA) -- Pak Pong Ju, premier of the Cabinet, inspected the "
        "Hungnam Fertilizer Complex number {n} and called for higher output.</p></article>"
        "</body></html>")


class Server(ThreadingHTTPServer):
    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), Handler)
        self.requests: list[str] = []


class Handler(BaseHTTPRequestHandler):
    server: Server

    def do_GET(self) -> None:
        self.server.requests.append(self.path)
        if self.path.startswith("/feed/"):
            self._feed(int(self.path.split("/")[2].split(".")[0]))
        elif self.path.startswith("/page/"):
            n = int(self.path.split("/")[2].split(".")[0])
            self._send(200, PAGE.format(n=n, d=1 + n % 28).encode(), {"Content-Type":
                                                                    "text/html"})
        else:
            self._send(404, b"", {})

    def _feed(self, n: int) -> None:
        etag = f'"feed-{n}-v1"'
        if self.headers.get("If-None-Match") == etag:
            self._send(304, b"", {"ETag": etag})
            return
        host = f"http://127.0.0.1:{self.server.server_address[1]}"
        body = (f"<?xml version='1.0'?><rss version='2.0'><channel><title>f{n}</title><item>"
                f"<title>Item {n}</title><link>{host}/page/{n}.html</link></item></channel>"
                "</rss>").encode()
        self._send(200, body, {"ETag": etag, "Content-Type": "application/rss+xml"})

    def _send(self, status: int, body: bytes, headers: dict[str, str]) -> None:
        self.send_response(status)
        for key, value in headers.items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        pass


def config(base: str, db: Path, count: int) -> str:
    sources = "".join(f'\n[[sources]]\nname = "s{n}"\nkind = "rss"\nurl = "{base}/feed/{n}.xml"'
                      f'\ninterval = "15m"\n' for n in range(count))
    return f'[store]\npath = "{db}"\n[http]\nmin_host_delay = 0.0\n{sources}'


def main(count: int) -> None:
    server = Server()
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    with tempfile.TemporaryDirectory() as folder:
        rt = build_runtime(config_from_text(config(base, Path(folder) / "b.db", count)))
        poll_all(rt)  # first cycle: fetch and store everything
        server.requests.clear()
        cpu, wall = time.process_time(), time.perf_counter()
        reports = poll_all(rt)
        cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
        rt.close()
    server.shutdown()
    assert all(r.not_modified for r in reports), "every source should answer 304"
    per_source = len(server.requests) / count
    print(f"sources={count} requests={len(server.requests)} cpu={cpu:.3f}s wall={wall:.3f}s")
    print("| sources | CPU s (cycle) | CPU ms per source | wall s | requests per source |")
    print("|---|---|---|---|---|")
    print(f"| {count} | {cpu:.3f} | {1000 * cpu / count:.2f} | {wall:.3f} | {per_source:.2f} |")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100)
