"""Splitting names and free text into words and candidate windows (§3.2, §3.4).

Character offsets always refer to the caller's original string: the only
rewrites applied to the whole text are one-to-one character substitutions.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from .romanization import is_hangul_syllable, is_romanized_syllable, word_tokens
from .tables import ENGLISH_SYLLABLE_WORDS, EPONYM_WORDS

MAX_WINDOW_WORDS = 4

_ONE_TO_ONE = str.maketrans(
    {**{c: "'" for c in "’‘ʼʻ`´′"}, **{c: "-" for c in "‐‑‒–—"}, "\u00a0": " ", "\u202f": " "}
)
# A word is letters, marks, digits, apostrophes and hyphens; anything else that
# is not white space or an invisible format character is punctuation and ends
# the run (a name window never crosses it).
_WORD = re.compile(r"[\w\u0300-\u036f'\-]+")
_FORMAT_OR_SPACE = re.compile(r"^[\s\u200b-\u200d\u2060\ufeff]*$")
_POSSESSIVE = re.compile(r"(?:'s|(?<=s)')$", re.IGNORECASE)


class Shape(NamedTuple):
    """Everything about a word that does not depend on where it stands."""

    lead: int  # characters cut from the front (quotes, hyphens)
    size: int  # length of the word as written, after the cuts
    tokens: tuple[str, ...]  # hyphen/CamelCase parts, NFC, with apostrophes
    capitalised: bool
    hangul: bool
    key: str  # tokens joined and case-folded


class Word(NamedTuple):
    """One word of a text where it stands.

    A NamedTuple rather than a frozen dataclass: one is built for every word of
    every article, and a tuple is several times cheaper to construct.
    """

    text: str  # as written (possessive and edge punctuation removed)
    start: int
    end: int
    shape: Shape
    break_after: bool  # punctuation (or end of text) follows

    @property
    def tokens(self) -> tuple[str, ...]:
        return self.shape.tokens

    @property
    def capitalised(self) -> bool:
        return self.shape.capitalised

    @property
    def hangul(self) -> bool:
        return self.shape.hangul

    @property
    def key(self) -> str:
        return self.shape.key


def _clean(raw: str) -> tuple[str, int] | None:
    if "'" not in raw and "-" not in raw:
        return raw, 0  # the common case: nothing to strip
    lead = len(raw) - len(raw.lstrip("'-"))
    text = _POSSESSIVE.sub("", raw[lead:].rstrip("-")).rstrip("'-")
    return (text, lead) if text else None


def _is_capitalised(text: str) -> bool:
    if text[:1].isascii() and text[:1].isalpha():
        return text[0].isupper()  # most words: no Hangul or leading mark to skip
    for ch in text:
        if is_hangul_syllable(ch):
            return True
        if ch.isalpha():
            return ch.isupper()
    return False


@lru_cache(maxsize=65536)
def word_shape(raw: str) -> Shape | None:
    """Shape of one word as matched in the text; None if nothing is left after cleaning.

    Cached by spelling: an article repeats most of its words, and the daemon's
    articles share their ordinary vocabulary.
    """
    cleaned = _clean(raw)
    if cleaned is None:
        return None
    body, lead = cleaned
    nfc = body if body.isascii() else unicodedata.normalize("NFC", body)
    tokens = tuple(word_tokens(nfc))
    hangul = not nfc.isascii() and all(is_hangul_syllable(c) for c in nfc)
    key = "".join(tokens).casefold()
    return Shape(lead, len(body), tokens, _is_capitalised(nfc), hangul, key)


def _breaks(gap: str) -> bool:
    # A single space is by far the most frequent gap; skip the regex for it.
    return gap != " " and not _FORMAT_OR_SPACE.match(gap)


def split_words(text: str) -> list[Word]:
    """Words of a name or of free text, with offsets and punctuation breaks."""
    prepared = text.translate(_ONE_TO_ONE)
    matches = list(_WORD.finditer(prepared))
    words: list[Word] = []
    for i, m in enumerate(matches):
        shape = word_shape(m.group())
        if shape is None:
            continue
        start = m.start() + shape.lead
        end = start + shape.size
        last = i + 1 == len(matches)
        gap_end = len(prepared) if last else matches[i + 1].start()
        broken = last or _breaks(prepared[m.end() : gap_end])
        words.append(Word(text[start:end], start, end, shape, broken))
    return words


def is_mixed_case(words: list[Word]) -> bool:
    """Both cases present: then every word of a name must be capitalised (§3.2 step 7)."""
    letters = "".join(w.text for w in words if not w.hangul)
    return any(map(str.islower, letters)) and any(map(str.isupper, letters))


def windows(
    words: list[Word], max_words: int = MAX_WINDOW_WORDS, *, mixed: bool | None = None
) -> list[tuple[int, int]]:
    """(first, last+1) word ranges of 1-4 words that do not cross punctuation.

    ``mixed`` is ``is_mixed_case(words)`` when the caller already knows it.
    """
    if mixed is None:
        mixed = is_mixed_case(words)
    spans: list[tuple[int, int]] = []
    for i in range(len(words)):
        for j in range(i, min(len(words), i + max_words)):
            if mixed and not words[j].capitalised:
                break
            spans.append((i, j + 1))
            if words[j].break_after:
                break
    return spans


def _name_like_syllable(word: Word, mixed: bool) -> bool:
    """A capitalised one-syllable word that is not a common English word ("Chol", not "Has")."""
    if mixed and not word.capitalised:
        return False
    if word.hangul:
        return len(word.text) == 1
    return (
        len(word.tokens) == 1
        and word.key not in ENGLISH_SYLLABLE_WORDS
        and is_romanized_syllable(word.tokens[0])
    )


@dataclass(frozen=True, slots=True)
class Context:
    """What surrounds a window: drives the eponym, extension and prefix guards (§3.5)."""

    eponym: str | None  # "Square" in "Kim Il Sung Square"
    extended_by: str | None  # "Chol" in "Choe Hui Chol"
    preceded_by: str | None  # "Kim" before "Jong Un"


def window_context(words: list[Word], first: int, last: int, mixed: bool) -> Context:
    after = words[last] if last < len(words) and not words[last - 1].break_after else None
    before = words[first - 1] if first > 0 and not words[first - 1].break_after else None
    eponym = after.text if after and after.key in EPONYM_WORDS else None
    extended = after.text if after and _name_like_syllable(after, mixed) else None
    preceded = before.text if before and _name_like_syllable(before, mixed) else None
    return Context(eponym, extended, preceded)


_LIST_STYLE = re.compile(r"^\s*([^\W\d_][\w'\-]*)\s*,\s*([^,]+?)\s*$")


def list_style(name: str, *, strict: bool) -> tuple[str, str] | None:
    """List style: "KIM, Jong Un" -> ("KIM Jong Un", "Jong Un KIM"), family- and given-first.

    strict (for mentions): the surname must be in capitals and the given-name
    words capitalised, so that "Choe, the official" is left alone.
    """
    m = _LIST_STYLE.match(name)
    if not m:
        return None
    surname, given = m.group(1), m.group(2)
    given_words = given.split()
    if not 1 <= len(given_words) <= 3:
        return None
    if strict and not (surname.isupper() and all(_is_capitalised(w) for w in given_words)):
        return None
    return f"{surname} {given}", f"{given} {surname}"
