"""Article pages: title, body text without menus or footers, and the date.

``extract_article`` is pure (bytes in, :class:`Article` out); the fetching is
done elsewhere. Selectors from the source's configuration win; without them a
boilerplate-stripping heuristic picks the element holding most paragraph text.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from datetime import datetime

import charset_normalizer
from bs4 import BeautifulSoup, Tag
from soupsieve import SelectorSyntaxError

from kcna_monitor.errors import ParseError
from kcna_monitor.parse.dates import parse_date, parse_dateline, parse_juche

_BOILERPLATE = ("script", "style", "noscript", "nav", "header", "footer", "aside", "form",
                "iframe", "svg", "button", "select")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_\-]+)""", re.I)
_HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_\-]+)", re.I)
_DATE_META = ("article:published_time", "og:published_time", "datePublished", "pubdate",
              "publishdate", "date", "dc.date", "DC.date.issued")
_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))
# Pages whose body is shorter than this are menus or error pages, not articles.
# 80 characters is below the shortest KCNA item seen (a two-sentence report).
MIN_BODY_CHARS = 80


@dataclass(frozen=True)
class Selectors:
    title: str | None = None
    body: str | None = None
    date: str | None = None


@dataclass(frozen=True)
class Article:
    title: str
    text: str
    published_at: datetime | None


def decode_html(content: bytes, content_type: str = "") -> str:
    """Text of a page: charset from the header, then BOM, then meta, then detection."""
    for encoding in _declared_encodings(content, content_type):
        try:
            return content.decode(encoding).lstrip("\ufeff")
        except (LookupError, UnicodeDecodeError):
            continue
    best = charset_normalizer.from_bytes(content).best()
    return str(best) if best is not None else content.decode("utf-8", "replace")


def _declared_encodings(content: bytes, content_type: str) -> list[str]:
    found = []
    header = _HEADER_CHARSET.search(content_type)
    if header:
        found.append(header.group(1))
    found += [name for bom, name in _BOMS if content.startswith(bom)]
    meta = _META_CHARSET.search(content[:4096])
    if meta:
        found.append(meta.group(1).decode("ascii"))
    return found


def extract_article(content: bytes, url: str, *, content_type: str = "",
                    selectors: Selectors = Selectors(), fetched_at: datetime,
                    fallback_title: str | None = None,
                    fallback_date: datetime | None = None) -> Article:
    """Parse one article page; ParseError when it holds no article."""
    soup = BeautifulSoup(decode_html(content, content_type), "lxml")
    meta_date = _meta_date(soup)
    title = _select_text(soup, selectors.title, url) or _page_title(soup) or fallback_title
    body = _body(soup, selectors.body, url)
    if not title:
        raise ParseError(url, "no title found")
    if len(body) < MIN_BODY_CHARS:
        raise ParseError(url, f"no article body found ({len(body)} characters of text)")
    published = (_selected_date(soup, selectors.date, url) or meta_date
                 or parse_dateline(body, fetched_at) or parse_juche(body) or fallback_date)
    return Article(title=title, text=body, published_at=published)


def _select(soup: BeautifulSoup, selector: str, url: str) -> Tag | None:
    try:
        return soup.select_one(selector)
    except SelectorSyntaxError as exc:
        raise ParseError(url, f"bad selector {selector!r}: {exc}") from exc


def _select_text(soup: BeautifulSoup, selector: str | None, url: str) -> str | None:
    if not selector:
        return None
    node = _select(soup, selector, url)
    return _clean(node.get_text(" ")) if node is not None else None


def _page_title(soup: BeautifulSoup) -> str | None:
    for finder in (lambda: soup.find("h1"), lambda: soup.find("meta", property="og:title"),
                   lambda: soup.title):
        node = finder()
        if isinstance(node, Tag):
            text = node.get("content") if node.name == "meta" else node.get_text(" ")
            if isinstance(text, str) and _clean(text):
                return _clean(text)
    return None


def _meta_date(soup: BeautifulSoup) -> datetime | None:
    for name in _DATE_META:
        node = soup.find("meta", attrs={"property": name}) or soup.find(
            "meta", attrs={"name": name}) or soup.find(True, attrs={"itemprop": name})
        value = node.get("content") or node.get("datetime") if isinstance(node, Tag) else None
        if isinstance(value, str) and (parsed := parse_date(value)):
            return parsed
    node = soup.find("time", attrs={"datetime": True})
    value = node.get("datetime") if isinstance(node, Tag) else None
    return parse_date(value) if isinstance(value, str) else None


def _selected_date(soup: BeautifulSoup, selector: str | None, url: str) -> datetime | None:
    text = _select_text(soup, selector, url)
    return parse_date(text) if text else None


def _body(soup: BeautifulSoup, selector: str | None, url: str) -> str:
    if selector:
        node = _select(soup, selector, url)
        if node is None:
            raise ParseError(url, f"body_selector {selector!r} matches nothing")
        return _paragraph_text(node)
    for tag in soup.find_all(_BOILERPLATE):
        tag.decompose()
    return _paragraph_text(_main_node(soup))


def _main_node(soup: BeautifulSoup) -> Tag:
    """<article> or <main> when present, else the element with most <p> text."""
    for name in ("article", "main"):
        node = soup.find(name)
        if isinstance(node, Tag) and node.find("p"):
            return node
    best: Tag = soup.body or soup
    best_score = 0
    for paragraph in soup.find_all("p"):
        parent = paragraph.parent
        if isinstance(parent, Tag):
            score = sum(len(p.get_text()) for p in parent.find_all("p", recursive=False))
            if score > best_score:
                best, best_score = parent, score
    return best


def _paragraph_text(node: Tag) -> str:
    for heading in node.find_all(["h1", "h2"]):
        heading.decompose()  # the title is kept apart, not repeated in the body
    paragraphs = [_clean(p.get_text(" ")) for p in node.find_all("p")]
    paragraphs = [p for p in paragraphs if p]
    return "\n\n".join(paragraphs) if paragraphs else _clean(node.get_text(" "))


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\xa0", " ")).strip()
