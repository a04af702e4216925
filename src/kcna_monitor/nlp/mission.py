"""Where an envoy goes and how far the mission has got, from verbs of travel and meeting."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kcna_monitor.nlp.lexicon import (
    BACKGROUND_WORDS,
    CANCEL_VERBS,
    ENVOY_NOUNS,
    FUTURE_AUX,
    FUTURE_HEADS,
    HYPOTHETICAL_HEADS,
    MODAL_HYPOTHETICAL,
    PERSON_ROLE_NOUNS,
    REPRESENTATIVE_NOUNS,
)

STAGE_RANK = {"upcoming": 0, "departed": 1, "arrived": 2, "met": 3, "returned": 4}
# Verb lemma -> stage when the verb is reported as done.
STAGE_VERBS: dict[str, str] = {
    "leave": "departed", "depart": "departed",
    "arrive": "arrived", "land": "arrived", "reach": "arrived", "greet": "arrived",
    "welcome": "arrived", "visit": "arrived", "tour": "arrived",
    "meet": "met", "receive": "met", "talk": "met", "hand": "met", "deliver": "met",
    "convey": "met", "confer": "met", "discuss": "met", "exchange": "met",
    "return": "returned", "travel": "arrived", "go": "arrived", "fly": "departed",
    "send": "departed", "dispatch": "departed", "head": "departed",
}
# Travel verbs that in the present progressive report a journey under way ("is going
# there as special envoy", "is travelling as Xi's envoy"): departed, not yet arrived.
EN_ROUTE_VERBS = frozenset({"go", "travel", "head", "fly", "sail"})
# Verbs that make someone an envoy without sending them yet.
APPOINT_VERBS = frozenset({"appoint", "name", "designate", "choose", "tap", "pick", "nominate"})
# Verbs that take their stage from a particle or object ("see off", "hold talks").
PHRASAL_STAGES: dict[tuple[str, str], str] = {
    ("see", "off"): "departed", ("set", "off"): "departed", ("set", "out"): "departed",
    ("fly", "in"): "arrived", ("fly", "into"): "arrived", ("touch", "down"): "arrived",
    ("come", "back"): "returned",
    ("call", "on"): "met", ("hold", "talks"): "met", ("have", "talks"): "met",
    ("hold", "talk"): "met", ("have", "talk"): "met", ("pay", "visit"): "arrived",
    ("pay", "call"): "met", ("hold", "meeting"): "met", ("have", "meeting"): "met",
    ("go", "back"): "returned", ("arrive", "home"): "returned", ("arrive", "back"): "returned",
    ("leave", "home"): "returned", ("come", "home"): "returned", ("go", "home"): "returned",
    ("fly", "home"): "returned", ("head", "home"): "returned", ("fly", "out"): "departed",
    ("call", "off"): "other", ("put", "off"): "other",
    ("welcome", "back"): "returned", ("greet", "back"): "returned",
    ("fly", "back"): "returned", ("board", "flight"): "departed", ("board", "plane"): "departed",
}
# Straight quotation marks, counted to tell whether a word is inside a quote.
QUOTE_MARKS = frozenset({'"', "``", "''"})
# Where a visitor is met on arrival ("was met at the airport").
ARRIVAL_PLACES = frozenset({"airport", "station", "border", "port", "airfield", "tarmac"})
VISIT_NOUNS = frozenset({"visit", "trip", "journey", "mission", "tour"})
MOVE_TO = frozenset({"travel", "fly", "go", "come", "send", "dispatch", "head", "sail"})
LEAVE_FOR = frozenset({"leave", "depart", "head", "set", "fly", "bind"})
TRAVEL_HEADS = LEAVE_FOR | MOVE_TO | frozenset({"arrive"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# The last word of a terminal's name. An envoy lands at an airport in a city; the
# mission's place is the city or the country ("Incheon International Airport" is
# neither), so a terminal is left for the other cues and the dateline.
TERMINAL_WORDS = frozenset({"airport", "airfield", "base", "station", "terminal"})
NOT_PLACES = frozenset({"here", "home", "there"})
# Nouns of a resident posting: "ambassador to X" is where one lives, not a trip.
POST_NOUNS = frozenset({"ambassador", "adviser", "advisor", "consul", "attache"})
# Lower-case words of a place description before "of" ("the border truce village").
COMMON_HEAD_WORDS = 4
PLACE_NOUNS = frozenset({"village", "city", "town", "port", "capital", "county", "province",
                         "island", "resort", "area", "region", "republic", "kingdom"})
# Window after "left" in which "for X" names the destination: "left here for Moscow"
# and "left Pyongyang by air for Tehran" fit in eight tokens.
FOR_WINDOW = 8
# Verb phrases of arrival or return whose place follows: (lemma, next words) and how
# many tokens after the verb the place starts.
ARRIVAL_PHRASES: tuple[tuple[tuple[str, ...], int], ...] = (
    (("due", "in"), 2), (("set", "foot", "in"), 3), (("converge", "on"), 2),
    (("return", "from"), 2), (("return", "home", "from"), 3), (("fly", "home", "from"), 3),
    (("bind", "for"), 2), (("way", "to"), 2))
# "held more than four hours of talks with Russian President Vladimir Putin in St
# Petersburg": a measure, a title and a name fit in sixteen.
MEETING_WINDOW = 16
# "special envoy of the respected Marshal Kim Jong Un to X": the principal may take
# eight tokens before "to".
ROLE_TO_WINDOW = 10


def place_after(doc: Doc, i: int, person_ok: bool = False) -> str | None:
    """The capitalised place name starting at token i ("the Russian Federation",
    "south Korea", "New York", "the border village of Panmunjom"), without "the".

    `person_ok`: where only a place can stand ("left for X", "arrived in X"), a word the
    model calls a person ("Accra") is a place."""
    while i < len(doc) and doc[i].lower_ == "the":
        i += 1
    described = _past_common_head(doc, i)
    person_ok = person_ok or described > i  # "the village of X": X is a place, whatever its label
    i = described
    start = i
    if i + 1 < len(doc) and doc[i].lower_ in ("south", "north") and doc[i + 1].is_title:
        i += 1
    while i < len(doc) and _place_token(doc, i, start, person_ok):
        i += 1
    if i == start or doc[start].lower_ in NOT_PLACES or doc[start].ent_type_ in ("DATE", "TIME"):
        return None
    if i < len(doc) and doc[i].is_lower and all(t.ent_type_ == "NORP" for t in doc[start:i]):
        return None  # "the Russian capital": a nationality and a noun, not a place's name
    if i < len(doc) and doc[i].is_lower and doc[i - 1].ent_type_ == "NORP":
        return None  # "the North Korean capital"
    if doc[i - 1].lower_ in TERMINAL_WORDS:
        return None  # "landed at Incheon International Airport": where, not which place
    return doc[start:i].text


def _past_common_head(doc: Doc, i: int) -> int:
    """"the border truce village of Panmunjom", "the port city of Nampho": where the
    name comes after "of"."""
    j = i
    while j < min(len(doc), i + COMMON_HEAD_WORDS) and doc[j].is_lower and \
            doc[j].pos_ in ("NOUN", "ADJ"):
        j += 1
    if j > i and j + 1 < len(doc) and doc[j].lower_ == "of" and doc[j + 1].is_title and \
            doc[j - 1].lower_ in PLACE_NOUNS:
        return j + 1
    return i


def _place_token(doc: Doc, i: int, start: int, person_ok: bool = False) -> bool:
    tok = doc[i]
    barred = ("DATE", "TIME") if person_ok else ("DATE", "TIME", "PERSON")
    if tok.ent_type_ in barred or (tok.is_punct and tok.text != "."):
        return False
    if tok.tag_ == "POS" and i > start and i + 1 < len(doc) and doc[i + 1].is_title:
        return True  # "Lao People's Democratic Republic"
    if tok.lower_ == "of" and i > start and i + 1 < len(doc) and doc[i + 1].text[:1].isupper():
        return True
    return ((tok.is_title or tok.is_upper) and tok.is_alpha) or (i == start and tok.lower_ in (
        "south", "north"))


def role_destination(role: Token) -> str | None:
    """"special envoy to China", "special envoy of Kim Jong Un to Vietnam": the place
    the role phrase itself names."""
    doc = role.doc
    end = min(role.sent.end - 1, role.i + 1 + ROLE_TO_WINDOW)
    for j in range(role.i + 1, end):
        tok = doc[j]
        if tok.lower_ == "to" and not _capital_inside_name(tok):
            place = place_after(doc, j + 1)
            if place and (_shared_places(role, j + 1, place) or _possessed(doc, j + 1, place)):
                return None  # "special envoy to South Korea's new President": to a person
            return place
        if (tok.is_punct and tok.text != "-") or tok.pos_ in ("VERB", "AUX"):
            return None
        if j == role.i + 1 and tok.lower_ != "of":
            return None
    return None


def _token_after(doc: Doc, start: int, place: str) -> int:
    """The token after the place text found from token `start` on."""
    end_char = doc.text.find(place, doc[start].idx) + len(place)
    return next((k for k in range(start, len(doc)) if doc[k].idx >= end_char), len(doc))


def _possessed(doc: Doc, start: int, place: str) -> bool:
    after = _token_after(doc, start, place)
    return after < len(doc) and doc[after].tag_ == "POS"


def _shared_places(role: Token, start: int, place: str) -> bool:
    """"will send special envoys to Washington and Tokyo": a plural role with a list of
    places gives each envoy one of them, not the first."""
    doc = role.doc
    after = _token_after(doc, start, place)
    return role.tag_ == "NNS" and after + 1 < len(doc) and doc[after].lower_ in ("and", ",") \
        and doc[after + 1].text[:1].isupper()


def _capital_inside_name(tok: Token) -> bool:
    """"of Comrade To Lam": a capitalised "To" after a capitalised word is a name."""
    return tok.text == "To" and tok.i > tok.sent.start and tok.nbor(-1).is_title


def strong_destination(sent: Span, background: bool = False) -> str | None:
    """"visiting China", "a visit to the DPRK", "arrived in Seoul", "left for Moscow".

    Cues of an earlier trip ("last travelled to X") count only when `background`."""
    for tok in sent:
        mode = modality(tok) if tok.pos_ == "VERB" else "factual"
        if mode == "skip" and not _purpose_of_travel(tok):
            continue  # "an invitation to visit Pyongyang" is not this trip
        if mode == "background" and not background:
            continue
        place = _cue_place(tok)
        if place:
            return place
    return None


def _purpose_of_travel(verb: Token) -> bool:
    """"left here ... to visit Laos": an infinitive of purpose under a travel verb names
    where the traveller is going."""
    head = verb.head
    to_inf = any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)
    return to_inf and verb.dep_ in ("advcl", "xcomp") and head.lemma_ in TRAVEL_HEADS


def _cue_place(tok: Token) -> str | None:
    doc, nxt = tok.doc, tok.i + 1
    if nxt >= len(doc):
        return None
    if tok.pos_ == "VERB" and tok.lemma_ in ("visit", "tour") and doc[nxt].lower_ != "to":
        return place_after(doc, nxt)
    if tok.lemma_ in VISIT_NOUNS and tok.pos_ == "NOUN" and doc[nxt].lower_ == "to":
        return place_after(doc, nxt + 1)
    if tok.lemma_ in ("arrive", "land", "come") and doc[nxt].lower_ == "here":
        return dateline_place(doc)  # "arrived here": where the dispatch is filed
    if tok.lemma_ in ("arrive", "land", "fly") and doc[nxt].lower_ in ("in", "at", "into"):
        return place_after(doc, nxt + 1, person_ok=True)
    if tok.lemma_ == "touch" and doc[nxt].lower_ == "down" and nxt + 2 < len(doc) and \
            doc[nxt + 1].lower_ in ("in", "at"):
        return place_after(doc, nxt + 2, person_ok=True)  # "touched down in Pyongyang"
    if tok.lemma_ in MOVE_TO and doc[nxt].lower_ == "to":
        return place_after(doc, nxt + 1)
    phrase = _arrival_phrase(doc, tok)
    if phrase is not None:
        return place_after(doc, phrase, person_ok=True)
    if tok.lemma_ in MOVE_TO and doc[nxt].lower_ in ("back", "home"):
        return None  # "flew back to Pyongyang": home, not where the mission went
    if tok.pos_ != "VERB":
        return None
    if verb_stage(tok) == "met":
        return _meeting_place(tok)
    # "dispatch Foreign Minister X to Pyongyang"; "is heading for Vientiane" (head is
    # both a move-to and a leave-for verb, so both are tried).
    moved = _to_object_place(tok) if tok.lemma_ in MOVE_TO else None
    return moved or (_for_place(tok) if tok.lemma_ in LEAVE_FOR else None)


def _arrival_phrase(doc: Doc, tok: Token) -> int | None:
    """Where the place starts after "reached Minsk", "is due in Seoul", "set foot in
    South Korea", "converged on Pyongyang", "returned home from Viet Nam"."""
    words = [t.lower_ for t in doc[tok.i + 1:tok.i + 4]]
    key = (tok.lemma_, *words[:2])
    for phrase, skip in ARRIVAL_PHRASES:
        if key[:len(phrase)] == phrase:
            return tok.i + skip
    if tok.lemma_ == "reach" and tok.pos_ == "VERB" and doc[tok.i + 1].is_title:
        return tok.i + 1
    return None


def _meeting_place(verb: Token) -> str | None:
    """"met Prime Minister Ishiba in Tokyo", "held talks with To Lam in Hanoi": where a
    meeting is held, before the next verb of the sentence."""
    doc = verb.doc
    for j in range(verb.i + 1, min(verb.sent.end - 1, verb.i + MEETING_WINDOW)):
        if doc[j].pos_ in ("VERB", "AUX") and doc[j].dep_ != "acl":
            return None  # "met relatives of nationals abducted by X in Tokyo" goes on
        if doc[j].lower_ == "in" and doc[j + 1].ent_type_ in ("GPE", "LOC") and \
                not (j + 2 < len(doc) and doc[j + 2].tag_ == "POS"):  # "in China's party"
            return place_after(doc, j + 1)
        if doc[j].lower_ in ("in", "at") and named_before_noun(doc, j + 1):
            return named_before_noun(doc, j + 1)
    return None


def dateline_place(doc: Doc) -> str | None:
    """"Pyongyang, November 6 (KCNA) --": the place the dispatch opens with."""
    if len(doc) < 2 or doc[1].text != "," or doc[0].ent_type_ not in PLACE_LABELS:
        return None
    return doc[0].text


def _to_object_place(verb: Token) -> str | None:
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "to" and child.i + 1 < len(verb.doc):
            nxt = verb.doc[child.i + 1]
            if nxt.is_title or nxt.lower_ == "the":
                return place_after(verb.doc, child.i + 1)
    return None


def _for_place(tok: Token) -> str | None:
    doc = tok.doc
    for j in range(tok.i + 1, min(tok.sent.end - 1, tok.i + FOR_WINDOW)):
        glued = doc[j].text == "-" and not doc[j].whitespace_  # "Soekarno-Hatta Airport"
        if (doc[j].is_punct and not glued) or doc[j].pos_ == "VERB":
            return None
        if doc[j].lower_ == "for":
            return place_after(doc, j + 1, person_ok=True)
    return None


def weak_destination(sent: Span) -> str | None:
    """"met President Moon in Seoul", "to be held in south Korea": a place after "in";
    "talks at the border village of Panmunjom": a described place after "in" or "at"."""
    doc = sent.doc
    for tok in sent:
        home = tok.i > 0 and doc[tok.i - 1].lower_ in ("back", "home")  # "flew back to"
        if tok.lower_ in ("in", "to", "at") and tok.i + 1 < sent.end and not home:
            nxt = doc[tok.i + 1] if doc[tok.i + 1].lower_ != "the" else doc[min(tok.i + 2,
                                                                              len(doc) - 1)]
            if tok.lower_ != "at" and nxt.ent_type_ in PLACE_LABELS and \
                    not _post_not_trip(tok, nxt) and not _bare_half(nxt):
                return place_after(doc, tok.i + 1)
            if tok.lower_ != "to" and _past_common_head(doc, nxt.i) > nxt.i:
                return place_after(doc, tok.i + 1)
            if tok.lower_ != "to" and named_before_noun(doc, tok.i + 1):
                return named_before_noun(doc, tok.i + 1)
    return None


def named_before_noun(doc: Doc, i: int) -> str | None:
    """"at the Panmunjom truce village", "in the Kalma tourist area": a name before a
    common noun of place."""
    i += doc[i].lower_ == "the"
    j = i
    # The model may call "Panmunjom" a person; "the North Korean capital" names none.
    while j < len(doc) and doc[j].is_title and doc[j].ent_type_ != "NORP":
        j += 1
    k = j
    while k < min(len(doc), j + COMMON_HEAD_WORDS) and doc[k].is_lower:
        if doc[k].lower_ in PLACE_NOUNS:
            return doc[i:j].text if j > i else None
        k += 1
    return None


def _bare_half(tok: Token) -> bool:
    """"detained in the North": a half of Korea without its name is no destination
    ("in south Korea" is)."""
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    return tok.lower_ in ("north", "south") and (nxt is None or not nxt.is_title)


def _post_not_trip(prep: Token, place: Token) -> bool:
    """"ambassador to Indonesia", "adviser to Iran's leader": a posting or a
    possessive, not where anyone travels."""
    after = place.i + 1 < len(place.doc) and place.doc[place.i + 1].tag_ == "POS"
    return after or (prep.lower_ == "to" and prep.head.lemma_ in POST_NOUNS)


def verb_stage(tok: Token) -> str | None:
    """The stage a verb reports, or None for verbs of no stage."""
    # A past tense (VBD) is never a modifier, whatever its parsed role ("X, ..., held
    # talks" read as "held talks" = amod).
    if (tok.dep_ in ("amod", "compound", "nmod") and tok.tag_ != "VBD") or \
            _participle_of_thing(tok):
        return None  # "the welcoming ceremony", "an agreement reached" report no stage
    if tok.tag_ == "VBG" and tok.dep_ == "csubj":
        return None  # "Dispatching special envoys ... is a practice": a habit, no trip
    if _on_the_way(tok):
        return "departed"  # "was on his way to Washington"
    if tok.pos_ not in ("VERB", "AUX") and not (tok.lower_ == "visit" and _on_a_visit(tok)) \
            and tok.lower_ != "due":
        return None
    if tok.lower_ == "visit":
        return "arrived"
    if tok.lower_ == "due" and tok.i + 1 < len(tok.doc) and tok.nbor(1).lower_ in ("in", "at"):
        return "arrived"  # "is due in Geneva next week" (a future: see _own_modality)
    # A particle first: "called off the trip on Friday" is no "call on".
    for child in sorted(tok.children, key=lambda c: c.dep_ != "prt"):
        stage = PHRASAL_STAGES.get((tok.lemma_, child.lower_)) or PHRASAL_STAGES.get(
            (tok.lemma_, _object_noun(child).lemma_))  # "pay visits", "three hours of talks"
        if stage and child.dep_ in ("prt", "dobj", "prep", "advmod", "npadvmod", "nsubjpass"):
            return stage
    if tok.lemma_ == "come" and _come_to_place(tok):
        return "arrived"  # "will come to Pyongyang later this month"
    if tok.dep_ == "amod" and (tok.lemma_, tok.head.lower_) in PHRASAL_STAGES:
        return PHRASAL_STAGES[(tok.lemma_, tok.head.lower_)]  # the misparsed "held talks"
    if tok.lemma_ in CANCEL_VERBS:
        return "other"
    if tok.lemma_ in ("welcome", "greet") and _thing_object(tok):
        return None  # "welcomed the move": no one arrived
    if tok.lemma_ in ("meet", "receive") and _met_on_arrival(tok):
        return "arrived"
    if tok.lemma_ in EN_ROUTE_VERBS and _present_progressive(tok):
        return "departed"
    if tok.lemma_ in APPOINT_VERBS and _names_a_role(tok):
        return "upcoming"  # "has tapped X as his special envoy to China": not yet gone
    return STAGE_VERBS.get(tok.lemma_)


def _object_noun(child: Token) -> Token:
    """"three hours of talks" -> talks: the noun a measure of an object counts."""
    if child.dep_ != "dobj":
        return child
    of = [c for c in child.children if c.dep_ == "prep" and c.lower_ == "of"]
    objs = [p for o in of for p in o.children if p.dep_ == "pobj"]
    return objs[0] if objs and child.pos_ == "NOUN" else child


def _come_to_place(verb: Token) -> bool:
    return any(c.dep_ == "prep" and c.lower_ == "to" and any(
        p.ent_type_ in ("GPE", "LOC") for p in c.children) for c in verb.children)


def _on_the_way(tok: Token) -> bool:
    """"on his way to Washington": a journey under way."""
    doc = tok.doc
    return tok.lower_ == "way" and tok.i >= 2 and doc[tok.i - 1].tag_ == "PRP$" and \
        doc[tok.i - 2].lower_ == "on" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to"


def _thing_object(verb: Token) -> bool:
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return bool(objects) and all(o.pos_ == "NOUN" and o.ent_type_ != "PERSON"
                                 and o.lower_ not in PERSON_ROLE_NOUNS for o in objects)


def _met_on_arrival(verb: Token) -> bool:
    """"He was met at the airport by ...": a passive welcome where one lands is arrival."""
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    places = {t.lower_ for c in verb.children if c.dep_ == "prep" and c.lower_ in ("at", "on")
              for t in c.subtree}  # "being met on the tarmac at Vnukovo airport"
    return passive and bool(places & ARRIVAL_PLACES)


def _participle_of_thing(verb: Token) -> bool:
    """"an agreement reached between": a past participle modifying a common noun
    (after a name, "Chung Sye-kyun left for Hanoi", it is a misparsed past tense)."""
    head = verb.head
    if verb.lower_ == "left" and verb.i + 1 < len(verb.doc) and verb.nbor(1).lower_ == "for":
        return False  # "the envoy for the Korean peninsula left for Pyongyang"
    particle = any(c.dep_ == "prt" for c in verb.children)
    if particle and head.lower_ in ENVOY_NOUNS | PERSON_ROLE_NOUNS:
        return False  # "The special envoy of X, NAME, ..., set off from Pyongyang"
    return (verb.dep_ == "acl" and verb.tag_ == "VBN" and head.pos_ != "PROPN"
            and head.ent_type_ != "PERSON")


def _names_a_role(verb: Token) -> bool:
    return any(t.lower_ in ENVOY_NOUNS | REPRESENTATIVE_NOUNS for t in verb.subtree)


def _present_progressive(verb: Token) -> bool:
    return verb.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.lower_ in ("is", "are", "'s", "'re") for c in verb.children)


def _on_a_visit(tok: Token) -> bool:
    """"who is on a visit to the DPRK": present presence, like "is visiting"."""
    return tok.i >= 2 and tok.doc[tok.i - 2].lower_ == "on"


def modality(verb: Token) -> str:
    """factual, future, background or skip (negated, hypothetical, purpose infinitive).

    A verb coordinated without its own subject or auxiliary shares the first verb's
    mood: "is to deliver a letter and discuss ...", "visited X in 2000 and conveyed"."""
    own = _own_modality(verb)
    # A passive auxiliary alone does not start a new time: "travelled there in April
    # that year and was received by ..." is one earlier story.
    shares = verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and not any(
        c.dep_ in ("nsubj", "nsubjpass", "aux") for c in verb.children)
    if own == "factual" and shares:
        return modality(verb.head)
    outer = (_where_clause_host(verb) or _time_clause_host(verb)) if own == "factual" else None
    return modality(outer) if outer is not None else own


def _time_clause_host(verb: Token) -> Token | None:
    """"is expected to be received ... before returning to Moscow": what comes after a
    future event is future too. ("is to return after meeting X on Thursday" may tell
    a meeting already held, so "after" passes.)"""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.lower_ != "before":
        return None
    return prep.head if prep.head.pos_ in ("VERB", "AUX") else None


def _where_clause_host(verb: Token) -> Token | None:
    """"at one point welcomed X to Washington, where he handed over a letter": a
    where/when clause tells the same time as the verb of the place it hangs from."""
    if verb.dep_ != "relcl" or not any(c.lower_ in ("where", "when") for c in verb.children):
        return None
    return next((a for a in verb.ancestors if a.pos_ == "VERB"), None)


def _own_modality(verb: Token) -> str:
    kids = list(verb.children)
    if any(c.dep_ == "neg" or c.lower_ in MODAL_HYPOTHETICAL - {"would"} for c in kids):
        return "skip"
    if any(c.lower_ in ("whether", "if") and c.dep_ == "mark" for c in kids):
        return "skip"
    if _background(verb, kids):
        return "background"
    if any(c.lower_ in FUTURE_AUX for c in kids) or verb.lower_ == "due":
        return "future"
    if any(c.dep_ == "aux" and c.tag_ == "TO" for c in kids):
        head = verb.head
        if head.lemma_ in HYPOTHETICAL_HEADS:
            return "skip"
        if head.lemma_ in FUTURE_HEADS or head.lower_ in FUTURE_HEADS:
            return "background" if _unrealised_plan(head) else "future"
        return "skip"
    if any(a.lemma_ in HYPOTHETICAL_HEADS for a in verb.ancestors):
        return "skip"
    return "factual"


def _unrealised_plan(head: Token) -> bool:
    """"had been scheduled to fly", "had been due to leave": a plan told in the past
    perfect did not happen (the trip was called off or put off)."""
    chain = [head, head.head] if head.dep_ in ("acomp", "attr") else [head]  # "been due"
    words = {c.lower_ for h in chain for c in h.children if c.dep_ in ("aux", "auxpass")}
    return {"had", "been"} <= words | {h.lower_ for h in chain}


def _background(verb: Token, kids: list[Token]) -> bool:
    """"since X visited Pyongyang", "last November", "two years ago", "had visited"."""
    if any(c.lower_ == "since" and c.dep_ == "mark" for c in kids):
        return True
    if _when_in_year(verb, kids):
        return True  # "The move echoes 2005, when X was received by ..."
    if any(c.lower_ == "then" and c.i + 1 < len(c.doc) and c.nbor(1).text == "-" for c in kids):
        return True  # "when then-Unification Minister X was received"
    if any(a.lower_ == "since" for a in verb.ancestors):
        return True  # "since Song Tao, who visited Pyongyang, ..."
    # "had welcomed": the small model tags some participles after "had" as VBD. ("who
    # had been sent as special envoy" gives the capacity of the present visit.)
    if any(c.lower_ == "had" and c.dep_ == "aux" for c in kids) and verb.tag_ in ("VBN", "VBD") \
            and not _sent_in_role(verb, kids):
        return True
    for c in kids:
        if c.dep_ in ("npadvmod", "advmod", "prep", "obl"):
            words = _phrase_words(c)
            if "last" in words or words & BACKGROUND_WORDS or _year(c) or _past_phrase(words):
                return True
    return False


def _phrase_words(phrase: Token) -> set[str]:
    """The words of a time phrase, not of a clause inside it ("after a trip during which
    he was received twice": "twice" tells of the trip, not of an earlier one)."""
    return {t.lower_ for t in _own_tokens(phrase)}


def _own_tokens(phrase: Token) -> list[Token]:
    def own(tok: Token) -> bool:
        while tok != phrase:
            if tok.pos_ in ("VERB", "AUX"):
                return False
            tok = tok.head
        return True
    return [t for t in phrase.subtree if own(t)]


def _sent_in_role(verb: Token, kids: list[Token]) -> bool:
    return verb.lemma_ in ("send", "dispatch") and any(c.dep_ == "auxpass" for c in kids) and \
        any(c.lower_ == "as" for c in kids)


def _when_in_year(verb: Token, kids: list[Token]) -> bool:
    """A "when" clause hanging from a year: "(echoes) 2005, when ..."."""
    if verb.dep_ == "relcl" and _is_year(verb.head):
        return True
    when = any(c.lower_ == "when" and c.dep_ == "advmod" for c in kids)
    return when and any(_is_year(c) for c in verb.head.children if c.i < verb.i)


def _is_year(tok: Token) -> bool:
    return tok.like_num and len(tok.text) == 4 and tok.text.isdigit()


def _past_phrase(words: set[str]) -> bool:
    """"in September that year", "at one point": time phrases of an earlier story."""
    return {"that", "year"} <= words or {"one", "point"} <= words


def _year(tok: Token) -> bool:
    """"in 2005", not "in five years", "in the first visit since 2012" (today's) nor
    "in the first visit since the country sealed its borders in 2020"."""
    return tok.lower_ == "in" and any(_is_year(t) and t.head.lower_ != "since"
                                      for t in _own_tokens(tok))


def _quoted(tok: Token) -> bool:
    """Inside quotation marks ("He goes with an open mind," the spokesman said): a
    quote gives views; the stages of the mission are in the narrative."""
    before = [t.text for t in tok.sent[:tok.i - tok.sent.start]]
    straight = sum(1 for t in before if t in QUOTE_MARKS) % 2 == 1
    # The last opening curly quote before the word, not yet closed.
    opened = max((k for k, t in enumerate(before) if t == "\u201c"), default=-1)
    curly = opened >= 0 and "\u201d" not in before[opened:]
    return straight or curly


def mission_status(sents: list[Span]) -> str | None:
    """The latest stage the sentences report, or None if they report none."""
    factual: list[str] = []
    future = background = False
    for sent in sents:
        for tok in sent:
            stage = verb_stage(tok)
            if stage is None or _quoted(tok):
                continue
            mode = "factual" if tok.pos_ == "NOUN" else modality(tok)
            if stage == "other" and mode in ("factual", "background"):
                return "other"
            future |= mode == "future"
            background |= mode == "background"
            if mode == "factual":
                factual.append(stage)
    if factual:
        return max(factual, key=STAGE_RANK.__getitem__)
    return "upcoming" if future else "other" if background else None
