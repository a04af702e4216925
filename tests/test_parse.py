"""Parsing feeds, listings, article pages and dates (pure functions, no network)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from kcna_monitor.errors import ParseError
from kcna_monitor.parse.article import Selectors, decode_html, extract_article
from kcna_monitor.parse.dates import (
    from_pyongyang,
    isoformat_z,
    parse_date,
    parse_dateline,
    parse_juche,
)
from kcna_monitor.sources.html import parse_listing
from kcna_monitor.sources.rss import parse_feed
from tests.paths import fixture_bytes

NOW = datetime(2024, 6, 30, 12, 0, tzinfo=UTC)


# -- dates -----------------------------------------------------------------

def test_pyongyang_time_is_utc_plus_9() -> None:
    assert isoformat_z(from_pyongyang(datetime(2014, 11, 17, 9, 0))) == "2014-11-17T00:00:00Z"


def test_pyongyang_time_was_utc_plus_8_30_from_2015_to_2018() -> None:
    assert isoformat_z(from_pyongyang(datetime(2016, 1, 1, 9, 0))) == "2016-01-01T00:30:00Z"
    assert isoformat_z(from_pyongyang(datetime(2018, 5, 5, 9, 0))) == "2018-05-05T00:00:00Z"
    assert isoformat_z(from_pyongyang(datetime(2015, 8, 14, 9, 0))) == "2015-08-14T00:00:00Z"


@pytest.mark.parametrize("line", [
    "Pyongyang, May 22 (KCNA) -- The premier",
    "Pyongyang, May 22 (KCNA) \u2014 The premier",
    "PYONGYANG, May 22 (KCNA) -- x",
])
def test_kcna_dateline_takes_the_year_from_the_fetch_time(line: str) -> None:
    parsed = parse_dateline(line, NOW)
    assert parsed is not None and parsed.date().isoformat() == "2024-05-22"


def test_dateline_after_the_fetch_time_belongs_to_the_previous_year() -> None:
    parsed = parse_dateline("Pyongyang, December 30 (KCNA) -- x", datetime(2025, 1, 2, tzinfo=UTC))
    assert parsed is not None and parsed.year == 2024


def test_juche_dates() -> None:
    parsed = parse_juche("Juche 113 (2024).06.25.")
    assert parsed is not None and parsed.date().isoformat() == "2024-06-25"
    assert parse_juche("Juche 99 (2024).06.25.") is None  # the two years disagree
    assert parse_juche("Juche 113 (2024)") is None  # a year alone is no publication date


@pytest.mark.parametrize(("text", "expected"), [
    ("2024-05-22T09:30:00+09:00", "2024-05-22T00:30:00Z"),
    ("2024-05-22T00:30:00Z", "2024-05-22T00:30:00Z"),
    ("Wed, 22 May 2024 09:30:00 +0900", "2024-05-22T00:30:00Z"),
    ("2024.05.22", "2024-05-22T03:00:00Z"),
    ("May 22, 2024", "2024-05-22T03:00:00Z"),
    ("not a date", None),
])
def test_parse_date(text: str, expected: str | None) -> None:
    assert isoformat_z(parse_date(text)) == expected


# -- feeds and listings ----------------------------------------------------

def test_rss2_items_without_link_are_skipped_and_dates_read() -> None:
    items = parse_feed(fixture_bytes("feeds/rss2.xml"), "http://example.test/feed")
    assert [i.url for i in items] == ["http://example.test/a/1.html",
                                      "http://example.test/a/2.html"]
    assert isoformat_z(items[0].published_at) == "2014-11-16T23:00:00Z"
    assert items[1].published_at is None


@pytest.mark.parametrize(("name", "url"), [("feeds/atom.xml", "http://example.test/b/1"),
                                           ("feeds/rss1.xml", "http://example.test/c/1")])
def test_atom_and_rss1(name: str, url: str) -> None:
    items = parse_feed(fixture_bytes(name), "http://example.test/feed")
    assert [i.url for i in items] == [url]
    assert items[0].published_at is not None


@pytest.mark.parametrize(("name", "reason"), [("feeds/billion_laughs.xml", "entities"),
                                              ("feeds/truncated.xml", "not a readable feed"),
                                              ("feeds/garbage.xml", "not a readable feed")])
def test_hostile_or_broken_feeds_raise_parse_error(name: str, reason: str) -> None:
    with pytest.raises(ParseError, match=reason):
        parse_feed(fixture_bytes(name), "http://example.test/feed")


def test_an_empty_but_valid_feed_is_not_an_error() -> None:
    empty = b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title></channel></rss>'
    assert parse_feed(empty, "http://example.test/feed", "application/rss+xml") == []
    assert parse_feed(empty, "http://example.test/feed") == []


def test_listing_links_are_absolute_and_unique() -> None:
    html = b"""<ul class='l'><li><a href='/a/1.html#top'>One</a></li>
    <li><a href='a/2.html'>Two</a></li><li><a href='/a/1.html'>One again</a></li>
    <li><a href='mailto:x@y'>Mail</a></li></ul><a href='/other'>x</a>"""
    items = parse_listing(html, "http://example.test/news/", "ul.l a")
    assert [i.url for i in items] == ["http://example.test/a/1.html",
                                      "http://example.test/news/a/2.html"]


def test_bad_selector_is_a_parse_error() -> None:
    with pytest.raises(ParseError, match="link_selector"):
        parse_listing(b"<a href='x'>x</a>", "http://example.test/", "a[[")


# -- article pages ---------------------------------------------------------

def test_article_body_leaves_out_menus_sidebars_and_footers() -> None:
    article = extract_article(fixture_bytes("pages/kcna_article.html"), "http://t/1",
                              fetched_at=NOW)
    assert article.title == "Premier Visits Fertilizer Complex"
    assert article.text.startswith("Pyongyang, May 22 (KCNA) -- Pak Pong Ju")
    for clutter in ("Home", "Kim Yo Jong", "Copyright", "Related"):
        assert clutter not in article.text
    assert isoformat_z(article.published_at) == "2024-05-22T00:30:00Z"


def test_article_without_article_tag_uses_the_densest_block_and_juche_date() -> None:
    article = extract_article(fixture_bytes("pages/no_article_tag.html"), "http://t/2",
                              fetched_at=NOW)
    assert article.title == "Rally Held in Pyongyang"
    assert "mass rally" in article.text and "Short footer" not in article.text
    assert article.published_at is not None
    assert article.published_at.date().isoformat() == "2024-06-25"


def test_selectors_from_the_config_win() -> None:
    article = extract_article(fixture_bytes("pages/kcna_article.html"), "http://t/1",
                              fetched_at=NOW, selectors=Selectors(title="title"))
    assert article.title.endswith("| Test Agency")


def test_euc_kr_page_without_charset_header_is_decoded() -> None:
    raw = fixture_bytes("pages/euc_kr_no_header.html")
    assert "최룡해" in decode_html(raw)
    article = extract_article(raw, "http://t/3", fetched_at=NOW)
    assert article.title == "최룡해 동지 로씨야 방문"


def test_charset_header_wins_over_detection() -> None:
    raw = "<p>Ch\u0151e</p>".encode("iso-8859-2")
    assert decode_html(raw, "text/html; charset=iso-8859-2") == "<p>Ch\u0151e</p>"


def test_page_without_article_body_is_refused() -> None:
    with pytest.raises(ParseError, match="no article body"):
        extract_article(b"<html><title>Error</title><body><p>Not found</p></body></html>",
                        "http://t/4", fetched_at=NOW)
