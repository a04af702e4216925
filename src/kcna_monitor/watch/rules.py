"""The watchlist: which article concerns which watch entry, and the alert text.

Three kinds of entry (``WatchEntry.kind``): a person under any spelling the
name matcher accepts; an envoy rule ("any envoy to Russia", "Choe Ryong Hae as
envoy"); a keyword or phrase. Persons found by the NLP stage are matched first,
then the whole text is scanned for watched names, because a statistical NER can
miss or truncate a Korean name that the matcher still recognises (names.md §3.1).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from kcna_monitor.config import WatchEntry
from kcna_monitor.names.matcher import NameIndex, NameMatch
from kcna_monitor.names.romanization import ambiguous_syllables
from kcna_monitor.nlp.records import Envoy, Extraction
from kcna_monitor.store.repository import AlertDraft, ReviewDraft
from kcna_monitor.watch.places import same_place

_SENTENCE_END = re.compile(r"(?<=[.!?])[\"')\]]*\s+(?=[\"'(\[]?[A-Z0-9])|\n\s*\n")


@dataclass(frozen=True)
class Hit:
    """A watch entry found in one article."""

    watch: WatchEntry
    person: str  # the person (or phrase) as the article writes it
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
    text: str = ""


def sentence_at(text: str, start: int, end: int) -> str:
    """The sentence of ``text`` holding the span, whitespace folded."""
    if start < 0:
        return ""
    begin = 0
    for boundary in _SENTENCE_END.finditer(text):
        if boundary.end() <= start:
            begin = boundary.end()
        elif boundary.start() >= end:
            return " ".join(text[begin:boundary.start()].split())
    return " ".join(text[begin:].split())


class Watchlist:
    """Compiled watch entries; build once per configuration."""

    def __init__(self, entries: Sequence[WatchEntry]) -> None:
        self.entries = {entry.name: entry for entry in entries}
        self._index: NameIndex[str] = NameIndex(
            (entry.name, entry.names, entry.hangul) for entry in entries if entry.names
        )
        self._keywords = [(e, _phrase_pattern(e)) for e in entries if e.kind == "keyword"]
        self._envoy_rules = [e for e in entries if e.kind == "envoy" and not e.person]

    def hits(self, text: str, extraction: Extraction, title: str = "") -> list[Hit]:
        """The best hit per watch entry, strongest first."""
        found = [*self._person_hits(extraction), *self._scan_hits(text, extraction)]
        found = [h for h in found if _admits(h)]
        found += self._envoy_rule_hits(extraction)
        found += self._keyword_hits(text, title)
        best: dict[str, Hit] = {}
        for hit in found:
            known = best.get(hit.watch.name)
            if known is None or _rank(hit) > _rank(known):
                best[hit.watch.name] = hit
        return sorted(best.values(), key=_rank, reverse=True)

    def _person_hits(self, extraction: Extraction) -> Iterable[Hit]:
        for person in extraction.persons:
            first = person.mentions[0] if person.mentions else None
            start, end = (first.start, first.end) if first else (-1, -1)
            for key, match in self._index.match(person.name):
                yield Hit(self.entries[key], person.name, match, start, end,
                          _envoy_for(person.name, start, end, extraction))

    def _scan_hits(self, text: str, extraction: Extraction) -> Iterable[Hit]:
        for key, match, start, end in self._index.scan(text):
            yield Hit(self.entries[key], text[start:end], match, start, end,
                      _envoy_for(text[start:end], start, end, extraction))

    def _envoy_rule_hits(self, extraction: Extraction) -> Iterable[Hit]:
        for entry in self._envoy_rules:
            for envoy in extraction.envoys:
                if entry.destination is None or same_place(entry.destination,
                                                           envoy.destination):
                    match = NameMatch(1.0, "alert", envoy.envoy, ("envoy rule",))
                    yield Hit(entry, envoy.envoy, match, envoy.start, envoy.end, envoy)

    def _keyword_hits(self, text: str, title: str) -> Iterable[Hit]:
        for entry, pattern in self._keywords:
            found = pattern.search(text) or pattern.search(title)
            if found is not None:
                in_text = found.string is text
                match = NameMatch(1.0, "alert", found.group(0), ("keyword",))
                yield Hit(entry, found.group(0), match, found.start() if in_text else -1,
                          found.end() if in_text else -1, None)


def _phrase_pattern(entry: WatchEntry) -> re.Pattern[str]:
    """Whole words, any case, any run of spaces or hyphens between words."""
    phrases = entry.phrases or (entry.name,)
    parts = (r"[\s\-]+".join(re.escape(w) for w in p.split()) for p in phrases)
    return re.compile(r"\b(?:" + "|".join(parts) + r")\b", re.IGNORECASE)


def _admits(hit: Hit) -> bool:
    """Person entries take any name hit; envoy entries only the person as envoy."""
    entry = hit.watch
    if entry.kind != "envoy":
        return True
    if hit.envoy is None:
        return False
    return entry.destination is None or same_place(entry.destination, hit.envoy.destination)


def _rank(hit: Hit) -> tuple[float, bool]:
    return (hit.match.score, hit.envoy is not None)


def _envoy_for(name: str, start: int, end: int, extraction: Extraction) -> Envoy | None:
    for envoy in extraction.envoys:
        if envoy.envoy == name or (start < envoy.end and envoy.start < end):
            return envoy
    return None


def hangul_advice(entries: Sequence[WatchEntry]) -> list[str]:
    """A hint per person entry without Hangul whose spelling is ambiguous (names.md §3.6)."""
    advice = []
    for entry in entries:
        person = entry.name if entry.kind == "person" else entry.person
        syllables = ambiguous_syllables(person) if person and not entry.hangul else []
        if syllables:
            advice.append(
                f"watch {entry.name!r} has no hangul: {', '.join(syllables)} can each spell "
                "more than one Hangul syllable, so a different person with a similar name "
                "may match; add hangul = \"…\" to the entry to be exact")
    return advice


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
    role = " as special envoy" if hit.envoy and hit.watch.kind != "keyword" else ""
    return f"[kcna-monitor] {hit.watch.name}{role}: {article.title}"


def alert_body(hit: Hit, article: ArticleInfo) -> str:
    label = "Phrase" if hit.watch.kind == "keyword" else "Person as written"
    lines = [f"Watch: {hit.watch.name}", f"{label}: {hit.person}"]
    if hit.envoy is not None:
        lines.append(f"Envoy: {describe_envoy(hit.envoy)}")
    sentence = (" ".join(hit.envoy.sentence.split()) if hit.envoy
                else sentence_at(article.text, hit.start, hit.end))
    if sentence:
        lines.append(f"Sentence: {sentence}")
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
