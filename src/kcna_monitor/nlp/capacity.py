"""Who holds a role given "as special envoy": the name before "as", the subject of
the clause "as" belongs to, or the person a sending verb sends."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kcna_monitor.nlp.context import DocContext, TokenMention
from kcna_monitor.nlp.coordination import dependent_name
from kcna_monitor.nlp.holders import apposed_before_as, introduced_next, office_antecedent
from kcna_monitor.nlp.lexicon import SEND_VERBS
from kcna_monitor.nlp.mission import VISIT_NOUNS, complement_of
from kcna_monitor.nlp.punct import FINITE_TAGS
from kcna_monitor.nlp.roles import same_capacity
from kcna_monitor.nlp.subjects import (
    antecedent,
    described_antecedent,
    role_clause,
    sending_head,
    subject_mentions,
    whom_before,
)

# Nouns of a journey whose "of X" names the traveller.
VISITOR_NOUNS = VISIT_NOUNS | {"arrival"}
# How far back from "of X" the visit noun may stand ("the visit to Malabo in July
# last year of X": eight tokens).
VISIT_NP_SPAN = 10
# "X, whom the agency described (or he introduced) as the special envoy".
PRESENT_VERBS = frozenset({"describe", "introduce", "present"})


def as_phrase(ctx: DocContext, role: Token, before: Token | None) -> list[TokenMention]:
    """"... as special envoy": the subject of the clause "as" belongs to."""
    capacity = _capacity_of(before)
    if before is not None and (capacity or _one_of(before)):
        before = before.head.head  # "in the capacity of special envoy": like "as"
    if before is None or before.lower_ not in ("as", "in"):
        return []
    if before.i > 0 and before.nbor(-1).lower_ == "not":
        return []  # "went as a private citizen, not as an envoy of President X"
    if before.lower_ == "in" and not (capacity or same_capacity(role)):
        return []
    named = _name_before_as(ctx, before) or (
        apposed_before_as(ctx, before) if before.lower_ == "as" else []) or (
        _visitor_before_as(ctx, before))
    if named:
        return named
    verb = _misparsed_host(before, role) or role_clause(role)
    if verb.dep_ == "pcomp" and verb.head.lower_ == "as":
        verb = verb.head.head  # "X, whom the agency described as travelling as envoy"
    host, verb = verb, _sending_complement(verb, role) or sending_head(verb) or verb
    if any(c.dep_ == "neg" for c in verb.children) or complement_of(verb, ("deny",)):
        return []  # "was not travelling as a special envoy", "denying that X had been sent"
    if verb.lemma_ in SEND_VERBS or verb.lemma_ in PRESENT_VERBS:
        if whom := whom_before(ctx, verb):
            return whom
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        if any(o.lower_ in ("whom", "who") for o in objects):  # "whom" that opens no clause
            return antecedent(ctx, verb)
        sent = [m for t in _sent_people(verb, objects, host) if (m := ctx.person_at(t))]
        if not sent and objects:  # "has dispatched a senior official ... as envoy. NAME, ..."
            return office_antecedent(ctx, objects) or introduced_next(ctx, verb, objects) or (
                described_antecedent(ctx, objects[0]))
        if sent:
            return _nearest_object(sent, role)
    return subject_mentions(ctx, verb, role) or introduced_next(ctx, verb)


def _sent_people(verb: Token, objects: list[Token], host: Token) -> list[Token]:
    """The objects of a sending verb, their conjuncts and appositions ("dispatch his
    adviser Chung Eui-yong and spy chief Suh Hoon": the parser may hang the second
    name on the verb, or on the verb the sending verb complements, as a conjunct)."""
    out = [t for c in objects for t in (c, *c.conjuncts)]
    out += [a for t in list(out) for a in t.children if a.dep_ == "appos"]
    if objects:
        out += [c for v in {verb, host} for c in v.children
                if c.dep_ == "conj" and c.pos_ == "PROPN"]
    if host.dep_ == "conj" and host.head == verb:
        out += [c for c in host.children if c.dep_ == "dobj"]
    return out


def _sending_complement(verb: Token, role: Token) -> Token | None:
    """"proposed to dispatch A and B to Pyongyang as his special envoys": the parser
    may hang "as" on the verb of the proposal; the role is given by the sending verb
    it governs, and the envoys are the ones sent, not the proposer."""
    if verb.lemma_ in SEND_VERBS:
        return None
    return next((c for c in verb.children if c.dep_ == "xcomp" and c.lemma_ in SEND_VERBS
                 and c.i < role.i), None)


def _misparsed_host(as_tok: Token, role: Token) -> Token | None:
    """"X will visit Y next week as special envoy of Z, sources said": the parser may
    hang the role on "sources" and read "as ... said" as a clause; "as" still follows
    the verb whose capacity it gives."""
    if as_tok.lower_ != "as":
        return None
    if role.head == as_tok:
        # "A and B will fly to Pyongyang on Wednesday as Moon's special envoys, six months
        # after their first trip opened the way": hung on a later verb, "as" belongs to
        # the verb before it.
        if as_tok.head.i < as_tok.i or _subject_before(as_tok):
            return None
        return next((t for t in reversed(as_tok.sent[:as_tok.i - as_tok.sent.start])
                     if t.pos_ == "VERB" and _finite(t) and not _closed_clause(t, as_tok)),
                    None)
    host = as_tok.head
    if as_tok.dep_ == "mark" and host.dep_ == "advcl":
        host = host.head
    return host if host.pos_ in ("VERB", "AUX") and host.i < as_tok.i else None


def _subject_before(as_tok: Token) -> bool:
    """"X, who as Koizumi's emissary held talks": "as" right after the subject of the
    verb it hangs on is inside that verb's clause."""
    prev = as_tok.nbor(-1) if as_tok.i > 0 else None
    return prev is not None and prev.dep_ in ("nsubj", "nsubjpass") and prev.head == as_tok.head


def _finite(verb: Token) -> bool:
    """Not a participle used as an adjective ("acting", "a letter signed by"); "has
    picked" is a verb with its auxiliary."""
    if verb.dep_ == "amod":
        return False
    return verb.tag_ != "VBN" or any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _closed_clause(verb: Token, as_tok: Token) -> bool:
    """"picked X, a diplomat who has served as acting ambassador, as his envoy": a verb
    inside a relative clause that ended before "as" is not the one "as" follows."""
    return any(t.dep_ in ("relcl", "acl") and t.right_edge.i < as_tok.i - 1
               for t in (verb, *verb.ancestors))


def _one_of(tok: Token) -> bool:
    """"of" in "as one of President Moon's special envoys": one of several, each "as"."""
    return tok.lower_ == "of" and tok.head.lower_ == "one" and tok.head.head.lower_ == "as"


def _capacity_of(tok: Token | None) -> bool:
    """"of" in "in the capacity of special envoy"."""
    return tok is not None and tok.lower_ == "of" and tok.head.lower_ == "capacity" and \
        tok.head.head.lower_ == "in"


def _name_before_as(ctx: DocContext, as_tok: Token) -> list[TokenMention]:
    """"and veteran politician Kim Boo-kyum as special envoy to Japan", "sent Choe
    Ryong Hae as his envoy": a name right before "as" holds the role, unless it is an
    agent or possessor ("dispatched by Kim Jong Un as special envoy")."""
    if as_tok.i == 0:
        return []
    m = ctx.person_at(as_tok.nbor(-1))
    if m is not None and m.end == as_tok.i and _visitor_of(ctx.doc, m):
        return [m]  # "recalled the visit to Malabo last year of X as special envoy"
    if m is None or m.end != as_tok.i or dependent_name(ctx.doc, m):
        return []
    root = m.root(ctx.doc)
    # Not the object of a meeting ("met leader Kim Jong-un as Moon's special envoy");
    # the parser may read "named X as his envoy" with X as an object predicate.
    sent = root.dep_ in ("dobj", "oprd") and root.head.lemma_ in SEND_VERBS
    return [m] if sent or root.dep_ in ("conj", "nsubj", "nsubjpass") else []


def _visitor_before_as(ctx: DocContext, as_tok: Token) -> list[TokenMention]:
    """"the visit of X, then president of ..., to Jakarta in 2002 as special envoy",
    "a 2002 trip to Pyongyang by X, then an adviser, as Kim's special envoy": the
    visitor named last before "as", with no verb of a clause between."""
    doc = ctx.doc
    before = [m for m in ctx.in_sentence(as_tok.sent) if m.end <= as_tok.i]
    if not before or any(t.tag_ in FINITE_TAGS for t in doc[before[-1].end:as_tok.i]):
        return []
    m = before[-1]
    return [m] if as_tok.lower_ == "as" and _visitor_of(doc, m, ("of", "by")) else []


def _visitor_of(doc: Doc, m: TokenMention, preps: tuple[str, ...] = ("of",)) -> bool:
    """The name after "of" that belongs to a visit noun: the visitor. The parser may
    hang "of" on a nearer noun ("the visit to Malabo in July last year of X")."""
    of = doc[m.start - 1] if m.start > 0 else None
    if of is None or of.lower_ not in preps:
        return False
    for tok in reversed(doc[max(0, of.i - VISIT_NP_SPAN):of.i]):
        if tok.pos_ in ("VERB", "AUX") or tok.is_punct:
            return False
        if tok.lemma_ in VISITOR_NOUNS:
            return True
    return False


def _nearest_object(sent: list[TokenMention], role: Token) -> list[TokenMention]:
    """"tapped A as his envoy to China, and B as envoy to Japan": a singular role is
    the nearest object's before it ("sent a senior official as his envoy": nobody)."""
    if role.lower_.endswith("s") and role.lower_ != "emissary":
        return sent
    before = [m for m in sent if m.end <= role.i]
    return before[-1:] if before else sent[:1]
