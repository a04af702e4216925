"""Foreign names as runs of capitalised name words, accepted by what surrounds them.

The small statistical model labels non-Korean names unreliably: "Prabowo Subianto"
comes out as a facility, "Joko Widodo" as an organisation, "Maxim Vladimirovich
Ryzhenkov" loses its first name, "Hugo Rafael Chavez Frias" its first two, and a
Cambodian name after a weekday gets no label at all. Its labels are therefore not
the test. A *name run* is a maximal stretch of capitalised words that could be parts
of a name (not titles, institution words, dates or function words); a run is a person
when its context admits only a person:

    title or role noun before     "counterpart Maxim Vladimirovich Ryzhenkov"
    personal apposition after     "Prak Sokhonn, deputy prime minister of ..."
    relative "who" after          "met Joko Widodo, who had just stepped down"
    "as" + office after           "the inauguration of Prabowo Subianto as president"
    meeting verb before           "called on Prabowo Subianto"

The same runs widen a PERSON span the model cut short (`widen`).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kcna_monitor.names.romanization import is_korean_surname
from kcna_monitor.nlp.lexicon import (
    ENGLISH_LOOKALIKES,
    EPONYM_HEADS,
    INSTITUTION_WORDS,
    MEETING_VERBS,
    PERSON_ROLE_NOUNS,
    PORTFOLIO_ENDS,
    TITLE_HEADS,
    TITLE_WORDS,
)
from kcna_monitor.nlp.placenames import known_places
from kcna_monitor.nlp.punct import doc_tokens

# Entity labels a name word never carries: dates, numbers, nationalities.
NEVER_NAME_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT",
                               "QUANTITY", "NORP", "LANGUAGE", "LAW"})
# Parts of speech of words that open sentences but never names ("While", "Earlier").
FUNCTION_POS = frozenset({"ADV", "ADP", "DET", "PRON", "AUX", "CCONJ", "SCONJ", "PART", "NUM"})
PLACE_LABELS = frozenset({"GPE", "LOC"})
# Prepositions after which a lone capitalised word is a place.
PLACE_PREPS = frozenset({"in", "at", "to", "from", "into"})
# Labels under which the small model files persons and their first names ("Glyn
# Davies" as ORG; "Aleksandr", "Rosalba", "Salma" as GPE or NORP).
MISFILED_LABELS = frozenset({"GPE", "LOC", "NORP", "ORG", "FAC"})
# Lower-case particles inside names ("Ursula von der Leyen", "Salma bint Khalid").
NAME_PARTICLES = frozenset({"de", "der", "van", "von", "bin", "bint", "ibn", "al", "da", "di",
                            "la", "le", "y", "dos", "del", "du", "abu", "ould"})
# Capitalised words of the TITLE_WORDS list that head institutions ("Party of ...").
PLACE_TITLE_WORDS = frozenset({"party", "committee", "bureau", "presidium", "state"})
# Honorifics written as a name's first word (Burmese "U", "Daw").
HONORIFIC_PREFIXES = frozenset({"U", "Daw"})
# Endings of English nationality words (American, Chinese, Turkish, Thai, Czech).
DEMONYM_ENDINGS = ("an", "ese", "ish", "i", "ic", "ch", "sh", "ss", "ek")
# A person's name has two to five words; a longer capitalised run is a title or an
# institution ("Special Representative of the Russian Government ...").
MAX_RUN = 5
# Tokens between an apposition comma and its role noun ("Glyn Davies, the U.S. special
# representative", ", the Russian Foreign Ministry's special representative"): seven
# words cover a determiner, a possessor of three words and two modifiers.
APPOSITION_WINDOW = 7
# Tokens from the name back to the title of a posting ("to the DPRK", "to the Russian
# Federation").
POSTING_SPAN = 6
# Words after "as" inspected for the office: "as president", "as the new head of state".
AS_WINDOW = 3
NOT_NAME = TITLE_WORDS | EPONYM_HEADS | PORTFOLIO_ENDS | ENGLISH_LOOKALIKES | \
    PERSON_ROLE_NOUNS | INSTITUTION_WORDS


def name_word(tok: Token, inside_person: bool = False) -> bool:
    """A capitalised word that can be part of a personal name.

    Inside a span the model already calls a person, stop words are names too ("Hun Many")."""
    if not (tok.is_alpha and tok.text[:1].isupper()):
        return False
    if tok.lower_ in NOT_NAME and not _surname_in_name(tok):
        return False
    if tok.ent_type_ in NEVER_NAME_LABELS and not _misfiled_nationality(tok):
        return False
    if tok.is_upper and len(tok) > 1:
        return False  # "NEW YORK" in a dateline: capitals carry no name evidence
    if inside_person and tok.ent_type_ == "PERSON":
        return True
    return not tok.is_stop and tok.pos_ not in FUNCTION_POS


def _surname_in_name(tok: Token) -> bool:
    """"Julia Park-Hendricks": the surname Park glued to another name is no park."""
    doc = tok.doc
    return tok.lower_ in EPONYM_HEADS and is_korean_surname(tok.text) and \
        tok.i + 2 < len(doc) and _glued_hyphen(doc, tok.i + 1) and doc[tok.i + 2].is_title


def _misfiled_nationality(tok: Token) -> bool:
    """"Marina Sergeyevna" filed as a nationality: a proper noun without a demonym's
    ending is a name."""
    return tok.ent_type_ == "NORP" and tok.tag_ == "NNP" and not _demonym(tok)


def _glued_hyphen(doc: Doc, i: int) -> bool:
    """The hyphen of "Diaz-Canel": no space either side, name words either side."""
    tok = doc[i]
    return (tok.text == "-" and 0 < i < len(doc) - 1 and not doc[i - 1].whitespace_
            and not tok.whitespace_ and doc[i + 1].is_alpha)


def name_flags(doc: Doc) -> list[bool]:
    """name_word for every token, computed once per document (the finders below ask
    about the same tokens many times)."""
    key = "kcna_monitor.name_flags"
    if key not in doc.user_data:
        doc.user_data[key] = [name_word(t) for t in doc_tokens(doc)]
    flags: list[bool] = doc.user_data[key]
    return flags


def _part(doc: Doc, i: int) -> bool:
    return name_flags(doc)[i] or _glued_hyphen(doc, i) or (
        i > 0 and _glued_hyphen(doc, i - 1) and doc[i].is_alpha) or _inner_particle(doc, i)


def _inner_particle(doc: Doc, i: int) -> bool:
    """"van der" in "Pieter-Jan van der Meulen": particles between name words."""
    j = i
    while j < len(doc) and doc[j].lower_ in NAME_PARTICLES and doc[j].is_lower:
        j += 1
    return j > i and j < len(doc) and name_word(doc[j])


def name_runs(doc: Doc) -> list[tuple[int, int]]:
    """Maximal runs of name words (token offsets), of two to MAX_RUN words; computed
    once per document."""
    key = "kcna_monitor.name_runs"
    if key not in doc.user_data:
        doc.user_data[key] = _find_runs(doc)
    runs: list[tuple[int, int]] = doc.user_data[key]
    return runs


def _find_runs(doc: Doc) -> list[tuple[int, int]]:
    flags = name_flags(doc)
    runs, i = [], 0
    while i < len(doc):
        if not flags[i]:
            i += 1
            continue
        j = i + 1
        while j < len(doc) and _part(doc, j):
            j += 1
        while j - 1 > i and doc[j - 1].text == "-":
            j -= 1
        i = _after_leading_place(doc, i, j)
        if doc[i].text in HONORIFIC_PREFIXES and j - i >= 3:
            i += 1  # the Burmese "U Kyaw Zin Htet"
        words = sum(1 for t in doc[i:j] if t.text != "-")
        if 2 <= words <= MAX_RUN and not _whole_place(doc, i, j):
            runs.append((i, j))
        i = j
    return runs


def _whole_place(doc: Doc, i: int, j: int) -> bool:
    """"Phnom Penh": a run of place-labelled words that opens an entity and is not
    continued past its end is a place. (Facilities are not trusted: the model files
    "Prabowo Subianto" as one.)"""
    span = doc[i:j]
    return all(t.ent_type_ in PLACE_LABELS for t in span) and \
        span[0].ent_iob_ == "B" and (j == len(doc) or doc[j].ent_iob_ != "I")


def _after_leading_place(doc: Doc, i: int, j: int) -> int:
    """"President of Venezuela Nicolas Maduro Moros": a one-word place before a name of
    two words or more is not part of it. ("Choummaly Sayasone", whose first name the
    model calls a place, keeps it: one word alone is no name.)"""
    lead = doc[i]
    if lead.ent_type_ in PLACE_LABELS and (i + 1 >= len(doc) or doc[i + 1].ent_iob_ != "I") \
            and sum(1 for t in doc[i + 1:j] if t.text != "-") >= 2 and _place_position(doc, i):
        return i + 1  # ("credentials from Orlando Zeledon Rivas": a first name)
    return i


def _org_complement(doc: Doc, i: int) -> bool:
    """"the Communist Party of Viet Nam": after "of" that follows a capitalised
    institution word, the run completes the institution's name."""
    return i >= 2 and doc[i - 1].lower_ == "of" and doc[i - 2].is_title and \
        doc[i - 2].lower_ in INSTITUTION_WORDS | EPONYM_HEADS | PLACE_TITLE_WORDS


def widen(doc: Doc, start: int, end: int) -> int:
    """The first token of a PERSON span [start, end) grown leftwards over name words the
    model left out: "Maxim" before "Vladimirovich Ryzhenkov", "Salma bint" before
    "Khalid al-Hashemi", and a first name it filed as a place or an organisation
    ("Aleksandr" as GPE, "Ramiro Esteban" as ORG), which ends the widening."""
    i = start
    while i > 0 and _words(doc, i, end) < MAX_RUN and doc[i - 1].whitespace_:
        prev = doc[i - 1]
        if prev.lower_ in NAME_PARTICLES and i >= 2 and doc[i - 2].is_title:
            i -= 1
            continue
        if prev.text[:1].isupper() and prev.lower_ in known_places():
            break  # "for the Middle East and Africa Mikhail Bogdanov": a known place
        if prev.ent_type_ in MISFILED_LABELS:
            return _misfiled_first_name(doc, i, end)
        if not name_word(prev, inside_person=True) or _after_eponym(doc, i - 1):
            break
        i -= 1
    return i if doc[i].lower_ not in NAME_PARTICLES else i + 1


def _words(doc: Doc, i: int, j: int) -> int:
    """Name words in [i, j): "Khalid al-Hashemi" has two."""
    return sum(1 for t in doc[i:j] if t.text != "-" and t.lower_ not in NAME_PARTICLES)


def _misfiled_first_name(doc: Doc, i: int, end: int) -> int:
    """Take in the entity of one or two proper nouns that ends at i, unless a preposition
    or determiner before it makes it a place ("President of Venezuela Nicolas Maduro")."""
    first = i - 1
    while first > 0 and doc[first].ent_iob_ == "I" and i - first < 2:
        first -= 1
    ent = doc[first:i]
    # Not name_word(): that refuses nationality labels, and "Rosalba" comes as NORP.
    opened = ent[0].ent_iob_ == "B" and all(
        t.tag_ == "NNP" and t.is_title and t.lower_ not in NOT_NAME and not _demonym(t)
        for t in ent)
    if not opened or _words(doc, first, end) > MAX_RUN or _place_position(doc, first):
        return i
    return first


def _demonym(tok: Token) -> bool:
    """"American Kenneth Bae": a nationality word, known by its English suffix."""
    return tok.ent_type_ == "NORP" and (tok.lower_.endswith(DEMONYM_ENDINGS) or tok.lower_ == "lao")


def _place_position(doc: Doc, i: int) -> bool:
    """"the Venezuela ...", "President of Venezuela Nicolas ...": after a determiner, a
    proper noun, or "of" completing a capitalised title, a word is a place. ("special
    representative of Aleksandr ...", "coordinated by Salma ..." are names.)"""
    before = doc[i - 1] if i > 0 else None
    if before is None or before.pos_ in ("DET", "PROPN"):
        return before is not None
    # "Ambassador to Seoul Zhai Renjie": the place of a posting.
    return before.lower_ in ("of", "in", "to") and i >= 2 and doc[i - 2].is_title


def _after_eponym(doc: Doc, i: int) -> bool:
    """"Kim Il Sung Square Pak ...": a capitalised place head ends whatever came before."""
    return i > 0 and doc[i - 1].lower_ in EPONYM_HEADS


def cued_runs(doc: Doc) -> list[tuple[int, int]]:
    """Name runs whose context admits only a person."""
    return [(i, j) for i, j in name_runs(doc)
            if not _eponym_after(doc, j) and not _org_complement(doc, i)
            and _person_context(doc, i, j)]


def cued_mononyms(doc: Doc) -> list[Token]:
    """"Widarto, special envoy of ...", "Sutarno, who like many Javanese uses one name":
    a lone name word with a personal apposition or "who" after it names a person by
    itself (linking decides whether it is a fuller name's short form)."""
    out = []
    for tok in (doc[k] for k, flag in enumerate(name_flags(doc)) if flag):
        if tok.tag_ not in ("NNP", "NN") or tok.ent_iob_ == "I" or (
                tok.i + 1 < len(doc) and doc[tok.i + 1].ent_iob_ == "I"):
            continue
        if any(_part(doc, k) for k in (tok.i - 1, tok.i + 1) if 0 <= k < len(doc)):
            continue
        # A word the model calls a place only where a place cannot stand: "visiting
        # China, as special envoy" reads like an apposition; "..., Suharyanto, special
        # envoy of ..." opens a clause.
        place = tok.ent_type_ in PLACE_LABELS
        if place and not _clause_or_object(doc, tok.i):
            continue
        if _fronted_adverb(tok) or (tok.i > 0 and doc[tok.i - 1].lower_ in PLACE_PREPS):
            continue  # "Separately, Seoul's envoy ...", "During her stay in Ulaanbaatar, the envoy"
        if personal_apposition(doc, tok.i + 1) or (not place and relative_who(doc, tok.i + 1)) \
                or (not place and _titled_alone(doc, tok.i)):
            out.append(tok)
    return out


def _clause_or_object(doc: Doc, i: int) -> bool:
    """After punctuation, or as the object of a verb that does not take places ("has
    sent Wiryawan, a former trade minister"), a lone word is no place."""
    prev = doc[i - 1] if i > 0 else None
    return prev is None or prev.is_punct or (
        prev.pos_ == "VERB" and prev.lemma_ not in ("visit", "tour", "leave", "reach", "enter"))


def _titled_alone(doc: Doc, i: int) -> bool:
    """"President Sukarno": a capitalised title before a lone non-Korean name word."""
    prev = doc[i - 1] if i > 0 else None
    return prev is not None and prev.is_title and prev.lower_ in TITLE_HEADS and \
        not is_korean_surname(doc[i].text)


def _fronted_adverb(tok: Token) -> bool:
    return bool(tok.is_sent_start) and tok.lower_.endswith("ly")


def _eponym_after(doc: Doc, j: int) -> bool:
    return j < len(doc) and doc[j].is_title and doc[j].lower_ in EPONYM_HEADS


def _person_context(doc: Doc, i: int, j: int) -> bool:
    return (_titled(doc, i) or personal_apposition(doc, j)
            or (relative_who(doc, j) and not (i > 0 and doc[i - 1].lower_ == "of"))
            or _as_office(doc, j) or _met(doc, i))


def _titled(doc: Doc, i: int) -> bool:
    """"President-elect Prabowo Subianto", "her Belarusian counterpart Maxim ..."."""
    if i == 0:
        return False
    prev = doc[i - 1]
    if prev.lower_ == "elect" and i >= 3 and doc[i - 2].text == "-":
        prev = doc[i - 3]
    return prev.lower_ in TITLE_HEADS or (prev.is_lower and prev.lower_ in PERSON_ROLE_NOUNS) \
        or _posting_before(doc, i) or _title_phrase_before(doc, i)


def _title_phrase_before(doc: Doc, i: int) -> bool:
    """"Deputy Secretary of State Gregory Ashford": a capitalised title whose own "of"
    phrase ends right before the name."""
    return i >= 3 and doc[i - 1].is_title and doc[i - 1].lower_ in TITLE_WORDS and \
        doc[i - 2].lower_ == "of" and doc[i - 3].lower_ in TITLE_HEADS


def _posting_before(doc: Doc, i: int) -> bool:
    """"Chinese Ambassador to the DPRK Sun Lixin": a title, its "to" place, then the
    name."""
    for j in range(i - 1, max(-1, i - POSTING_SPAN), -1):
        tok = doc[j]
        if tok.lower_ == "to" and 0 < j < i - 1 and doc[j - 1].lower_ in TITLE_HEADS:
            return True  # ("president of the Syrian Arab Republic" is an office's name)
        if not (tok.lower_ == "the" or tok.ent_type_ in ("GPE", "ORG") or tok.is_upper):
            return False
    return False


def relative_who(doc: Doc, j: int) -> bool:
    """"X, who ..." after a one-word X; not "minister of Fisheries who is ..."."""
    if j >= 2 and doc[j - 2].lower_ == "of":
        return False
    nxt = doc[j:j + 2]
    return bool(len(nxt)) and (nxt[0].lower_ == "who" or (
        len(nxt) == 2 and nxt[0].text == "," and nxt[1].lower_ == "who"))


def _as_office(doc: Doc, j: int) -> bool:
    if j >= len(doc) or doc[j].lower_ != "as":
        return False
    for tok in doc[j + 1:j + 1 + AS_WINDOW]:
        if tok.lower_ in PERSON_ROLE_NOUNS or tok.lower_ in TITLE_HEADS:
            return True
        if not (tok.is_lower or tok.pos_ == "DET"):
            return False
    return False


def _met(doc: Doc, i: int) -> bool:
    """"met Joko Widodo", "called on Prabowo Subianto", "held talks with ..."."""
    if i == 0:
        return False
    prev = doc[i - 1]
    if prev.lower_ in ("on", "with") and i >= 2:
        prev = doc[i - 2]
        return prev.lemma_ in MEETING_VERBS | {"call", "talk", "talks"}
    return prev.lemma_ in MEETING_VERBS and prev.pos_ == "VERB"


def personal_apposition(doc: Doc, i: int) -> bool:
    """", (the) vice-president of", ", elected president of": a comma at i opening a
    role noun; "and" means a list ("for North Korea, and South Korean ..."), not an
    apposition."""
    if i >= len(doc) or doc[i].text != ",":
        return False
    words = 0
    for tok in doc[i + 1:min(len(doc), i + 1 + 3 * APPOSITION_WINDOW)]:
        words += bool(tok.whitespace_)  # "a 74-year-old former minister": four words
        if words > APPOSITION_WINDOW:
            return False
        if tok.lower_ in PERSON_ROLE_NOUNS and tok.is_lower:
            return True
        if tok.text in ('"', "\u201c", "so", "called"):
            continue  # 'the so-called "special rapporteur ..."'
        under = tok.lower_ == "under" and tok.i + 1 < len(doc) and \
            doc[tok.i + 1].lower_ in ("secretary", "-")  # not ", under whose guidance"
        if tok.text == "-" or tok.tag_ in ("VBN", "VBG") or under:
            continue  # "vice-president", "newly elected president", "the under secretary"
        if tok.is_punct or tok.pos_ in ("VERB", "AUX", "ADP", "CCONJ"):
            return False
    return False
