"""Korean romanization: syllable tables, reverse index, segmentation, display.

The index maps every romanized spelling of every Hangul syllable (union of the
systems in ``tables.py``) to the frozenset of Hangul syllables it can spell.
Everything is derived from the jamo tables with stdlib arithmetic and built
once, lazily.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

from . import tables as t

__all__ = [
    "hangul_to_kcna",
    "is_hangul_syllable",
    "is_korean_surname",
    "is_romanized_syllable",
    "key_segmentations",
    "latin_key",
    "romanization_index",
    "segmentations",
    "skeleton",
    "south_form",
    "spelling_letters",
    "syllable_candidates",
    "syllable_count",
    "word_tokens",
]

# Segmentations kept per token; "Kimjongun"-style tokens have 2-4 readings, the
# cap only bounds pathological inputs.
MAX_SEGMENTATIONS = 16

_BREVES = str.maketrans({"ŏ": "eo", "ǒ": "eo", "ŭ": "eu", "ǔ": "eu"})
_APOSTROPHES = str.maketrans({c: "'" for c in "’‘ʼʻ`´′"})
# ASCII McCune-Reischauer (NK Leadership Watch) writes the breve as an
# apostrophe after the vowel: Cho'ng = Chŏng.  After a consonant it is aspiration.
_ASCII_BREVE = re.compile(r"([ou])'")
_NON_LETTER = re.compile(r"[^a-z]")
_TOKEN_SPLIT = re.compile(r"[\s\-‐‑‒–—_]+")


def is_hangul_syllable(ch: str) -> bool:
    return len(ch) == 1 and t.HANGUL_BASE <= ord(ch) <= t.HANGUL_LAST


def _jamo(syllable: str) -> tuple[int, int, int]:
    offset = ord(syllable) - t.HANGUL_BASE
    return (
        offset // (t.N_VOWELS * t.N_FINALS),
        (offset // t.N_FINALS) % t.N_VOWELS,
        offset % t.N_FINALS,
    )


def _compose(initial: int, vowel: int, final: int) -> str:
    return chr(t.HANGUL_BASE + (initial * t.N_VOWELS + vowel) * t.N_FINALS + final)


@lru_cache(maxsize=65536)
def latin_key(text: str) -> str:
    """Lower-case ASCII letters of one romanized token, keeping breves as evidence (§3.2)."""
    if text.isascii() and text.isalpha():
        return text.lower()  # nothing to fold: the usual English or KCNA word
    s = unicodedata.normalize("NFC", text).translate(_APOSTROPHES).casefold()
    s = _ASCII_BREVE.sub(lambda m: "eo" if m.group(1) == "o" else "eu", s.translate(_BREVES))
    s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    return _NON_LETTER.sub("", s)


def _initial_spellings(initial: int, vowel: int) -> tuple[str, ...]:
    spellings = t.INITIALS[initial]
    if initial in (t.I_SIOS, t.I_SSANG_SIOS) and vowel in t.SH_VOWELS:
        spellings = (*spellings, "sh")
    return spellings


def _vowel_spellings(initial: int, vowel: int) -> tuple[str, ...]:
    spellings = t.VOWELS[vowel]
    if initial == t.I_ZERO:
        spellings = (*spellings, *t.ZERO_INITIAL_VOWELS.get(vowel, ()))
    return spellings


def _syllable_spellings(initial: int, vowel: int, final: int) -> set[str]:
    vowels = _vowel_spellings(initial, vowel)
    if final:
        vowels = tuple(v for v in vowels if v not in t.OPEN_ONLY_VOWELS.get(vowel, ()))
    spellings = {
        i + v + f
        for i in _initial_spellings(initial, vowel)
        for v in vowels
        for f in t.FINALS[final]
    }
    if initial == t.I_HIEUH and vowel in t.WH_VOWELS:
        spellings |= {"wh" + v[1:] + f for v in vowels for f in t.FINALS[final]}
    return spellings


@cache
def romanization_index() -> dict[str, frozenset[str]]:
    """Romanized spelling -> every Hangul syllable it can spell (11,172 syllables)."""
    index: dict[str, set[str]] = {}
    for initial in range(len(t.INITIALS)):
        for vowel in range(t.N_VOWELS):
            for final in range(t.N_FINALS):
                syllable = _compose(initial, vowel, final)
                for spelling in _syllable_spellings(initial, vowel, final):
                    index.setdefault(spelling, set()).add(syllable)
    for spelling, hangul in t.CUSTOMARY_SURNAMES.items():
        index.setdefault(spelling, set()).update(hangul)
    return {spelling: frozenset(hangul) for spelling, hangul in index.items()}


@cache
def _spelling_prefixes() -> frozenset[str]:
    """Every non-empty prefix of a spelling: lets segmentation stop extending early."""
    return frozenset(s[:i] for s in romanization_index() for i in range(1, len(s) + 1))


@cache
def spelling_letters() -> frozenset[str]:
    """Letters used by some spelling; a key with any other letter has no segmentation."""
    return frozenset("".join(romanization_index()))


def syllable_candidates(surface: str) -> frozenset[str]:
    """Hangul syllables a romanized syllable (or a Hangul syllable itself) can stand for."""
    if is_hangul_syllable(surface):
        return frozenset(surface)
    return romanization_index().get(latin_key(surface), frozenset())


@lru_cache(maxsize=65536)
def segmentations(token: str) -> list[tuple[str, ...]]:
    """Fewest-syllable splits of one romanized token; [] if it is not Korean syllables.

    Fewest syllables first (§2.4): "Choe" is one syllable, not cho|e, and
    "Ryonghae" is ryong|hae, not ryong|ha|e; every reading with that count is kept.
    """
    return key_segmentations(latin_key(token))


def key_segmentations(key: str) -> list[tuple[str, ...]]:
    """``segmentations`` of an already folded key (typo repair calls it on edits)."""
    # English words of an article are the usual input: rejecting foreign
    # letters (f, q, v, x, z) costs one set test instead of the search below.
    if not key or not spelling_letters().issuperset(key):
        return []
    ways = _shortest_splits(key)
    return list(_enumerate_splits(key, ways, len(key)))[:MAX_SEGMENTATIONS]


def _shortest_splits(key: str) -> list[list[int]]:
    """For each end position, the start positions on a fewest-syllable path.

    Forward search: starts are visited in increasing order, so every ``ways``
    list comes out ascending, and a spelling is only extended while it is still
    the prefix of some spelling.
    """
    index, prefixes, n = romanization_index(), _spelling_prefixes(), len(key)
    best: list[float] = [0.0] + [float("inf")] * n
    ways: list[list[int]] = [[] for _ in range(n + 1)]
    for start in range(n):
        if best[start] == float("inf"):
            continue
        for end in range(start + 1, n + 1):
            part = key[start:end]
            if part not in prefixes:
                break
            if part in index:
                _relax(best, ways, start, end)
    return ways


def _relax(best: list[float], ways: list[list[int]], start: int, end: int) -> None:
    if best[start] + 1 < best[end]:
        best[end], ways[end] = best[start] + 1, [start]
    elif best[start] + 1 == best[end]:
        ways[end].append(start)


def _enumerate_splits(key: str, ways: list[list[int]], end: int) -> list[tuple[str, ...]]:
    if end == 0:
        return [()]
    splits: list[tuple[str, ...]] = []
    for start in ways[end]:
        for prefix in _enumerate_splits(key, ways, start):
            splits.append((*prefix, key[start:end]))
            if len(splits) >= MAX_SEGMENTATIONS:
                return splits
    return splits


def is_romanized_syllable(token: str) -> bool:
    """True if the token is exactly one Korean syllable in some system ("Ch'oe", "Yŏng", "Park")."""
    if is_hangul_syllable(token):
        return True
    return bool(token) and latin_key(token) in romanization_index()


def _split_camel(word: str) -> list[str]:
    # anyascii writes "ChoeLyongHae": an upper-case letter after a lower-case one
    # starts a new syllable token.
    return [p for p in re.split(r"(?<=[a-zà-ÿŏŭǒǔ])(?=[A-Z])", word) if p]


def word_tokens(word: str) -> list[str]:
    """Tokens of one word: split on hyphens, spaces and CamelCase boundaries."""
    if word.isalpha() and (word.isupper() or word[1:].islower()):
        return [word]  # no separator, and no lower-case letter before a capital
    return [tok for part in _TOKEN_SPLIT.split(word) if part for tok in _split_camel(part)]


def syllable_count(word: str) -> int | None:
    """Syllables in a word ("Ryong-hae" -> 2, "Ryonghae" -> 2, 최룡해 -> 3); None if not Korean."""
    total = 0
    for token in word_tokens(word):
        if all(is_hangul_syllable(c) for c in token):
            total += len(token)
            continue
        splits = segmentations(token)
        if not splits:
            return None
        total += len(splits[0])
    return total or None


@cache
def _surname_spellings() -> frozenset[str]:
    index = romanization_index()
    spellings = {s for s, hangul in index.items() if hangul & t.SURNAMES_HANGUL}
    return frozenset(spellings | set(t.CUSTOMARY_SURNAMES))


def is_korean_surname(token: str) -> bool:
    """Kim, Ri, Lee, Yi, Choe, Choi, Ch'oe, Pak, Park, O, Oh, ... or a Hangul surname."""
    if token in t.SURNAMES_HANGUL or token in t.COMPOUND_SURNAMES:
        return True
    return latin_key(token) in _surname_spellings()


@cache
def south_form(syllable: str) -> str:
    """The syllable after the South's initial-sound law (두음법칙): 리->이, 로->노, 녀->여."""
    if not is_hangul_syllable(syllable):
        return syllable
    initial, vowel, final = _jamo(syllable)
    if initial == t.I_RIEUL:
        initial = t.I_ZERO if vowel in t.Y_VOWELS else t.I_NIEUN
    elif initial == t.I_NIEUN and vowel in t.Y_VOWELS:
        initial = t.I_ZERO
    return _compose(initial, vowel, final)


_INITIAL_CLASS = "KKNTTRMPPSS-CCCKTPH"
_VOWEL_CLASS = ("A", "E", "YA", "YE", "O", "E", "YO", "YE", "O", "WA", "WE", "WE", "YO",
                "O", "WO", "WE", "WI", "YO", "O", "I", "I")  # fmt: skip
_FINAL_CLASS = ("", "K", "K", "K", "N", "N", "N", "T", "L", "K", "M", "L", "L", "L", "P",
                "L", "M", "P", "P", "T", "T", "NG", "T", "T", "K", "T", "P", "T")  # fmt: skip


@cache
def skeleton(syllable: str) -> str:
    """Coarse sound class of a Hangul syllable, for blocking only (§3.3)."""
    initial, vowel, final = _jamo(syllable)
    return _INITIAL_CLASS[initial] + _VOWEL_CLASS[vowel] + _FINAL_CLASS[final]


def _kcna_syllable(syllable: str, voiced: bool) -> str:
    initial, vowel, final = _jamo(syllable)
    onset = (
        t.KCNA_VOICED.get(initial, t.KCNA_INITIALS[initial]) if voiced else t.KCNA_INITIALS[initial]
    )
    return onset + t.KCNA_VOWELS[vowel] + t.KCNA_FINALS[final]


def _kcna_given(given: str) -> list[str]:
    # DPRK rule: the first given syllable keeps the voiceless letter, later ones
    # are voiced between voiced sounds (Pak Tong Gu, An Pok Chol).
    parts: list[str] = []
    for i, syllable in enumerate(given):
        voiced = i > 0 and _jamo(given[i - 1])[2] in t.VOICING_FINALS
        parts.append(_kcna_syllable(syllable, voiced).capitalize())
    return parts


def _kcna_word(word: str, first: bool) -> str:
    if word in t.KCNA_FIXED:
        return t.KCNA_FIXED[word]
    if not word or not all(is_hangul_syllable(c) for c in word):
        return word
    if not first or len(word) == 1:
        return " ".join(_kcna_given(word))
    cut = 2 if len(word) >= 4 and word[:2] in t.COMPOUND_SURNAMES else 1
    surname = "".join(_kcna_syllable(c, False) for c in word[:cut]).capitalize()
    return " ".join([surname, *_kcna_given(word[cut:])])


def hangul_to_kcna(hangul: str) -> str:
    """Romanize Hangul for display, KCNA style: 최룡해 -> "Choe Ryong Hae" (§2.2 rules)."""
    text = unicodedata.normalize("NFC", hangul).strip()
    if text in t.KCNA_FIXED:
        return t.KCNA_FIXED[text]
    words = text.split()
    return " ".join(_kcna_word(w, i == 0) for i, w in enumerate(words))


_I_FOR_UI = {19: t.V_I}


def ambiguous_syllables(name: str) -> list[str]:
    """Syllables of a romanized name that spell Hangul syllables with different vowels.

    KCNA "Jong" is 정 or 종 and "Un" 은 or 운 (§2.4): a watch entry written only
    in Latin letters then also matches the other person. Vowels are compared
    because they carry a syllable's identity; consonant spelling variants
    (ㅈ/ㅉ, ㄱ/ㄲ) are not treated as ambiguity.
    """
    found = []
    for token in (tok for word in name.split() for tok in word_tokens(word)):
        splits = segmentations(token)
        for surface in splits[0] if len(splits) == 1 else ():
            # ㅢ read for a plain "i" almost never occurs in names: counted as ㅣ
            vowels = {_I_FOR_UI.get(v, v)
                      for v in (_jamo(h)[1] for h in syllable_candidates(surface))}
            if len(vowels) > 1 and surface.capitalize() not in found:
                found.append(surface.capitalize())
    return found
