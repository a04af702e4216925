"""Document-level linking: one Person per individual, named as first written in full.

A later "Choe", "Marshal Kim" or "Putin" is the person most recently named in
full whose surname (first word, Korean and Chinese order) or family name (last
word, Western order) it is. A shorter full name ("Sergei Lavrov" after "Sergei
Viktorovich Lavrov") is the same person when first and last words agree.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field

from kcna_monitor.names.romanization import is_korean_surname
from kcna_monitor.nlp.korean import Word, is_eponym_at
from kcna_monitor.nlp.lexicon import TITLE_WORDS
from kcna_monitor.nlp.records import Mention, Person
from kcna_monitor.nlp.unlabelled import Candidate

_SEPARATORS = re.compile(r"[\s\-\u2010-\u2015.,'’ʼ`]+")


def name_key(name: str) -> str:
    """Spelling-insensitive key: case, spaces, hyphens, apostrophes and diacritics ignored."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return _SEPARATORS.sub("", text.lower())


def _parts(name: str) -> list[str]:
    return [name_key(p) for p in re.split(r"\s+", name) if name_key(p)]


@dataclass
class _Entity:
    name: str
    first: str
    last: str
    mentions: list[Mention] = field(default_factory=list)
    surnames: tuple[str, ...] = ()
    parts: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        # Parts a later one-word mention may use: first and last, and for a non-Korean
        # name of three or more words the one before the last (the paternal surname of
        # "Bruno Rodriguez Parrilla"). Computed once: _antecedent reads it per word.
        parts = self.parts = _parts(self.name)
        middle = len(parts) >= 3 and not is_korean_surname(self.name.split()[0])
        self.surnames = (self.first, self.last, parts[-2]) if middle else (self.first, self.last)

    @property
    def last_seen(self) -> int:
        return self.mentions[-1].start


@dataclass(frozen=True)
class LinkedMention:
    """A mention with the index of the person it names (for the envoy rules)."""

    start: int
    end: int
    person: int


def link_persons(candidates: list[Candidate], words: list[Word],
                 sentence_starts: Sequence[int], subjects: frozenset[int]
                 ) -> tuple[tuple[Person, ...], list[LinkedMention]]:
    """Group full names into persons and attach short mentions to them.

    `sentence_starts` (character offsets where sentences begin) and `subjects` (offsets
    of the tokens the parser made subjects) let a possessive surname skip the subject
    named in full earlier in its own sentence (see _antecedent)."""
    entities: list[_Entity] = []
    linked: list[LinkedMention] = []
    for cand in (c for c in candidates if c.full):
        idx = _same_person(entities, cand.text)
        if idx is None:
            parts = _parts(cand.text)
            entities.append(_Entity(cand.text, parts[0], parts[-1]))
            idx = len(entities) - 1
        entities[idx].mentions.append(Mention(cand.text, cand.start, cand.end))
        linked.append(LinkedMention(cand.start, cand.end, idx))
    full_spans = [(c.start, c.end) for c in candidates if c.full]
    for idx, start, end in _repeated_full_names(entities, words, full_spans):
        # "of Prime Minister of the Lao PDR Sonexay Siphandone": a full name the NER
        # missed in one context is still that person where it recurs verbatim.
        entities[idx].mentions.append(Mention(entities[idx].name, start, end))
        linked.append(LinkedMention(start, end, idx))
        full_spans.append((start, end))
    for cand in _mononyms(entities, candidates, full_spans):
        entities.append(_Entity(cand.text, name_key(cand.text), name_key(cand.text)))
        entities[-1].mentions.append(Mention(cand.text, cand.start, cand.end))
        linked.append(LinkedMention(cand.start, cand.end, len(entities) - 1))
        full_spans.append((cand.start, cand.end))
    for word in _standalone_words(words, full_spans):
        idx = _antecedent(entities, word, _sentence_start(sentence_starts, word.start), subjects)
        if idx is not None:
            linked.append(LinkedMention(word.start, word.end, idx))
            entities[idx].mentions.append(Mention(word.text, word.start, word.end))
    persons = tuple(Person(e.name, tuple(sorted(e.mentions, key=lambda m: m.start)))
                    for e in entities)
    return persons, sorted(linked, key=lambda m: m.start)


def _repeated_full_names(entities: list[_Entity], words: list[Word],
                         taken: list[tuple[int, int]]) -> list[tuple[int, int, int]]:
    """Other places where a person's full name (two words or more) is written the same way."""
    out = []
    starts: dict[str, list[int]] = {}
    for j, w in enumerate(words):
        starts.setdefault(w.text, []).append(j)
    for idx, ent in enumerate(entities):
        for n, parts in enumerate(_written_forms(ent.name)):
            for j in starts.get(parts[0], ()):
                window = words[j:j + len(parts)]
                start, end = window[0].start, window[-1].end
                if [w.text for w in window] != parts or any(w.joiner != " " for w in window[1:]):
                    continue
                if (n and _inside_run(words, j, j + len(parts))) or is_eponym_at(words, end):
                    continue
                if not any(s < end and start < e for s, e in taken):
                    out.append((idx, start, end))
                    taken = [*taken, (start, end)]
    return out


def _written_forms(name: str) -> list[list[str]]:
    """The full name, and for a non-Korean name of three words or more its last two
    ("Valdes Mesa" of "Salvador Antonio Valdes Mesa", the paternal and maternal surnames
    a Spanish or Portuguese name keeps)."""
    parts = name.split()
    if len(parts) < 2 or "-" in name:
        return []
    tail = len(parts) >= 3 and not is_korean_surname(parts[0])
    return [parts, parts[-2:]] if tail else [parts]


def _inside_run(words: list[Word], i: int, j: int) -> bool:
    """Words i..j-1 glued to a capitalised word on either side (part of a longer name)."""
    # (A possessive breaks the joiner: split_words gives the next word none.)
    before = i > 0 and words[i].joiner and words[i - 1].capitalised and \
        words[i - 1].text.lower() not in TITLE_WORDS
    after = j < len(words) and words[j].joiner and words[j].capitalised
    return bool(before or after)


def _mononyms(entities: list[_Entity], candidates: list[Candidate],
              spans: list[tuple[int, int]]) -> list[Candidate]:
    """One-word names used as a whole name ("President Sukarno"), first use only, unless
    a fuller name of the text has that word as a part a short form may use."""
    out: list[Candidate] = []
    for cand in (c for c in candidates if c.alone):
        key = name_key(cand.text)
        if any(s <= cand.start < e for s, e in spans) or any(
                key in e.surnames for e in entities) or any(
                name_key(c.text) == key for c in out):
            continue
        out.append(cand)
    return out


def _same_person(entities: list[_Entity], text: str) -> int | None:
    key, parts = name_key(text), _parts(text)
    for i, ent in enumerate(entities):
        if name_key(ent.name) == key:
            return i
    for i, ent in enumerate(entities):
        # "Sergei Lavrov" after "Sergei Viktorovich Lavrov": a middle name left out; two
        # names as long as each other that differ inside ("Kim Jong Il", "Kim Yong Il")
        # are two people.
        if len(parts) >= 2 and ent.first == parts[0] and ent.last == parts[-1] and \
                len(parts) != len(ent.parts):
            return i
    for i, ent in enumerate(entities):
        if len(parts) >= 2 and _is_tail(parts, ent.parts):
            return i  # "Valdes Mesa" after "Salvador Valdes Mesa"
    return None


def _is_tail(parts: list[str], full: list[str]) -> bool:
    """"Valdes Mesa" of "Salvador Valdes Mesa"; "Daniel Ortega" of "Jose Daniel Ortega
    Saavedra" (a non-Korean name of four words or more, cut at both ends)."""
    if len(full) <= len(parts):
        return False
    if full[-len(parts):] == parts:
        return True
    return len(full) >= 4 and any(full[k:k + len(parts)] == parts for k in range(1, len(full)))


def _standalone_words(words: list[Word], full_spans: list[tuple[int, int]]) -> list[Word]:
    """Capitalised words standing alone (not part of a longer capitalised name)."""
    out = []
    for j, w in enumerate(words):
        if not w.capitalised or any(s <= w.start < e for s, e in full_spans):
            continue
        prev = words[j - 1] if j else None
        nxt = words[j + 1] if j + 1 < len(words) else None
        glued_before = (prev is not None and w.joiner and prev.capitalised
                        and prev.text.lower() not in TITLE_WORDS and not prev.possessive)
        glued_after = nxt is not None and nxt.joiner and nxt.capitalised and not w.possessive
        if not glued_before and not glued_after:
            out.append(w)
    return out


def _sentence_start(starts: Sequence[int], pos: int) -> int:
    k = bisect_right(starts, pos)
    return starts[k - 1] if k else 0


def _antecedent(entities: list[_Entity], word: Word, sent_start: int,
                subjects: frozenset[int]) -> int | None:
    """The person most recently mentioned before `word` whose first or last part it is.

    English names the subject again inside its sentence by a pronoun, not by the
    surname ("Kim Tok-hun arrived as his envoy"), so a possessive surname after that
    person's full name in its own sentence ("Kim Tok-hun arrived as Kim's envoy") is
    another person of that name, or nobody the text named before; a name that is no
    subject ("adviser to President Kim Dae-jung, flew ... as Kim's envoy") may be meant.
    """
    key = name_key(word.text)
    found: list[tuple[int, int, bool]] = []
    for i, ent in enumerate(entities):
        # A one-word name is the same word wherever it stands, before its cue too
        # ("picked Sutarno, a 74-year-old former minister, ... Sutarno, who ...").
        mononym = ent.first == ent.last == key and " " not in ent.name
        if key not in ent.surnames or (ent.mentions[0].start > word.start and not mononym):
            continue
        before = [m for m in ent.mentions if m.start < word.start]
        pos = max((m.start for m in before), default=0)
        same = word.possessive and any(
            sent_start <= m.start and " " in m.text
            and any(m.start <= k < m.end for k in subjects) for m in before)
        found.append((pos, i, same))
    pool = [f for f in found if not f[2]]
    return max(pool, key=lambda f: (f[0], -f[1]))[1] if pool else None
