"""How far a mission has got: the stage verbs of travel and meeting report, and their mood."""

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
    PERSON_PRONOUNS,
    PERSON_ROLE_NOUNS,
    REPORTING_VERBS,
    REPRESENTATIVE_NOUNS,
)

# Nouns of a person or a role a participle may hang from by misparse.
ROLE_HEADS = ENVOY_NOUNS | PERSON_ROLE_NOUNS
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
    ("hold", "consultation"): "met", ("have", "consultation"): "met",
    ("hold", "discussion"): "met", ("have", "discussion"): "met",
    ("hold", "negotiation"): "met", ("conduct", "talk"): "met",
    ("go", "back"): "returned", ("arrive", "home"): "returned", ("arrive", "back"): "returned",
    ("leave", "home"): "returned", ("come", "home"): "returned", ("go", "home"): "returned",
    ("fly", "home"): "returned", ("head", "home"): "returned", ("fly", "out"): "departed",
    ("call", "off"): "other", ("put", "off"): "other", ("put", "hold"): "other",
    ("welcome", "back"): "returned", ("greet", "back"): "returned",
    ("fly", "back"): "returned", ("board", "flight"): "departed", ("board", "plane"): "departed",
}
# Who a visitor talks to without meeting a host.
PRESS_NOUNS = frozenset({"journalist", "reporter", "press", "medium", "media", "correspondent",
                         "newsman", "newsmen"})
MONTHS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august",
                    "september", "october", "november", "december"})
# Straight quotation marks, counted to tell whether a word is inside a quote.
QUOTE_MARKS = frozenset({'"', "``", "''"})
# Where a visitor is met on arrival ("was met at the airport").
ARRIVAL_PLACES = frozenset({"airport", "station", "border", "port", "airfield", "tarmac"})
VISIT_NOUNS = frozenset({"visit", "trip", "journey", "mission", "tour"})
MOVE_TO = frozenset({"travel", "fly", "go", "come", "send", "dispatch", "head", "sail"})
LEAVE_FOR = frozenset({"leave", "depart", "head", "set", "fly", "bind"})
TRAVEL_HEADS = LEAVE_FOR | MOVE_TO | frozenset({"arrive"})


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
    if tok.lemma_ in ("talk", "speak", "meet") and _to_the_press(tok):
        return None  # "Talking to journalists at the airport": no talks with a host
    if tok.lemma_ in ("meet", "receive") and _met_on_arrival(tok):
        return "arrived"
    if tok.lemma_ in EN_ROUTE_VERBS and _present_progressive(tok):
        return "departed"
    if tok.lemma_ in APPOINT_VERBS and _names_a_role(tok):
        return "upcoming"  # "has tapped X as his special envoy to China": not yet gone
    return STAGE_VERBS.get(tok.lemma_)


def _object_noun(child: Token) -> Token:
    """"three hours of talks" -> talks: the noun a measure of an object counts;
    "put on hold" -> hold."""
    if child.dep_ == "prep" and child.lower_ == "on":
        held = [p for p in child.children if p.dep_ == "pobj" and p.lower_ == "hold"]
        return held[0] if held else child
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


def _to_the_press(verb: Token) -> bool:
    """"talking to journalists", "met reporters": the press, not the hosts."""
    objects = [c for c in verb.children if c.dep_ == "dobj"] + [
        p for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "with")
        for p in c.children if p.dep_ == "pobj"]
    return bool(objects) and all(o.lemma_.lower() in PRESS_NOUNS for o in objects)


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
    if particle and head.lower_ in ROLE_HEADS:
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
    if own == "factual" and (shares or _under_fronted_date(verb)):
        return modality(verb.head)
    outer = (_where_clause_host(verb) or _time_clause_host(verb)) if own == "factual" else None
    return modality(outer) if outer is not None else own


def _under_fronted_date(verb: Token) -> bool:
    """"In January 2003, Putin sent X to Pyongyang, and X held talks with ...": a date
    that opens the sentence dates every clause joined to the first."""
    head = verb.head
    return verb.dep_ == "conj" and head.pos_ == "VERB" and any(
        c.i < head.i and c.dep_ == "prep" and _year(c) for c in head.children)


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
    if verb.dep_ == "pcomp" and verb.head.lower_ == "without":
        return "skip"  # "left without meeting Kim": no meeting took place
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
    # A wish governs what follows it: a verb before "wants" that the parser hangs on it
    # ("X left for Beijing ..., in a sign the leader wants to mend ties") is its own.
    if any(a.lemma_ in HYPOTHETICAL_HEADS and a.i < verb.i for a in verb.ancestors):
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
    if any(c.lower_ == "since" and c.dep_ == "mark" for c in kids) or _news_comes_after(verb):
        return True
    if _when_in_year(verb, kids):
        return True  # "The move echoes 2005, when X was received by ..."
    if any(c.lower_ == "then" and c.i + 1 < len(c.doc) and c.nbor(1).text == "-" for c in kids):
        return True  # "when then-Unification Minister X was received"
    if any(a.lower_ == "since" for a in verb.ancestors) or complement_of(
            verb, ("recall", "remember")):
        return True  # "since Song Tao, who visited Pyongyang, ...", "recalled that X visited"
    # "had welcomed": the small model tags some participles after "had" as VBD. ("who
    # had been sent as special envoy" gives the capacity of the present visit.)
    if any(c.lower_ == "had" and c.dep_ == "aux" for c in kids) and verb.tag_ in ("VBN", "VBD") \
            and not _sent_in_role(verb, kids) and not _reported(verb):
        return True
    # "had at one point welcomed": the parser may hang the time phrase on the auxiliary.
    for c in kids + [g for k in kids if k.dep_ == "aux" for g in k.children]:
        if c.dep_ in ("npadvmod", "advmod", "prep", "obl"):
            words = _phrase_words(c)
            if "last" in words or words & BACKGROUND_WORDS or _year(c) or _past_phrase(words):
                return True
            if (_earlier_period(words) or _bare_month(c, verb)) and not _in_lead(verb):
                return True
    return False


def complement_of(verb: Token, lemmas: tuple[str, ...]) -> bool:
    """The verb is inside what "recalled"/"denied" governs ("He recalled that X visited
    China", "recalled exchanges, among them X, who visited"), not inside its subject
    ("X, who arrived as envoy, denied the reports")."""
    child = verb
    for anc in verb.ancestors:
        if anc.lemma_ in lemmas:
            return child.dep_ not in ("nsubj", "nsubjpass")
        child = anc
    return False


def _news_comes_after(verb: Token) -> bool:
    """"The announcement came a month after X visited Havana", "The trip follows ...
    after X was dispatched": the news set against an earlier event, which it is not."""
    head = verb.head
    after = any(c.lower_ == "after" and c.dep_ == "mark" for c in verb.children)
    return after and verb.dep_ == "advcl" and head.lemma_ in ("come", "follow") and any(
        c.dep_ == "nsubj" and c.pos_ == "NOUN" for c in head.children)


def _earlier_period(words: set[str]) -> bool:
    """"earlier this month", "earlier in the year": after the lead, an earlier trip told
    as background to the news (in the lead it is the news: "met officials in Ulan Bator
    earlier this month, sources said")."""
    return "earlier" in words and bool(words & {"month", "year"})


def _bare_month(phrase: Token, verb: Token) -> bool:
    """"met Kim Myong Gil in Stockholm in October": after the lead, a month with no day
    dates an earlier event (the news is told by weekday or by day: "on Oct. 5")."""
    months = [t for t in phrase.children if t.dep_ == "pobj" and t.lower_ in MONTHS]
    return phrase.lower_ == "in" and verb.tag_ == "VBD" and any(
        not any(c.like_num or c.lower_ in ("this", "next") for c in m.children)
        for m in months)


def _in_lead(verb: Token) -> bool:
    return lead_sentence(verb.doc) == verb.sent


def lead_sentence(doc: Doc) -> Span | None:
    """The lead: the first sentence with a verb (a dateline may be parsed apart)."""
    return next((sent for sent in doc.sents if any(t.pos_ == "VERB" for t in sent)), None)


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


def _reported(verb: Token) -> bool:
    """"Trump said that his envoy had held talks with Putin": the past perfect of
    reported speech is the reporter's past, not an earlier story. Only for a person's
    doings ("offers had gone unanswered", "Washington had received no reply" are no
    journey's stage)."""
    return verb.dep_ == "ccomp" and verb.head.lemma_ in REPORTING_VERBS and any(
        c.dep_ == "nsubj" and (c.ent_type_ == "PERSON" or c.lower_ in PERSON_PRONOUNS
                               or c.lower_ in ROLE_HEADS) for c in verb.children)


def _sent_in_role(verb: Token, kids: list[Token]) -> bool:
    return verb.lemma_ in ("send", "dispatch") and any(c.dep_ == "auxpass" for c in kids) and \
        any(c.lower_ == "as" for c in kids)


def _when_in_year(verb: Token, kids: list[Token]) -> bool:
    """A "when" clause hanging from a past date: "(echoes) 2005, when ...", "in
    November 2017, when X visited", "picked up last year, when X visited"."""
    if verb.dep_ == "relcl" and _past_date(verb.head):
        return True
    when = any(c.lower_ == "when" and c.dep_ == "advmod" for c in kids)
    return when and any(_past_date(c) for c in verb.head.children if c.i < verb.i)


def _past_date(tok: Token) -> bool:
    """A year, a month of a year ("(in) November 2017") or "last year"."""
    if tok.dep_ == "prep":
        return any(_past_date(c) for c in tok.children if c.dep_ == "pobj")
    return _is_year(tok) or any(_is_year(c) or c.lower_ == "last" for c in tok.children)


def _is_year(tok: Token) -> bool:
    return tok.like_num and len(tok.text) == 4 and tok.text.isdigit()


def _past_phrase(words: set[str]) -> bool:
    """"in September that year", "at one point": time phrases of an earlier story."""
    return {"that", "year"} <= words or {"one", "point"} <= words


def _year(tok: Token) -> bool:
    """"in 2005", "on Oct. 19, 2006", not "in five years", "in the first visit since
    2012" (today's) nor "in the first visit since the country sealed its borders in
    2020"."""
    return tok.lower_ in ("in", "on") and any(_is_year(t) and t.head.lower_ != "since"
                                              for t in _own_tokens(tok))


def _present_stay(tok: Token) -> bool:
    """"is visiting China", "who is on a visit to the DPRK": the trip under way. It tells
    arrival only when nothing else does; beside "left here for Beijing" it is the trip
    the envoy set out on."""
    if tok.pos_ == "NOUN":
        return tok.head.head.lower_ in ("is", "are")
    return _present_progressive(tok)


def _quoted(tok: Token) -> bool:
    """Inside quotation marks ("He goes with an open mind," the spokesman said): a
    quote gives views; the stages of the mission are in the narrative."""
    before = [t.text for t in tok.sent[:tok.i - tok.sent.start]]
    straight = sum(1 for t in before if t in QUOTE_MARKS) % 2 == 1
    # The last opening curly quote before the word, not yet closed.
    opened = max((k for k, t in enumerate(before) if t == "\u201c"), default=-1)
    curly = opened >= 0 and "\u201d" not in before[opened:]
    return straight or curly


# "X left Pyongyang on Sunday after wrapping up his visit": leaving the host after
# the visit is the latest stage, after the talks, short of the return home.
LEFT_RANK = 3.5


def _left_after(verb: Token) -> bool:
    """"left Pyongyang after wrapping up his visit", "after three days of talks"; not
    "left Pyongyang after a send-off" (his own capital, at the start)."""
    after = [c for c in verb.children if c.lower_ == "after"]
    return verb.lemma_ in ("leave", "depart") and not any(
        c.lower_ == "for" for c in verb.children) and any(
        t.lemma_ in VISIT_NOUNS or t.lemma_ in ("talk", "stay") for a in after for t in a.subtree)


def mission_status(sents: list[Span]) -> str | None:
    """The latest stage the sentences report, or None if they report none."""
    factual: list[str] = []
    future = background = present = False
    for sent in sents:
        for tok in sent:
            stage = verb_stage(tok)
            if stage is None or _quoted(tok):
                continue
            if stage == "arrived" and _present_stay(tok):
                present = True  # counted below: a departure told beside it comes first
                continue
            mode = "factual" if tok.pos_ == "NOUN" else modality(tok)
            if stage == "other" and mode in ("factual", "background"):
                return "other"
            future |= mode == "future"
            background |= mode == "background"
            if mode == "factual":
                factual.append("left" if _left_after(tok) else stage)
    if factual:
        latest = max(factual, key=lambda st: LEFT_RANK if st == "left" else STAGE_RANK[st])
        return "departed" if latest == "left" else latest
    if present:
        return "arrived"
    return "upcoming" if future else "other" if background else None
