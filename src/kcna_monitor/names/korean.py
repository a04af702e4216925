"""Korean readings of names and windows, and their syllable alignment (§3.3-§3.4)."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from .romanization import (
    is_hangul_syllable,
    key_segmentations,
    latin_key,
    romanization_index,
    segmentations,
    skeleton,
    south_form,
    spelling_letters,
)
from .tables import SURNAMES_HANGUL

# Score penalties (§3.4).  Each is sized so that one weak rule lands a name in
# the review band (0.75-0.90) and any two together fall below it: 1 - 0.15 =
# 0.85 and 1 - 0.20 = 0.80 are review; 1 - 0.15 - 0.15 = 0.70 is dropped.
WEAK_GIVEN_LAW = 0.15
WESTERN_ORDER = 0.15
TYPO_REPAIR = 0.20

# Readings kept per window: the cross product of ambiguous segmentations
# ("Kimjongun" = kim|jong|un or kim|jon|gun) stays far below this on real names.
MAX_ALTERNATIVES = 64
MAX_TYPO_LENGTH = 9  # longest token repaired ("Ryonghaee"); longer words are not names
# Letters that occur in any romanization; f, q, v, x, z are never inserted.
_REPAIR_ALPHABET = "abcdeghijklmnoprstuwy"


class Syl(NamedTuple):
    surface: str
    cands: frozenset[str]  # Hangul syllables this spelling can stand for
    south: frozenset[str]  # the same after the initial-sound law
    skel: frozenset[str]  # blocking skeletons of ``south``


def make_syl(surface: str, cands: frozenset[str]) -> Syl:
    south = frozenset(south_form(h) for h in cands)
    return Syl(surface, cands, south, frozenset(skeleton(h) for h in south))


@lru_cache(maxsize=65536)
def _syl(surface: str) -> Syl:
    if is_hangul_syllable(surface):
        return make_syl(surface, frozenset(surface))
    return make_syl(surface, romanization_index()[surface])


@dataclass(frozen=True, slots=True)
class Alt:
    """One reading of a name: a syllable sequence plus the weak rules it needed."""

    syls: tuple[Syl, ...]
    penalty: float = 0.0
    reasons: tuple[str, ...] = ()

    @property
    def typo(self) -> bool:
        return any(r.startswith("typo") for r in self.reasons)


@lru_cache(maxsize=65536)
def token_readings(token: str) -> tuple[tuple[Syl, ...], ...]:
    """Fewest-syllable readings of one token (Hangul: one syllable per character)."""
    if token and not token.isascii() and all(is_hangul_syllable(c) for c in token):
        return (tuple(_syl(c) for c in token),)
    return tuple(tuple(_syl(s) for s in split) for split in segmentations(token))


def _edits(key: str) -> set[str]:
    splits = [(key[:i], key[i:]) for i in range(len(key) + 1)]
    deletes = {a + b[1:] for a, b in splits if b}
    swaps = {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    subs = {a + c + b[1:] for a, b in splits if b for c in _REPAIR_ALPHABET}
    inserts = {a + c + b for a, b in splits for c in _REPAIR_ALPHABET}
    return (deletes | swaps | subs | inserts) - {key}


def _repairable(key: str, readings: tuple[tuple[Syl, ...], ...]) -> bool:
    # Only words that are not a valid single syllable (§3.5 rule 2): unparsable,
    # or short enough that a multi-syllable parse is implausible ("Hea" = he|a).
    if not 2 <= len(key) <= MAX_TYPO_LENGTH:
        return False
    return not readings or (len(readings[0]) >= 2 and len(key) <= 5)


@lru_cache(maxsize=16384)
def token_repair(token: str) -> tuple[Syl, ...] | None:
    """One-edit repair of a non-syllable token: position-wise union of the fixes."""
    key = latin_key(token)
    readings = token_readings(token)
    if not _repairable(key, readings):
        return None
    fixes = _repair_fixes(key, 1 if readings else None)
    if not fixes:
        return None
    index, width = romanization_index(), len(fixes[0])
    # A one-syllable fix keeps the surface as written, so that reasons quote it.
    return tuple(
        make_syl(
            token if width == 1 else fixes[0][i], frozenset().union(*(index[f[i]] for f in fixes))
        )
        for i in range(width)
    )


def _repair_fixes(key: str, want: int | None) -> list[tuple[str, ...]]:
    """Fewest-syllable splits of the one-edit variants, all of ``want`` syllables.

    want None (an unparsable token): the fewest syllables any variant reaches.
    The edit set is walked in its own order, so ``fixes[0]`` is the same
    variant whichever shortcut below is taken.
    """
    letters = spelling_letters()
    edits = [edit for edit in _edits(key) if letters.issuperset(edit)]
    if want == 1:
        # A key that is itself a spelling has exactly one fewest split: itself.
        index = romanization_index()
        return [(edit,) for edit in edits if edit in index]
    fixes = [split for edit in edits for split in key_segmentations(edit)]
    if want is None and fixes:
        want = min(len(split) for split in fixes)
    return [split for split in fixes if len(split) == want]


def _word_choices(
    tokens: tuple[str, ...], repair: bool
) -> list[tuple[tuple[Syl, ...], str | None]]:
    """Readings of a word, each with the token it repaired (at most one)."""
    per_token = [token_readings(tok) for tok in tokens]
    choices: list[tuple[tuple[Syl, ...], str | None]] = []
    if all(per_token):
        for combo in itertools.islice(itertools.product(*per_token), MAX_ALTERNATIVES):
            choices.append((tuple(itertools.chain.from_iterable(combo)), None))
    for i, tok in enumerate(tokens if repair else ()):
        fixed = token_repair(tok)
        if fixed is None or not all(per_token[:i] + per_token[i + 1 :]):
            continue
        rest = [r if j != i else (fixed,) for j, r in enumerate(per_token)]
        for combo in itertools.islice(itertools.product(*rest), MAX_ALTERNATIVES):
            choices.append((tuple(itertools.chain.from_iterable(combo)), tok))
    return choices


@lru_cache(maxsize=16384)
def word_choices(
    tokens: tuple[str, ...], repair: bool
) -> tuple[tuple[tuple[Syl, ...], str | None], ...]:
    # repair is positional and required: lru_cache keys f(x) and f(x, False)
    # apart, and a default would make every word a cache miss twice.
    return tuple(_word_choices(tokens, repair))


def _starts_with_surname(words: Sequence[tuple[str, ...]]) -> bool:
    return any(
        len(r) == 1 and r[0].south & SURNAMES_HANGUL for r, _ in word_choices(words[0], False)
    )


def _combine(words: Sequence[tuple[str, ...]]) -> list[Alt]:
    # Typo repair only behind an intact surname word ("Choe Ryong-Hea"): the
    # surname carries the evidence that this is a name, and it keeps repair
    # (hundreds of candidate edits) off the English words of an article.
    repair = len(words) >= 2 and _starts_with_surname(words)
    choices = [word_choices(w, repair and i > 0) for i, w in enumerate(words)]
    alts: list[Alt] = []
    for combo in itertools.product(*choices):
        typos = [tok for _, tok in combo if tok is not None]
        if len(typos) > 1:
            continue
        syls = tuple(itertools.chain.from_iterable(r for r, _ in combo))
        if typos:
            alts.append(Alt(syls, TYPO_REPAIR, (f"typo repaired {typos[0]!r} (weak)",)))
        else:
            alts.append(Alt(syls))
        if len(alts) >= MAX_ALTERNATIVES:
            break
    return alts


def _rotated(words: Sequence[tuple[str, ...]]) -> list[Alt]:
    """Western order "Jong-un Kim": one given-name word, then a one-syllable surname."""
    if len(words) != 2:
        return []
    rotated: list[Alt] = []
    for given, given_typo in word_choices(words[0], False):
        for surname, surname_typo in word_choices(words[1], False):
            if given_typo or surname_typo or len(surname) != 1:
                continue
            if surname[0].cands & SURNAMES_HANGUL:
                reasons = ("western order (weak)",)
                rotated.append(Alt((surname[0], *given), WESTERN_ORDER, reasons))
    return rotated


def korean_alternatives(words: Sequence[tuple[str, ...]]) -> list[Alt]:
    """Every Korean reading of a run of words (tokens per word), weak ones marked."""
    # Most windows of an article start with an English word.  Without a reading
    # of the first word there is nothing to find: repair never touches it, and
    # the Western order needs it as the given name.
    if words and not word_choices(words[0], False):
        return []
    return _combine(words) + _rotated(words)


def may_be_korean(words: Sequence[tuple[str, ...]]) -> bool:
    """Cheap necessary condition for ``is_korean_name(korean_alternatives(words))``.

    In written order the first syllable comes from the first word, which is
    never repaired, so it needs a surname reading; the Western order needs a
    one-syllable surname as the second of two words.
    """
    if not words:
        return False
    if any(not r or r[0].south & SURNAMES_HANGUL for r, _ in word_choices(words[0], False)):
        return True
    return len(words) == 2 and any(
        len(r) == 1 and r[0].cands & SURNAMES_HANGUL for r, _ in word_choices(words[1], False)
    )


def is_korean_name(alts: Sequence[Alt]) -> bool:
    """At least two syllables with a Korean surname first (after any reordering)."""
    # South forms too, so that rare DPRK spellings (렴 = 염, 륙 = 육) count as surnames.
    return any(len(a.syls) >= 2 and a.syls[0].south & SURNAMES_HANGUL for a in alts)


def narrow_to_hangul(alts: Sequence[Alt], hangul: str) -> list[Alt]:
    """Replace consistent readings by the watch entry's exact Hangul syllables (§3.5 rule 3)."""
    chars = [c for c in hangul if is_hangul_syllable(c)]
    narrowed = [
        Alt(tuple(_syl(c) for c in chars), a.penalty, (*a.reasons, "hangul-narrowed"))
        for a in alts
        if len(a.syls) == len(chars)
        and all(
            c in s.cands or south_form(c) in s.south for s, c in zip(a.syls, chars, strict=True)
        )
    ]
    return narrowed or list(alts)


def _position(i: int, w: Syl, m: Syl) -> tuple[float, str | None] | None:
    if w.cands & m.cands:
        differs = w.surface != m.surface and not (
            is_hangul_syllable(w.surface) or is_hangul_syllable(m.surface)
        )
        return 0.0, (f"spelling {w.surface}~{m.surface}" if differs else None)
    if i > 1 or not w.south & m.south:
        return None
    if i == 0:
        return 0.0, f"surname initial-law {w.surface}~{m.surface}"
    return WEAK_GIVEN_LAW, f"given-name initial-law {w.surface}~{m.surface} (weak)"


def align(w: Alt, m: Alt) -> tuple[float, tuple[str, ...]] | None:
    """Position- and count-exact alignment; the score is 1 minus the weak-rule penalties."""
    if len(w.syls) != len(m.syls) or len(w.syls) < 2:
        return None
    penalty, reasons = w.penalty + m.penalty, [*w.reasons, *m.reasons]
    for i, (ws, ms) in enumerate(zip(w.syls, m.syls, strict=True)):
        step = _position(i, ws, ms)
        if step is None:
            return None
        penalty += step[0]
        if step[1]:
            reasons.append(step[1])
    if any(is_hangul_syllable(s.surface) for s in (*w.syls, *m.syls)):
        reasons.append("hangul")
    return round(1.0 - penalty, 4), tuple(reasons) or ("exact",)
