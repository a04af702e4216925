"""Person mentions: Korean names by shape, other names from the statistical NER.

The NER's PERSON spans are trusted for non-Korean names once titles and the
possessive are stripped; where a Korean name found by shape overlaps an NER
span, the Korean span wins (the NER cuts "Choe Ryong Hae" to "Ryong Hae" and
keeps "Marshal" in "Marshal Kim Jong Un").
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from kcna_monitor.nlp.korean import (
    NameSpan,
    Word,
    find_korean_names,
    is_eponym_at,
    split_words,
)
from kcna_monitor.nlp.lexicon import (
    ENGLISH_LOOKALIKES,
    ENVOY_NOUNS,
    EPONYM_HEADS,
    NON_PERSON_PHRASES,
    PERSON_ROLE_NOUNS,
    PERSONAL_POSSESSIONS,
    PORTFOLIO_ENDS,
    REPRESENTATIVE_NOUNS,
    TITLE_WORDS,
)

# Finite verb tags: a title phrase ends where its holder's clause has its verb.
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
# Lower-case particles inside Western names ("Ursula von der Leyen").
NAME_PARTICLES = frozenset({"de", "der", "van", "von", "bin", "al", "da", "di", "la", "le",
                            "y", "ibn", "dos", "del", "du", "-", "."})
# Labels under which the small model sometimes files a person ("Glyn Davies" as ORG).
MISFILED_LABELS = frozenset({"ORG", "GPE", "NORP", "FAC", "LOC"})
# A Korean name of two one-syllable words that the NER files as a place
# ("Hong Kong") is a place; longer names are kept whatever the NER says.
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Tokens between an apposition comma and its role noun ("Glyn Davies, the U.S. special
# representative"): five covers determiner + nationality + two modifiers.
APPOSITION_WINDOW = 5


@dataclass(frozen=True)
class Candidate:
    """A stretch of text that names a person: a full name or a single word."""

    start: int
    end: int
    text: str
    full: bool


def collect_candidates(doc: Doc) -> tuple[list[Candidate], list[Word]]:
    """All person mentions of the document, sorted, plus the word list they came from."""
    text = doc.text  # Doc.text joins every token anew on each access: read it once
    words = split_words(text)
    korean = [_korean_candidate(doc, n) for n in find_korean_names(text, words)]
    # Shape-found names win over overlapping NER spans (which cut them short).
    found = [c for c in korean if c is not None] + _titled_lookalikes(doc)
    taken = [(c.start, c.end) for c in found]
    for ent in doc.ents:
        if any(ent.start_char < e and s < ent.end_char for s, e in taken):
            continue
        cand = _ner_candidate(ent, words)
        if cand is not None:
            found.append(cand)
            taken.append((cand.start, cand.end))
    for cand in _unlabelled_possessors(doc) + _after_capitalised_role(doc):
        if not any(cand.start < e and s < cand.end for s, e in taken):
            found.append(cand)
            taken.append((cand.start, cand.end))
    return sorted(found, key=lambda c: c.start), words


def _titled_lookalikes(doc: Doc) -> list[Candidate]:
    """"Comrade To Lam", "party chief To Lam": after a title, a capitalised word that
    spells an English function word ("To") cannot be one mid-sentence; it opens a name."""
    out = []
    for tok in doc[1:-1]:
        prev, nxt = doc[tok.i - 1], doc[tok.i + 1]
        if (tok.is_title and tok.lower_ in ENGLISH_LOOKALIKES and not tok.is_sent_start
                and prev.lower_ in TITLE_WORDS | PERSON_ROLE_NOUNS
                and nxt.is_title and nxt.is_alpha and nxt.ent_type_ in ("", "PERSON")):
            end = nxt.idx + len(nxt.text)
            out.append(Candidate(tok.idx, end, doc[tok.i:tok.i + 2].text, True))
    return out


def _unlabelled_possessors(doc: Doc) -> list[Candidate]:
    """"Xi Jinping's emissary", "Sonexay Siphandone's personal letter": two or three
    capitalised words the NER left out (or filed as ORG), owning what only a person has."""
    out = []
    for tok in doc:
        if tok.tag_ != "POS" or not _owned_personal(doc, tok.i + 1):
            continue
        i = tok.i
        while i > 0 and tok.i - i < 3 and _bare_name_word(doc[i - 1]):
            i -= 1
        if tok.i - i >= 2:
            out.append(Candidate(doc[i].idx, tok.idx, doc[i:tok.i].text, True))
    return out


def _after_capitalised_role(doc: Doc) -> list[Candidate]:
    """"Special Representative of the Russian Government on Asia-Pacific Affairs Igor
    Morgulov arrived": a capitalised role's title phrase ends in its holder's name, the
    two or three unlabelled capitalised words right before the clause's verb."""
    out = []
    for tok in doc:
        if not (tok.is_title and tok.lower_ in ENVOY_NOUNS | REPRESENTATIVE_NOUNS):
            continue
        verb = next((t for t in doc[tok.i + 1:tok.sent.end] if t.tag_ in FINITE_TAGS), None)
        if verb is None:
            continue
        i = verb.i
        while i > tok.i + 1 and verb.i - i < 3 and _bare_name_word(doc[i - 1]):
            i -= 1
        if verb.i - i >= 2 and doc[i - 1].is_title and doc[i - 1].ent_type_ != "PERSON":
            name = doc[i:verb.i]
            out.append(Candidate(name.start_char, name.end_char, name.text, True))
    return out


def _owned_personal(doc: Doc, i: int) -> bool:
    for tok in doc[i:min(len(doc), i + 3)]:
        if tok.lower_ in PERSONAL_POSSESSIONS:
            return True
        if tok.pos_ not in ("ADJ",):
            return False
    return False


def _bare_name_word(tok: Token) -> bool:
    return (tok.is_title and tok.is_alpha and tok.ent_type_ in ("", "PERSON", "ORG")
            and tok.lower_ not in TITLE_WORDS | EPONYM_HEADS | PORTFOLIO_ENDS)


def _korean_candidate(doc: Doc, name: NameSpan) -> Candidate | None:
    span = doc.char_span(name.start, name.end, alignment_mode="expand")
    if name.words == 2 and span is not None and "-" not in name.text:
        # Token labels, not span.ents: that rebuilds every entity of the doc per call.
        labels = {t.ent_type_ for t in span if t.ent_type_}
        if labels & PLACE_LABELS and "PERSON" not in labels:
            return None
    return Candidate(name.start, name.end, name.text, True)


def _ner_candidate(ent: Span, words: list[Word]) -> Candidate | None:
    if ent.label_ != "PERSON" and not (ent.label_ in MISFILED_LABELS and _looks_like_person(ent)):
        return None
    tokens = _strip(list(ent))
    if not tokens or not all(_name_token(t) for t in tokens):
        return None
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    text = ent.doc[tokens[0].i:tokens[-1].i + 1].text
    if any(t.lower_ in EPONYM_HEADS for t in tokens[1:]):
        return None  # "Kim Il Sung Square" filed as PERSON
    if text.lower() in NON_PERSON_PHRASES or is_eponym_at(words, end):
        return None
    n_names = sum(1 for t in tokens if t.text not in NAME_PARTICLES)
    return Candidate(start, end, text, n_names >= 2)


def _strip(tokens: list[Token]) -> list[Token]:
    """Drop leading titles and determiners and a trailing possessive or punctuation."""
    while tokens and (tokens[0].lower_ in TITLE_WORDS or tokens[0].lower_ == "the"
                      or tokens[0].is_punct):
        tokens = tokens[1:]
    while tokens and (tokens[-1].tag_ == "POS" or tokens[-1].is_punct
                      or tokens[-1].lower_ in TITLE_WORDS):
        tokens = tokens[:-1]
    return tokens


def _name_token(tok: Token) -> bool:
    if tok.i > 0 and tok.nbor(-1).text == "-" and not tok.nbor(-1).whitespace_:
        return tok.is_alpha  # the lower-case half of "Park Jie-won"
    if tok.text in NAME_PARTICLES or tok.lower_ in NAME_PARTICLES:
        return True
    return tok.text[:1].isupper() and not any(ch.isdigit() for ch in tok.text)


def _looks_like_person(ent: Span) -> bool:
    """An NER non-person of 2-3 capitalised words followed by a personal apposition."""
    if not 2 <= len(ent) <= 3 or not all(t.is_title and t.is_alpha for t in ent):
        return False
    doc = ent.doc
    before = doc[ent.start - 1].lower_ if ent.start > 0 else ""
    if before in PERSON_ROLE_NOUNS or before in TITLE_WORDS:
        return True  # "adviser Isao Iijima", "spokesman Dmitry Peskov"
    if ent.end >= len(doc) or doc[ent.end].text != ",":
        return False
    window = doc[ent.end + 1:ent.end + 1 + APPOSITION_WINDOW]
    for tok in window:
        if tok.lower_ in PERSON_ROLE_NOUNS and tok.is_lower:
            return True
        if tok.is_punct or tok.pos_ in ("VERB", "AUX", "ADP"):
            return False
    return False
