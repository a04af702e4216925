"""A small news site on pytest-httpserver: a feed that grows, pages, conditional GET."""

from __future__ import annotations

from dataclasses import dataclass, field

from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from tests.paths import FIXTURES

ARTICLES = {"envoy": "Special Envoy Leaves for Moscow",
            "other": "Vice-Minister Meets Delegation",
            "farms": "Premier Inspects Farms"}


@dataclass
class FeedSite:
    server: HTTPServer
    published: list[str] = field(default_factory=list)
    hits: dict[str, int] = field(default_factory=dict)
    titles: dict[str, str] = field(default_factory=lambda: dict(ARTICLES))

    def install(self) -> FeedSite:
        self.server.expect_request("/robots.txt").respond_with_data("User-agent: *\nAllow: /\n")
        self.server.expect_request("/feed.xml").respond_with_handler(self._feed)
        for slug in ARTICLES:
            self.server.expect_request(f"/a/{slug}.html").respond_with_handler(self._page)
        return self

    @property
    def feed_url(self) -> str:
        return self.server.url_for("/feed.xml")

    def publish(self, *slugs: str) -> None:
        self.published.extend(slugs)

    def publish_elsewhere(self, slug: str, title: str) -> None:
        """List an item whose page the test serves itself (a 404, a broken page)."""
        self.titles[slug] = title
        self.published.append(slug)

    def _count(self, path: str) -> None:
        self.hits[path] = self.hits.get(path, 0) + 1

    def _feed(self, request: Request) -> Response:
        self._count(request.path)
        etag = f'"v{len(self.published)}"'
        if request.headers.get("If-None-Match") == etag:
            return Response(status=304, headers={"ETag": etag})
        items = "".join(
            f"<item><title>{self.titles[s]}</title><link>{self.server.url_for(f'/a/{s}.html')}"
            f"</link></item>" for s in reversed(self.published))
        body = (f'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>'
                f"{items}</channel></rss>")
        return Response(body, content_type="application/rss+xml", headers={"ETag": etag})

    def _page(self, request: Request) -> Response:
        self._count(request.path)
        slug = request.path.rsplit("/", 1)[1].removesuffix(".html")
        body = (FIXTURES / "site" / f"{slug}.html").read_bytes()
        return Response(body, content_type="text/html; charset=utf-8")


def config_text(feed_url: str, db: str, alerts_file: str, extra: str = "") -> str:
    return f"""
[store]
path = "{db}"

[http]
min_host_delay = 0.0

[daemon]
jitter = 0

[[sources]]
name = "test-feed"
kind = "rss"
url = "{feed_url}"
interval = "1h"

[[watch]]
name = "Choe Ryong Hae"
hangul = "최룡해"

[[watch]]
name = "Kim Yo Jong"

[[alerts]]
url = "file://{alerts_file}"
{extra}
"""
