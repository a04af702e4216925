"""Whose envoy: "envoy of X", "X's envoy", "his envoy", "dispatched by X"; else None."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kcna_monitor.nlp.context import DocContext
from kcna_monitor.nlp.holders import leader_named
from kcna_monitor.nlp.lexicon import (
    PERSON_ROLE_NOUNS,
    ROLE_MODIFIERS,
    SEND_VERBS,
    TITLE_WORDS,
)
from kcna_monitor.nlp.punct import CLOSING_QUOTES
from kcna_monitor.nlp.subjects import role_clause, sending_head, subject_mentions

# How far after "of" the principal's name may start: "of the leader of the Democratic
# People's Republic of Korea Kim Jong Un" puts it twelve tokens on.
PRINCIPAL_WINDOW = 14
GOVERNMENT_WORDS = frozenset({"government", "cabinet", "administration", "presidency"})
# Heads of a body's name, after which a title word is part of the name.
ORG_HEADS = frozenset({"department", "ministry", "office", "council", "house", "commission"})
TITLE_NOUNS = TITLE_WORDS | PERSON_ROLE_NOUNS
# Words of respect before a leader's title ("the respected General Secretary").
HONORIFICS = frozenset({"respected", "dear", "beloved", "great", "esteemed"})
NP_STOP = frozenset({"to", "on", "for", "in", "at", "who", "which", "and", "with", "by"})


def principal_for(ctx: DocContext, role: Token, envoys: tuple[int, ...]) -> str | None:
    """The sender named by the role phrase or by the clause around it."""
    whose = _whose_owner(ctx, role) if any(c.lower_ == "whose" for c in role.lefts) else None
    return whose or (_of_principal(ctx, role, envoys) or _possessive_principal(ctx, role, envoys)
            or _agent_principal(ctx, role, envoys) or _person_for(ctx, role.i + 1, envoys)
            or _body_before(role))


def _body_before(role: Token) -> str | None:
    """"Chinese government special representative": a government named before the role."""
    for child in role.lefts:
        if child.lower_ == "government" and child.dep_ in ("nmod", "compound"):
            return role.doc[child.left_edge.i:child.i + 1].text
    return None


def _of_principal(ctx: DocContext, role: Token, envoys: tuple[int, ...]) -> str | None:
    doc = ctx.doc
    j = role.i + 1
    if j < len(doc) and doc[j].text in CLOSING_QUOTES:
        j += 1  # "as 'special envoy' of X": KCNA quotes a role it scorns
    if j >= len(doc) or doc[j].lower_ != "of":
        return None
    for k in range(j + 1, min(len(doc), j + 1 + PRINCIPAL_WINDOW)):
        m = ctx.person_at(doc[k])
        if m is not None and m.person not in envoys:
            return ctx.name(m.person)
        named = leader_named(ctx, k)  # "of Myanmar's military leader, Gen. X"
        if named is not None and named.person not in envoys:
            return ctx.name(named.person)
        # "of the Chinese Government on Korean Peninsula Affairs Liu Xiaoming": the
        # name after a preposition or a comma is no longer the principal.
        if glued_hyphen(doc, k) or _elected(doc, k):
            continue  # "of then-President X", "of Secretary-General X", "of newly elected"
        if doc[k].is_punct or doc[k].pos_ in ("VERB", "AUX") or doc[k].text in NP_STOP:
            break
    return _described_person(ctx, j + 1) or _noun_phrase(doc, j + 1)


def glued_hyphen(doc: Doc, k: int) -> bool:
    """A hyphen inside a word ("then-President", "Secretary-General")."""
    return doc[k].text == "-" and k > 0 and not doc[k - 1].whitespace_ and \
        not doc[k].whitespace_


def _elected(doc: Doc, k: int) -> bool:
    """"newly elected", "newly inaugurated": a participle before the leader's title."""
    return doc[k].tag_ == "VBN" and k > 0 and doc[k - 1].lower_ in ("newly", "recently")


def _described_person(ctx: DocContext, i: int) -> str | None:
    """"a special envoy of the North Korean leader": the person the text introduced
    with that role noun before ("North Korean leader Kim Jong Un")."""
    doc = ctx.doc
    if i >= len(doc) or doc[i].lower_ != "the":
        return None
    titled = _capitalised_title(doc, i + 1)
    if titled:  # "of the respected General Secretary": "Kim Jong Un, general secretary of"
        return _apposed_title(ctx, i, titled)
    noun = next((t for t in doc[i + 1:min(len(doc), i + 5)] if not t.text[:1].isupper()), None)
    if noun is None or noun.lower_ not in PERSON_ROLE_NOUNS:
        return None
    earlier = [m for m in ctx.mentions
               if m.end <= i and m.start > 0 and doc[m.start - 1].lower_ == noun.lower_]
    if earlier:
        return ctx.name(earlier[-1].person)
    # "the Mongolian president" after "Ukhnaagiin Khurelsukh, president of Mongolia"
    # ("the president of Laos" says of what, and "X, president of the Presidium" differs).
    of = noun.i + 1 < len(doc) and doc[noun.i + 1].lower_ == "of"
    return None if of else _apposed_title(ctx, i, [noun.lower_])


def _capitalised_title(doc: Doc, i: int) -> list[str]:
    """"respected General Secretary" -> ["general", "secretary"]: a capitalised title
    after honorifics, ending the noun phrase."""
    j = i
    while j < len(doc) and doc[j].lower_ in HONORIFICS:
        j += 1
    k = j
    while k < len(doc) and doc[k].is_title and doc[k].lower_ in TITLE_NOUNS:
        k += 1
    done = k == len(doc) or not doc[k].text[:1].isupper()
    return [t.lower_ for t in doc[j:k]] if k > j and done else []


def _apposed_title(ctx: DocContext, i: int, title: list[str]) -> str | None:
    """The last person named before i with that title right after the name."""
    doc = ctx.doc
    for m in reversed([m for m in ctx.mentions if m.end <= i]):  # mentions are in order
        after = [t.lower_ for t in doc[m.end:min(len(doc), m.end + len(title) + 2)]]
        if after[:1] == [","] and title in (after[1:-1], after[2:]):  # ", (the) president"
            return ctx.name(m.person)
    return None


def _person_for(ctx: DocContext, j: int, envoys: tuple[int, ...]) -> str | None:
    """"an envoy for leader Kim Jong-un": a person after "for" (titles skipped) sends
    the envoy; a place ("special representative for North Korea") does not."""
    doc = ctx.doc
    if j >= len(doc) or doc[j].lower_ != "for":
        return None
    for k in range(j + 1, min(len(doc), j + 4)):
        m = ctx.person_at(doc[k])
        if m is not None:  # not "for President Yoon's inauguration"
            owner = m.end < len(doc) and doc[m.end].tag_ == "POS"
            return ctx.name(m.person) if m.person not in envoys and not owner else None
        if doc[k].lower_ not in TITLE_WORDS:
            return None
    return None


def _noun_phrase(doc: Doc, i: int) -> str | None:
    """A government or body named after "of": "the Government of the DPRK" -> without
    "the"; an office keeps its lower-case title ("chairman of the State Affairs Commission")."""
    while i < len(doc) and doc[i].lower_ == "the":
        i += 1
    end = i
    while end < len(doc) and doc[end].is_lower and doc[end].lower_ in TITLE_WORDS:
        end += 1
    while end < len(doc) and _np_token(doc, end):
        end += 1
    while end > i and doc[end - 1].lower_ in ("of", "the", "'s"):
        end -= 1
    if end == i or not any(t.text[:1].isupper() for t in doc[i:end]):
        return None
    return doc[i:end].text


def _np_token(doc: Doc, i: int) -> bool:
    tok = doc[i]
    if tok.tag_ == "POS" and i + 1 < len(doc) and doc[i + 1].is_title:
        return True  # "the Lao People's Democratic Republic"
    if tok.is_punct or tok.lower_ in NP_STOP or tok.pos_ in ("VERB", "AUX"):
        return False
    return tok.text[:1].isupper() or tok.lower_ in GOVERNMENT_WORDS or tok.lower_ in ("of", "the")


def phrase_start(role: Token) -> int:
    """First token of the role phrase: modifiers, possessors and titles before the noun."""
    doc, sent_start = role.doc, role.sent.start
    i = role.i - 1
    while i >= sent_start and _modifier(doc[i]):
        i -= 1
    return i + 1


def _modifier(tok: Token) -> bool:
    if tok.text in ('"', "\u201c", "``"):
        return True  # 'as a "special envoy" of ...' in KCNA's scare quotes
    if tok.text == "-" and not tok.whitespace_ and not tok.nbor(-1).whitespace_:
        return True  # the hyphen inside "Kim Jong-un's"
    if tok.lower_ in ROLE_MODIFIERS or tok.tag_ in ("POS", "PRP$", "DT", "JJ", "NNP", "NNPS"):
        return tok.lower_ not in ("as", "of")
    return tok.pos_ in ("NOUN", "PROPN", "ADJ") and not tok.is_punct


def _possessive_principal(ctx: DocContext, role: Token, envoys: tuple[int, ...]) -> str | None:
    doc = ctx.doc
    for k in range(phrase_start(role), role.i):
        tok = doc[k]
        if tok.tag_ == "POS" and k > 0:
            m = ctx.person_at(doc[k - 1])
            if m is not None:
                return ctx.name(m.person)
            return _titled_before(ctx, doc[k - 1], k) or _owner_phrase(doc, k)
        if tok.tag_ == "PRP$":
            return _verb_subject_name(ctx, role, envoys) or (
                _body_subject(role) if tok.lower_ == "its" else _other_before(ctx, role, envoys))
    return None


def _whose_owner(ctx: DocContext, role: Token) -> str | None:
    """"condolences from Kim, whose special envoy he is", "the Swedish government,
    whose special envoy, X, met": the noun before ", whose" (read from the words, as
    the parser hangs the clause in several ways)."""
    whose = next(c for c in role.lefts if c.lower_ == "whose")
    if whose.i < 2 or ctx.doc[whose.i - 1].text != ",":
        return None
    noun = ctx.doc[whose.i - 2]
    m = ctx.person_at(noun)
    if m is not None:
        return ctx.name(m.person)
    words = [t for t in noun.lefts if t.dep_ != "det"] + [noun]
    return " ".join(t.text for t in words) if noun.lower_ in GOVERNMENT_WORDS \
        and len(words) > 1 else None


def _titled_before(ctx: DocContext, noun: Token, k: int) -> str | None:
    """"as the president's envoy": the person the text named with that title before
    ("President Lee Jae-myung"); the first one, whom the story is about (a president
    met later, "hopes to meet President Vladimir Putin", is someone else's)."""
    if noun.lower_ not in PERSON_ROLE_NOUNS or not any(
            t.lower_ == "the" for t in noun.doc[max(0, noun.i - 2):noun.i]):
        return None
    doc = ctx.doc
    titled = [m for m in ctx.mentions if m.end <= k and m.start > 0
              and doc[m.start - 1].lower_ == noun.lower_]
    return ctx.name(titled[0].person) if titled else None


def _other_before(ctx: DocContext, role: Token, envoys: tuple[int, ...]) -> str | None:
    """"Lim, adviser to President Kim Dae Jung, who came as his special envoy": when
    the clause is about the envoy, "his" is the last other person named before."""
    if not envoys:
        return None
    before = [m for m in ctx.mentions if m.end <= role.i and m.person not in envoys
              and role.sent.start <= m.start]
    return ctx.name(before[-1].person) if before else None


def _body_subject(role: Token) -> str | None:
    """"The Japanese government will send X ... as its special envoy": "its" is the
    government the clause is about."""
    verb = role_clause(role)
    for subj in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
        if subj.lower_ in GOVERNMENT_WORDS:
            words = [t for t in subj.subtree if t.dep_ != "det"]
            return " ".join(t.text for t in words) if len(words) > 1 else None
    return None


def _owner_phrase(doc: Doc, pos: int) -> str | None:
    """"the Chinese government's" -> "Chinese government"; "China's" -> "China"."""
    i = pos
    while i > 0 and (doc[i - 1].text[:1].isupper() or doc[i - 1].lower_ in GOVERNMENT_WORDS):
        if doc[i - 1].lower_ in TITLE_WORDS and doc[i - 1].lower_ not in GOVERNMENT_WORDS \
                and doc[i].lower_ not in ORG_HEADS:
            break  # a title, except inside a body's name ("the State Department's")
        i -= 1
    while i < pos and doc[i].lower_ == "the":
        i += 1  # "The Japanese government's" at the start of a sentence
    if i < pos and all(t.ent_type_ == "GPE" for t in doc[i:pos]):
        return None  # "China's special representative": a nationality, no sender (FORMAT.md)
    return doc[i:pos].text if i < pos else None


def _verb_subject_name(ctx: DocContext, role: Token, envoys: tuple[int, ...]) -> str | None:
    verb = role_clause(role)
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    subj = [m for m in subject_mentions(ctx, verb, role) if m.person not in envoys]
    return ctx.name(subj[0].person) if subj else None


def _agent_principal(ctx: DocContext, role: Token, envoys: tuple[int, ...]) -> str | None:
    """"was sent by Kim Jong Un as special envoy", "Kim Jong Un dispatched X as envoy"."""
    verb = role_clause(role)
    verb = sending_head(verb) or verb  # "send A and spy chief B as envoys": "spy" a verb
    # "The emissary, who was sent by Khamenei, ...": the sending in the role's own clause.
    verb = next((c for c in role.children if c.dep_ == "relcl" and c.lemma_ in SEND_VERBS),
                verb)
    if verb.pos_ != "VERB" or verb.lemma_ not in SEND_VERBS:
        return None
    # "was named a special envoy by Moon": the parser may read "by" as a plain
    # preposition of the verb or of the role.
    for child in [*verb.children, *role.children]:
        if child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ == "by"):
            found = [m for t in child.subtree if (m := ctx.person_at(t)) is not None]
            if found:
                return ctx.name(found[0].person)
    return _verb_subject_name(ctx, role, envoys)
