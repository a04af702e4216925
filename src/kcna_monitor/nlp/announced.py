"""A role announced in one sentence and named in the next: "X will send a special
envoy to Y. NAME, ..., will leave" (one envoy), "... will send special envoys. A will
travel to X, while B will head to Y" (every subject but the report's source).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kcna_monitor.nlp.context import DocContext, TokenMention
from kcna_monitor.nlp.holders import opening_subject
from kcna_monitor.nlp.lexicon import (
    HYPOTHETICAL_HEADS,
    MODAL_HYPOTHETICAL,
    REPORTING_VERBS,
    SEND_VERBS,
    TITLE_WORDS,
)
from kcna_monitor.nlp.mission import APPOINT_VERBS
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
    """"A special envoy of X arrived in Pyongyang ... . He is NAME, ...": an indefinite
    role as subject is named by "He is NAME" in the next sentence."""
    doc = ctx.doc
    indefinite = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in role.children)
    if not indefinite or role.dep_ not in ("nsubj", "nsubjpass") or role.sent.end >= len(doc):
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
    elif role.dep_ != "dobj":
        return None
    if head.lemma_ not in SEND_VERBS | APPOINT_VERBS:
        return None
    subjects = subject_mentions(ctx, head, role)
    return subjects[0].person if subjects else None
