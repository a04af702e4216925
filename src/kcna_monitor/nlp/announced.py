"""A role announced in one sentence and named in the next: "X will send a special
envoy to Y. NAME, ..., will leave" (one envoy), "... will send special envoys. A will
travel to X, while B will head to Y" (every subject but the report's source).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kcna_monitor.nlp.context import DocContext, TokenMention
from kcna_monitor.nlp.holders import leader_named, opening_subject
from kcna_monitor.nlp.lexicon import (
    HYPOTHETICAL_HEADS,
    MODAL_HYPOTHETICAL,
    REPORTING_VERBS,
    SEND_VERBS,
    TITLE_WORDS,
)
from kcna_monitor.nlp.mission import APPOINT_VERBS, TRAVEL_HEADS
from kcna_monitor.nlp.principal import PRINCIPAL_WINDOW, glued_hyphen, phrase_start
from kcna_monitor.nlp.punct import opens_clause
from kcna_monitor.nlp.subjects import subject_mentions

# Heads under which "to send an envoy" is settled, not just prepared or wished for.
SETTLED_HEADS = frozenset({"decide", "be", "agree", "resolve"})
# Subordinators of a clause that only dates another ("since Lee took office").
TIME_MARKS = frozenset({"since", "after", "before", "until", "because", "when", "as"})


def next_sentence(ctx: DocContext, role: Token) -> list[TokenMention]:
    """"X will send a special envoy to Y. NAME ... will leave": the next subject."""
    verb = role.head
    if role.dep_ != "dobj" or verb.lemma_ not in SEND_VERBS or not _factual(verb):
        return []
    if verb.tag_ == "VBG":
        return []  # "Dispatching special envoys is a practice", "thanks for sending his envoy"
    if _unsettled_infinitive(verb):
        return []
    if _named_elsewhere(ctx, role):
        return []
    doc = ctx.doc
    if role.sent.end >= len(doc):
        return []
    senders = {m.person for m in subject_mentions(ctx, verb, role)}
    nxt = doc[role.sent.end].sent
    first = _announced_in(ctx, nxt, senders)
    for _ in range(WAIT_SENTENCES):
        # "... will send his special envoy. The department said the special envoy would
        # convey ... . Named to the mission was X"; "Kim Jong Un visited the embassy
        # ... . He will be X": the name may wait a sentence about the envoy or the sender.
        if first or nxt.end >= len(doc) or not (_about_the_envoy(nxt) or _opened_by(
                ctx, nxt, senders)):
            break
        nxt = doc[nxt.end].sent
        # After a sentence in between only an explicit naming counts, not any subject.
        first = _announced_in(ctx, nxt, senders, explicit=True)
    if first and role.lower_ == "envoys":  # "A will travel to X, while B ... and C ..."
        return [m for m in ctx.in_sentence(nxt) if _subject_or_listed(doc, m)]
    return first


def described_next(ctx: DocContext, role: Token) -> list[TokenMention]:
    """"A special envoy of X arrived in Pyongyang ... . He is NAME, ...": a role as
    subject, unnamed in its sentence, is named by "He is NAME" in the next one ("The
    special envoy of X returned home ... . He is NAME" in KCNA's reports of returns)."""
    doc = ctx.doc
    dets = {c.lower_ for c in role.children if c.dep_ == "det"}
    # "The envoy was greeted ... . He is X" may be an envoy already named; "The special
    # envoy of Kim Jong Un (of the DPRK government) arrived" is a new role.
    of = role.i + 1 < len(doc) and doc[role.i + 1].lower_ == "of"
    determined = bool(dets & {"a", "an"}) or ("the" in dets and of)
    if not determined or role.dep_ not in ("nsubj", "nsubjpass") or role.sent.end >= len(doc):
        return []
    return _pronoun_be_name(ctx, doc[role.sent.end].sent)


# Numerals that count the envoys of a plural role ("Two special envoys of X left");
# a dispatch naming five envoys one sentence each is not one we have seen.
COUNT_WORDS = {"two": 2, "three": 3, "four": 4, "2": 2, "3": 3, "4": 4}


def numbered_next(ctx: DocContext, role: Token) -> list[TokenMention]:
    """"Two special envoys of X left Pyongyang on Wednesday. A ... departed for Hanoi.
    B ... flew to Vientiane.": as many envoys as counted, each opening a following
    sentence."""
    count = next((COUNT_WORDS[c.lower_] for c in role.children
                  if c.dep_ == "nummod" and c.lower_ in COUNT_WORDS), 0)
    after = [m for m in ctx.in_sentence(role.sent) if m.start > role.i]
    # The sender: the first name after "envoys of"; the others named after the role
    # must be the envoys the next sentences open with.
    of = role.i + 1 < len(ctx.doc) and ctx.doc[role.i + 1].lower_ == "of"
    senders = {after[0].person} if of and after else set()
    named = {m.person for m in after} - senders
    if not count:
        return []
    doc, found = ctx.doc, list[TokenMention]()
    end = role.sent.end
    while len(found) < count and end < len(doc):
        sent = doc[end].sent
        first = [m for m in opening_subject(ctx, sent)
                 if m.person not in senders | {f.person for f in found}]
        if not first:
            break
        found += first
        end = sent.end
    # Whoever the role's own sentence names beside its sender must be among them
    # ("two special envoys set off, with A leaving for X and B heading to Y. A ... B").
    return found if len(found) == count and named <= {f.person for f in found} else []


# Sentences about the envoy or the sender that may stand between the announcement
# and the name: KCNA puts one or two (the mission's purpose, the sender's condolence).
WAIT_SENTENCES = 2


def _announced_in(ctx: DocContext, sent: Span, senders: set[int],
                  explicit: bool = False) -> list[TokenMention]:
    """The name a sentence gives the announced envoy, never a sender: "He will be X",
    "Named to the mission was X", or (unless `explicit`) the sentence's opening name."""
    opening = [] if explicit else opening_subject(ctx, sent)
    found = _pronoun_be_name(ctx, sent) or opening or _inverted_subject(ctx, sent)
    return [m for m in found if m.person not in senders]


def _opened_by(ctx: DocContext, sent: Span, senders: set[int]) -> bool:
    return any(m.person in senders for m in opening_subject(ctx, sent))


def _pronoun_be_name(ctx: DocContext, sent: Span) -> list[TokenMention]:
    """"... decided to send a special envoy. He will be Ri Il Hwan, ...": the name a
    pronoun subject of "be" is equated with, not the sender the pronoun may seem to
    point back to."""
    for tok in sent:
        if tok.dep_ == "nsubj" and tok.lower_ in ("he", "she") and tok.head.lemma_ == "be":
            return [m for c in tok.head.children if c.dep_ == "attr"
                    and (m := ctx.person_at(c)) is not None][:1]
    return []


def _about_the_envoy(sent: Span) -> bool:
    """A sentence that speaks of what "the (special) envoy" will do, without naming
    him ("The special envoy will be X" names him)."""
    return any(t.lower_ in ("envoy", "emissary") and t.dep_ in ("nsubj", "nsubjpass")
               and t.head.lemma_ != "be" and any(c.lower_ == "the" for c in t.children)
               for t in sent)


def _inverted_subject(ctx: DocContext, sent: Span) -> list[TokenMention]:
    """"Entrusted with the mission is Kim Song Nam, ...": a sentence opened by a
    participle, its subject after "is"."""
    doc = ctx.doc
    mentions = ctx.in_sentence(sent)
    if not mentions or doc[sent.start].tag_ != "VBN":
        return []
    if mentions[0].start <= sent.start:
        return []
    k = mentions[0].start - 1
    while k > sent.start and doc[k].lower_ in TITLE_WORDS:
        k -= 1
    return mentions[:1] if doc[k].lemma_ == "be" else []


def _subject_or_listed(doc: Doc, m: TokenMention) -> bool:
    head = m.root(doc)
    if head.dep_ == "conj":
        head = head.head
    # "..., presidential spokesperson Kang Yu-jung told reporters": the source, not an
    # envoy; "since Lee took office": a time, not a traveller.
    verb = head.head
    return head.dep_ in ("nsubj", "nsubjpass") and verb.lemma_ not in REPORTING_VERBS and \
        not any(c.dep_ == "mark" and c.lower_ in TIME_MARKS for c in verb.children)


def _unsettled_infinitive(verb: Token) -> bool:
    """"was prepared to send an envoy if ...", "reports it was preparing to send a senior
    envoy": a sending only prepared for names nobody yet; "decided to dispatch special
    envoys" and "is to send" do."""
    infinitive = any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)
    return infinitive and verb.head.lemma_ not in SETTLED_HEADS


def _named_elsewhere(ctx: DocContext, role: Token) -> bool:
    return any(ctx.person_at(t) for t in role.subtree)


def _factual(verb: Token) -> bool:
    """Not negated, not under could/might/would, not under "consider"/"offer"/"reject"."""
    for anc in (verb, *verb.ancestors):
        kids = list(anc.children)
        if any(c.dep_ == "neg" or c.lower_ in MODAL_HYPOTHETICAL for c in kids):
            return False
        if anc is not verb and anc.lemma_ in HYPOTHETICAL_HEADS:
            return False
    return True


def slate_sender(ctx: DocContext, role: Token) -> int | None:
    """"Moon named a slate of special envoys to ...", "Lee will send special envoys to
    ...": the sender of envoys the next sentences name."""
    head = role.head
    if head.lower_ == "of" and head.head.pos_ == "NOUN":
        head = head.head.head  # "a slate of special envoys", "a team of envoys"
    elif role.dep_ not in ("dobj", "oprd"):  # "named special envoys to ...": an oprd
        return None
    if head.lemma_ not in SEND_VERBS or any(c.dep_ in ("nsubjpass", "auxpass")
                                            for c in head.children):
        return None  # "A and B were named special envoys": they are the envoys
    subjects = subject_mentions(ctx, head, role) or _name_before_verb(ctx, head)
    return subjects[0].person if subjects else None


def _name_before_verb(ctx: DocContext, verb: Token) -> list[TokenMention]:
    """"SEOUL, May 16 (Yonhap) -- President X on Tuesday named": the name right before
    the verb (past a date) when the dateline has confused the parse."""
    if verb.i == verb.sent.start:
        return []
    k = verb.i - 1
    while k > verb.sent.start and (ctx.doc[k].ent_type_ == "DATE" or ctx.doc[k].lower_ == "on"):
        k -= 1
    m = ctx.person_at(ctx.doc[k])
    # Not "Aides to Moon Jae-in on Tuesday named": the name is the object of "to".
    return [m] if m is not None and m.end == k + 1 and m.root(ctx.doc).dep_ != "pobj" else []


# Envoys of an unnamed plural role named one sentence each ("Special envoys of X left.
# A left for Hanoi. B left for Vientiane."): KCNA lists two or three, Seoul's slates
# of envoys to the powers up to five ("A will go to Washington, while B ..."); six is
# a bound.
MAX_LISTED_ENVOYS = 6


def of_person(ctx: DocContext, role: Token) -> int | None:
    """The person named right after "envoy of" (titles skipped), the principal."""
    doc = ctx.doc
    if role.i + 1 >= len(doc) or doc[role.i + 1].lower_ != "of":
        return None
    for tok in doc[role.i + 2:min(len(doc), role.i + 2 + PRINCIPAL_WINDOW)]:
        m = ctx.person_at(tok)
        if m is not None:
            return m.person
        if (named := leader_named(ctx, tok.i)) is not None:
            return named.person
        if glued_hyphen(doc, tok.i):
            continue  # "of U.N. Secretary-General Kofi Annan"
        if tok.is_punct or tok.lower_ in ("to", "on", "for", "in"):
            return None  # "of the Chinese Government on ... Affairs NAME": NAME holds the role
    return None


# Verbs of a sentence that names one of the listed envoys: a journey, or the choice of
# one of them ("B was tapped as envoy to Tokyo").
JOURNEY_HEADS = TRAVEL_HEADS | APPOINT_VERBS | {"visit"}


def subjects_next(ctx: DocContext, role: Token) -> list[TokenMention]:
    """"Special envoys of X ... left Pyongyang. A, ..., is bound for Hanoi, while B, ...,
    is heading for Vientiane.": an unnamed plural role as subject is named by the
    subjects of the next sentence."""
    doc = ctx.doc
    if role.lower_ not in ("envoys", "emissaries", "representatives") or role.sent.end >= len(doc):
        return []
    start = phrase_start(role)
    opens = start > 0 and opens_clause(doc[start - 1])  # after the dateline dash
    principal = of_person(ctx, role)
    # "of X" makes it a new role; "The envoys will explain" refers back to named ones.
    slate = principal is None or not (opens or role.dep_ in ("nsubj", "nsubjpass"))
    if slate:
        # "has sent officials as special envoys of leader X": X sends them.
        sender = slate_sender(ctx, role)
        principal = sender if sender is not None else principal
        if principal is None and not _country_subject(role, opens):
            return []
    if any((m := ctx.person_at(t)) is not None and m.person != principal for t in role.subtree):
        return []
    nxt = doc[role.sent.end].sent
    # "he would send envoys abroad. Yoon has also picked X": no one is his own envoy.
    found = [m for m in _sentence_subjects(ctx, nxt) if m.person != principal]
    if principal is None and len(found) < 2 and not any(
            c.dep_ == "conj" and ctx.person_at(c) for m in found for c in m.root(doc).children):
        return []  # a country's envoys, unnamed: only "A and B flew back" names them
    if slate and any(_verb_of(doc, m).lemma_ not in JOURNEY_HEADS for m in found):
        return []  # "an offer to send envoys ... . In New York, X urged": no journey
    # "A ... left for Hanoi ... . B ... left for Vientiane ...": one sentence each, as
    # long as each tells a journey.
    while found and nxt.end < len(doc) and len(found) < MAX_LISTED_ENVOYS:
        nxt = doc[nxt.end].sent
        more = _sentence_subjects(ctx, nxt)
        if not more or any(_verb_of(doc, m).lemma_ not in JOURNEY_HEADS for m in more):
            break
        found += more
    return found


def _country_subject(role: Token, opens: bool) -> bool:
    """"South Korea's presidential special envoys said ... . A and B flew back": a
    country's unnamed envoys as subject (or opening the clause after the dateline),
    named by the next sentence."""
    return (opens or role.dep_ in ("nsubj", "nsubjpass")) and any(
        c.dep_ == "poss" and c.ent_type_ in ("GPE", "NORP") for c in role.children)


# Subjects that pick one of a plural just named: "One of them, A, ..., is bound for".
PICKING_WORDS = frozenset({"one", "other", "another", "first", "second", "third"})


def _sentence_subjects(ctx: DocContext, sent: Span) -> list[TokenMention]:
    """The names a sentence has for subject, directly or in apposition to "One of them"."""
    doc = ctx.doc
    subjects = [m for m in ctx.in_sentence(sent)
                if _subject_root(doc, m).dep_ in ("nsubj", "nsubjpass") or _gapped(doc, m)]
    # Not the subject of a relative clause, nor of what a named speaker said ("Chung
    # told a briefing that Kim had reaffirmed ..."); "KCNA said A left for Hanoi" is news.
    # "A will travel to X, spokesman B told reporters": B is the source of the news, not
    # a speaker whose words A is inside, and not one of its subjects.
    sources = [m for m in subjects if _attribution_after(doc, m)]
    speakers = {m.person for m in subjects if _verb_of(doc, m).lemma_ in REPORTING_VERBS
                and m not in sources}
    return [m for m in subjects if m not in sources
            and not _embedded(doc, m, bool(speakers - {m.person}))]


def _attribution_after(doc: Doc, m: TokenMention) -> bool:
    verb = _verb_of(doc, m)
    return verb.lemma_ in REPORTING_VERBS and any(
        c.dep_ == "ccomp" and c.i < verb.i for c in verb.children)


def _gapped(doc: Doc, m: TokenMention) -> bool:
    """"A, ..., left for Hanoi, and B, ..., for Vientiane": B of a clause that leaves
    out the verb, which the parser hangs on the verb as a conjunct."""
    root = m.root(doc)
    return root.dep_ == "conj" and root.head.pos_ == "VERB" and any(
        c.dep_ == "nsubj" for c in root.head.children)


def _embedded(doc: Doc, m: TokenMention, named_speaker: bool) -> bool:
    verb = _verb_of(doc, m)
    return verb.dep_ in ("relcl", "acl", "pcomp") or (verb.dep_ == "ccomp" and named_speaker)


def _subject_root(doc: Doc, m: TokenMention) -> Token:
    root = m.root(doc)
    if root.dep_ == "appos" and root.head.lower_ in PICKING_WORDS:
        return root.head
    return root


def _verb_of(doc: Doc, m: TokenMention) -> Token:
    return _subject_root(doc, m).head
