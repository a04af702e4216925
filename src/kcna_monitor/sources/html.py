"""HTML listing pages: article links picked by a CSS selector."""

from __future__ import annotations

from urllib.parse import urldefrag, urljoin

from bs4 import BeautifulSoup
from soupsieve import SelectorSyntaxError

from kcna_monitor.errors import ParseError
from kcna_monitor.sources.rss import FeedItem


def parse_listing(content: bytes, url: str, link_selector: str) -> list[FeedItem]:
    """Article links of a listing page, absolute, deduplicated, in page order."""
    soup = BeautifulSoup(content, "lxml")
    try:
        anchors = soup.select(link_selector)
    except SelectorSyntaxError as exc:
        raise ParseError(url, f"bad link_selector {link_selector!r}: {exc}") from exc
    seen: dict[str, FeedItem] = {}
    for anchor in anchors:
        href = anchor.get("href") if anchor.name == "a" else None
        if href is None:
            inner = anchor.find("a", href=True)
            href = inner.get("href") if inner else None
        if not isinstance(href, str):
            continue
        link = urldefrag(urljoin(url, href.strip()))[0]
        if link.startswith(("http://", "https://")) and link not in seen:
            seen[link] = FeedItem(url=link, title=anchor.get_text(" ", strip=True) or None,
                                  published_at=None, summary=None)
    return list(seen.values())
