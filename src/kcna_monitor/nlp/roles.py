"""Role nouns: envoy(s), emissary(-ies), special representative(s), and "in the same
capacity" repeating one; found once per document."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kcna_monitor.nlp.lexicon import ENVOY_NOUNS, REPRESENTATIVE_NOUNS
from kcna_monitor.nlp.punct import doc_tokens

# Determiners by which "capacity" refers back to an envoy role.
CAPACITY_ANAPHORS = frozenset({"same", "similar", "that", "this"})


def role_tokens(doc: Doc) -> list[Token]:
    """Role nouns: envoy(s), emissary(-ies), special representative(s); not org names.
    Found once per document."""
    key = "kcna_monitor.roles"
    if key not in doc.user_data:
        doc.user_data[key] = _find_roles(doc)
    roles: list[Token] = doc.user_data[key]
    return roles


def _find_roles(doc: Doc) -> list[Token]:
    out: list[Token] = []
    for tok in doc_tokens(doc):
        before = doc[tok.i - 1].lower_ if tok.i > 0 else ""
        # "met a special representative of X ... The representative, NAME, is ...": the
        # bare noun refers back to the role said before.
        is_role = tok.lower_ in ENVOY_NOUNS or (tok.lower_ in REPRESENTATIVE_NOUNS and (
            before == "special" or (before == "the" and any(
                r.lower_ in REPRESENTATIVE_NOUNS for r in out))))
        if (is_role and not _in_org_name(tok) and not _modifier(tok)) or same_capacity(tok):
            out.append(tok)
    return out


def same_capacity(tok: Token) -> bool:
    """"and B will visit China in the same capacity", "who made the visit in that
    capacity": the role said before, again."""
    return tok.lower_ == "capacity" and any(c.lower_ in CAPACITY_ANAPHORS for c in tok.lefts)


def _in_org_name(tok: Token) -> bool:
    """"the Special Envoy Network": a capitalised role inside an organisation's name."""
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    return tok.is_title and nxt is not None and nxt.is_title and tok.ent_type_ == "ORG"


# Nouns a role noun may modify without naming anyone ("a special envoy delegation").
GROUP_HEADS = frozenset({"delegation", "team", "mission", "group", "post", "channel", "office"})


def _modifier(tok: Token) -> bool:
    """"a special envoy delegation", "the envoy post": the role noun modifies another
    noun and names no one (not "as special envoy days after": a parser's compound)."""
    head = tok.head
    led = any(c.lemma_ in ("lead", "head") for c in head.children)  # "delegation led by X"
    return tok.dep_ == "compound" and head.lower_ in GROUP_HEADS and head.i == tok.i + 1 \
        and not led
