"""Who holds a post rather than a mission: a resident ambassador called "envoy", a
country's representative to a body, one who "served as" an envoy."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kcna_monitor.nlp.context import DocContext, TokenMention
from kcna_monitor.nlp.lexicon import PERSON_ROLE_NOUNS
from kcna_monitor.nlp.principal import phrase_start
from kcna_monitor.nlp.subjects import role_clause

# Bodies a country's plain "envoy to" sits in: its permanent representative.
# "to the world body" is the wires' name for the United Nations.
POSTED_BODIES = frozenset({"council", "assembly", "conference", "agency", "body"})


def resident(ctx: DocContext, role: Token) -> bool:
    """"Beijing's envoy in Pyongyang": an envoy *in* a capital is posted there; so is
    one who "served as" (or "works in Pyongyang as") an envoy, and a country's "U.N.
    envoy"."""
    doc, j = role.doc, role.i + 1
    plain = role.lower_ in ("envoy", "envoys") and not any(
        t.lower_ in ("special", "personal") for t in doc[max(0, role.i - 3):role.i])
    # Not "Lee's envoy", "the president's envoy to Tokyo".
    served = role_clause(role).lemma_ in ("serve", "work") and not any(
        t.ent_type_ == "PERSON" or t.lower_ in PERSON_ROLE_NOUNS
        for t in doc[phrase_start(role):role.i])
    if plain and (served or any(
            t.text in ("U.N.", "UN") for t in doc[max(0, role.i - 2):role.i])):
        return True
    if plain and _country_posting(ctx, role):
        return True
    if j + 1 >= len(doc) or doc[j].lower_ not in ("in", "at"):
        return False
    nxt = doc[j + 1] if doc[j + 1].lower_ != "the" or j + 2 >= len(doc) else doc[j + 2]
    return nxt.is_title and nxt.ent_type_ in ("GPE", "LOC")


def _country_posting(ctx: DocContext, role: Token) -> bool:
    """"Russia's envoy to Pyongyang": a country's plain envoy to a capital is its
    ambassador ("Putin's envoy to Pyongyang" is a person's emissary, and so is "Yoon's
    envoy" when the NER takes the name for a place)."""
    doc, j = role.doc, role.i + 1
    owners = [c for c in role.children if c.dep_ == "poss"]
    if not owners and role.i >= 2 and doc[role.i - 1].tag_ == "POS":
        owners = [doc[role.i - 2]]  # "South Korea's envoy Hwang": the parser may hang
        # "Korea's" on the name
    to_place = j + 1 < len(doc) and doc[j].lower_ == "to" and _posted_to(doc, j + 1)
    # "South Korea's envoy Hwang Joon-kook said" (at the U.N.): a country's plain envoy
    # named without a mission ("to", "for", "of") is its ambassador too ("South Korea's
    # top nuclear envoy" is a title of its own).
    bare = j < len(doc) and doc[j].lower_ not in ("to", "for", "of", "on") and \
        role.i > 0 and doc[role.i - 1].tag_ == "POS"
    return (to_place or bare) and bool(owners) and all(
        o.ent_type_ == "GPE" and ctx.person_at(o) is None for o in owners)


def _posted_to(doc: Doc, i: int) -> bool:
    """"to Pyongyang", "to the United Nations", "to the council": a capital or a body
    where a country keeps a representative."""
    head = next((c for c in doc[i - 1].children if c.dep_ == "pobj"), doc[i])  # "to"'s
    i += i < len(doc) - 1 and doc[i].lower_ == "the"
    return doc[i].ent_type_ in ("GPE", "ORG") or doc[i].lower_ in POSTED_BODIES or \
        head.lower_ in POSTED_BODIES


FORMER_WORDS = frozenset({"former", "previous", "onetime", "erstwhile"})


def is_ambassador(ctx: DocContext, m: TokenMention) -> bool:
    """A resident ambassador called "envoy" in wire copy is not a special envoy."""
    doc = ctx.doc
    window = doc[max(m.start - 3, 0):min(m.end + 6, len(doc))]
    # "a former ambassador to Beijing" holds no post now; "X met the DPRK ambassador"
    # is about someone else.
    return any(t.lower_ == "ambassador" and not former(t) and not _at_large(t)
               and not _verb_between(doc, t.i, m) for t in window)


def _verb_between(doc: Doc, i: int, m: TokenMention) -> bool:
    span = doc[m.end:i] if i >= m.end else doc[i + 1:m.start]
    return any(t.pos_ in ("VERB", "AUX") for t in span)


def _at_large(tok: Token) -> bool:
    """"ambassador-at-large": a roving title, not a resident posting."""
    return "".join(t.text for t in tok.doc[tok.i + 1:tok.i + 5]).startswith("-at-large")


def former(tok: Token) -> bool:
    """"a former ambassador", "a former Japanese ambassador", "an ex-ambassador", "the
    previous special envoy"."""
    before = [t.lower_ for t in tok.doc[max(0, tok.i - 3):tok.i]]
    if before[-2:] == ["ex", "-"]:
        return True
    at = [k for k, w in enumerate(before) if w in FORMER_WORDS]
    return bool(at) and all(w.isalpha() for w in before[at[-1]:])
