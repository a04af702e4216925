"""Watchlist name matcher: Korean syllable alignment plus a generic fallback (§3).

``match_name`` compares one watch name with one mention (which may carry
titles, a possessive or an appositive); ``NameIndex`` does the same for a whole
watchlist through a blocking index, and ``NameIndex.scan`` finds watched names
anywhere in free text.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Generic, TypeVar

from .generic import generic_align, generic_tokens
from .korean import (
    Alt,
    align,
    is_korean_name,
    korean_alternatives,
    may_be_korean,
    narrow_to_hangul,
)
from .romanization import is_hangul_syllable, skeleton
from .text import Context, Word, is_mixed_case, list_style, split_words, window_context, windows

# Calibration: every documented weak rule costs 0.15-0.20 (korean.py/generic.py),
# so a clean match scores 1.0, one weak rule 0.80-0.85 (review) and two weak
# rules 0.60-0.70 (dropped).  On the shared 106-row table and on
# tests/data/name_cases.tsv this puts every [weak] row in review and every
# strong positive at 1.0, with no negative scoring above 0.
ALERT_THRESHOLD: float = 0.90
REVIEW_THRESHOLD: float = 0.75

MAX_NAME_WORDS = 6  # a watch name or a whole mention longer than this is prose, not a name

K = TypeVar("K", bound=Hashable)


@dataclass(frozen=True)
class NameMatch:
    score: float
    band: str | None
    matched: str
    reasons: tuple[str, ...]

    @property
    def match(self) -> bool:
        return self.band == "alert"


NO_MATCH = NameMatch(0.0, None, "", ())


def _band(score: float) -> str | None:
    if score >= ALERT_THRESHOLD:
        return "alert"
    return "review" if score >= REVIEW_THRESHOLD else None


@dataclass(frozen=True)
class Compiled:
    """A name or window ready for comparison: Korean readings or generic tokens."""

    alts: tuple[Alt, ...]  # empty unless this is a Korean name
    tokens: tuple[str, ...]

    @property
    def korean(self) -> bool:
        return bool(self.alts)


def _place_shaped(tokens: tuple[str, ...]) -> bool:
    word = tokens[0] if len(tokens) == 1 else ""
    return word[:1].isupper() and word[1:].islower() and not is_hangul_syllable(word[0])


@lru_cache(maxsize=16384)
def compile_words(words: tuple[tuple[str, ...], ...]) -> Compiled:
    if len(words) > MAX_NAME_WORDS or not may_be_korean(words):
        return Compiled((), generic_tokens(words))  # the usual window of an article
    alts = korean_alternatives(words)
    # One syllable is never a full name.  A single Title-case solid word of two
    # syllables is far more often a place (Hwanghae, Chongjin) than a person;
    # CamelCase "ChoeHwi" and ICU-style "choehwi" stay names.
    least = 3 if len(words) == 1 and _place_shaped(words[0]) else 2
    alts = [a for a in alts if len(a.syls) >= least]
    korean = is_korean_name(alts)
    return Compiled(tuple(alts) if korean else (), generic_tokens(words))


def _word_tokens(text: str) -> tuple[tuple[str, ...], ...]:
    return tuple(w.tokens for w in split_words(text) if w.tokens)


@lru_cache(maxsize=4096)
def compile_name(name: str, hangul: str | None = None, *, strict: bool = False) -> Compiled:
    """Compile a whole name; list style "KIM, Jong Un" is read family-first (§3.2 step 8)."""
    family_first, given_first = list_style(name, strict=strict) or (name, name)
    words = split_words(family_first)
    if strict and is_mixed_case(words) and not all(w.capitalised for w in words):
        return Compiled((), ())  # "Oh so young" is prose, not a name (§3.2 step 7)
    korean = compile_words(tuple(w.tokens for w in words if w.tokens))
    tokens = compile_words(_word_tokens(given_first)).tokens
    alts = korean.alts
    if hangul and alts:
        alts = tuple(narrow_to_hangul(alts, hangul))
    return Compiled(alts, tokens)


def compare(w: Compiled, m: Compiled, ctx: Context) -> tuple[float, tuple[str, ...]] | None:
    """Best alignment of a watch name with one mention window, guards applied."""
    if ctx.eponym:
        return None
    if not (w.korean or m.korean):
        return generic_align(w.tokens, m.tokens)
    if not (w.korean and m.korean) or ctx.preceded_by:
        return None
    best: tuple[float, tuple[str, ...]] | None = None
    if ctx.extended_by:
        # "Choe Hui" inside "Choe Hui Chol" (§3.5 rule 6).  Kept for three
        # syllables too ("Kim Yong Chol Ho"): headline verbs that spell a
        # syllable ("Has", "In") are exempt through ENGLISH_SYLLABLE_WORDS.
        return None
    for wa in w.alts:
        for ma in m.alts:
            found = align(wa, ma)
            if found and (best is None or found[0] > best[0]):
                best = found
    return best


@dataclass(frozen=True)
class _Window:
    start: int
    end: int
    text: str
    compiled: Compiled
    ctx: Context


def _windows(text: str) -> list[_Window]:
    words: list[Word] = split_words(text)
    mixed_case = is_mixed_case(words)
    found = []
    for first, last in windows(words, mixed=mixed_case):
        run = words[first:last]
        compiled = compile_words(tuple(w.tokens for w in run))
        ctx = window_context(words, first, last, mixed_case)
        found.append(
            _Window(run[0].start, run[-1].end, text[run[0].start : run[-1].end], compiled, ctx)
        )
    return found


def _mention_text(mention: str) -> str:
    reordered = list_style(mention, strict=True)
    return reordered[0] if reordered else mention


def _directional(watch: str, mention: str, hangul: str | None) -> NameMatch:
    # strict: either side may be the mention when match_name runs in reverse
    w = compile_name(watch, hangul, strict=True)
    best = NO_MATCH
    for win in _windows(_mention_text(mention)):
        found = compare(w, win.compiled, win.ctx)
        if found and found[0] > best.score:
            best = NameMatch(found[0], _band(found[0]), win.text, found[1])
    return best


def match_name(watch: str, mention: str, *, hangul: str | None = None) -> NameMatch:
    """Compare a watch name (any romanization or Hangul) with a mention as written.

    Symmetric when ``hangul`` is None: both directions are tried and the better kept.
    """
    best = _directional(watch, mention, hangul)
    if hangul is None:
        reverse = _directional(mention, watch, None)
        if reverse.score > best.score:
            best = reverse
    return best


def _blocking_keys(alt: Alt) -> Iterable[tuple[int, str, str]]:
    # (syllable count, surname skeleton, first given-syllable skeleton); skeletons
    # are taken after the initial-sound law so that Ri/Lee/Yi and Ryong/Yong collide.
    n = len(alt.syls)
    return ((n, s0, s1) for s0 in alt.syls[0].skel for s1 in alt.syls[1].skel)


class NameIndex(Generic[K]):
    """A watchlist compiled once, looked up through a blocking index (§3.3)."""

    def __init__(self, entries: Iterable[tuple[K, Sequence[str], str | None]]) -> None:
        self._names: list[tuple[K, Compiled]] = []
        self._korean: dict[tuple[int, str, str], set[int]] = defaultdict(set)
        self._generic: dict[str, set[int]] = defaultdict(set)
        for key, names, hangul in entries:
            for name in names:
                self._add(key, compile_name(name, hangul))

    def _add(self, key: K, compiled: Compiled) -> None:
        idx = len(self._names)
        self._names.append((key, compiled))
        for alt in compiled.alts:
            for block in _blocking_keys(alt):
                self._korean[block].add(idx)
        if not compiled.korean:
            for token in compiled.tokens:
                if len(token) > 1:
                    self._generic[token].add(idx)

    def __len__(self) -> int:
        return len({key for key, _ in self._names})

    def _candidates(self, m: Compiled) -> set[int]:
        found: set[int] = set()
        for alt in m.alts:
            for block in _blocking_keys(alt):
                found |= self._korean.get(block, set())
        if not m.korean:
            for token in m.tokens:
                found |= self._generic.get(token, set())
        return found

    def _hits(self, text: str) -> Iterable[tuple[K, NameMatch, int, int]]:
        words = split_words(text)
        mixed = is_mixed_case(words)
        for first, last in windows(words, mixed=mixed):
            run = words[first:last]
            compiled = compile_words(tuple(w.tokens for w in run))
            # The context only matters for the few windows that block onto a
            # watch name, so it is worked out after the index lookup.
            found = self._candidates(compiled)
            if not found:
                continue
            ctx = window_context(words, first, last, mixed)
            if not ctx.eponym:
                span = text[run[0].start : run[-1].end]
                yield from self._scored(found, compiled, ctx, span, run[0].start, run[-1].end)

    def _scored(
        self, found: set[int], m: Compiled, ctx: Context, span: str, start: int, end: int
    ) -> Iterable[tuple[K, NameMatch, int, int]]:
        for idx in found:
            key, compiled = self._names[idx]
            scored = compare(compiled, m, ctx)
            if scored and scored[0] >= REVIEW_THRESHOLD:
                yield key, NameMatch(scored[0], _band(scored[0]), span, scored[1]), start, end

    def match(self, mention: str) -> list[tuple[K, NameMatch]]:
        """Best match per watch key for one mention, score >= REVIEW_THRESHOLD, best first."""
        best: dict[K, NameMatch] = {}
        for key, found, _, _ in self._hits(_mention_text(mention)):
            if key not in best or found.score > best[key].score:
                best[key] = found
        return sorted(best.items(), key=lambda item: -item[1].score)

    def scan(self, text: str) -> list[tuple[K, NameMatch, int, int]]:
        """Watched names anywhere in free text, best per (key, span), in text order."""
        best: dict[tuple[K, int, int], NameMatch] = {}
        for key, found, start, end in self._hits(text):
            slot = (key, start, end)
            if slot not in best or found.score > best[slot].score:
                best[slot] = found
        return [
            (k, m, s, e) for (k, s, e), m in sorted(best.items(), key=lambda i: (i[0][1], i[0][2]))
        ]


def _syllable_class(syllables: frozenset[str]) -> str:
    return min(skeleton(h) for h in syllables).lower()


def identity_key(name: str) -> str | None:
    """Cheap grouping key: spellings of one person usually collide.

    Korean names become coarse sound classes per syllable ("Choe Ryong Hae",
    "CHOE RYONG-HAE", "Ch'oe Ryonghae" and 최룡해 all give "k:cwe.ryong.he");
    other names become their folded tokens.  None when there is no name.
    """
    compiled = compile_name(name)
    plain = [a for a in compiled.alts if a.penalty == 0.0]
    if plain:
        keys = (
            ".".join(_syllable_class(s.south if i == 0 else s.cands) for i, s in enumerate(a.syls))
            for a in plain
        )
        return "k:" + min(keys)
    if not compiled.tokens:
        return None
    return "g:" + " ".join(compiled.tokens)
