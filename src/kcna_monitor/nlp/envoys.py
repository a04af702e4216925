"""Who is called envoy, special envoy, emissary or special representative, and of whom.

Constructions handled, all about the role noun and its syntax:
  apposition after the name   "Choe Ryong Hae, special envoy of Marshal Kim Jong Un,"
  role before the name         "Xi Jinping's special envoy Song Tao", "envoy to X, Hong ..."
  "as" phrase                  "... will visit Russia as special envoy of ...", "who is
                               visiting China as special envoy", "was dispatched as ..."
  predicate                    "Lee is Moon's special envoy", "was named special envoy"
  next sentence                "Kim Jong Un will send a special envoy. Choe Ryong Hae ..."
An unnamed envoy, a planned or hypothetical one and a resident ambassador are not reported.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from kcna_monitor.nlp.context import DocContext, TokenMention
from kcna_monitor.nlp.lexicon import (
    ENVOY_NOUNS,
    HYPOTHETICAL_HEADS,
    MODAL_HYPOTHETICAL,
    PERSON_PRONOUNS,
    REPRESENTATIVE_NOUNS,
    ROLE_MODIFIERS,
    SEND_VERBS,
    TITLE_WORDS,
)

# How far after "of" the principal's name may start ("of the respected Marshal
# Kim Jong Un" puts it four tokens on).
PRINCIPAL_WINDOW = 6
# How many tokens a "to X"/"for X affairs" phrase may take between a role noun and a
# following ", Name" ("Moon's envoy to the United States, Hong Seok-hyun").
ROLE_PP_WINDOW = 6
GOVERNMENT_WORDS = frozenset({"government", "cabinet", "administration", "presidency"})
NP_STOP = frozenset({"to", "on", "for", "in", "at", "who", "which", "and", "with", "by"})


# Dependencies through which a clause without its own subject takes the subject of
# its head: "after visiting China as special envoy" -> "returned" -> its subject.
CLIMB_DEPS = frozenset({"xcomp", "advcl", "conj", "ccomp", "pcomp", "prep", "pobj"})


@dataclass(frozen=True)
class RoleLink:
    """One role noun linked to the persons it names and to its principal."""

    role: Token
    envoys: tuple[int, ...]
    principal: str | None


def role_tokens(doc: Doc) -> list[Token]:
    """Role nouns: envoy(s), emissary(-ies), special representative(s); not org names."""
    out = []
    for tok in doc:
        is_role = tok.lower_ in ENVOY_NOUNS or (
            tok.lower_ in REPRESENTATIVE_NOUNS and tok.i > 0 and doc[tok.i - 1].lower_ == "special")
        if is_role and not _in_org_name(tok):
            out.append(tok)
    return out


def _in_org_name(tok: Token) -> bool:
    """"the Special Envoy Network": a capitalised role inside an organisation's name."""
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    return tok.is_title and nxt is not None and nxt.is_title and tok.ent_type_ == "ORG"


def link_roles(ctx: DocContext) -> list[RoleLink]:
    """Every role noun that names its holder, with the principal."""
    links = []
    for role in role_tokens(ctx.doc):
        envoys = _envoys_for(ctx, role)
        if envoys:
            links.append(RoleLink(role, envoys, principal_for(ctx, role, envoys)))
    return links


def phrase_start(role: Token) -> int:
    """First token of the role phrase: modifiers, possessors and titles before the noun."""
    doc, sent_start = role.doc, role.sent.start
    i = role.i - 1
    while i >= sent_start and _modifier(doc[i]):
        i -= 1
    return i + 1


def _modifier(tok: Token) -> bool:
    if tok.text == "-" and not tok.whitespace_ and not tok.nbor(-1).whitespace_:
        return True  # the hyphen inside "Kim Jong-un's"
    if tok.lower_ in ROLE_MODIFIERS or tok.tag_ in ("POS", "PRP$", "DT", "JJ", "NNP", "NNPS"):
        return tok.lower_ not in ("as", "of")
    return tok.pos_ in ("NOUN", "PROPN", "ADJ") and not tok.is_punct


def _envoys_for(ctx: DocContext, role: Token) -> tuple[int, ...]:
    start = phrase_start(role)
    before = ctx.doc[start - 1] if start > role.sent.start else None
    found = (_apposition(ctx, before) or _as_phrase(ctx, before) or _predicate(ctx, role)
             or _name_after(ctx, role) or _next_sentence(ctx, role))
    if found and role.lower_.endswith("s") and role.lower_ not in ("emissary",):
        found = _with_coordinated(ctx, found)
    return tuple(dict.fromkeys(m.person for m in found if not _is_ambassador(ctx, m)))


def _apposition(ctx: DocContext, before: Token | None) -> list[TokenMention]:
    """"NAME, (the) special envoy of ...": the name right before the comma."""
    if before is None or before.text != "," or before.i == 0:
        return []
    m = ctx.person_at(before.nbor(-1))
    return [m] if m is not None and m.end == before.i else []


def _as_phrase(ctx: DocContext, before: Token | None) -> list[TokenMention]:
    """"... as special envoy": the subject of the clause "as" belongs to."""
    if before is None or before.lower_ != "as":
        return []
    verb = before.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head is not verb:
        verb = verb.head
    if verb.lemma_ in SEND_VERBS:  # "Kim Jong Un sent Choe Ryong Hae as his envoy"
        sent = [m for c in verb.children if c.dep_ == "dobj" and (m := ctx.person_at(c))]
        if sent:
            return sent
    return subject_mentions(ctx, verb, before)


def _predicate(ctx: DocContext, role: Token) -> list[TokenMention]:
    """"X is Moon's special envoy", "X was named special envoy", "Moon named X envoy"."""
    if role.dep_ not in ("attr", "oprd", "xcomp", "acomp"):
        return []
    verb = role.head
    objects = [c for c in verb.children if c.dep_ == "dobj" and ctx.person_at(c)]
    if objects:
        return [m for m in (ctx.person_at(o) for o in objects) if m is not None]
    return subject_mentions(ctx, verb, role)


def _name_after(ctx: DocContext, role: Token) -> list[TokenMention]:
    """"special envoy Song Tao", "envoy to the United States, Hong Seok-hyun,"."""
    doc = ctx.doc
    nxt = role.i + 1
    if nxt < len(doc) and (m := ctx.person_at(doc[nxt])) is not None and m.start == nxt:
        return [m]
    for j in range(nxt, min(role.sent.end - 1, nxt + ROLE_PP_WINDOW)):
        tok = doc[j]
        if tok.text == "," and (m := ctx.person_at(doc[j + 1])) is not None:
            pp_ok = j == nxt or doc[nxt].lower_ in ("to", "for", "on")
            m = _past_possessor(ctx, m)
            return [m] if pp_ok else []
        if tok.pos_ in ("VERB", "AUX") or tok.lower_ == "of" or ctx.person_at(tok):
            return []
    return []


def _past_possessor(ctx: DocContext, m: TokenMention) -> TokenMention:
    """"Shinzo Abe's adviser Isao Iijima": the name after a possessor's noun."""
    doc = ctx.doc
    if m.end >= len(doc) or doc[m.end].tag_ != "POS":
        return m
    for k in range(m.end + 1, min(len(doc), m.end + 4)):
        nxt = ctx.person_at(doc[k])
        if nxt is not None:
            return nxt
    return m


def _next_sentence(ctx: DocContext, role: Token) -> list[TokenMention]:
    """"X will send a special envoy to Y. NAME ... will leave": the next subject."""
    verb = role.head
    if role.dep_ != "dobj" or verb.lemma_ not in SEND_VERBS or not _factual(verb):
        return []
    if _named_elsewhere(ctx, role):
        return []
    doc = ctx.doc
    if role.sent.end >= len(doc):
        return []
    nxt = doc[role.sent.end].sent
    for m in ctx.in_sentence(nxt):
        head = doc[m.end - 1]
        if head.dep_ in ("nsubj", "nsubjpass") or m.start == nxt.start:
            return [m]
        break
    return []


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


def subject_mentions(ctx: DocContext, verb: Token, anchor: Token) -> list[TokenMention]:
    """Person(s) that are the subject of `verb`, resolving "who" and he/she."""
    for _ in range(4):
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        found = [m for s in subjects for m in _resolve_subject(ctx, s)]
        if found:
            return found[:1] + [m for m in found[1:] if m.person != found[0].person]
        if subjects:
            return []
        if verb.dep_ in ("relcl", "acl"):
            return _nearest_before(ctx, verb.head.i + 1)
        if verb.dep_ not in CLIMB_DEPS or verb.head is verb:
            break
        verb = verb.head
    return []


def _resolve_subject(ctx: DocContext, subj: Token) -> list[TokenMention]:
    if subj.lower_ in ("who", "that", "which"):
        return _nearest_before(ctx, subj.i)
    if subj.lower_ in PERSON_PRONOUNS:
        return _nearest_before(ctx, subj.i)
    found = [m for t in (subj, *subj.conjuncts) if (m := ctx.person_at(t)) is not None]
    if found:
        return found
    inner = [m for t in subj.subtree if (m := ctx.person_at(t)) is not None]
    return inner[:1]


def _nearest_before(ctx: DocContext, i: int) -> list[TokenMention]:
    """The last person mention before token i that is not a possessor or an "of" object."""
    for m in reversed(ctx.mentions):
        if m.end > i:
            continue
        doc = ctx.doc
        if m.end < len(doc) and doc[m.end].tag_ == "POS":
            continue
        if m.start > 0 and doc[m.start - 1].lower_ in ("of", "by", "from", "with"):
            continue
        return [m]
    return []


def _with_coordinated(ctx: DocContext, found: list[TokenMention]) -> list[TokenMention]:
    """Plural role: add the names listed before the one found ("A, ..., and B, who ...")."""
    doc, out, cur = ctx.doc, list(found), found[0]
    for m in reversed([m for m in ctx.in_sentence(doc[cur.start].sent) if m.end <= cur.start]):
        between = doc[m.end:cur.start]
        if any(t.pos_ in ("VERB", "AUX") for t in between) or not any(
                t.lower_ in ("and", ",") for t in between):
            break
        if _dependent_name(doc, m) or m.person == cur.person:
            continue
        out.insert(0, m)
        cur = m
    return out + _listed_after(ctx, found[-1])


def _listed_after(ctx: DocContext, last: TokenMention) -> list[TokenMention]:
    """"special envoys A and B": names that follow the one found, joined by and/commas."""
    doc, out, cur = ctx.doc, [], last
    for m in [m for m in ctx.in_sentence(doc[last.start].sent) if m.start >= last.end]:
        between = [t.lower_ for t in doc[cur.end:m.start]]
        if not between or any(w not in ("and", ",") for w in between):
            break
        out.append(m)
        cur = m
    return out


def _dependent_name(doc: Doc, m: TokenMention) -> bool:
    """A name inside "of X", "by X" or a possessive "X's" is not a list item."""
    before = doc[m.start - 1].lower_ if m.start > 0 else ""
    after = doc[m.end].tag_ if m.end < len(doc) else ""
    return before in ("of", "by", "from", "with") or after == "POS"


def _is_ambassador(ctx: DocContext, m: TokenMention) -> bool:
    """A resident ambassador called "envoy" in wire copy is not a special envoy."""
    doc = ctx.doc
    window = doc[max(m.start - 3, 0):min(m.end + 6, len(doc))]
    return any(t.lower_ == "ambassador" for t in window)


def principal_for(ctx: DocContext, role: Token, envoys: tuple[int, ...]) -> str | None:
    """The sender: "envoy of X", "X's envoy", "his envoy", "dispatched by X"; else None."""
    return (_of_principal(ctx, role) or _possessive_principal(ctx, role, envoys)
            or _agent_principal(ctx, role, envoys))


def _of_principal(ctx: DocContext, role: Token) -> str | None:
    doc = ctx.doc
    j = role.i + 1
    if j >= len(doc) or doc[j].lower_ != "of":
        return None
    for k in range(j + 1, min(len(doc), j + 1 + PRINCIPAL_WINDOW)):
        m = ctx.person_at(doc[k])
        if m is not None:
            return ctx.name(m.person)
        if doc[k].is_punct or doc[k].pos_ in ("VERB", "AUX"):
            break
    return _noun_phrase(doc, j + 1)


def _noun_phrase(doc: Doc, i: int) -> str | None:
    """A government or body named after "of": "the Government of the DPRK" -> without "the"."""
    while i < len(doc) and doc[i].lower_ == "the":
        i += 1
    end = i
    while end < len(doc) and _np_token(doc, end):
        end += 1
    while end > i and doc[end - 1].lower_ in ("of", "the", "'s"):
        end -= 1
    if end == i or not any(t.text[:1].isupper() for t in doc[i:end]):
        return None
    return doc[i:end].text


def _np_token(doc: Doc, i: int) -> bool:
    tok = doc[i]
    if tok.is_punct or tok.lower_ in NP_STOP or tok.pos_ in ("VERB", "AUX"):
        return False
    return tok.text[:1].isupper() or tok.lower_ in GOVERNMENT_WORDS or tok.lower_ in ("of", "the")


def _possessive_principal(ctx: DocContext, role: Token, envoys: tuple[int, ...]) -> str | None:
    doc = ctx.doc
    for k in range(phrase_start(role), role.i):
        tok = doc[k]
        if tok.tag_ == "POS" and k > 0:
            m = ctx.person_at(doc[k - 1])
            return ctx.name(m.person) if m is not None else _owner_phrase(doc, k)
        if tok.tag_ == "PRP$":
            return _verb_subject_name(ctx, role, envoys)
    return None


def _owner_phrase(doc: Doc, pos: int) -> str | None:
    """"the Chinese government's" -> "Chinese government"; "China's" -> "China"."""
    i = pos
    while i > 0 and (doc[i - 1].text[:1].isupper() or doc[i - 1].lower_ in GOVERNMENT_WORDS):
        if doc[i - 1].lower_ in TITLE_WORDS and doc[i - 1].lower_ not in GOVERNMENT_WORDS:
            break
        i -= 1
    return doc[i:pos].text if i < pos else None


def _verb_subject_name(ctx: DocContext, role: Token, envoys: tuple[int, ...]) -> str | None:
    verb = next((a for a in role.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return None
    subj = [m for m in subject_mentions(ctx, verb, role) if m.person not in envoys]
    return ctx.name(subj[0].person) if subj else None


def _agent_principal(ctx: DocContext, role: Token, envoys: tuple[int, ...]) -> str | None:
    """"was sent by Kim Jong Un as special envoy", "Kim Jong Un dispatched X as envoy"."""
    verb = next((a for a in role.ancestors if a.pos_ == "VERB"), None)
    if verb is None or verb.lemma_ not in SEND_VERBS:
        return None
    for child in verb.children:
        if child.dep_ == "agent":
            found = [m for t in child.subtree if (m := ctx.person_at(t)) is not None]
            if found:
                return ctx.name(found[0].person)
    return _verb_subject_name(ctx, role, envoys)
