"""Who is called envoy, special envoy, emissary or special representative, and of whom.

Constructions handled, all about the role noun and its syntax:
  apposition after the name   "Choe Ryong Hae, special envoy of Marshal Kim Jong Un,"
  role before the name         "Xi Jinping's special envoy Song Tao", "envoy to X, Hong ..."
  "as" phrase                  "... will visit Russia as special envoy of ...", "who is
                               visiting China as special envoy", "was dispatched as ..."
  predicate                    "Lee is Moon's special envoy", "was named special envoy",
                               "the last visitor to come as Kim's special envoy was X"
  next sentence                "Kim Jong Un will send a special envoy. Choe Ryong Hae ...",
                               "Special envoys of X left. One of them, A, is bound for ..."
  sentence before              "X has returned. During the visit, Putin's special envoy ..."
  fronted role                 "Special envoy of X, <X's offices>, NAME, ... will visit",
                               "Special Representative of ... on ... Affairs NAME arrived"
  gapped coordination          "A will travel to X and B to Y as special envoys"
An unnamed envoy ("sent a senior official as his envoy"), a planned or hypothetical one,
a resident ambassador ("Beijing's envoy in Pyongyang") and the principal named inside the
role phrase ("as Kim's special envoy") are not reported.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from kcna_monitor.nlp.announced import (
    described_next,
    next_sentence,
    numbered_next,
    of_person,
    slate_sender,
    subjects_next,
)
from kcna_monitor.nlp.capacity import as_phrase
from kcna_monitor.nlp.context import DocContext, TokenMention
from kcna_monitor.nlp.coordination import gapped_after, with_coordinated
from kcna_monitor.nlp.holders import (
    appositive_name,
    descriptor_after,
    led_by,
    listed_office,
    named_next,
    named_object,
    traveller_before,
)
from kcna_monitor.nlp.lexicon import (
    SEND_VERBS,
    TITLE_WORDS,
)
from kcna_monitor.nlp.linking import name_key
from kcna_monitor.nlp.postings import is_ambassador, resident
from kcna_monitor.nlp.principal import PRINCIPAL_WINDOW, phrase_start, principal_for
from kcna_monitor.nlp.punct import FINITE_TAGS, OPENING_QUOTES, opens_clause
from kcna_monitor.nlp.roles import CAPACITY_ANAPHORS, role_tokens, same_capacity
from kcna_monitor.nlp.subjects import subject_mentions, whom_before

# How many tokens a "to X"/"for X affairs" phrase may take between a role noun and a
# following ", Name" ("Moon's envoy to the United States, Hong Seok-hyun").
ROLE_PP_WINDOW = 6
# How far a role phrase that opens a clause may run before its holder is named:
# "Special envoy of <leader>, <two offices of the leader>, Kim Song Nam" needs ~40.
FRONTED_WINDOW = 48


@dataclass(frozen=True)
class RoleLink:
    """One role noun linked to the persons it names and to its principal."""

    role: Token
    envoys: tuple[int, ...]
    principal: str | None


def link_roles(ctx: DocContext) -> list[RoleLink]:
    """Every role noun that names its holder, with the principal.

    "The envoy" refers back to the last role mentioned, so without a principal of
    its own it takes that role's ("X will send a special envoy ... The envoy, Y,").
    """
    links: list[RoleLink] = []
    earlier: str | None = None
    for role in role_tokens(ctx.doc):
        if same_capacity(role) and not _capacity_antecedent(links, role):
            continue
        envoys = _envoys_for(ctx, role)
        principal = _sender_not_envoy(
            ctx, role, principal_for(ctx, role, envoys) or _slate_principal(ctx, role), links)
        if principal is None and (definite(role) or _unattributed(role) or _his(role)):
            principal = earlier
        earlier = principal or earlier
        # No one is his own envoy: "a third envoy, whose name has not been announced,
        # would travel" found the sender named before.
        envoys = tuple(p for p in envoys if ctx.name(p) != principal)
        if envoys:
            links.append(RoleLink(role, envoys, principal))
    return _without_reversals(ctx, links)


def _slate_principal(ctx: DocContext, role: Token) -> str | None:
    """"President X named special envoys to ...": X, whose envoys the next sentences name."""
    if role.lower_ not in ("envoys", "emissaries"):
        return None
    sender = slate_sender(ctx, role)
    return ctx.name(sender) if sender is not None else None


def _sender_not_envoy(ctx: DocContext, role: Token, principal: str | None,
                      links: list[RoleLink]) -> str | None:
    """"Moon's envoy" after "President Moon Jae-in's special envoy, Moon Hee-sang": a
    surname that an envoy shares with his sender names the sender, not the envoy."""
    sender = next((link.principal for link in links for p in link.envoys
                   if ctx.name(p) == principal and link.principal), None)
    if sender is None:
        return principal
    doc = ctx.doc
    owner = next((doc[t.i - 1] for t in doc[phrase_start(role):role.i]
                  if t.tag_ == "POS" and t.i > 0), None)
    m = ctx.person_at(owner) if owner is not None else None
    if owner is None or m is None or m.end - m.start != 1:
        return principal  # a full name means whom it says
    return sender if name_key(owner.text) in {name_key(w) for w in sender.split()} else principal


def _without_reversals(ctx: DocContext, links: list[RoleLink]) -> list[RoleLink]:
    """"A, a special envoy of B, met ... A is the first special envoy B has dispatched":
    once A is B's envoy, a later reading of B as A's envoy is a misparse. The earlier
    reading wins: news copy introduces the envoy by role first and refers back later."""
    pairs: set[tuple[str, str]] = set()
    out = []
    for link in links:
        names = [ctx.name(p) for p in link.envoys]
        kept = tuple(p for p, n in zip(link.envoys, names, strict=True)
                     if link.principal is None or (link.principal, n) not in pairs)
        pairs.update((n, link.principal) for n in names if link.principal)
        if kept:
            out.append(RoleLink(link.role, kept, link.principal))
    return out


def _his(role: Token) -> bool:
    """"On the same day B departed for Beijing as his special envoy": "his" is the
    sender named before (a sender in the clause, "Kim sent B as his envoy", is read
    first)."""
    return any(c.tag_ == "PRP$" and c.lower_ in ("his", "her") for c in role.lefts)


def _capacity_antecedent(links: list[RoleLink], role: Token) -> bool:
    """"in the same capacity" repeats a named role of the same sentence or the one
    before ("X left for Moscow as special envoy of Y. Z left for Beijing in the same
    capacity"); "in that capacity" one said before, named or not ("The special envoy of
    X returned ... Y, who made the visit in that capacity")."""
    if any(c.lower_ in ("that", "this") for c in role.lefts):
        return any(r.i < role.i for r in role_tokens(role.doc) if r.lower_ != "capacity")
    if not links:
        return False
    sent = role.sent
    before = role.doc[sent.start - 1].sent if sent.start > 0 else sent
    return links[-1].role.sent in (sent, before)


def _unattributed(role: Token) -> bool:
    """"as special envoy to the United States" after "President X named special envoys":
    a role with no sender of its own is the sender's named before; a nationality
    ("the U.S. special representative") says the sender is left open (FORMAT.md)."""
    lefts = list(role.doc[phrase_start(role):role.i])
    return not any(t.ent_type_ in ("NORP", "GPE", "ORG") or t.tag_ in ("POS", "PRP$")
                   for t in lefts) and not (role.i + 1 < len(role.doc)
                                            and role.nbor(1).lower_ == "of")


# Words between an apposition's comma and the role phrase: "then the", "the newly
# appointed".
APPOSITION_GAP = 3


def definite(role: Token) -> bool:
    """"the envoy", "as special envoys" with nothing else said about it; "the U.S.
    special representative for X" is a new role, not a reference back."""
    left = [c.lower_ for c in role.lefts]
    right = [c for c in role.rights if c.dep_ == "prep"]
    return set(left) <= {"the", "special"} | CAPACITY_ANAPHORS and not right


def _envoys_for(ctx: DocContext, role: Token) -> tuple[int, ...]:
    if resident(ctx, role):
        return ()
    start = phrase_start(role)
    if start - 1 > role.sent.start and ctx.doc[start - 1].text in OPENING_QUOTES:
        start -= 1  # KCNA quotes a role it scorns: "flew to Washington as 'special envoy'"
    if start - 1 > role.sent.start and ctx.doc[start - 1].lower_ == "then":
        start -= 1  # "as then President Kim Dae-jung's special envoy"
    before = ctx.doc[start - 1] if start > role.sent.start else None
    if any(c.lower_ == "nobody" for c in role.lefts):
        return ()  # "he insisted he was 'nobody's envoy'"
    whose = _whose_role(ctx, role) if any(c.lower_ == "whose" for c in role.lefts) else None
    if whose is not None:
        return _ids(ctx, role, whose)
    found = (named_object(ctx, role) or _apposition(ctx, before) or listed_office(ctx, role)
             or _visitor_was(ctx, role) or as_phrase(ctx, role, before) or _predicate(ctx, role)
             or _name_after(ctx, role) or _after_principal(ctx, role)
             or descriptor_after(ctx, role) or led_by(ctx, role)
             or _appos_name(ctx, role) or numbered_next(ctx, role)
             or _fronted(ctx, role, before) or named_next(ctx, role)
             or next_sentence(ctx, role) or described_next(ctx, role)
             or subjects_next(ctx, role) or traveller_before(ctx, role))
    if found and role.lower_.endswith("s") and role.lower_ not in ("emissary",):
        found = with_coordinated(ctx, found) + gapped_after(ctx, found[-1], role)
    return _ids(ctx, role, found)


def _ids(ctx: DocContext, role: Token, found: list[TokenMention]) -> tuple[int, ...]:
    owners = _owners(ctx, role)
    return tuple(dict.fromkeys(m.person for m in found
                               if not is_ambassador(ctx, m) and m.person not in owners))


def _whose_role(ctx: DocContext, role: Token) -> list[TokenMention] | None:
    """"X ... conveyed condolences from Kim, whose special envoy he is": the envoy is
    the subject of the clause that the name before "whose" belongs to (X); that name
    (Kim) is the principal. None when the role is no predicate ("the government, whose
    envoy, Y, met"), which the other finders read."""
    verb = role.head
    if role.dep_ not in ("attr", "oprd") or verb.dep_ != "relcl":
        return None
    host = verb.head
    while host.pos_ not in ("VERB", "AUX") and host.head.i != host.i:
        host = host.head
    return subject_mentions(ctx, host, role) or subject_mentions(ctx, verb, role)


def _owners(ctx: DocContext, role: Token) -> set[int]:
    """The role's possessor ("Kim's envoy") and the person right after "envoy of": the
    principal, never the envoy (a parse may hang a later name under "of" as well)."""
    heads = [c for c in role.children if c.dep_ == "poss"]
    owners = {m.person for h in heads for t in h.subtree if (m := ctx.person_at(t)) is not None}
    principal = of_person(ctx, role)
    return owners if principal is None else owners | {principal}


def _apposition(ctx: DocContext, before: Token | None) -> list[TokenMention]:
    """"NAME, (the) special envoy of ...": the name right before the comma; also
    "NAME, then the ...", "NAME, the newly appointed ..."."""
    for _ in range(APPOSITION_GAP):
        if before is None or before.text == "," or before.i == 0:
            break
        if not (before.pos_ in ("ADV", "DET") or before.tag_ == "VBN"):
            return []
        before = before.nbor(-1)
    if before is None or before.text != "," or before.i == 0:
        return []
    m = ctx.person_at(before.nbor(-1))
    return [m] if m is not None and m.end == before.i else []


def _fronted(ctx: DocContext, role: Token, before: Token | None) -> list[TokenMention]:
    """"Special envoy of X, <offices of X>, NAME, <offices>, will visit ..." and
    "Special Representative of the Chinese Government on ... Affairs NAME arrived":
    a role phrase opening the clause names its holder before the finite verb."""
    received = role.dep_ == "dobj" and role.head.lemma_ in ("receive", "meet")
    if before is not None and not opens_clause(before) and not received:
        return []  # "received the special envoy of X, <X's offices>, NAME, ..." is like it
    doc = ctx.doc
    end = min(role.sent.end, role.i + FRONTED_WINDOW)
    principal = of_person(ctx, role)
    for tok in doc[role.i + 1:end]:
        if tok.tag_ in FINITE_TAGS or tok.lower_ == "by":
            return []  # "A special envoy sent to Tokyo by President X came home": the sender
        m = ctx.person_at(tok)
        if m is not None and m.person != principal and m.start == tok.i:
            # "The special envoy handed over to Choe a message": an object, not the holder.
            if _possessor(doc, m) or doc[m.start - 1].pos_ == "ADP" or (
                    received and doc[m.start - 1].text != ",") or _kin_of(m.root(doc), role):
                return []
            if doc[m.start - 1].lower_ == "and" and m.root(doc).head == role:
                return []  # "The Belarusian special envoy and X held talks": two people
            return [m]
    return []


def _kin_of(root: Token, role: Token) -> bool:
    """"The special envoy, daughter of former President Sukarno, conveyed": a name after
    "of" of another noun than the role completes that noun."""
    of = root.head
    return root.dep_ == "pobj" and of.lower_ == "of" and of.head != role and \
        of.head.pos_ == "NOUN"


def _possessor(doc: Doc, m: TokenMention) -> bool:
    return m.end < len(doc) and doc[m.end].tag_ == "POS"


def _visitor_was(ctx: DocContext, role: Token) -> list[TokenMention]:
    """"The last visitor to come to Beijing as Kim's special envoy was X": a role after
    "as" followed by "was NAME" is inside the subject of "was" (read before "as" takes
    the subject of "come")."""
    start = phrase_start(role)
    if start == 0 or ctx.doc[start - 1].lower_ != "as":
        return []
    m = _be_name(ctx, role)
    return [m] if m is not None and m.start == role.i + 2 else []


def _be_name(ctx: DocContext, role: Token) -> TokenMention | None:
    """The person after an "is" or "was" right behind the role ("... envoy was X")."""
    doc, nxt = ctx.doc, role.i + 1
    if nxt + 1 >= len(doc) or doc[nxt].lower_ not in ("is", "was"):
        return None
    return ctx.person_at(doc[nxt + 1])


def _predicate(ctx: DocContext, role: Token) -> list[TokenMention]:
    """"X is Moon's special envoy", "X was named special envoy", "Moon named X envoy"."""
    if role.dep_ == "nsubj" and role.head.lemma_ == "be":  # "The special envoy will be X"
        attrs = [m for c in role.head.children if c.dep_ == "attr"
                 and (m := ctx.person_at(c)) is not None]
        # "The envoy will be Joo Ho-young, deputy speaker ...": the parser may make the
        # title the attribute; the name still opens it.
        k = role.head.i + 1
        while k < len(role.doc) - 1 and k - role.head.i <= 3 and role.doc[k].is_title and \
                role.doc[k].lower_ in TITLE_WORDS:
            k += 1  # "The envoy is Foreign Minister Choe Son Hui"
        after = ctx.person_at(role.doc[k]) if k < len(role.doc) else None
        # Not "The envoy is Foreign Minister X's deputy, Y": X owns the role's holder.
        opening = [after] if after is not None and after.start == k and \
            not _possessor(role.doc, after) else []
        return attrs[:1] or opening
    if role.dep_ == "dobj" and role.head.lemma_ in ("identify", "name"):
        # "The agency identified the envoy as Choe Son Hui"
        named = [m for c in role.head.children if c.dep_ == "prep" and c.lower_ == "as"
                 for p in c.children if (m := ctx.person_at(p)) is not None]
        if named:
            return named[:1]
    if role.dep_ == "dobj" and role.head.lemma_ in SEND_VERBS:
        return whom_before(ctx, role.head)  # "X, whom Trump has named his special envoy"
    if role.dep_ not in ("attr", "oprd", "xcomp", "acomp"):
        return []
    verb = role.head
    if any(c.dep_ == "neg" for c in verb.children):
        return []  # "X was not an envoy of President Y"
    if verb.lemma_ in SEND_VERBS and (whom := whom_before(ctx, verb)):
        return whom  # "X, whom Ishiba has named his special envoy" (the role an oprd)
    objects = [c for c in verb.children if c.dep_ == "dobj" and ctx.person_at(c)]
    if objects:
        return [m for m in (ctx.person_at(o) for o in objects) if m is not None]
    pronouns = [c for c in verb.children
                if c.dep_ in ("dobj", "dative") and c.lower_ in ("him", "her")]
    if pronouns:
        # "A will fly to Jakarta ..., after President X named him special envoy": the
        # subject of the clause this one depends on.
        return subject_mentions(ctx, verb.head, role) if verb.dep_ == "advcl" else []
    if verb.lemma_ in SEND_VERBS and role.dep_ == "oprd" and not any(
            c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return []  # "President X on Monday named special envoys to ...": X names them
    return subject_mentions(ctx, verb, role)


def _name_after(ctx: DocContext, role: Token) -> list[TokenMention]:
    """"special envoy Song Tao", "envoy to the United States, Hong Seok-hyun,"."""
    doc = ctx.doc
    nxt = role.i + 1
    if role.dep_ != "dobj" and (m := _be_name(ctx, role)) is not None:
        # "Named as the special envoy is X"; not "Accompanying the special envoy is X"
        return [m]
    if nxt < len(doc) and (m := ctx.person_at(doc[nxt])) is not None and m.start == nxt:
        # Not "the first special envoy Ishiba has dispatched": the name opens a
        # relative clause on the role.
        root = m.root(doc)
        return [] if root.dep_ == "nsubj" and root.head.dep_ == "relcl" else [m]
    for j in range(nxt, min(role.sent.end - 1, nxt + ROLE_PP_WINDOW)):
        tok = doc[j]
        if tok.text == "," and (m := appositive_name(ctx, j)) is not None:
            pp_ok = j == nxt or doc[nxt].lower_ in ("to", "for", "on")
            # "Asked whether Lee would send an envoy to Pyongyang, Kang said": the name
            # after the comma is the subject of the main clause, no apposition.
            subject = m.end < len(doc) and doc[m.end].tag_ in FINITE_TAGS
            m = _past_possessor(ctx, m)
            return [m] if pp_ok and not subject else []
        if tok.pos_ in ("VERB", "AUX") or tok.lower_ == "of" or ctx.person_at(tok):
            return []
    return _after_remit(ctx, role)


# Last words of a remit after which a title runs straight into the name ("special
# representative for Korean Peninsula peace and security affairs Lee Do-hoon").
REMIT_HEADS = frozenset({"affairs", "issues", "issue", "questions", "question", "policy"})


# "for Korean Peninsula peace and security affairs" runs to eight words.
REMIT_WINDOW = 10


def _after_remit(ctx: DocContext, role: Token) -> list[TokenMention]:
    """"special representative for Korean Peninsula peace and security affairs Lee
    Do-hoon": the name right after the remit's last word, past the usual window."""
    doc = ctx.doc
    nxt = role.i + 1
    if nxt >= len(doc) or doc[nxt].lower_ not in ("for", "on"):
        return []
    for j in range(nxt + 1, min(role.sent.end - 1, nxt + REMIT_WINDOW)):
        if doc[j].is_punct or doc[j].pos_ == "VERB" or ctx.person_at(doc[j]):
            return []
        if doc[j].lower_ in REMIT_HEADS and (m := ctx.person_at(doc[j + 1])) is not None:
            return [m] if m.start == j + 1 else []
    return []


def _after_principal(ctx: DocContext, role: Token) -> list[TokenMention]:
    """"a special envoy of President Xi Jinping, former vice president Wang Qishan,
    who": a second name after the principal's comma is no title of the principal but
    the envoy the phrase introduces."""
    doc = ctx.doc
    j = role.i + 1
    if j >= len(doc) or doc[j].lower_ != "of":
        return []
    principal = next((m for m in ctx.mentions if j < m.start <= j + PRINCIPAL_WINDOW), None)
    if principal is None or principal.end + 1 >= len(doc) or doc[principal.end].text != "," \
            or any(t.is_punct or t.pos_ in ("VERB", "AUX") for t in doc[j:principal.start]):
        return []
    m = appositive_name(ctx, principal.end)  # "former vice president", "Vice President"
    if m is None or m.person == principal.person or m.end >= len(doc):
        return []
    return [m] if doc[m.end].text == "," or doc[m.end].lower_ == "who" else []


def _appos_name(ctx: DocContext, role: Token) -> list[TokenMention]:
    """"met special representative on Korean Peninsula affairs Kong Xuanyou": a name
    the parser hangs on the role as its apposition, after the role's own phrase."""
    doc = ctx.doc
    for child in role.rights:
        m = ctx.person_at(child)
        if child.dep_ == "appos" and m is not None and not _possessor(doc, m) and not any(
                t.pos_ in ("VERB", "AUX") for t in doc[role.i + 1:m.start]):
            return [m]
        # The same name read into the phrase: "on ... affairs Liu Xiaoming", "for North
        # Korea Sung Kim" (after a place, not after a title: "for President X").
        inner = [ctx.person_at(c) for c in child.children if c.dep_ == "pobj"]
        m = inner[0] if child.lower_ in ("on", "for") and inner else None
        if m is not None and (doc[m.start - 1].is_lower or doc[m.start - 1].ent_type_ in (
                "GPE", "LOC")) and not _possessor(doc, m):
            return [m]
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
