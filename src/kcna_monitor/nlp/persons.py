"""Person mentions: Korean names by shape, other names from the statistical NER.

The NER's PERSON spans are trusted for non-Korean names once titles and the
possessive are stripped; where a Korean name found by shape overlaps an NER
span, the Korean span wins (the NER cuts "Choe Ryong Hae" to "Ryong Hae" and
keeps "Marshal" in "Marshal Kim Jong Un").
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from kcna_monitor.names.romanization import is_korean_surname
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
    SEND_VERBS,
    STRUCTURE_NOUNS,
    TITLE_HEADS,
    TITLE_WORDS,
    VESSEL_NOUNS,
)
from kcna_monitor.nlp.punct import FINITE_TAGS, doc_tokens, opens_clause
from kcna_monitor.nlp.runs import (
    MAX_RUN,
    MISFILED_LABELS,
    NAME_PARTICLES,
    PLACE_PREPS,
    cued_mononyms,
    cued_runs,
    name_runs,
    name_word,
    personal_apposition,
    relative_who,
    widen,
)

# Particles of names, and the hyphen and dot that join or abbreviate their parts.
NAME_JOINERS = NAME_PARTICLES | {"-", "."}
# A Korean name of two one-syllable words that the NER files as a place
# ("Hong Kong") is a place; longer names are kept whatever the NER says.
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


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


def collect_candidates(doc: Doc) -> tuple[list[Candidate], list[Word]]:
    """All person mentions of the document, sorted, plus the word list they came from."""
    text = doc.text  # Doc.text joins every token anew on each access: read it once
    words = split_words(text)
    shaped = [_korean_candidate(doc, n) for n in find_korean_names(text, words)]
    # Shape-found names win over overlapping NER spans (which cut them short).
    korean = [c for c in shaped if c is not None and not _cut_from_longer(doc, c)
              and not _tail_of_longer(doc, c)]
    found = korean + [c for c in _titled_lookalikes(doc)
                      if not any(c.start < k.end and k.start < c.end for k in korean)]
    taken = [(c.start, c.end) for c in found]
    ner = [c for c in (_ner_candidate(ent, words) for ent in doc.ents
                       if not any(ent.start_char < e and s < ent.end_char for s, e in taken))
           if c is not None]
    # Longest first: "Jose" gives way to "Jose Daniel Ortega Saavedra" widened over it.
    for cand in sorted(ner, key=lambda c: c.start - c.end):
        if not any(cand.start < e and s < cand.end for s, e in taken):
            found.append(cand)
            taken.append((cand.start, cand.end))
    for cand in _cued_runs(doc) + _unlabelled_possessors(doc) + _after_capitalised_role(doc) + \
            _appositive_names(doc) + _role_subjects(doc) + _org_tail_names(doc):
        if not any(cand.start < e and s < cand.end for s, e in taken):
            found.append(cand)
            taken.append((cand.start, cand.end))
    found += [c for c in _coordinated_names(doc, found)
              if not any(c.start < e and s < c.end for s, e in taken)]
    found = [c for c in found if not _news_credit(text, c) and not _vessel(doc, c)
             and not _placed(doc, c)]
    return sorted(found, key=lambda c: c.start), words


def _placed(doc: Doc, cand: Candidate) -> bool:
    """"at the Vatican", "the meeting at Cheong Wa Dae", "a visit to South Korea": a
    span the model files as a place or building, after "the" or "at"/"in", is that
    place (a person takes neither)."""
    span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
    if span is None or span.start == 0:
        return False
    labels = {t.ent_type_ for t in span}
    before = doc[span.start - 1].lower_
    # "credentials from X", "a letter to X": people follow these, mislabelled or not;
    # a country's label after "to" is kept ("a visit to South Korea").
    return labels <= PLACE_LABELS and (before in ("the", "at", "in") or (
        before == "to" and labels == {"GPE"}))


def _vessel(doc: Doc, cand: Candidate) -> bool:
    """"the Vietnamese cargo ship Song Hong": a ship's name."""
    span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
    return span is not None and span.start > 0 and doc[span.start - 1].lower_ in VESSEL_NOUNS


def _news_credit(text: str, cand: Candidate) -> bool:
    """"BEIJING, June 19 (Korea Herald) --": the agency credited in a dateline."""
    before, after = text[:cand.start].rstrip(), text[cand.end:].lstrip()
    return before.endswith("(") and after.startswith(")") and \
        after[1:].lstrip().startswith(("--", "\u2014", "\u2013"))


def _cut_from_longer(doc: Doc, cand: Candidate) -> bool:
    """"Ho Chi" of "President Ho Chi Minh": where the NER's person name runs on past a
    Korean-shaped start with a word that is neither a syllable nor a surname, the name
    is not Korean and the NER span is kept whole."""
    span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
    if span is None or span.end >= len(doc) or span[-1].ent_type_ != "PERSON":
        return False
    nxt = doc[span.end]
    return (nxt.ent_iob_ == "I" and nxt.is_title and nxt.is_alpha
            and nxt.lower_ not in ENGLISH_LOOKALIKES | TITLE_WORDS | EPONYM_HEADS
            and not is_korean_surname(nxt.text))


def _tail_of_longer(doc: Doc, cand: Candidate) -> bool:
    """"Gil Pinto" of "Yvan Gil Pinto": a Korean-shaped pair inside a person span the
    model opens with a name word of its own is the end of a foreign name."""
    span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
    if span is None or span.start == 0 or span[0].ent_iob_ != "I":
        return False
    prev = doc[span.start - 1]
    posting = span.start >= 2 and doc[span.start - 2].lower_ in ("to", "of", "in", "from")
    # ("DPRK Ambassador to Russia Kwak Chol Min": the word before is the posting's place)
    return prev.ent_type_ == "PERSON" and name_word(prev) and not is_korean_surname(prev.text) \
        and not posting


def _cued_runs(doc: Doc) -> list[Candidate]:
    """Foreign names the model missed or mislabelled, accepted by their context (runs.py)."""
    return [_run_candidate(doc, i, j) for i, j in cued_runs(doc)] + [
        Candidate(t.idx, t.idx + len(t.text), t.text, False, alone=True)
        for t in cued_mononyms(doc)]


def _coordinated_names(doc: Doc, found: list[Candidate]) -> list[Candidate]:
    """"the care of Xi Jinping and Kim Jong Un", "Hwang Joon-kook and Gerardo Penalver
    Portal": a name run the model left out, joined by "and" to a full name, is a person."""
    runs = name_runs(doc)
    ends = {j: i for i, j in runs}
    starts = {i: j for i, j in runs}
    out = []
    for cand in (c for c in found if c.full):
        span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
        if span is None:
            continue
        if span.start >= 1 and doc[span.start - 1].lower_ == "and" and span.start - 1 in ends:
            out.append(_run_candidate(doc, ends[span.start - 1], span.start - 1))
        if span.end < len(doc) and doc[span.end].lower_ == "and" and span.end + 1 in starts:
            out.append(_run_candidate(doc, span.end + 1, starts[span.end + 1]))
    return out


def _run_candidate(doc: Doc, i: int, j: int) -> Candidate:
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


def _titled_lookalikes(doc: Doc) -> list[Candidate]:
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
            out.append(_run_candidate(doc, tok.i, last + 1))
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
    if not tokens or not all(_name_token(t) for t in tokens) or _not_a_name(tokens):
        return None
    tokens = _with_trailing_names(tokens)
    if tokens:
        tokens = list(ent.doc[widen(ent.doc, tokens[0].i, tokens[-1].i + 1):tokens[0].i]) + tokens
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    text = ent.doc[tokens[0].i:tokens[-1].i + 1].text
    if any(t.lower_ in EPONYM_HEADS and not _western_order_surname(t) for t in tokens[1:]):
        return None  # "Kim Il Sung Square" filed as PERSON
    if text.lower() in NON_PERSON_PHRASES or is_eponym_at(words, end) or _structure(tokens):
        return None
    # "Asante-Boateng" is one word of a name, "Kwame Asante-Boateng" two.
    n_names = sum(1 for t in tokens if not _joiner(t)
                  and not (t.i > 1 and t.nbor(-1).text == "-" and not t.nbor(-2).whitespace_
                           and not _joiner(t.nbor(-2))))
    alone = n_names == 1 and _stands_alone(tokens[0])
    return Candidate(start, end, text, n_names >= 2, alone)


def _not_a_name(tokens: list[Token]) -> bool:
    """"Leaving Pyongyang by air ... was X": a clause opened by a verb; "MEETS N.
    KOREAN": a headline in capitals (Korean names in capitals are read by their shape,
    other names are repeated in the body)."""
    first = tokens[0]
    opening = first.i == first.sent.start or first.nbor(-1).is_punct
    if opening and first.tag_ in ("VBG", "VBD", "VBZ", "VBN"):
        return True
    return all(t.is_upper for t in tokens if t.is_alpha) and sum(t.is_alpha for t in tokens) > 1


def _joiner(tok: Token) -> bool:
    """A particle or joiner, not a name word: "van" of "van der Hoek", "Al" of "Al-Naggar";
    but the capitalised "Le Van" of a Vietnamese name is two names."""
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    glued = nxt is not None and nxt.text == "-" and not tok.whitespace_
    return tok.text in NAME_JOINERS or (tok.lower_ in NAME_JOINERS and glued)


def _western_order_surname(tok: Token) -> bool:
    """"Sung-hoon Park": a Korean surname after a hyphenated given name, not a park."""
    doc = tok.doc
    return tok.i >= 3 and is_korean_surname(tok.text) and doc[tok.i - 2].text == "-"


def _with_trailing_names(tokens: list[Token]) -> list[Token]:
    """"Bruno Rodriguez Parrilla", "Roberto Morales Ojeda": the NER often stops before
    the second family name; up to two capitalised name words that end the capitalised
    run belong to the name, unlabelled or filed as a place or organisation."""
    doc, end = tokens[0].doc, tokens[-1].i + 1
    if len(tokens) < 2 and not (end < len(doc) and doc[end].tag_ in ("NNP", "NNPS")):
        return tokens  # "Dmitri" before "Alexandrovich Kravtsov" takes them in
    stop = end
    # The last word may come with a place or organisation label ("Andrei Yurievich"
    # + "Tsvetkov" as GPE) when the capitalised run ends with it.
    while stop < min(len(doc), end + 2) and name_word(doc[stop]) and \
            doc[stop].ent_type_ in ("", "GPE", "ORG", "FAC") and doc[stop].tag_ in ("NNP", "NNPS"):
        stop += 1
    if stop == end or (stop < len(doc) and doc[stop].is_title):
        return tokens
    return tokens + list(doc[end:stop])


def _structure(tokens: list[Token]) -> bool:
    """"the Funan Techo canal project": a lower-case structure noun follows the name."""
    nxt = tokens[-1].i + 1
    doc = tokens[0].doc
    return nxt < len(doc) and doc[nxt].is_lower and doc[nxt].lower_ in STRUCTURE_NOUNS


def _stands_alone(tok: Token) -> bool:
    """"President Sukarno", "Sugiono, minister of ...": a one-word name used as a
    person's whole name."""
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    # Not "Separately, ...", nor "During her stay in Ulaanbaatar, the special envoy".
    if tok.tag_ not in ("NNP", "NN") or (prev is not None and prev.lower_ in PLACE_PREPS):
        return False
    # "President Sukarno", "spokesman Wiratmoko"
    titled = prev is not None and prev.lower_ in TITLE_HEADS
    return titled or personal_apposition(tok.doc, tok.i + 1) or relative_who(tok.doc, tok.i + 1)


def _strip(tokens: list[Token]) -> list[Token]:
    """Drop leading titles and determiners and a trailing possessive or punctuation."""
    while tokens and (tokens[0].lower_ in TITLE_WORDS | PERSON_ROLE_NOUNS | {"the", "his", "her"}
                      or tokens[0].is_punct):  # "Historian Ingrid Mollendorf"
        tokens = tokens[1:]
    while tokens and (tokens[-1].tag_ == "POS" or tokens[-1].is_punct
                      or (tokens[-1].lower_ in TITLE_WORDS and not _surname_title(tokens))):
        tokens = tokens[:-1]
    return tokens


# Titles that are common English surnames too.
SURNAME_TITLES = frozenset({"king", "marshal", "bishop", "prince", "major"})


def _surname_title(tokens: list[Token]) -> bool:
    """"Robert King", "Jane Marshal": a title word after a given name, not followed by
    "of" ("Norodom Sihamoni King of Cambodia"), is the surname."""
    last = tokens[-1]
    nxt = last.doc[last.i + 1].lower_ if last.i + 1 < len(last.doc) else ""
    return len(tokens) == 2 and last.lower_ in SURNAME_TITLES and nxt != "of" and \
        tokens[0].is_title and tokens[0].lower_ not in TITLE_WORDS


def _name_token(tok: Token) -> bool:
    if tok.i > 0 and tok.nbor(-1).text == "-" and not tok.nbor(-1).whitespace_:
        return tok.is_alpha  # the lower-case half of "Park Jie-won"
    if tok.text in NAME_JOINERS or tok.lower_ in NAME_JOINERS:
        return True
    return tok.text[:1].isupper() and not any(ch.isdigit() for ch in tok.text)


def _looks_like_person(ent: Span) -> bool:
    """An NER non-person of 2-4 capitalised words followed by a personal apposition."""
    if not 2 <= len(ent) <= 4 or not all(t.is_title and t.is_alpha for t in ent):
        return False
    doc = ent.doc
    if ent.label_ == "NORP" and ent.end < len(doc) and doc[ent.end].is_lower:
        return False  # "a 10-member South Korean delegation": an adjective
    before = doc[ent.start - 1].lower_ if ent.start > 0 else ""
    if before in PERSON_ROLE_NOUNS or before in TITLE_WORDS:
        return True  # "adviser Isao Iijima", "spokesman Dmitry Peskov"
    return personal_apposition(doc, ent.end)
