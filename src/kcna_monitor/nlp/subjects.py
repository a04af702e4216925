"""Who a clause is about: its subject, through relative pronouns, pronouns and parser slips."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kcna_monitor.nlp.context import DocContext, TokenMention
from kcna_monitor.nlp.lexicon import (
    MEETING_VERBS,
    PERSON_PRONOUNS,
    PERSON_ROLE_NOUNS,
    SEND_VERBS,
    TITLE_WORDS,
)
from kcna_monitor.nlp.mission import TRAVEL_HEADS
from kcna_monitor.nlp.punct import FINITE_TAGS, opens_clause

# Dependencies through which a clause without its own subject takes the subject of
# its head: "after visiting China as special envoy" -> "returned" -> its subject.
# "had been due to leave ... as special envoy" climbs through the adjective ("acomp").
CLIMB_DEPS = frozenset({"xcomp", "advcl", "conj", "ccomp", "pcomp", "prep", "pobj", "acomp"})
RELATIVE_PRONOUNS = frozenset({"who", "that", "which"})
# Verbs whose object, not subject, does what the infinitive after it says.
CONTROL_VERBS = SEND_VERBS | frozenset({"ask", "invite", "select", "task", "assign"})
# Prepositions whose object is a dependant (a possessor, an agent), not the actor.
DEPENDENT_PREPS = frozenset({"of", "by", "from", "with"})
# How many of/for/and links a relative clause may sit below a person's apposition
# ("X, secretary of ... and head of its Commission for External Relations, who").
APPOSITION_DEPTH = 8
# "whom the U.S. president has named": "whom" up to six tokens before the verb.
WHOM_SPAN = 6
# Words of an apposition before its head noun ("then the first vice -" is five); the
# comma may be up to six tokens before the word the parser hung the apposition on.
APPOSITION_LEAD = 6
# Nouns for the visitor of a KCNA report ("The guest is on a visit ...").
GUEST_NOUNS = frozenset({"guest", "visitor"})
# Conjunctions the small model reads as prepositions ("since Lim met him").
TIME_PREPS = frozenset({"since", "after", "before", "until"})


def role_clause(role: Token) -> Token:
    """The verb of the clause a role phrase belongs to.

    The small model often reads "arrived ... as his special envoy, the media said"
    as "as" marking "said" with the role as its subject; the role then really
    belongs to the clause "said" hangs from.
    """
    verb = role.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if role.head.lower_ == "as" and role.head.head == verb and verb.i < role.i:
        verb = _relative_before(verb, role.head) or verb
    slipped = role.dep_ in ("nsubj", "nsubjpass") and role.head.i == verb.i and any(
        c.dep_ == "mark" and c.lower_ == "as" and c.i < role.i for c in verb.children)
    return verb.head if slipped and verb.head.i != verb.i else verb


def _relative_before(host: Token, as_tok: Token) -> Token | None:
    """"received X, secretary of ..., who was dispatched to Pyongyang by Y, ..., as his
    special representative": the parser hangs "as" on the main verb; it gives the
    capacity of the sending or travel verb of the relative clause just before it."""
    for tok in reversed(host.doc[host.i + 1:as_tok.i]):
        if tok.dep_ in ("relcl", "acl") and tok.pos_ == "VERB" and \
                (tok.lemma_ in SEND_VERBS or tok.lemma_ in TRAVEL_HEADS
                 or tok.lemma_ in ("visit", "tour")):
            return tok
    return None


def subject_mentions(ctx: DocContext, verb: Token, anchor: Token) -> list[TokenMention]:
    """Person(s) that are the subject of `verb`, resolving "who" and he/she."""
    path = [verb]
    for _ in range(4):
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")
                    and not _inside(anchor, c) and not _place_for(ctx, c)]
        found = [m for s in subjects for m in _resolve_subject(ctx, s)]
        if found:
            return found[:1] + [m for m in found[1:] if m.person != found[0].person]
        if subjects:
            break  # a subject that is no person (the dateline's place, say)
        slipped = _name_right_before(ctx, verb)
        if slipped:
            return slipped
        if verb.dep_ in ("relcl", "acl"):
            return (antecedent(ctx, verb) or _comma_participle(ctx, verb)
                    or nearest_before(ctx, verb.head.i + 1) or opening_name(ctx, verb))
        if verb.dep_ == "xcomp" and verb.head.lemma_ in CONTROL_VERBS:
            # "Yoon has picked X to travel to Mongolia as a special envoy": the object of
            # the choosing verb does the travelling.
            objects = [m for c in verb.head.children if c.dep_ == "dobj"
                       and (m := ctx.person_at(c)) is not None]
            if objects:
                return objects[:1]
        if verb.dep_ not in CLIMB_DEPS or verb.head.i == verb.i:
            break
        if verb.head.pos_ in ("NOUN", "PROPN") and verb.head.dep_ == "ROOT":
            break  # "-- Ryom Chol Ho, ..., left": the dateline made a name the root
        verb = verb.head
        path.append(verb)
    # "-- Seyed Abbas Araghchi, minister ..., arrived": the parser may make the first
    # name the root verb; a verb on the way up still follows the opening name.
    if subjects and len(path) == 1:
        return []
    return next((found for v in reversed(path) if (found := opening_name(ctx, v))), [])


def opening_name(ctx: DocContext, verb: Token) -> list[TokenMention]:
    """"Pyongyang, January 8 (KCNA) -- Han Song Chol, vice-president of ..., left": the
    dateline makes the parser hang the verb on the place, without a subject. The name
    that opens the clause, followed by its apposition up to the verb, is the subject."""
    doc = ctx.doc
    start = verb.sent.start
    for tok in doc[verb.sent.start:verb.i]:
        if opens_clause(tok):
            start = tok.i + 1
    while start < verb.i and doc[start].lower_ in TITLE_WORDS:
        start += 1  # "Premier Pak Thae Song, ..."
    m = ctx.person_at(doc[start]) if start < verb.i else None
    if m is None and start < verb.i:
        m = _titled_subject(ctx, start, verb)
        return [m] if m is not None else []
    if m is None or m.start != start or m.end >= verb.i or doc[m.end].text != ",":
        return []
    between = doc[m.end:verb.i]
    if doc[verb.i - 1].text != "," or any(t.tag_ in FINITE_TAGS for t in between):
        return []
    return [m]


def _titled_subject(ctx: DocContext, start: int, verb: Token) -> TokenMention | None:
    """"-- Former National Assembly Speaker Park Byeong-seug left for China": capitalised
    titles, then the name right before the verb."""
    m = ctx.person_at(ctx.doc[verb.i - 1])
    if m is None or m.end != verb.i:
        return None
    title = ctx.doc[start:m.start]
    return m if all(t.is_title and t.is_alpha for t in title) else None


def _place_for(ctx: DocContext, subj: Token) -> bool:
    """"left ... for Vladivostok to attend ...": the parser makes the place the subject
    of the infinitive ("for X to attend"); the traveller is the subject above."""
    return ctx.person_at(subj) is None and any(
        c.dep_ == "mark" and c.lower_ == "for" for c in subj.head.children)


def _inside(anchor: Token, subj: Token) -> bool:
    """The role phrase itself misread as the subject ("as his envoy, X said")."""
    return subj.i == anchor.i


def _resolve_subject(ctx: DocContext, subj: Token) -> list[TokenMention]:
    if _both_of_whom(subj):  # "A and B, both of whom are travelling as special envoys"
        head = subj.head.head if subj.head.dep_ == "relcl" else None
        found = [m for t in ((head, *head.conjuncts) if head is not None else ())
                 if (m := ctx.person_at(t)) is not None]
        return found or nearest_before(ctx, subj.i)
    if subj.lower_ in RELATIVE_PRONOUNS:
        noun = subj.head.head if subj.head.dep_ == "relcl" else None
        found = antecedent(ctx, subj.head) or _described_visitor(ctx, noun)
        if found or subj.lower_ == "which":
            return found  # "the new government, which has also named envoys": no person
        nearest = nearest_before(ctx, subj.i)
        holder = _holder_before_office(ctx, ctx.doc[nearest[0].end - 1]) if nearest else []
        return holder or nearest
    if _the_guest(subj):
        return _received_before(ctx, subj.i) or nearest_before(ctx, subj.i)
    if subj.lower_ == "latter":  # "received X ... . The latter is on a visit as envoy"
        return nearest_before(ctx, subj.i)
    if subj.lower_ == "former":  # "A and B left ... . The former will attend ..."
        return _former(ctx, subj)
    if subj.lower_ in PERSON_PRONOUNS:
        return _cataphor(ctx, subj) or subject_before(ctx, subj) or nearest_before(ctx, subj.i)
    if _the_role(subj):  # "The minister is on a visit ... as special envoy"
        return _introduced_as(ctx, subj)
    found = [m for t in (subj, *subj.conjuncts) if (m := ctx.person_at(t)) is not None]
    if found:
        return found
    inner = [m for t in subj.subtree if (m := ctx.person_at(t)) is not None]
    # "President X's son Y arrived": the possessor is not who arrived.
    own = [m for m in inner if m.root(ctx.doc).dep_ != "poss"]
    return (own or inner)[:1]


def _both_of_whom(subj: Token) -> bool:
    return subj.lower_ in ("both", "all", "each") and any(
        c.lower_ == "of" and any(p.lower_ == "whom" for p in c.children) for c in subj.children)


def _former(ctx: DocContext, subj: Token) -> list[TokenMention]:
    """The first of the last two people named before "the former" as subjects,
    objects or their conjuncts (not "sent by X" or "seen off by Y")."""
    earlier = [m for m in ctx.mentions if m.end <= subj.i
               and m.root(ctx.doc).dep_ in ("nsubj", "nsubjpass", "conj", "dobj", "appos")]
    people = list(dict.fromkeys(m.person for m in reversed(earlier)))[:2]
    if len(people) < 2:
        return []
    return [next(m for m in reversed(earlier) if m.person == people[1])]


def subject_before(ctx: DocContext, pronoun: Token) -> list[TokenMention]:
    """"X survived purges under Kim. In 2013 he travelled to Beijing": a pronoun
    subject continues the subject before it, in its own sentence or the one before,
    not the nearest name."""
    if pronoun.lower_ not in ("he", "she"):
        return []  # "They are on a visit": the people just named, not one subject
    return _subject_up_to(ctx, pronoun)


def described_antecedent(ctx: DocContext, obj: Token) -> list[TokenMention]:
    """"The agency described him (the visitor) as Abe's emissary": whom the object
    refers back to, the subject before it as for "he"."""
    if obj.lower_ in ("him", "her") or _the_guest(obj):
        # Never the subject of the object's own verb: "Kim Jong Un dispatched him as his
        # special envoy" sends the man the sentence before named.
        own = {m.person for c in obj.head.children if c.dep_ in ("nsubj", "nsubjpass")
               if (m := ctx.person_at(c)) is not None}
        found = _subject_up_to(ctx, obj)
        if found and found[0].person in own:
            return _subject_before_sentence(ctx, obj.sent)
        return found
    return []


def _subject_up_to(ctx: DocContext, pronoun: Token) -> list[TokenMention]:
    doc = ctx.doc
    sent = pronoun.sent
    earlier = [m for m in ctx.in_sentence(sent) if m.end <= pronoun.i]
    own = [m for m in earlier if m.root(doc).dep_ in ("nsubj", "nsubjpass")]
    # "It was Ch'oe's first trip since 2014, when he flew": a name earlier in the
    # pronoun's own sentence is nearer than any subject before it.
    if own or earlier or sent.start == 0:
        return own[-1:]
    return _subject_before_sentence(ctx, sent, pronoun)


def _subject_before_sentence(ctx: DocContext, sent: Span,
                             pronoun: Token | None = None) -> list[TokenMention]:
    """The subject of the sentence before `sent` (or of the one before that, when the
    sentence between names no one)."""
    doc = ctx.doc
    if sent.start == 0:
        return []
    before = doc[sent.start - 1].sent
    if not ctx.in_sentence(before) and before.start > 0:
        # "X left Beijing ... . Journalists saw the former spy chief board a flight.
        # He is traveling as ...": a sentence naming no one does not break the chain.
        before = doc[before.start - 1].sent
    visitor = _visitor_met(ctx, before) if pronoun is not None and _visit_clause(pronoun) \
        else None
    if visitor is not None:
        return [visitor]
    subjects = [m for m in ctx.in_sentence(before)
                if m.root(doc).dep_ in ("nsubj", "nsubjpass") and m.root(doc).head == before.root]
    if not subjects and pronoun is None:
        # "Pyongyang, May 2 (KCNA) -- X left ...": the dateline may be the parse's root.
        subjects = [m for m in ctx.in_sentence(before)
                    if m.start > before.start and opens_clause(doc[m.start - 1])]
    return subjects[:1] or _agent_of(ctx, before)


def _agent_of(ctx: DocContext, sent: Span) -> list[TokenMention]:
    """"The second group ... will be led by X, a deputy speaker. He is to head to Tokyo":
    a party led or headed by a person is that person's, and so is the pronoun after."""
    if sent.root.lemma_ not in ("lead", "head"):
        return []
    return [m for m in ctx.in_sentence(sent)
            if (r := m.root(ctx.doc)).dep_ == "pobj" and r.head.dep_ == "agent"
            and r.head.head == sent.root][:1]


# Verbs of a visitor's stay: "She came to Pyongyang as special envoy", "Attending the
# celebrations as special envoy, she said".
VISIT_LEMMAS = frozenset({"come", "arrive", "attend", "visit", "be", "stay", "travel", "fly"})


def _visit_clause(pronoun: Token) -> bool:
    verb = pronoun.head
    return _visiting(verb) or any(c.dep_ == "advcl" and _visiting(c) for c in verb.children)


def _visiting(verb: Token) -> bool:
    """A verb of a stay; "be" only as "is here as", "is in Pyongyang", "is on a visit"
    (not "He was ready to send X as his envoy")."""
    if verb.lemma_ == "be":
        return any(c.dep_ == "prep" and c.lower_ in ("as", "in", "on", "at")
                   for c in verb.children)
    return verb.lemma_ in VISIT_LEMMAS


def _visitor_met(ctx: DocContext, sent: Span) -> TokenMention | None:
    """"Kim Jong Un received X, ... . She came to Pyongyang as special envoy of Y": a
    pronoun on a visit continues the visitor the sentence before introduced as met or
    received, not the host who met her."""
    doc = ctx.doc
    for m in ctx.in_sentence(sent):
        root = m.root(doc)
        head = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "with" else root.head
        met = root.dep_ == "dobj" or (root.dep_ == "pobj" and root.head.lower_ == "with")
        if met and _meeting(head) and _first_mention(ctx, m, sent):
            return m
    return None


def _meeting(tok: Token) -> bool:
    """"met", "received", "had a talk (with)", "held talks (with)"."""
    if tok.dep_ == "dobj" and tok.lemma_ in ("talk", "meeting"):
        tok = tok.head
    return tok.lemma_ in MEETING_VERBS or tok.lemma_ in ("have", "hold")


def _first_mention(ctx: DocContext, m: TokenMention, sent: Span) -> bool:
    first = next(x for x in ctx.mentions if x.person == m.person)
    return first.start >= sent.start


def _cataphor(ctx: DocContext, pronoun: Token) -> list[TokenMention]:
    """"Recalling that he had visited Beijing as special envoy, Choe Ryong Hae said":
    a pronoun inside an opening participle clause is the main clause's subject."""
    for verb in pronoun.ancestors:
        if verb.tag_ == "VBG" and verb.dep_ == "advcl" and verb.i < verb.head.i:
            subjects = [c for c in verb.head.children if c.dep_ == "nsubj" and c.i > verb.i]
            return [m for c in subjects if (m := ctx.person_at(c)) is not None][:1]
    return []


def antecedent(ctx: DocContext, clause: Token) -> list[TokenMention]:
    """The noun a relative clause or participle hangs from, or the name that noun is in
    apposition to ("Kazem Gharibabadi, deputy minister ..., who arrived", "Masato
    Kitagawa, a lawmaker appointed by ... as his special envoy")."""
    if clause.dep_ not in ("relcl", "acl"):
        return []
    noun = clause.head
    held = _appositive_holder(ctx, noun) or _holder_before_office(ctx, noun)
    if held:
        return held
    for tok in (noun, noun.head if noun.dep_ == "appos" else noun):
        m = ctx.person_at(tok)
        if m is not None:
            nearer = _apposed_before_who(ctx, clause)
            return [nearer] if nearer is not None and nearer.start > m.start else [m]
    # "Kim's predecessor, Stephen Biegun, served as ...": the name the noun is apposed to.
    # (Not "SEOUL (Yonhap) -- President X ... named": a dateline is no common noun.)
    if noun.pos_ != "NOUN":
        return []
    apposed = [m for c in noun.children if c.dep_ == "appos" and c.i < clause.i
               and (m := ctx.person_at(c)) is not None][:1]
    # "a mission by Song Tao, then head of ..., who went": "who" is a person, not the
    # noun the parser hung it on; the name whose apposition the comma closes.
    nearer = None if apposed else _apposed_before_who(ctx, clause)
    return apposed or ([nearer] if nearer is not None else [])


def _apposed_before_who(ctx: DocContext, clause: Token) -> TokenMention | None:
    """"between X, minister of ..., and Y, minister of ..., who is on a visit": the
    parser may hang ", who" on the first name of a list; the clause is about the name
    whose apposition the comma before "who" closes."""
    doc = ctx.doc
    who = next((c for c in clause.children if c.lower_ == "who" and c.dep_.startswith("nsubj")),
               None)
    if who is None or who.i < 2 or doc[who.i - 1].text != ",":
        return None
    for j in range(who.i - 2, max(0, who.i - 2 - OFFICE_SPAN), -1):
        m = ctx.person_at(doc[j])
        if m is not None:
            return m if m.end == who.i - 1 and not _office_holder_name(doc, m) else None
        if doc[j].pos_ in ("VERB", "AUX"):
            return None
        if doc[j].text == "," and (m := ctx.person_at(doc[j - 1])) is not None and m.end == j:
            return m
    return None


def _office_holder_name(doc: Doc, m: TokenMention) -> bool:
    """"adviser to President Y, who": Y names whom an office serves."""
    k = _before_titles(doc, m.start)
    return k >= 0 and doc[k].lower_ in ("to", "of", "for")


def _before_titles(doc: Doc, start: int) -> int:
    """The token before a name and the titles in front of it (-1 at the start)."""
    k = start - 1
    while k >= 0 and doc[k].lower_ in TITLE_WORDS:
        k -= 1
    return k


def _appositive_holder(ctx: DocContext, noun: Token) -> list[TokenMention]:
    """"Lim Dong Won, special adviser to President Kim Dae Jung of south Korea, who
    came ...": a name inside the appositive's own phrase is not who the clause is about."""
    cur = noun
    for _ in range(APPOSITION_DEPTH):
        if cur.dep_ == "appos":
            m = ctx.person_at(cur.head) or _name_before_comma(ctx, cur)
            return [m] if m is not None else []
        if cur.dep_ not in ("pobj", "prep", "conj", "compound") or cur.head.i == cur.i:
            return []
        cur = cur.head
    return []


# How far back from "to President Y" the office's holder may be named: "X, special
# adviser for foreign affairs, security and unification to President Y" needs 11.
OFFICE_SPAN = 14


def _holder_before_office(ctx: DocContext, noun: Token) -> list[TokenMention]:
    """"X, special adviser ... to President Y of south Korea, who is in Pyongyang as
    special envoy": the parser may hang "to Y" on the verb; the name right before
    ", who" ends an office's phrase, and the clause is about that office's holder."""
    doc = ctx.doc
    if noun.dep_ == "pobj" and noun.head.lower_ == "of":
        noun = noun.head.head  # "President Y of south Korea, who"
    m = ctx.person_at(noun)
    if m is None:
        return []
    k = _before_titles(doc, m.start)
    if k < 0 or doc[k].lower_ not in ("to", "of", "for"):
        return []
    for j in range(k - 1, max(0, k - OFFICE_SPAN), -1):
        if doc[j].pos_ in ("VERB", "AUX"):
            return []
        held = ctx.person_at(doc[j - 1]) if doc[j].text == "," else None
        if held is not None and held.end == j:
            return [held]
    return []


def _name_before_comma(ctx: DocContext, appos: Token) -> TokenMention | None:
    """"the mission of X, then one of the most powerful men": an apposition follows the
    name it describes, whatever noun the parser hangs it on."""
    doc = ctx.doc
    comma = appos.left_edge.i - 1
    # ", then the first vice-chairman": words of the apposition the parser hung apart.
    while comma > max(0, appos.left_edge.i - APPOSITION_LEAD) and doc[comma].text != "," \
            and doc[comma].pos_ not in ("VERB", "AUX", "PROPN"):
        comma -= 1
    if comma < 1 or doc[comma].text != ",":
        return None
    m = ctx.person_at(doc[comma - 1])
    return m if m is not None and m.end == comma else None


def _the_guest(subj: Token) -> bool:
    """"The guest is on a visit to the DPRK as special envoy": the visitor named before."""
    return subj.lower_ in GUEST_NOUNS and any(c.lower_ == "the" for c in subj.children)


def _described_visitor(ctx: DocContext, noun: Token | None) -> list[TokenMention]:
    """"The guest, who ...": the person received before; "The head of the delegation,
    who ...": the person the delegation was headed or led by."""
    if noun is None:
        return []
    if _the_guest(noun):
        return _received_before(ctx, noun.i)
    of = [c for c in noun.children if c.lower_ == "of"]
    if noun.lower_ == "head" and any(t.lower_ == "delegation" for c in of for t in c.subtree):
        return _led_before(ctx, noun.i)
    return []


def _led_before(ctx: DocContext, i: int) -> list[TokenMention]:
    doc = ctx.doc
    for m in reversed([m for m in ctx.mentions if m.end <= i]):  # mentions are in order
        k = m.start - 1
        while k > 0 and doc[k].lower_ in TITLE_WORDS:
            k -= 1
        if k > 0 and doc[k].lower_ == "by" and doc[k - 1].lemma_ in ("head", "lead"):
            return [m]
    return []


def _received_before(ctx: DocContext, i: int) -> list[TokenMention]:
    """"Kim Jong Un received X ... The guest, who is in Pyongyang as special envoy":
    the last person received, met or welcomed before, not the last person named."""
    doc = ctx.doc
    for m in reversed([m for m in ctx.mentions if m.end <= i]):  # mentions are in order
        root = m.root(doc)
        if root.dep_ == "dobj" and root.head.lemma_ in MEETING_VERBS:
            return [m]
    return []


def _the_role(subj: Token) -> bool:
    kids = [c.lower_ for c in subj.children]
    return subj.lower_ in PERSON_ROLE_NOUNS and kids == ["the"]


def _introduced_as(ctx: DocContext, subj: Token) -> list[TokenMention]:
    """The last person before `subj` whose apposition used that role noun ("received X,
    minister of ... . The minister is ...")."""
    doc = ctx.doc
    for m in reversed([m for m in ctx.mentions if m.end <= subj.i]):
        after = doc[m.end:min(subj.i, m.end + 4)]
        if len(after) and after[0].text == "," and any(t.lower_ == subj.lower_ for t in after):
            return [m]
        # "North Korean Foreign Minister X arrived ... . The minister is travelling as"
        if m.start > 0 and doc[m.start - 1].lower_ == subj.lower_:
            return [m]
    return []


def _comma_participle(ctx: DocContext, verb: Token) -> list[TokenMention]:
    """"Yoshihide Suga, visiting Vietnam as ... envoy, attended": the name right before
    the comma that opens a participle phrase."""
    doc = ctx.doc
    if verb.tag_ != "VBG" or verb.i < 2 or doc[verb.i - 1].text != ",":
        return []
    m = ctx.person_at(doc[verb.i - 2])
    return [m] if m is not None and m.end == verb.i - 1 else []


def _name_right_before(ctx: DocContext, verb: Token) -> list[TokenMention]:
    """"since Lim Dong-won met him": a name misread as the object of "since", "after",
    "before" or "until" right before a past-tense verb is its subject."""
    doc = ctx.doc
    if verb.tag_ != "VBD" or verb.i == 0:
        return []
    m = ctx.person_at(doc[verb.i - 1]) or _past_apposition(ctx, verb)
    if m is None:
        return []
    root = m.root(doc)
    return [m] if root.dep_ == "pobj" and root.head.lower_ in TIME_PREPS else []


def _past_apposition(ctx: DocContext, verb: Token) -> TokenMention | None:
    """"since Song Tao, then head of the department, visited": the name whose
    apposition ends at the comma before the verb."""
    end = verb.doc[verb.i - 1]
    if end.text != "," or end.head.dep_ != "pobj":
        return None
    appos = [c for c in end.head.children if c.dep_ == "appos"]
    return ctx.person_at(end.head) if appos and appos[-1].right_edge.i == verb.i - 2 else None


def whom_before(ctx: DocContext, verb: Token) -> list[TokenMention]:
    """"X, whom Trump named (as) his envoy": the name before ", whom" that opens the
    verb's clause, however the parser hangs "whom"."""
    doc = ctx.doc
    for k in range(verb.i - 1, max(1, verb.i - WHOM_SPAN) - 1, -1):
        if doc[k].text == ",":
            return []  # "X, whom Kim met, sent Y as envoy": that clause has closed
        if doc[k].lower_ == "whom" and doc[k - 1].text == ",":
            m = ctx.person_at(doc[k - 2]) if k >= 2 else None
            return [m] if m is not None and m.end == k - 1 else []
        if doc[k].lower_ == "whom":  # "X, a deputy secretary of ... whom Putin named"
            return antecedent(ctx, verb)
    return []


def nearest_before(ctx: DocContext, i: int) -> list[TokenMention]:
    """The last person mention before token i that is not a possessor or an "of" object."""
    doc = ctx.doc
    for m in reversed(ctx.mentions):
        if m.end > i:
            continue
        if m.end < len(doc) and doc[m.end].tag_ == "POS":
            continue
        if m.start > 0 and doc[m.start - 1].lower_ in DEPENDENT_PREPS:
            continue
        if _of_object(m.root(doc)):
            continue
        return [m]
    return []


def _of_object(tok: Token) -> bool:
    """"the sister of North Korean leader Kim Jong Un", "the inauguration of Dr. Hassan
    Rouhani": a name under "of" (through its titles) depends on another noun."""
    for _ in range(3):
        if tok.dep_ == "pobj":
            return tok.head.lower_ in DEPENDENT_PREPS
        if tok.dep_ not in ("compound", "appos", "flat") or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def sending_head(verb: Token) -> Token | None:
    """"will send his adviser A and spy chief B to Pyongyang as special envoys": the
    parser may read "spy" as a second verb; a conjunct without a subject of its own
    continues the sending verb, and its object is sent too."""
    misread = verb.i > 0 and verb.nbor(-1).lower_ == "and" and verb.tag_ in ("VB", "VBP") \
        and verb.lemma_ not in MEETING_VERBS  # not "dispatched A ... and received B as"
    if not misread or verb.dep_ != "conj" or verb.head.lemma_ not in SEND_VERBS or any(
            c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    return verb.head
