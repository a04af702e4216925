"""RSS 0.9x/1.0/2.0 and Atom feeds, through feedparser."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import feedparser

from kcna_monitor.errors import ParseError

# A DTD that declares entities is how "billion laughs" and external-entity
# attacks start; no real news feed needs one, so such a feed is refused.
_ENTITY_DECL = re.compile(rb"<!ENTITY", re.IGNORECASE)


@dataclass(frozen=True)
class FeedItem:
    """One feed entry: where the article is, and what the feed says about it."""

    url: str
    title: str | None
    published_at: datetime | None
    summary: str | None


# Complaints that do not make a feed unreadable: a wrong or missing declared
# type or encoding, which feedparser works around.
_BENIGN = (feedparser.CharacterEncodingOverride, feedparser.NonXMLContentType,
           feedparser.UndeclaredNamespace)


def parse_feed(content: bytes, url: str, content_type: str = "") -> list[FeedItem]:
    """The items of a feed, in feed order; entries without a link are skipped."""
    if _ENTITY_DECL.search(content[:65536]):
        raise ParseError(url, "feed declares XML entities; refused")
    headers = {"content-location": url}
    if content_type:
        headers["content-type"] = content_type
    parsed = feedparser.parse(content, sanitize_html=True, resolve_relative_uris=True,
                              response_headers=headers)
    items = [item for item in (_item(e) for e in parsed.get("entries", [])) if item is not None]
    problem = parsed.get("bozo_exception") if parsed.get("bozo") else None
    if not items and ((problem is not None and not isinstance(problem, _BENIGN))
                      or not parsed.get("version")):
        # A damaged feed that still yields linked items is used (feedparser's
        # lenient parser recovers them); one that yields none is a failure,
        # but a well-formed feed with no items yet is simply empty.
        raise ParseError(url, f"not a readable feed: {problem or 'unknown format'}")
    return items


def _item(entry: Any) -> FeedItem | None:
    link = entry.get("link") or _first_link(entry)
    if not link or not link.startswith(("http://", "https://")):
        return None
    return FeedItem(url=link.strip(), title=entry.get("title"),
                    published_at=_entry_date(entry), summary=entry.get("summary"))


def _first_link(entry: Any) -> str | None:
    for link in entry.get("links", []):
        if link.get("href"):
            return str(link["href"])
    return None


def _entry_date(entry: Any) -> datetime | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            year, month, day, hour, minute, second = value[:6]
            return datetime(year, month, day, hour, minute, second, tzinfo=UTC)
    return None
