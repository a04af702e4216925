"""Holders of a role named at a distance: through an apposition, a descriptor or a
sentence boundary (envoys.py tries these after the adjacent constructions).

  listed office        "Ibrahima Sory Camara, minister of State and special envoy of ..."
  apposition before as "has picked Sutarno, a former trade minister, as his special envoy"
  descriptor after     "his personal envoy, veteran Chilean diplomat Juan Pablo Herrera ..."
  introduced next      "A senior official arrived ... as Kim Jong Un's special envoy. Ri
                       Myong Chol, a secretary of ..., was met at the airport"
  traveller before     "X, who travelled to Pyongyang on Putin's instructions, has returned.
                       During the visit, Putin's special envoy held talks with ..."
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kcna_monitor.nlp.context import DocContext, TokenMention
from kcna_monitor.nlp.lexicon import (
    ENVOY_NOUNS,
    PERSON_ROLE_NOUNS,
    REPORTING_VERBS,
    SEND_VERBS,
    TITLE_HEADS,
    TITLE_WORDS,
)
from kcna_monitor.nlp.mission import TRAVEL_HEADS, VISIT_NOUNS
from kcna_monitor.nlp.punct import FINITE_TAGS, opens_clause
from kcna_monitor.nlp.roles import role_tokens
from kcna_monitor.nlp.subjects import subject_mentions

# How long a holder's list of offices may run before "and special envoy of": KCNA
# stacks offices ("member of the Presidium of the Political Bureau of the Central
# Committee of the Workers' Party of Korea") to about 30 tokens.
OFFICES_SPAN = 40
# An apposition between a name and "as" ("Sutarno, a 74-year-old former trade
# minister, as ..."): a determiner, a hyphenated age and three words fit in 15.
APPOSITION_SPAN = 15
# Tokens between a role noun and "led by" ("envoys to Japan, led by").
LED_WINDOW = 6
# Descriptor words between "envoy," and the name ("veteran Chilean diplomat").
DESCRIPTOR_SPAN = 4
# Words between "and" and the role noun in a list of offices ("and special envoy").
OFFICE_MODIFIERS = frozenset({"the", "a", "an", "his", "her", "special", "personal"})
# Tokens from the dateline dash to a role noun that opens the lead ("-- South Korean
# President Lee Jae-myung's special envoy").
ROLE_LEAD = 10
# Nouns a principal's name may stand in apposition to ("leader, X", "emir, X").
LEADER_NOUNS = PERSON_ROLE_NOUNS | TITLE_HEADS
# Nouns for an unnamed person the next sentence names ("a senior official").
UNNAMED_PERSON_NOUNS = PERSON_ROLE_NOUNS | frozenset({"official", "diplomat", "politician"})
# Verbs of a source speaking about the news, not of the one it is about.
SOURCE_VERBS = REPORTING_VERBS | frozenset({"decline", "refuse"})


# Words before or after a name that may hold its office: "State Councillor X",
# "X, state councillor of the People's Republic of China".
OFFICE_REACH = 4


def listed_office(ctx: DocContext, role: Token) -> list[TokenMention]:
    """The name whose apposition lists other offices and then, after "and", the role."""
    doc, start = ctx.doc, role.i
    while start > role.sent.start and (doc[start - 1].lower_ in OFFICE_MODIFIERS
                                       or doc[start - 1].pos_ == "ADJ"
                                       or doc[start - 1].lower_ in ("his", "her")):
        start -= 1  # "A, the younger brother of President B and his special envoy"
    joint = doc[start - 1] if start >= 2 else None
    # "A, member of ... and special envoy of X"; "A, member of ..., special envoy of X"
    if joint is None or not ((joint.lower_ == "and" and doc[start - 2].text != ",")
                             or joint.text == ","):
        return []
    # The name the apposition follows, not one inside it ("brother of President B").
    before = [m for m in ctx.in_sentence(role.sent) if m.end < start and doc[m.end].text == ","]
    if not before:
        return []
    m = before[-1]
    between = doc[m.end:start]
    if len(between) > OFFICES_SPAN or _has_clause(between):
        return []
    return [m]


def apposed_before_as(ctx: DocContext, as_tok: Token) -> list[TokenMention]:
    """The object of a send verb, or the subject, separated from "as" by its apposition."""
    doc = ctx.doc
    if as_tok.i < 3 or doc[as_tok.i - 1].text != ",":
        return []
    before = [m for m in ctx.in_sentence(as_tok.sent) if m.end < as_tok.i - 1]
    if not before:
        return []
    m = before[-1]
    between = doc[m.end:as_tok.i]
    if doc[m.end].text != "," or len(between) > APPOSITION_SPAN or _has_clause(between):
        return []
    head = doc[m.start - 1] if m.start > 0 else None
    sent_by = head is not None and head.lemma_ in SEND_VERBS
    # "Zhao, ..., is on the visit as special envoy of Xi, and Sorokina, ..., as special
    # envoy of Putin": the second name of a gapped clause is a conjunct.
    return [m] if sent_by or m.root(doc).dep_ in ("nsubj", "nsubjpass", "conj") else []


def descriptor_after(ctx: DocContext, role: Token) -> list[TokenMention]:
    """After "envoy,", a short descriptor without a verb, then the name."""
    doc, j = ctx.doc, role.i + 1
    if j >= len(doc) or doc[j].text != ",":
        return []
    for k in range(j + 1, min(len(doc), j + 2 + DESCRIPTOR_SPAN)):
        m = ctx.person_at(doc[k])
        if m is not None:
            return [m] if m.start == k and k > j + 1 and not _speaker(doc, m) else []
        if not descriptor(doc[k]):
            return []
    return []


def _speaker(doc: Doc, m: TokenMention) -> bool:
    """"... will serve as chief special envoy, presidential spokesman X told reporters":
    the name after the role is who says so."""
    head = m.root(doc)
    return head.dep_ == "nsubj" and head.head.lemma_ in REPORTING_VERBS


def descriptor(tok: Token) -> bool:
    """A word of a short description before a name ("ruling party lawmaker")."""
    if tok.ent_type_ == "NORP" or tok.lower_ in TITLE_WORDS:
        return True
    # "senior ruling party official"; "spy chief", the parser's "spy" a verb in a compound
    return tok.is_lower and (tok.pos_ in ("ADJ", "NOUN", "DET") or tok.tag_ in ("VBG", "VBN")
                             or tok.dep_ == "compound") and tok.tag_ != "POS"


def introduced_next(ctx: DocContext, verb: Token,
                    nouns: list[Token] | None = None) -> list[TokenMention]:
    """An indefinite person noun as subject ("A senior North Korean official arrived ...
    as envoy"), or as the object sent (`nouns`), is named by the name that opens the
    next sentence."""
    doc = ctx.doc
    subjects = nouns if nouns is not None else [
        c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects and verb.dep_ == "acl":
        subjects = [verb.head]  # "A senior official traveling as X's special envoy ..."
    # Any unnamed person among them (the parser may add the dateline as a subject).
    if not any(_unnamed_person(s) for s in subjects) or verb.sent.end >= len(doc):
        return []
    return opening_subject(ctx, doc[verb.sent.end].sent)


def office_antecedent(ctx: DocContext, nouns: list[Token]) -> list[TokenMention]:
    """"received Tang Jiaxuan, state councillor of China ... Hu Jintao had sent the state
    councillor to Pyongyang as his special envoy": "the <office>" is the person last
    described by that office (in apposition or as a title)."""
    doc = ctx.doc
    for noun in nouns:
        if not any(c.lower_ == "the" for c in noun.lefts) or noun.lower_ not in PERSON_ROLE_NOUNS:
            continue
        for m in reversed([m for m in ctx.mentions if m.end <= noun.i]):
            near = [*doc[max(0, m.start - OFFICE_REACH):m.start],
                    *doc[m.end:min(len(doc), m.end + OFFICE_REACH)]]
            if any(t.lower_ == noun.lower_ for t in near):
                return [m]
    return []


def named_next(ctx: DocContext, role: Token) -> list[TokenMention]:
    """"Lee's special envoy to China left for Beijing on Tuesday ... Hwang Jun-seo, a
    five-term lawmaker, told reporters": a role without a name as the subject is named
    by the next sentence, when it opens with a name and that name's apposition."""
    doc = ctx.doc
    # The dateline may make the parser read the subject as the place's apposition.
    opens = role.dep_ == "appos" and any(opens_clause(t) for t in doc[
        max(role.sent.start, role.i - ROLE_LEAD):role.i])
    # "A planned trip to Beijing by X's special envoy has been postponed."
    by_trip = role.dep_ == "pobj" and role.head.lower_ == "by" and \
        role.head.head.lemma_ in VISIT_NOUNS
    # "told a special envoy of X that ..." as well as the subject.
    # (A sending is next_sentence's: "has not named a new special envoy" names nobody.)
    # Not "A senior Japanese official met a North Korean envoy ... . NAME, director
    # general ..., met": the next name is the unnamed subject's.
    indefinite_object = role.dep_ in ("dobj", "pobj") and any(
        c.lower_ in ("a", "an") for c in role.children) and role.head.lemma_ not in SEND_VERBS \
        and not _unnamed_subject(role)
    if not (role.dep_ in ("nsubj", "nsubjpass") or opens or by_trip or indefinite_object) \
            or role.sent.end >= len(doc):
        return []
    of_principal = role.i + 1 < len(doc) and doc[role.i + 1].lower_ == "of"
    if not of_principal and any(ctx.person_at(t) is not None and t.i > role.i
                                for t in role.subtree):
        return []
    # "The special envoy of X came back home ... NAME, ..., was met": the first role
    # of the dispatch, opening its sentence, is no reference back.
    edge = role.left_edge.i
    first = not any(r.i < role.i for r in role_tokens(doc)) and role.dep_ == "nsubj" and (
        edge == role.sent.start or opens_clause(doc[edge - 1]))  # after the dateline dash
    if role.lower_.endswith("s"):
        return []  # plural roles: next_sentence takes every subject
    # "The U.S. special envoy for ... held talks": a first role that names its country.
    attributed = any(c.ent_type_ in ("NORP", "GPE", "ORG") for c in role.lefts)
    if not (first and (of_principal or attributed)) and not any(
            t.lower_ in ("a", "an") or t.tag_ == "POS" for t in role.subtree if t.i < role.i):
        return []  # "The special envoy conveyed ..." refers back, unless no role came before
    found = opening_subject(ctx, doc[role.sent.end].sent)
    return found if found and _comma_after(doc, found[0]) else []


def _comma_after(doc: Doc, m: TokenMention) -> bool:
    return m.end < len(doc) and doc[m.end].text == ","


def _unnamed_subject(role: Token) -> bool:
    verb = next((t for t in role.ancestors if t.pos_ in ("VERB", "AUX")), None)
    return verb is not None and any(
        c.dep_ == "nsubj" and _unnamed_person(c) for c in verb.children)


def _unnamed_person(noun: Token) -> bool:
    return noun.lower_ in UNNAMED_PERSON_NOUNS and any(
        c.lower_ in ("a", "an") for c in noun.children)


def opening_subject(ctx: DocContext, sent: Span) -> list[TokenMention]:
    """The name a sentence opens with (titles before it allowed), as its subject; not
    one after a fronted phrase ("On the same day, Kim Yo Jong ..." is another event)."""
    doc = ctx.doc
    for m in ctx.in_sentence(sent):
        lead = doc[sent.start:m.start]
        if _during_the_visit(lead):
            lead = doc[sent.start:sent.start]
        if any(t.is_punct for t in lead) or any(t.pos_ in ("VERB", "AUX", "ADP") for t in lead):
            return []
        head = m.root(doc)
        if head.head.lemma_ in SOURCE_VERBS and not _comma_after(doc, m):
            # "Kremlin spokesman Vitaly Sedykh told reporters", "Chief Cabinet Secretary
            # X declined to confirm the report": a source, not the one reported on
            return []
        if m.end < len(doc) and doc[m.end].tag_ == "POS":
            return _possessed_name(ctx, m)
        return [m] if head.dep_ in ("nsubj", "nsubjpass") or not len(lead) else []
    return []


def _possessed_name(ctx: DocContext, m: TokenMention) -> list[TokenMention]:
    """"Thongloun's second envoy, Thongsavanh Phomvihane, is due": the possessor opens
    the sentence, the name apposed to what he owns is its subject."""
    doc = ctx.doc
    owned = m.root(doc).head
    names = [n for c in owned.children if c.dep_ == "appos" and (n := ctx.person_at(c))]
    return names[:1] if owned.dep_ in ("nsubj", "nsubjpass") and owned.lower_ in ENVOY_NOUNS \
        else []


def _during_the_visit(lead: Span) -> bool:
    """"During the visit, NAME met ...": the fronted phrase points back to the trip the
    sentence before told, so the name still opens the story of it."""
    words = [t.lower_ for t in lead]
    return len(words) == 4 and words[0] == "during" and words[3] == "," and \
        words[1] in ("the", "his", "her", "this") and (
            words[2] in VISIT_NOUNS or words[2] in ("stay", "talks"))


def _has_clause(span: Span) -> bool:
    return any(t.tag_ in FINITE_TAGS or t.text in (";", "--") for t in span)


def appositive_name(ctx: DocContext, comma: int) -> TokenMention | None:
    """The name right after a comma, titles skipped ("leader, Senior Gen. Min Aung Hlaing")."""
    doc = ctx.doc
    for tok in doc[comma + 1:min(len(doc), comma + 1 + DESCRIPTOR_SPAN)]:
        m = ctx.person_at(tok)
        if m is not None:
            return m if m.start == tok.i else None
        if not (tok.is_title or tok.text == "." or descriptor(tok)) or tok.ent_type_ == "PERSON":
            return None
    return None


def leader_named(ctx: DocContext, comma: int) -> TokenMention | None:
    """"of Myanmar's military leader, Senior Gen. X": at a comma right after a role or
    title noun, the name that noun stands for (the principal of an "envoy of")."""
    doc = ctx.doc
    if doc[comma].text != "," or comma == 0 or doc[comma - 1].lower_ not in LEADER_NOUNS:
        return None
    return appositive_name(ctx, comma)


def led_by(ctx: DocContext, role: Token) -> list[TokenMention]:
    """"Lee's special envoys to Japan, led by former Foreign Minister X, will leave":
    the head of the envoys' party is named after "led by" / "headed by"."""
    doc = ctx.doc
    for j in range(role.i + 1, min(role.sent.end - 2, role.i + 1 + LED_WINDOW)):
        if doc[j].lower_ in ("led", "headed") and doc[j + 1].lower_ == "by":
            m = appositive_name(ctx, j + 1)
            return [m] if m is not None else []
        if doc[j].pos_ in ("VERB", "AUX") and not _passive_be(doc[j]):
            return []
    return []


def _passive_be(tok: Token) -> bool:
    """"The delegation of the special envoys was headed by X": "was" before "led by"."""
    return tok.lemma_ == "be" and tok.i + 1 < len(tok.doc) and \
        tok.nbor(1).lower_ in ("led", "headed")


def named_object(ctx: DocContext, role: Token) -> list[TokenMention]:
    """"Annan named Strong his personal envoy": the role set beside the object of a
    naming verb (the parser hangs it on the object as an apposition, or on the verb as
    an object predicate)."""
    if role.dep_ == "appos" and role.head.dep_ == "dobj":
        objects = [role.head]
    elif role.dep_ == "oprd":
        objects = [c for c in role.head.children if c.dep_ == "dobj"]
    else:
        return []
    if not objects or objects[0].head.lemma_ not in SEND_VERBS:
        return []
    m = ctx.person_at(objects[0])
    return [m] if m is not None and m.end <= role.i else []


# Verbs of the journey a traveller named before made: "X has returned to Moscow".
JOURNEY_VERBS = TRAVEL_HEADS | frozenset({"return", "visit"})


def traveller_before(ctx: DocContext, role: Token) -> list[TokenMention]:
    """"X, who travelled to Pyongyang on the instructions of Y, has returned. During the
    visit, Y's special envoy held talks ...": the first role of a dispatch, a subject
    with no name of its own, is the traveller the sentence before was about."""
    doc = ctx.doc
    sent = role.sent
    if role.dep_ not in ("nsubj", "nsubjpass") or sent.start == 0 or any(
            r.i < role.i for r in role_tokens(doc)):
        return []
    # "Putin's special envoy", "the special envoy", "The emissary"; a bare "The envoy"
    # after "China's new ambassador, X, arrived" is the ambassador, and "a 'special
    # envoy'" or "Special envoys" no one in particular.
    lefts = [c for c in role.subtree if c.i < role.i]
    definite = any(c.tag_ == "POS" or c.lower_ == "the" for c in lefts)
    if role.lower_.endswith("s") or not definite or not (role.lower_ == "emissary" or any(
            c.tag_ == "POS" or c.lower_ in ("special", "personal") for c in lefts)):
        return []
    owners = {m.person for t in role.subtree if (m := ctx.person_at(t)) is not None}
    if any(m.start < role.i and m.person not in owners for m in ctx.in_sentence(sent)):
        return []
    # "X flew to Moscow. Putin's special envoy met her at the airport": the traveller
    # is the one the envoy met.
    if any(t.lower_ in ("him", "her") for t in sent):
        return []
    before = doc[sent.start - 1].sent
    for verb in before:
        if verb.pos_ == "VERB" and verb.lemma_ in JOURNEY_VERBS and verb.dep_ in (
                "ROOT", "ccomp", "conj"):
            found = [m for m in subject_mentions(ctx, verb, verb) if m.person not in owners]
            if found:
                return found[:1]
    return []
