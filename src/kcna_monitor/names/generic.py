"""Generic (non-Korean) name comparison: Sergei Lavrov, Xi Jinping, Vladimir Putin.

Only surface rules that hold across languages: case, diacritics, hyphens and
spacing are free; order, initials, a middle name and one transliteration edit
are weak.  No Korean syllable rules apply here.
"""

from __future__ import annotations

from collections.abc import Sequence

from .romanization import latin_key

# Each weak rule alone lands in the review band (see korean.py for the scale).
ORDER_SWAP = 0.15
INITIALS = 0.20
MIDDLE_NAME = 0.20
ONE_EDIT = 0.20
MIN_EDIT_LENGTH = 5  # "Sergei"/"Sergey"; shorter tokens differ by whole names (Li/Lu)


def generic_tokens(words: Sequence[tuple[str, ...]]) -> tuple[str, ...]:
    """ASCII-folded lower-case tokens; hyphenated parts stay separate tokens."""
    return tuple(k for word in words for tok in word if (k := latin_key(tok)))


def _one_edit(a: str, b: str) -> bool:
    if a == b or abs(len(a) - len(b)) > 1 or min(len(a), len(b)) < MIN_EDIT_LENGTH:
        return False
    if len(a) == len(b):
        diffs = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
        return len(diffs) == 1 or (
            len(diffs) == 2
            and diffs[1] == diffs[0] + 1
            and a[diffs[0]] == b[diffs[1]]
            and a[diffs[1]] == b[diffs[0]]
        )
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


def _initials(w: tuple[str, ...], m: tuple[str, ...]) -> bool:
    if len(w) != len(m) or w[-1] != m[-1] or len(w[-1]) < 2:
        return False
    pairs = list(zip(w[:-1], m[:-1], strict=True))
    compatible = all(a == b or (min(len(a), len(b)) == 1 and a[0] == b[0]) for a, b in pairs)
    return compatible and any(a != b for a, b in pairs)


def _middle(w: tuple[str, ...], m: tuple[str, ...]) -> bool:
    short, long_ = sorted((w, m), key=len)
    return (
        len(long_) == len(short) + 1 == 3
        and short[0] == long_[0]
        and short[-1] == long_[-1]
        and len(short[-1]) > 1
    )


def generic_align(w: tuple[str, ...], m: tuple[str, ...]) -> tuple[float, tuple[str, ...]] | None:
    """Compare two non-Korean names given as token tuples; None if they differ."""
    if len(w) < 2 or len(m) < 2:
        return None  # a lone word is not a full name ("Putin", "Kim")
    if w == m:
        return 1.0, ("exact",)
    if "".join(w) == "".join(m):
        return 1.0, ("spacing",)
    if sorted(w) == sorted(m):
        return 1.0 - ORDER_SWAP, ("name order (weak)",)
    if _initials(w, m):
        return 1.0 - INITIALS, ("initials (weak)",)
    if _middle(w, m):
        return 1.0 - MIDDLE_NAME, ("middle name (weak)",)
    if len(w) == len(m):
        diffs = [(a, b) for a, b in zip(w, m, strict=True) if a != b]
        if len(diffs) == 1 and _one_edit(*diffs[0]):
            a, b = diffs[0]
            return 1.0 - ONE_EDIT, (f"spelling {a}~{b} (weak)",)
    return None
