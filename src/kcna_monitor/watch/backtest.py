"""Backtest: which stored articles would alert under the current watchlist.

Reads the store, sends nothing and writes nothing: persons and envoys come from
what was stored when each article was processed, so the answer is what the
daemon would decide today without running the NLP pipeline again.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from kcna_monitor.store import queries
from kcna_monitor.store.repository import Store
from kcna_monitor.watch.rules import Watchlist, describe_envoy


def backtest(store: Store, watchlist: Watchlist, since: str) -> Iterator[dict[str, Any]]:
    """One row per (article, watch entry) that would alert."""
    for article in queries.articles_since(store, since):
        extraction = queries.stored_extraction(store, article["id"])
        for hit in watchlist.hits(article["text"], extraction, article["title"]):
            if not hit.match.match:
                continue
            yield {"article_id": article["id"], "published_at": article["published_at"],
                   "title": article["title"], "url": article["url"], "watch": hit.watch.name,
                   "person": hit.person, "score": hit.match.score,
                   "envoy": describe_envoy(hit.envoy) if hit.envoy else None}
