"""The place attached to the act an envoy performs "as special envoy".

"is on a visit to China as special envoy", "met Kim in Pyongyang as Roh's special
envoy", "attended the inauguration in Jakarta as special envoy": the clause the
"as" phrase hangs from names where the mission is, and that place beats an
airport or a city the envoy "arrived in" in another clause, or the dateline.
"""

from __future__ import annotations

from spacy.tokens import Token

from kcna_monitor.nlp.mission import VISIT_NOUNS
from kcna_monitor.nlp.places import place_after

PLACE_ENTS = frozenset({"GPE", "LOC"})
PLACE_PREPS = frozenset({"in", "to"})
# How far below the clause head a place preposition may sit ("visit -> to",
# "ceremony -> in", "is -> on -> visit -> to").
MAX_DEPTH = 4


def attached_destination(role: Token) -> str | None:
    """The place in the clause of which "as <role>" is an adjunct, or None. A plural
    role ("A will fly to X and B to Y as special envoys") is shared, not one place."""
    if role.tag_ == "NNS":
        return None
    prep = role.head
    if role.dep_ != "pobj" or prep.lower_ != "as" or prep.dep_ != "prep":
        return None
    host = prep.head
    if host.dep_ == "dobj" and _visited(host):
        host = host.head  # "is visiting the DPRK as special envoy": "as" hung on the place
    if host.pos_ == "VERB" and host.lemma_ in ("visit", "tour"):
        place = _object_place(host)
        if place:
            return place
    return _prep_place(host, prep)


def _object_place(verb: Token) -> str | None:
    for child in verb.children:
        if child.dep_ == "dobj" and _visited(child):
            return place_after(verb.doc, verb.i + 1)
    return None


def _visited(obj: Token) -> bool:
    """The proper-noun object of "visit" or "tour" is a place; the small model calls
    "the DPRK" an organisation."""
    return obj.head.lemma_ in ("visit", "tour") and (
        obj.ent_type_ in PLACE_ENTS or (obj.pos_ == "PROPN" and obj.ent_type_ == "ORG"))


def _prep_place(host: Token, skip: Token) -> str | None:
    """The first "in/to + place" under the host, not inside the "as" phrase, another
    clause or a possessive ("adviser to Iran's leader")."""
    for tok in host.subtree:
        if tok.lower_ not in PLACE_PREPS or tok.dep_ != "prep" or not _reaches(tok, host, skip):
            continue
        objs = [c for c in tok.children if c.dep_ == "pobj"]
        if objs and _place_object(host, objs[0]) and not _possessive(objs[0]):
            return place_after(host.doc, tok.i + 1)
    return None


def _place_object(host: Token, obj: Token) -> bool:
    """A place by its label; after "is in" ("who is in Ulaanbaatar as special envoy")
    any proper noun but a person's name, whatever the model calls it."""
    if obj.ent_type_ in PLACE_ENTS:
        return True
    return host.lemma_ == "be" and obj.pos_ == "PROPN" and obj.ent_type_ != "PERSON"


def _reaches(tok: Token, host: Token, skip: Token) -> bool:
    """The chain of heads from tok leads to host within MAX_DEPTH steps, through
    no other verb and not through the skipped "as" phrase."""
    cur = tok
    for _ in range(MAX_DEPTH):
        cur = cur.head
        if cur == host:
            return True
        if cur == skip or not _carrier(cur, host):
            return False
    return False


def _carrier(tok: Token, host: Token) -> bool:
    """A link that keeps the place in the host's own act: "on" (a visit), a visit
    noun, or the host's object ("attended the ceremony in X"); not "ahead of a
    visit to X", a relative clause or another verb."""
    if tok.dep_ == "prep":
        return tok.lower_ == "on"
    if tok.pos_ in ("VERB", "AUX") or tok.dep_ in ("relcl", "acl", "conj"):
        return False
    return tok.lemma_ in VISIT_NOUNS or (tok.dep_ == "dobj" and tok.head == host)


def _possessive(tok: Token) -> bool:
    return any(c.tag_ == "POS" for c in tok.children) or (
        tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].tag_ == "POS")
