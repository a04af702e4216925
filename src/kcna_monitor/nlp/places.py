"""Where an envoy goes: the place a role phrase, a verb of travel, a meeting or the
dateline names."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from kcna_monitor.gazetteer import country_group
from kcna_monitor.nlp.mission import (
    LEAVE_FOR,
    MOVE_TO,
    TRAVEL_HEADS,
    VISIT_NOUNS,
    modality,
    verb_stage,
)
from kcna_monitor.nlp.placephrase import (
    EVENT_NAME_WINDOW,
    HALVES,
    PLACE_LABELS,
    TERMINAL_WORDS,
    event_name,
    named_before_noun,
    past_common_head,
    place_after,
)

# Nouns a place after "in" is the topic of ("the situation in the Middle East",
# "peace in Ukraine"): no journey goes there.
TOPIC_NOUNS = frozenset({"situation", "development", "crisis", "conflict", "war", "peace",
                         "stability", "security", "tension", "settlement", "interest",
                         "investment", "unrest", "violence", "election",
                         "right"})
# Nouns of a resident posting: "ambassador to X" is where one lives, not a trip.
POST_NOUNS = frozenset({"ambassador", "adviser", "advisor", "consul", "attache"})
# Where a diplomat was posted: "served at the U.S. Embassy in Seoul" names a residence
# ("visited the Chinese embassy in Beijing" is a trip there; "North Korea's ambassador
# in Geneva" is left too: the host's own ambassador lives where the envoy meets him).
MISSION_POSTS = frozenset({"embassy", "consulate"})
# Verbs of moving someone or something else: "sent a letter to Putin" names a person
# after "to"; after "travelled to" only a place can stand, whatever the model's label.
SENDING = frozenset({"send", "dispatch"})
# Window after "left" in which "for X" names the destination: "left here for Moscow"
# and "left Pyongyang by air for Tehran" fit in eight tokens.
FOR_WINDOW = 8
# Verb phrases of arrival or return whose place follows: (lemma, next words) and how
# many tokens after the verb the place starts.
ARRIVAL_PHRASES: tuple[tuple[tuple[str, ...], int], ...] = (
    (("due", "in"), 2), (("set", "foot", "in"), 3), (("converge", "on"), 2),
    (("fly", "home", "from"), 3), (("bind", "for"), 2), (("way", "to"), 2))
# Verbs of meeting whose object is a topic: "discussed the situation in Ukraine"
# places the topic, not the meeting.
TOPIC_VERBS = frozenset({"discuss", "exchange", "convey", "deliver", "hand"})
# "held more than four hours of talks with Russian President Vladimir Putin in St
# Petersburg": a measure, a title and a name fit in sixteen.
MEETING_WINDOW = 16
# "special envoy of the respected Marshal Kim Jong Un to X": the principal may take
# eight tokens before "to".
ROLE_TO_WINDOW = 10


def role_destination(role: Token) -> str | None:
    """"special envoy to China", "special envoy of Kim Jong Un to Vietnam": the place
    the role phrase itself names."""
    doc = role.doc
    end = min(role.sent.end - 1, role.i + 1 + ROLE_TO_WINDOW)
    for j in range(role.i + 1, end):
        tok = doc[j]
        if tok.lower_ == "to" and not _capital_inside_name(tok):
            place = place_after(doc, j + 1) or _event_place(doc, j + 1)
            if place and (_shared_places(role, j + 1, place) or _possessed(doc, j + 1, place)):
                return None  # "special envoy to South Korea's new President": to a person
            return place
        if (tok.is_punct and tok.text != "-") or tok.pos_ in ("VERB", "AUX"):
            return None
        if j == role.i + 1 and tok.lower_ != "of":
            return None
    return None


def _event_place(doc: Doc, start: int) -> str | None:
    """"envoy to the Winter Olympics in PyeongChang": the place the event is held in."""
    if start < len(doc) and doc[start].lower_ == "the":
        start += 1
    if start >= len(doc) or not event_name(doc, start):
        return None
    for k in range(start, min(doc[start].sent.end - 1, start + EVENT_NAME_WINDOW + 1)):
        if doc[k].lower_ == "in":
            return place_after(doc, k + 1)
    return None


def region_after(role: Token, place: str) -> bool:
    """The place named after the role is one the model labels a region (LOC: "the
    Middle East", "Southeast Asia"), not a country or city (GPE)."""
    doc = role.doc
    begin = doc.text.find(place, role.idx)
    first = next((t for t in doc[role.i:] if t.idx >= begin), None) if begin >= 0 else None
    return first is not None and first.ent_type_ == "LOC"


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
    """"of Comrade To Lam", "of party chief To Lam": inside a sentence a capitalised "To"
    before a capitalised word that is no place is a name (Vietnamese), not the
    preposition of a title-case line ("Sends Special Envoy To China")."""
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    return tok.text == "To" and tok.i > tok.sent.start and nxt is not None and \
        nxt.is_title and nxt.ent_type_ not in PLACE_LABELS


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
        if place and not _split_between(tok, place):
            return place
    return None


def named_half(place: str, sents: Sequence[Span]) -> str | None:
    """"a trip to Pyongyang by X, who went to the North as special envoy": a bare
    "the North" stands in for a country the envoy's sentences also name properly (by
    its name or its capital), and that name says where the mission went."""
    half = HALVES.get(place.lower().removeprefix("the "))
    if half is None:
        return None
    country = country_group(half)
    for sent in sents:
        for ent in sent.ents:
            if ent.label_ in ("GPE", "LOC") and country_group(ent.text) == country and \
                    ent.text.lower() not in HALVES and _travelled_to(ent):
                return ent.text
    return None


def _travelled_to(ent: Span) -> bool:
    """"a trip to Pyongyang", "talks in Pyongyang", "visited Pyongyang", "left for
    Pyongyang"; not a dateline
    nor the remit of "special representative for North Korea"."""
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    return before is not None and (before.lower_ in ("to", "in", "into")
                                   or before.lemma_ == "visit"
                                   or (before.lower_ == "for" and before.head.lemma_ in LEAVE_FOR))


LEG_VERBS = frozenset({"leave", "depart", "arrive", "land", "reach", "set", "head"})


def travel_leg(sent: Span) -> str | None:
    """"left Pyongyang for Moscow", "arrived in Hanoi": the place a reported departure
    or arrival writes out, which beats the country of "is visiting the DPRK as
    special envoy" ("arrived here" writes none: see weak_destination)."""
    for tok in sent:
        if tok.lemma_ in LEG_VERBS and tok.pos_ == "VERB" and modality(tok) == "factual":
            place = _cue_place(tok)
            if place and not _split_between(tok, place):
                return place
    return None


def _split_between(verb: Token, place: str) -> bool:
    """"A and B will visit Venezuela and Belarus as special envoys": travellers and
    places are both listed, so neither traveller goes to the first place (each one's
    own sentence says which)."""
    if verb.pos_ != "VERB":
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    # "Ri, secretary of ..., and Pak": the parser may join the second name to the
    # first one's apposition.
    if not any(t.dep_ == "conj" and t.ent_type_ == "PERSON" for s in subjects for t in s.subtree):
        return False
    doc = verb.doc
    after = _token_after(doc, verb.i + 1, place)
    return after + 1 < len(doc) and doc[after].lower_ == "and" and \
        doc[after + 1].ent_type_ in PLACE_LABELS  # not "left for Moscow and Putin will"


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
    if tok.lemma_ in ("arrive", "land", "fly") and doc[nxt].lower_ in ("in", "at", "into"):
        return place_after(doc, nxt + 1, person_ok=True)
    if tok.lemma_ == "touch" and doc[nxt].lower_ == "down" and nxt + 2 < len(doc) and \
            doc[nxt + 1].lower_ in ("in", "at"):
        return place_after(doc, nxt + 2, person_ok=True)  # "touched down in Pyongyang"
    if tok.lemma_ in MOVE_TO and doc[nxt].lower_ == "to":
        return place_after(doc, nxt + 1, person_ok=tok.lemma_ not in SENDING)
    phrase = _arrival_phrase(doc, tok)
    if phrase is not None:
        return place_after(doc, phrase, person_ok=True)
    if tok.lemma_ in MOVE_TO and doc[nxt].lower_ in ("back", "home"):
        return None  # "flew back to Pyongyang": home, not where the mission went
    if tok.lemma_ == "return" and tok.pos_ == "VERB" and not any(
            c.dep_ == "dobj" for c in tok.children):  # not "returned a message from X"
        return _for_place(tok, "from", person_ok=False)  # "returned home on Monday from Tokyo"
    if tok.pos_ != "VERB":
        return None
    if verb_stage(tok) == "met" and tok.lemma_ not in TOPIC_VERBS:
        return _meeting_place(tok)
    # "dispatch Foreign Minister X to Pyongyang"; "is heading for Vientiane" (head is
    # both a move-to and a leave-for verb, so both are tried).
    moved = _to_object_place(tok) if tok.lemma_ in MOVE_TO else None
    return moved or (_for_place(tok) if _leaving(tok) else None)


def _leaving(verb: Token) -> bool:
    """"left for", "is heading for"; not "who heads the Commission for External
    Relations", where "head" has an object and means to lead."""
    if verb.lemma_ == "head" and any(c.dep_ == "dobj" for c in verb.children):
        return False
    return verb.lemma_ in LEAVE_FOR


def _arrival_phrase(doc: Doc, tok: Token) -> int | None:
    """Where the place starts after "reached Minsk", "is due in Seoul", "set foot in
    South Korea", "converged on Pyongyang", "flew home from Viet Nam"."""
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
        if doc[j].lower_ == "in" and _topic(doc[j]):
            continue  # "met the rapporteur on human rights in North Korea, in Geneva"
        if doc[j].lower_ == "in" and doc[j + 1].ent_type_ in ("GPE", "LOC") and \
                not (j + 2 < len(doc) and doc[j + 2].tag_ == "POS"):  # "in China's party"
            return place_after(doc, j + 1)
        if doc[j].lower_ in ("in", "at") and (named := named_before_noun(doc, j + 1)):
            return named
    return None


def dateline_place(doc: Doc) -> str | None:
    """"Pyongyang, November 6 (KCNA) --": the place the dispatch opens with."""
    if len(doc) < 2 or doc[1].text != "," or doc[0].ent_type_ not in PLACE_LABELS:
        return None
    return doc[0].text


def _to_object_place(verb: Token) -> str | None:
    """"dispatch X to Pyongyang"; "send X back to Pyongyang" (X goes again, where
    "flew back to" is the way home)."""
    again = [c for c in verb.children if c.dep_ == "advmod" and c.lower_ == "back"] \
        if verb.lemma_ in SENDING and any(c.dep_ == "dobj" for c in verb.children) else []
    for child in [*verb.children, *(t for b in again for t in b.children)]:
        if child.dep_ == "prep" and child.lower_ == "to" and child.i + 1 < len(verb.doc):
            nxt = verb.doc[child.i + 1]
            if nxt.is_title or nxt.lower_ == "the":
                return place_after(verb.doc, child.i + 1, person_ok=verb.lemma_ not in SENDING)
    return None


def _for_place(tok: Token, word: str = "for", person_ok: bool = True) -> str | None:
    """The place after `word` in the verb's own phrase: "left here by air for Moscow",
    "returned home on Monday from Viet Nam"."""
    doc = tok.doc
    for j in range(tok.i + 1, min(tok.sent.end - 1, tok.i + FOR_WINDOW)):
        glued = doc[j].text == "-" and not doc[j].whitespace_  # "Soekarno-Hatta Airport"
        if (doc[j].is_punct and not glued) or doc[j].pos_ == "VERB":
            return None
        if doc[j].lower_ == word:
            return place_after(doc, j + 1, person_ok=person_ok)
    return None


def weak_destination(sent: Span) -> str | None:
    """"met President Moon in Seoul", "to be held in south Korea": a place after "in";
    "talks at the border village of Panmunjom": a described place after "in" or "at";
    "arrived here": the dateline's place, which the text does not write as the
    mission's (a "visit to the DPRK" in the envoy's sentences comes first)."""
    doc = sent.doc
    for tok in sent:
        if tok.lemma_ in ("arrive", "land", "come") and tok.i + 1 < len(doc) and \
                doc[tok.i + 1].lower_ == "here":
            return dateline_place(doc)
        home = tok.i > 0 and (doc[tok.i - 1].lower_ in ("back", "home")  # "flew back to"
                              or (tok.lower_ == "to" and doc[tok.i - 1].lemma_ == "return"))
        if tok.lower_ == "in" and tok.head.lower_ in TERMINAL_WORDS:
            continue  # "boarded a plane at a military airport in Seongnam": the way out
        if tok.lower_ == "in" and _topic(tok):
            continue  # "exchanged views on the situation in the Middle East": a topic
        if tok.lower_ in ("in", "to", "at") and tok.i + 1 < sent.end and not home:
            nxt = doc[tok.i + 1] if doc[tok.i + 1].lower_ != "the" else doc[min(tok.i + 2,
                                                                              len(doc) - 1)]
            if tok.lower_ != "at" and nxt.ent_type_ in PLACE_LABELS and \
                    not _post_not_trip(tok, nxt) and not _bare_half(nxt):
                return place_after(doc, tok.i + 1)
            if tok.lower_ != "to" and past_common_head(doc, nxt.i) > nxt.i:
                return place_after(doc, tok.i + 1)
            if tok.lower_ != "to" and (named := named_before_noun(doc, tok.i + 1)):
                return named
    return None


def _topic(prep: Token) -> bool:
    """"the situation in X", "human rights in X": the place is what a noun is about."""
    return prep.head.pos_ == "NOUN" and prep.head.lemma_ in TOPIC_NOUNS


def _bare_half(tok: Token) -> bool:
    """"detained in the North": a half of Korea without its name is no destination
    ("in south Korea" is)."""
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    return tok.lower_ in ("north", "south") and (nxt is None or not nxt.is_title)


def _post_not_trip(prep: Token, place: Token) -> bool:
    """"ambassador to Indonesia", "adviser to Iran's leader": a posting or a
    possessive, not where anyone travels."""
    after = place.i + 1 < len(place.doc) and place.doc[place.i + 1].tag_ == "POS"
    post = prep.head.lemma_.lower()
    served = post in MISSION_POSTS and any(a.lemma_ in ("serve", "work")
                                           for a in prep.head.ancestors)
    return after or (prep.lower_ == "to" and post in POST_NOUNS) or served
