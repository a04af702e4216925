"""The watchlist: which stored article concerns which watch entry, and the alert text.

Persons found by the NLP stage are matched first; the whole text is then
scanned for watched names, because a statistical NER can miss or truncate a
Korean name that the matcher still recognises (names.md §3.1).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from kcna_monitor.config import WatchEntry
from kcna_monitor.names.matcher import NameIndex, NameMatch
from kcna_monitor.nlp.records import Envoy, Extraction
from kcna_monitor.store.repository import AlertDraft, ReviewDraft


@dataclass(frozen=True)
class Hit:
    """A watch entry found in one article."""

    watch: WatchEntry
    person: str  # the person as the article writes them
    match: NameMatch
    start: int
    end: int
    envoy: Envoy | None


@dataclass(frozen=True)
class ArticleInfo:
    title: str
    url: str
    source: str
    published_at: str | None


class Watchlist:
    """Compiled watch entries; build once per configuration."""

    def __init__(self, entries: Sequence[WatchEntry]) -> None:
        self.entries = {entry.name: entry for entry in entries}
        self._index: NameIndex[str] = NameIndex(
            (entry.name, entry.names, entry.hangul) for entry in entries
        )

    def hits(self, text: str, extraction: Extraction) -> list[Hit]:
        """The best hit per watch entry, alert band first."""
        best: dict[str, Hit] = {}
        for hit in [*self._person_hits(extraction), *self._scan_hits(text, extraction)]:
            known = best.get(hit.watch.name)
            if known is None or _rank(hit) > _rank(known):
                best[hit.watch.name] = hit
        return sorted(best.values(), key=_rank, reverse=True)

    def _person_hits(self, extraction: Extraction) -> list[Hit]:
        hits = []
        for person in extraction.persons:
            first = person.mentions[0] if person.mentions else None
            for key, match in self._index.match(person.name):
                start, end = (first.start, first.end) if first else (-1, -1)
                hits.append(Hit(self.entries[key], person.name, match, start, end,
                                _envoy_for(person.name, start, end, extraction)))
        return hits

    def _scan_hits(self, text: str, extraction: Extraction) -> list[Hit]:
        return [
            Hit(self.entries[key], text[start:end], match, start, end,
                _envoy_for(text[start:end], start, end, extraction))
            for key, match, start, end in self._index.scan(text)
        ]


def _rank(hit: Hit) -> tuple[float, bool]:
    return (hit.match.score, hit.envoy is not None)


def _envoy_for(name: str, start: int, end: int, extraction: Extraction) -> Envoy | None:
    for envoy in extraction.envoys:
        if envoy.envoy == name or (start < envoy.end and envoy.start < end):
            return envoy
    return None


def alert_drafts(hits: Sequence[Hit], article: ArticleInfo) -> list[AlertDraft]:
    """One alert per watch entry whose match reaches the alert band."""
    return [
        AlertDraft(watch=hit.watch.name, person=hit.person, matched=hit.match.matched,
                   score=hit.match.score, title=alert_title(hit, article),
                   body=alert_body(hit, article))
        for hit in hits if hit.match.match
    ]


def review_drafts(hits: Sequence[Hit]) -> list[ReviewDraft]:
    """Matches in the review band: worth a human look, never an alert."""
    return [
        ReviewDraft(watch=hit.watch.name, person=hit.person, matched=hit.match.matched,
                    score=hit.match.score, reasons="; ".join(hit.match.reasons))
        for hit in hits if hit.match.band == "review"
    ]


def alert_title(hit: Hit, article: ArticleInfo) -> str:
    """A short line for chat channels."""
    role = " as special envoy" if hit.envoy else ""
    return f"[kcna-monitor] {hit.watch.name}{role}: {article.title}"


def alert_body(hit: Hit, article: ArticleInfo) -> str:
    lines = [f"Watch: {hit.watch.name}", f"Person as written: {hit.person}"]
    if hit.envoy is not None:
        lines.append(f"Envoy: {describe_envoy(hit.envoy)}")
        lines.append(f"Sentence: {' '.join(hit.envoy.sentence.split())}")
    lines += [f"Title: {article.title}", f"URL: {article.url}", f"Source: {article.source}"]
    if article.published_at:
        lines.append(f"Published: {article.published_at}")
    return "\n".join(lines)


def describe_envoy(envoy: Envoy) -> str:
    """"Choe Ryong Hae, special envoy of Kim Jong Un to Russian Federation (upcoming)"."""
    text = f"{envoy.envoy}, special envoy"
    if envoy.principal:
        text += f" of {envoy.principal}"
    if envoy.destination:
        text += f" to {envoy.destination}"
    return f"{text} ({envoy.status})"
