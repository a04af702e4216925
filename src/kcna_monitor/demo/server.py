"""The bundled demo site, served on 127.0.0.1 with a publication clock.

``stage`` says how many polls the site has seen: an item appears in the feed
and on the listing once its ``poll`` number is reached, as on a real site that
publishes over time. The feed answers conditional GETs like a good server.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass
from datetime import datetime
from email.utils import format_datetime
from functools import cached_property
from html import escape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from typing import Any
from xml.sax.saxutils import escape as xml_escape

SITE = resources.files("kcna_monitor.demo").joinpath("site")


@dataclass(frozen=True)
class Item:
    slug: str
    title: str
    published: datetime
    summary: str
    poll: int


def load_manifest() -> list[Item]:
    raw: list[dict[str, Any]] = json.loads(SITE.joinpath("manifest.json").read_text("utf-8"))
    return [Item(r["slug"], r["title"], datetime.fromisoformat(r["published"]), r["summary"],
                 int(r["poll"])) for r in raw]


class DemoSite:
    """The site's state: the items and the current stage."""

    def __init__(self) -> None:
        self.items = load_manifest()
        self.stage = 1
        self.requests: list[str] = []

    @property
    def polls(self) -> int:
        return max(item.poll for item in self.items)

    def visible(self) -> list[Item]:
        shown = [item for item in self.items if item.poll <= self.stage]
        return sorted(shown, key=lambda item: item.published, reverse=True)

    def feed(self, base: str) -> str:
        entries = "".join(
            f"<item><title>{xml_escape(i.title)}</title>"
            f"<link>{base}/articles/{i.slug}.html</link>"
            f"<guid>{base}/articles/{i.slug}.html</guid>"
            f"<pubDate>{format_datetime(i.published)}</pubDate>"
            f"<description>{xml_escape(i.summary)}</description></item>"
            for i in self.visible())
        return ('<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel>'
                f"<title>KCNA Demo Mirror</title><link>{base}/</link>"
                f"<description>Demonstration feed</description>{entries}</channel></rss>")

    def listing(self) -> str:
        links = "".join(f'<li><a href="/articles/{i.slug}.html">{escape(i.title)}</a></li>'
                        for i in self.visible())
        return ("<!DOCTYPE html><html><head><meta charset='utf-8'><title>News</title></head>"
                "<body><nav><a href='/'>Home</a></nav><h1>Latest news</h1>"
                f"<ul class='news-list'>{links}</ul><footer>Demo</footer></body></html>")

    def article(self, slug: str) -> bytes | None:
        if not any(i.slug == slug and i.poll <= self.stage for i in self.items):
            return None
        return SITE.joinpath("articles", f"{slug}.html").read_bytes()


class _Handler(BaseHTTPRequestHandler):
    server: DemoServer

    def do_GET(self) -> None:
        site = self.server.site
        site.requests.append(self.path)
        path = self.path.split("?", 1)[0]
        if path == "/robots.txt":
            self._send(200, b"User-agent: *\nAllow: /\n", "text/plain")
        elif path == "/feed.xml":
            self._send_feed(site)
        elif path == "/news/":
            self._send(200, site.listing().encode(), "text/html; charset=utf-8")
        elif path.startswith("/articles/") and path.endswith(".html"):
            body = site.article(path[len("/articles/"):-len(".html")])
            self._send(404, b"not found", "text/plain") if body is None else self._send(
                200, body, "text/html; charset=utf-8")
        else:
            self._send(404, b"not found", "text/plain")

    def _send_feed(self, site: DemoSite) -> None:
        etag = f'"stage-{site.stage}"'
        if self.headers.get("If-None-Match") == etag:
            self._send(304, b"", None, etag)
        else:
            body = site.feed(self.server.base_url).encode()
            self._send(200, body, "application/rss+xml; charset=utf-8", etag)

    def _send(self, status: int, body: bytes, content_type: str | None,
              etag: str | None = None) -> None:
        self.send_response(status)
        if content_type:
            self.send_header("Content-Type", content_type)
        if etag:
            self.send_header("ETag", etag)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: the demo prints its own story."""


class DemoServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, site: DemoSite) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.site = site

    @cached_property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def __enter__(self) -> DemoServer:
        threading.Thread(target=self.serve_forever, name="demo-site", daemon=True).start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.shutdown()
        self.server_close()
