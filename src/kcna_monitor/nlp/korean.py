"""Find Korean personal names in running text by their shape (names.md §2).

A Korean name is a surname from the surname list followed by a given name of
one or two syllables, written KCNA style ("Choe Ryong Hae"), hyphenated
("Choe Ryong-hae", "Ch'oe Ryong-hae", "Kim Yŏng-nam"), solid ("Choe Ryonghae")
or in capitals ("CHOE RYONG HAE"). "Looks Korean" alone is never enough: every
word must be capitalised, the structure must fit, English title-case words that
spell a syllable ("Has", "In") end a name only before a lower-case word, and a
following eponym head ("Square", "University") makes the run a place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kcna_monitor.names.romanization import (
    is_korean_surname,
    is_romanized_syllable,
    segmentations,
)
from kcna_monitor.nlp.lexicon import ENGLISH_LOOKALIKES, EPONYM_HEADS, NON_PERSON_PHRASES

_LETTERS = r"[^\W\d_]+(?:['’ʼ][^\W\d_]+)*"
WORD_RE = re.compile(rf"{_LETTERS}(?:-{_LETTERS})*")
POSSESSIVE_RE = re.compile(r"['’]s$|(?<=s)['’]$")
# Given names have one or two syllables (names.md §2.2); three-syllable given
# names do not occur among the officials KCNA names.
MAX_GIVEN_SYLLABLES = 2
# How many capitalised words after a name are inspected for an eponym head:
# "the Kim Il Sung-Kim Jong Il Foundation" needs four.
EPONYM_LOOKAHEAD = 4


@dataclass(frozen=True)
class Word:
    """One word of the text, with the separator that joins it to the previous word."""

    text: str
    start: int
    end: int
    joiner: str  # " " or "-" when glued to the previous word, "" otherwise
    possessive: bool

    @property
    def capitalised(self) -> bool:
        return self.text[:1].isupper()


@dataclass(frozen=True)
class NameSpan:
    """A Korean name found in the text: character offsets and the words."""

    start: int
    end: int
    text: str
    words: int


def split_words(text: str) -> list[Word]:
    """Words with offsets; a possessive 's is cut off and breaks the run after it."""
    words: list[Word] = []
    prev_end = -1
    prev_possessive = False
    for m in WORD_RE.finditer(text):
        for start, end in _split_name_join(m.group(), m.start(), text):
            gap = text[prev_end:start] if prev_end >= 0 else "\n"
            joiner = gap if gap in (" ", "-") and not prev_possessive else ""
            raw = text[start:end]
            poss = POSSESSIVE_RE.search(raw)
            core_end = start + poss.start() if poss else end
            words.append(Word(text[start:core_end], start, core_end, joiner, bool(poss)))
            prev_end, prev_possessive = end, bool(poss)
    return words


def _split_name_join(word: str, offset: int, text: str) -> list[tuple[int, int]]:
    """Split "Sung-Kim" in "Kim Il Sung-Kim Jong Il" where a hyphen joins two names."""
    parts = word.split("-")
    if len(parts) > 1 and _joins_names(parts, text, offset + len(word)):
        return _pieces(parts, offset)
    return [(offset, offset + len(word))]


def _joins_names(parts: list[str], text: str, end: int) -> bool:
    # The next word must be title case: in capitals ("CHUNG EUI-YONG TO FLY") a
    # hyphen joins the syllables of one given name, not two names.
    after = text[end:end + 3]
    followed = len(after) == 3 and after[0] == " " and after[1].isupper() and after[2].islower()
    last = parts[-1]
    return followed and all(p[:1].isupper() for p in parts) and _is_surname(last)


def _pieces(parts: list[str], offset: int) -> list[tuple[int, int]]:
    out, pos = [], offset
    for p in parts:
        out.append((pos, pos + len(p)))
        pos += len(p) + 1
    return out


def _norm(word: str) -> str:
    """Title-case an all-caps word so that "CHOE" is read like "Choe"."""
    return word[:1] + word[1:].lower() if word.isupper() and len(word) > 1 else word


def _is_surname(word: str) -> bool:
    return bool(word) and word[:1].isupper() and is_korean_surname(_norm(word))


def _is_syllable(part: str) -> bool:
    return bool(part) and (is_romanized_syllable(part) or is_romanized_syllable(_norm(part)))


def _syllables_of_solid(word: str) -> int | None:
    segs = segmentations(_norm(word))
    return len(segs[0]) if segs else None


def given_syllables(word: Word) -> int | None:
    """Syllables of one given-name word, or None when it cannot be one."""
    if not word.capitalised:
        return None
    parts = word.text.split("-")
    if len(parts) > 1:
        ok = len(parts) <= MAX_GIVEN_SYLLABLES and all(_is_syllable(p) for p in parts)
        return len(parts) if ok else None
    if _is_syllable(word.text):
        return 1
    count = _syllables_of_solid(word.text)
    return count if count == MAX_GIVEN_SYLLABLES else None


def _given_run(words: list[Word], i: int) -> int:
    """How many words after the surname at i form the given name (0 if none)."""
    taken = total = 0
    for w in words[i + 1:i + 1 + MAX_GIVEN_SYLLABLES]:
        if w.joiner != " " or words[i + taken].possessive:
            break
        n = given_syllables(w)
        if n is None or total + n > MAX_GIVEN_SYLLABLES or (taken and n > 1):
            break
        taken, total = taken + 1, total + n
        if n > 1:
            break
    while taken and _lookalike_before_capital(words, i + taken):
        taken -= 1
    return taken


def _lookalike_before_capital(words: list[Word], j: int) -> bool:
    """An English-looking word is a syllable only before a lower-case word or the end."""
    if words[j].text.lower() not in ENGLISH_LOOKALIKES:
        return False
    nxt = words[j + 1] if j + 1 < len(words) else None
    return nxt is not None and nxt.joiner != "" and nxt.capitalised


def _is_eponym(words: list[Word], last: int) -> bool:
    """True when the capitalised run after the name holds an eponym head; "and"
    may join its words ("Kim Chaek Iron and Steel Complex") unless a name follows."""
    for j in range(last + 1, min(len(words), last + 1 + EPONYM_LOOKAHEAD)):
        w = words[j]
        if w.joiner == "" or words[j - 1].possessive:
            return False
        if not w.capitalised and not _inner_connector(words, j):
            return False
        if w.text.lower() in EPONYM_HEADS and not _opens_name(words, j):
            return True
    return False


def _opens_name(words: list[Word], j: int) -> bool:
    """"... and Unification Minister Park Min-seok": the surname Park before a given
    name is a person, not the "Park" of a place name."""
    nxt = words[j + 1] if j + 1 < len(words) else None
    return _is_surname(words[j].text) and nxt is not None and nxt.joiner == " " \
        and nxt.capitalised and given_syllables(nxt) is not None


def _inner_connector(words: list[Word], j: int) -> bool:
    nxt = words[j + 1] if j + 1 < len(words) else None
    return (words[j].text in ("and", "&") and nxt is not None and nxt.capitalised
            and not _is_surname(nxt.text))


def is_eponym_at(words: list[Word], end: int) -> bool:
    """True when the name ending at character `end` heads a place or institution name."""
    for j, w in enumerate(words):
        if w.end == end:
            return _is_eponym(words, j)
        if w.start > end:
            break
    return False


def _plausible(words: list[Word], i: int, n_given: int) -> bool:
    surname = words[i].text
    if surname.lower() in ENGLISH_LOOKALIKES and n_given < 2 and "-" not in words[i + 1].text:
        return False  # "In Seoul", "So Far": a lookalike surname needs a full given name
    phrase = " ".join(w.text for w in words[i:i + n_given + 1]).lower()
    return phrase not in NON_PERSON_PHRASES and not _is_eponym(words, i + n_given)


def find_korean_names(text: str, words: list[Word] | None = None) -> list[NameSpan]:
    """Every Korean personal name in the text, left to right, without overlaps
    (`words`: the text's split_words, when the caller already has them)."""
    words = split_words(text) if words is None else words
    found: list[NameSpan] = []
    i = 0
    while i < len(words):
        n_given = _given_run(words, i) if _is_surname(words[i].text) else 0
        if n_given and _plausible(words, i, n_given):
            start, end = words[i].start, words[i + n_given].end
            found.append(NameSpan(start, end, text[start:end], n_given + 1))
            i += n_given + 1
            continue
        i += 1
    return found
