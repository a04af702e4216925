"""Person mentions: Korean names by shape, other names from the statistical NER.

The NER's PERSON spans are trusted for non-Korean names once titles and the
possessive are stripped; where a Korean name found by shape overlaps an NER
span, the Korean span wins (the NER cuts "Choe Ryong Hae" to "Ryong Hae" and
keeps "Marshal" in "Marshal Kim Jong Un").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kcna_monitor.gazetteer import demonyms
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
    EPONYM_HEADS,
    NON_PERSON_PHRASES,
    PERSON_ROLE_NOUNS,
    STRUCTURE_NOUNS,
    TITLE_HEADS,
    TITLE_WORDS,
    VESSEL_NOUNS,
)
from kcna_monitor.nlp.placenames import PLACE_LABELS
from kcna_monitor.nlp.runs import (
    MISFILED_LABELS,
    NAME_PARTICLES,
    PLACE_PREPS,
    name_runs,
    name_word,
    personal_apposition,
    relative_who,
    widen,
)
from kcna_monitor.nlp.unlabelled import (
    Candidate,
    context_candidates,
    run_candidate,
    titled_lookalikes,
)

# Particles of names, and the hyphen and dot that join or abbreviate their parts.
NAME_JOINERS = NAME_PARTICLES | {"-", "."}
# A Korean name of two one-syllable words that the NER files as a place
# ("Hong Kong") is a place (PLACE_LABELS); longer names are kept whatever the NER says.


def collect_candidates(doc: Doc) -> tuple[list[Candidate], list[Word]]:
    """All person mentions of the document, sorted, plus the word list they came from."""
    text = doc.text  # Doc.text joins every token anew on each access: read it once
    words = split_words(text)
    shaped = [_korean_candidate(doc, n) for n in find_korean_names(text, words)]
    # Shape-found names win over overlapping NER spans (which cut them short).
    korean = [c for c in shaped if c is not None and not _cut_from_longer(doc, c)
              and not _tail_of_longer(doc, c)]
    found = korean + [c for c in titled_lookalikes(doc)
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
    for cand in context_candidates(doc):
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
    # The model may file a whole foreign name as an organisation ("Dang Thi Ngoc Thinh").
    if span is None or span.end >= len(doc) or span[-1].ent_type_ not in ("PERSON", "ORG"):
        return False
    nxt = doc[span.end]
    return (nxt.ent_iob_ == "I" and nxt.is_title and nxt.is_alpha
            and nxt.lower_ not in ENGLISH_LOOKALIKES | TITLE_WORDS | EPONYM_HEADS
            and not is_korean_surname(nxt.text))


def _tail_of_longer(doc: Doc, cand: Candidate) -> bool:
    """"Gil Pinto" of "Yvan Gil Pinto": a Korean-shaped pair inside a person span the
    model opens with a name word of its own is the end of a foreign name."""
    span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
    if span is None or span.start == 0:
        return False
    prev = doc[span.start - 1]
    if span[0].ent_iob_ != "I" and not _person_span_ends_before(span):
        return False
    posting = span.start >= 2 and doc[span.start - 2].lower_ in ("to", "of", "in", "from")
    # ("DPRK Ambassador to Russia Kwak Chol Min": the word before is the posting's place)
    return prev.ent_type_ == "PERSON" and name_word(prev) and not is_korean_surname(prev.text) \
        and not posting


def _person_span_ends_before(span: Span) -> bool:
    """"Yvan Eduardo Gil Pinto": a person span of two words or more may stop right
    before the Korean-shaped pair that ends the name."""
    prev = span.doc[span.start - 1]
    return span[0].ent_iob_ == "O" and prev.ent_type_ == "PERSON" and bool(prev.whitespace_) \
        and prev.i > 0 and prev.nbor(-1).ent_type_ == "PERSON"


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
            out.append(run_candidate(doc, ends[span.start - 1], span.start - 1))
        if span.end < len(doc) and doc[span.end].lower_ == "and" and span.end + 1 in starts:
            out.append(run_candidate(doc, span.end + 1, starts[span.end + 1]))
    return out


def _korean_candidate(doc: Doc, name: NameSpan) -> Candidate | None:
    span = doc.char_span(name.start, name.end, alignment_mode="expand")
    if name.words == 2 and span is not None and "-" not in name.text:
        # Token labels, not span.ents: that rebuilds every entity of the doc per call.
        labels = {t.ent_type_ for t in span if t.ent_type_}
        if labels & PLACE_LABELS and "PERSON" not in labels:
            return None
    start = _baptismal_start(doc, span) if span is not None else None
    if start is not None:
        return Candidate(start, name.end, doc.text[start:name.end], True)
    return Candidate(name.start, name.end, name.text, True)


# Titles of the clergy, after which a baptismal name stands before the Korean name
# ("Cardinal Lazzaro You Heung-sik", "Archbishop Peter Chung Soon-taick").
CLERGY_TITLES = frozenset({"cardinal", "archbishop", "bishop", "father", "monsignor"})


def _baptismal_start(doc: Doc, span: Span) -> int | None:
    i = span.start
    if i < 2 or doc[i - 2].lower_ not in CLERGY_TITLES:
        return None
    name = doc[i - 1]
    plain = name.is_title and name.is_alpha and name.lower_ not in TITLE_WORDS
    return name.idx if plain and not is_korean_surname(name.text) else None


def _ner_candidate(ent: Span, words: list[Word]) -> Candidate | None:
    if ent.label_ != "PERSON" and not (ent.label_ in MISFILED_LABELS and _looks_like_person(ent)):
        return None
    tokens = _strip(list(ent))
    if not tokens or not all(_name_token(t) for t in tokens) or _not_a_name(tokens):
        return None
    tokens = _with_trailing_names(tokens)
    if tokens:
        tokens = list(ent.doc[widen(ent.doc, tokens[0].i, tokens[-1].i + 1):tokens[0].i]) + tokens
    while len(tokens) > 1 and _glued_prefix(tokens):  # widened over "Japanese"
        tokens = tokens[1:]
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
    # "Historian Ingrid Mollendorf", "(against) Japanese Aggression"
    while tokens and (tokens[0].lower_ in TITLE_WORDS | PERSON_ROLE_NOUNS | {"the", "his", "her"}
                      or tokens[0].is_punct or _glued_prefix(tokens)):
        tokens = tokens[1:]
    while tokens and (tokens[-1].tag_ == "POS" or tokens[-1].is_punct
                      or (tokens[-1].lower_ in TITLE_WORDS and not _surname_title(tokens))):
        tokens = tokens[:-1]
    return tokens


# Nationality words the model may take into a name ("against Japanese Aggression").
# The gazetteer's peoples, and those of countries and continents it does not list.
DEMONYMS = demonyms() | frozenset({
    "korean", "british", "french", "german", "soviet", "african", "european", "asian",
})
# The last word of a building's name the model may join to the name after it ("at the
# Mansudae Assembly Hall Faisal Mekdad"): none of them is a Korean surname.
BUILDING_TAILS = frozenset({"hall", "square", "palace", "hotel", "guesthouse", "stadium",
                            "airport", "museum", "university", "theatre", "theater"})


def _glued_prefix(tokens: list[Token]) -> bool:
    """A nationality or a building's last word before the name words."""
    first = tokens[0]
    if len(tokens) < 2:
        return False
    after_name = first.i > 0 and first.nbor(-1).is_title
    return first.lower_ in DEMONYMS or (first.lower_ in BUILDING_TAILS and after_name)


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
