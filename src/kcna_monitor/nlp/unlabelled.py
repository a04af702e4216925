"""Person names the statistical model left out or filed under another label, found
from a context that admits only a person: a personal apposition, a possessed letter
or emissary, a role phrase before the verb, a title before an English look-alike."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from kcna_monitor.nlp.lexicon import (
    ENGLISH_LOOKALIKES,
    ENVOY_NOUNS,
    EPONYM_HEADS,
    PERSON_ROLE_NOUNS,
    PERSONAL_POSSESSIONS,
    PORTFOLIO_ENDS,
    REPRESENTATIVE_NOUNS,
    SEND_VERBS,
    TITLE_WORDS,
)
from kcna_monitor.nlp.punct import FINITE_TAGS, doc_tokens, opens_clause
from kcna_monitor.nlp.runs import (
    MAX_RUN,
    MISFILED_LABELS,
    cued_mononyms,
    cued_runs,
    name_word,
    personal_apposition,
)


@dataclass(frozen=True)
class Candidate:
    """A stretch of text that names a person: a full name or a single word."""

    start: int
    end: int
    text: str
    full: bool
    # A one-word name that names a person by itself where no fuller name precedes it:
    # titled ("President Sukarno") or with a personal apposition ("Sugiono, minister").
    alone: bool = False


# Nouns that end an organisation's name, after which a glued name is a person.
ORG_TAIL_NOUNS = frozenset({"committee", "commission", "ministry", "government", "council"})


def _cued_runs(doc: Doc) -> list[Candidate]:
    """Foreign names the model missed or mislabelled, accepted by their context (runs.py)."""
    return [run_candidate(doc, i, j) for i, j in cued_runs(doc)] + [
        Candidate(t.idx, t.idx + len(t.text), t.text, False, alone=True)
        for t in cued_mononyms(doc)]


def run_candidate(doc: Doc, i: int, j: int) -> Candidate:
    return Candidate(doc[i].idx, doc[j - 1].idx + len(doc[j - 1].text), doc[i:j].text, True)


def _appositive_names(doc: Doc) -> list[Candidate]:
    """"-- Prak Sokhonn, deputy prime minister and ...": two bare capitalised words
    the NER left out, with a personal apposition after them."""
    out = []
    for tok in doc_tokens(doc)[2:]:
        if tok.text == "," and not doc[tok.i - 1].ent_type_ and personal_apposition(doc, tok.i):
            cand = _bare_pair(doc, tok.i - 2)
            if cand is not None:
                out.append(cand)
    return out


def _org_tail_names(doc: Doc) -> list[Candidate]:
    """"received ... of the Party Central Committee Le Hoai Trung, secretary of ...":
    the name the NER read into the organisation written right before it."""
    out = []
    for ent in doc.ents:
        heads = [t.i for t in ent if t.lower_ in ORG_TAIL_NOUNS]
        if ent.label_ != "ORG" or not heads or not personal_apposition(doc, ent.end):
            continue
        tail = doc[heads[-1] + 1:ent.end]
        if 2 <= len(tail) <= 3 and all(_bare_name_word(t) for t in tail):
            out.append(Candidate(tail.start_char, tail.end_char, tail.text, True))
    return out


def _role_subjects(doc: Doc) -> list[Candidate]:
    """"since Li Zhanshu travelled to Pyongyang as special representative of ...": the
    subject of a clause with an "as <envoy>" phrase is a person, even where the NER
    missed its two bare capitalised words."""
    out, roles = [], ENVOY_NOUNS | REPRESENTATIVE_NOUNS
    for tok in doc_tokens(doc)[1:]:
        if tok.lower_ not in roles or tok.head.lower_ != "as":
            continue
        verb = tok.head.head
        if verb.lemma_ in SEND_VERBS:
            continue  # "South Korea sent X as its envoy": the sender may be a country
        for subj in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
            # The traveller is a person whatever label the NER gave ("Li Zhanshu" as GPE).
            cand = _bare_pair(doc, subj.i - 1, MISFILED_LABELS) if subj.i > 0 else None
            if cand is not None and subj.left_edge.i == subj.i - 1:
                out.append(cand)
    return out


def _bare_pair(doc: Doc, i: int, labels: frozenset[str] = frozenset()) -> Candidate | None:
    """Two unlabelled name words at i (or labelled with one of `labels`), not glued to a
    capitalised word either side."""
    pair = doc[i:i + 2]
    stop = TITLE_WORDS | EPONYM_HEADS | PORTFOLIO_ENDS
    if not all(t.is_title and t.is_alpha and t.lower_ not in stop
               and t.ent_type_ in labels | {"", "PERSON"} for t in pair):
        return None
    outer = [doc[i - 1]] if i > 0 else []
    outer += [doc[i + 2]] if i + 2 < len(doc) else []
    # A sentence may open with the name; not with a function word ("In", "As").
    if any(t.is_title and t.is_alpha for t in outer) or pair[0].lower_ in ENGLISH_LOOKALIKES:
        return None
    if i > 0 and not doc[i - 1].whitespace_:
        return None  # "Diaz-Canel Bermudez": the pair is the tail of a longer name
    return Candidate(pair.start_char, pair.end_char, pair.text, True)


def titled_lookalikes(doc: Doc) -> list[Candidate]:
    """"Comrade To Lam", "party chief To Lam": after a title, a capitalised word that
    spells an English function word ("To") cannot be one mid-sentence; it opens a name."""
    out = []
    for tok in doc_tokens(doc)[1:-1]:
        prev, nxt = doc[tok.i - 1], doc[tok.i + 1]
        # After a lower-case word ("received by To Lam") the capital is a name's too.
        if (tok.is_title and tok.lower_ in ENGLISH_LOOKALIKES and not tok.is_sent_start
                and (prev.lower_ in TITLE_WORDS | PERSON_ROLE_NOUNS or prev.is_lower
                     or opens_clause(prev))  # "-- To Lam, general secretary of ..."
                and nxt.is_title and nxt.is_alpha and nxt.ent_type_ in ("", "PERSON")
                and nxt.lower_ not in TITLE_WORDS):  # not "of His Majesty King ..."
            last = tok.i + 1  # "Do Van Thinh": the name runs on over its other words
            while last + 1 < len(doc) and last - tok.i < MAX_RUN - 1 and (
                    name_word(doc[last + 1]) or doc[last + 1].ent_type_ == "PERSON"):
                last += 1
            out.append(run_candidate(doc, tok.i, last + 1))
    return out


def _unlabelled_possessors(doc: Doc) -> list[Candidate]:
    """"Xi Jinping's emissary", "Sonexay Siphandone's personal letter": two or three
    capitalised words the NER left out (or filed as ORG), owning what only a person has."""
    out = []
    for tok in doc_tokens(doc):
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
    for tok in doc_tokens(doc):
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


def context_candidates(doc: Doc) -> list[Candidate]:
    """Names the model missed or mislabelled, each accepted by a context that admits
    only a person, in the order they are tried."""
    return (_cued_runs(doc) + _unlabelled_possessors(doc) + _after_capitalised_role(doc)
            + _appositive_names(doc) + _role_subjects(doc) + _org_tail_names(doc))
