"""Who a clause is about: its subject, through relative pronouns, pronouns and parser slips."""

from __future__ import annotations

from spacy.tokens import Token

from kcna_monitor.nlp.context import DocContext, TokenMention
from kcna_monitor.nlp.lexicon import PERSON_PRONOUNS

# Dependencies through which a clause without its own subject takes the subject of
# its head: "after visiting China as special envoy" -> "returned" -> its subject.
CLIMB_DEPS = frozenset({"xcomp", "advcl", "conj", "ccomp", "pcomp", "prep", "pobj"})
RELATIVE_PRONOUNS = frozenset({"who", "that", "which"})
# Prepositions whose object is a dependant (a possessor, an agent), not the actor.
DEPENDENT_PREPS = frozenset({"of", "by", "from", "with"})


def role_clause(role: Token) -> Token:
    """The verb of the clause a role phrase belongs to.

    The small model often reads "arrived ... as his special envoy, the media said"
    as "as" marking "said" with the role as its subject; the role then really
    belongs to the clause "said" hangs from.
    """
    verb = role.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    slipped = role.dep_ in ("nsubj", "nsubjpass") and role.head.i == verb.i and any(
        c.dep_ == "mark" and c.lower_ == "as" and c.i < role.i for c in verb.children)
    return verb.head if slipped and verb.head.i != verb.i else verb


def subject_mentions(ctx: DocContext, verb: Token, anchor: Token) -> list[TokenMention]:
    """Person(s) that are the subject of `verb`, resolving "who" and he/she."""
    for _ in range(4):
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")
                    and not _inside(anchor, c)]
        found = [m for s in subjects for m in _resolve_subject(ctx, s)]
        if found:
            return found[:1] + [m for m in found[1:] if m.person != found[0].person]
        if subjects:
            return []
        if verb.dep_ in ("relcl", "acl"):
            return _antecedent(ctx, verb) or nearest_before(ctx, verb.head.i + 1)
        if verb.dep_ not in CLIMB_DEPS or verb.head.i == verb.i:
            break
        verb = verb.head
    return []


def _inside(anchor: Token, subj: Token) -> bool:
    """The role phrase itself misread as the subject ("as his envoy, X said")."""
    return subj.i == anchor.i


def _resolve_subject(ctx: DocContext, subj: Token) -> list[TokenMention]:
    if subj.lower_ in RELATIVE_PRONOUNS:
        return _antecedent(ctx, subj.head) or nearest_before(ctx, subj.i)
    if subj.lower_ in PERSON_PRONOUNS:
        return nearest_before(ctx, subj.i)
    found = [m for t in (subj, *subj.conjuncts) if (m := ctx.person_at(t)) is not None]
    if found:
        return found
    inner = [m for t in subj.subtree if (m := ctx.person_at(t)) is not None]
    return inner[:1]


def _antecedent(ctx: DocContext, clause: Token) -> list[TokenMention]:
    """The noun a relative clause hangs from, or the name that noun is in apposition to
    ("Kazem Gharibabadi, deputy minister ..., who arrived")."""
    if clause.dep_ != "relcl":
        return []
    noun = clause.head
    for tok in (noun, noun.head if noun.dep_ == "appos" else noun):
        m = ctx.person_at(tok)
        if m is not None:
            return [m]
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
        if _of_object(doc[m.end - 1]):
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
