"""Where an envoy goes: the place a role phrase, a verb of travel, a meeting or the
dateline names."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kcna_monitor.gazetteer import capital_written, country_group
from kcna_monitor.nlp.lexicon import TITLE_HEADS
from kcna_monitor.nlp.mission import (
    LEAVE_FOR,
    MOVE_TO,
    TRAVEL_HEADS,
    VISIT_NOUNS,
    modality,
    verb_stage,
)
from kcna_monitor.nlp.placenames import known_places

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# The last word of a terminal's name. An envoy lands at an airport in a city; the
# mission's place is the city or the country ("Incheon International Airport" is
# neither), so a terminal is left for the other cues and the dateline.
TERMINAL_WORDS = frozenset({"airport", "airfield", "base", "station", "terminal"})
NOT_PLACES = frozenset({"here", "home", "there"})
# Sights and buildings an envoy visits or stands in, never the mission's destination
# (no labelled destination of ours ends in one; "Ba Dinh Square" did in a prediction).
VENUE_WORDS = frozenset({"square", "hall", "palace", "museum", "exhibition", "cathedral",
                         "church", "temple", "mausoleum", "memorial", "tower", "stadium",
                         "hotel", "park", "monument", "cemetery", "tomb", "theatre",
                         "theater", "plaza", "house"})
# Nouns after a capitalised name that make it an occasion ("National Day celebrations").
EVENT_NOUNS = frozenset({"celebrations", "celebration", "ceremony", "ceremonies", "festival",
                         "festivities", "commemorations", "anniversary", "parade", "games"})
# Capitalised words that make a name an event ("the Belt and Road Forum", "the Winter
# Olympics in PyeongChang"): an envoy goes to it, the place is written elsewhere.
EVENT_WORDS = frozenset({"forum", "olympics", "games", "summit", "conference", "congress",
                         "expo", "festival", "assembly", "session", "championships"})
# The capitalised words of an event's name after its first ("Belt and Road Forum").
EVENT_NAME_WINDOW = 6
HEADLINE_BREAKS = frozenset({"for", "to", "in", "at", "on", "from", "with", "by"})
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
    i = _entity_end(doc, start, i)
    if i == start or doc[start].lower_ in NOT_PLACES or doc[start].ent_type_ in ("DATE", "TIME"):
        return None
    if doc[start].lower_ in TITLE_HEADS and doc[start].ent_type_ not in PLACE_LABELS:
        return None  # "emissary to President Donald Trump": a person's title, no place
    if i < len(doc) and doc[i].is_lower and (doc[i - 1].ent_type_ == "NORP"
                                             or doc[i].lower_ in ("capital", "side")):
        if _capital_then_name(doc, i):
            return place_after(doc, i + 1)  # "the Lao capital Vientiane"
        return None  # "the Russian capital", "the Lao capital": no place's name
    if doc[i - 1].lower_ in TERMINAL_WORDS or (i < len(doc) and doc[i].lower_ in TERMINAL_WORDS
                                               and doc[start:i].text.lower() not in known_places()):
        # "landed at Incheon International Airport", "flew into Gimpo airport" ("arrived at
        # Pyongyang airport" names the city)
        return None
    if _venue(doc, start, i):
        return None  # "visited the Kimilsungia-Kimjongilia Exhibition Hall": a sight
    if doc[i - 1].tag_ == "POS":
        return None  # "from North Korea's ruling party": an owner, no place gone to
    if i + 1 < len(doc) and doc[i].tag_ == "POS" and doc[i + 1].lower_ == "capital":
        return _capital_of(doc, doc[start:i].text)  # "fly to the North's capital"
    if _event_name(doc, start):
        return None  # "envoy to the Belt and Road Forum": an occasion, not a place
    if i < len(doc) and doc[i].lower_ in EVENT_NOUNS and doc[start].ent_type_ not in (
            "GPE", "LOC"):
        return None  # "envoy to National Day celebrations": an occasion, not a place
    return doc[start:i].text


def _venue(doc: Doc, start: int, end: int) -> bool:
    """A building, square or hall: the name or the facility it begins ends in one."""
    last = doc[end - 1]
    if doc[start].ent_type_ == "FAC":
        k = start
        while k + 1 < len(doc) and doc[k + 1].ent_iob_ == "I":
            k += 1
        last = doc[k]
    return last.lower_ in VENUE_WORDS


def _capital_of(doc: Doc, country: str) -> str | None:
    """"the North's capital", "China's capital": the capital the text names, else the
    country (where it went, if not which city)."""
    country = HALVES.get(country.lower(), country)
    if country_group(country) is None:
        return None  # "Kim Jong Un's capital": no country named
    return capital_written(country, doc.text) or country


def _capital_then_name(doc: Doc, i: int) -> bool:
    """"the Lao capital Vientiane": the capital's own name follows the noun."""
    return doc[i].lower_ in ("capital", "city") and i + 1 < len(doc) and \
        doc[i + 1].ent_type_ in PLACE_LABELS and doc[i + 1].ent_iob_ == "B"


def _event_name(doc: Doc, start: int) -> bool:
    """The capitalised name from `start` is an event's: the model says so, or one of
    its words is an event's ("Eastern Economic Forum", "Belt and Road Forum")."""
    if doc[start].ent_type_ == "EVENT":
        return True
    for k in range(start, min(len(doc), start + EVENT_NAME_WINDOW)):
        # A headline's capitals go on past the name: "Arrives in Moscow For Party Congress".
        word = doc[k].lower_
        if not (doc[k].is_title or word in ("and", "of")) or word in HEADLINE_BREAKS:
            return False
        if doc[k].is_title and doc[k].lower_ in EVENT_WORDS:
            return True
    return False


def _entity_end(doc: Doc, start: int, end: int) -> int:
    """"Ambassador to Russia Sin Hong Chol": a place the model recognised ends with its
    entity, where a capitalised word of no place (a name the model missed) follows."""
    if doc[start].ent_iob_ != "B" or doc[start].ent_type_ not in PLACE_LABELS:
        return end
    k = start + 1
    while k < end and doc[k].ent_iob_ == "I":
        k += 1
    if k < end and doc[k].is_title and doc[k].ent_type_ not in PLACE_LABELS:
        return k
    return end


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
    # "St. Petersburg", "U.S.": a capitalised abbreviation is part of the name;
    # "PyeongChang" is one the model knows, in a capital-in-the-middle spelling.
    capitalised = tok.is_title or tok.is_upper or (
        tok.text[:1].isupper() and tok.ent_type_ in PLACE_LABELS)
    return (capitalised and tok.text.replace(".", "").isalpha()) or (
        i == start and tok.lower_ in ("south", "north"))


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
    if start >= len(doc) or not _event_name(doc, start):
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


# "the North" and "the South" of Korean news copy, and the country each stands for.
HALVES = {"north": "North Korea", "south": "South Korea"}


def named_half(place: str, sents: list[Span]) -> str | None:
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
            if tok.lower_ != "to" and _past_common_head(doc, nxt.i) > nxt.i:
                return place_after(doc, tok.i + 1)
            if tok.lower_ != "to" and (named := named_before_noun(doc, tok.i + 1)):
                return named
    return None


def _topic(prep: Token) -> bool:
    """"the situation in X", "human rights in X": the place is what a noun is about."""
    return prep.head.pos_ == "NOUN" and prep.head.lemma_ in TOPIC_NOUNS


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
            # "in the Lao capital": a people's adjective before "capital", no name
            # ("in Indonesia's new capital" names the country)
            adjective = doc[k].lower_ == "capital" and doc[j].tag_ != "POS"
            return doc[i:j].text if j > i and not adjective else None
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
    post = prep.head.lemma_.lower()
    served = post in MISSION_POSTS and any(a.lemma_ in ("serve", "work")
                                           for a in prep.head.ancestors)
    return after or (prep.lower_ == "to" and post in POST_NOUNS) or served
