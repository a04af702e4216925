"""Token-level helpers shared by the finders: where a clause opens after a dateline,
and the document's tokens, listed once."""

from __future__ import annotations

from spacy.tokens import Doc, Token

# Finite verb tags: an apposition or a title phrase ends where a clause's own verb begins.
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
# Punctuation after which a new clause opens: the dateline dash, a colon, a semicolon.
CLAUSE_OPENERS = frozenset({"--", "\u2014", "\u2013", ":", ";"})
# Quotation marks around a role KCNA scorns ("flew to Washington as 'special envoy' of X").
OPENING_QUOTES = frozenset({"'", "\u2018", '"', "\u201c", "``", "`"})
CLOSING_QUOTES = frozenset({"'", "\u2019", '"', "\u201d", "''"})


def opens_clause(tok: Token) -> bool:
    """A clause opener, or the spaced hyphen some wires use as the dateline dash
    ("SEOUL, Sept 19 (Reuters) - South Korean ...")."""
    return tok.text in CLAUSE_OPENERS or (
        tok.text == "-" and bool(tok.whitespace_) and tok.i > 0 and bool(tok.nbor(-1).whitespace_))


def doc_tokens(doc: Doc) -> list[Token]:
    """The document's tokens as one list, built once per document: each `for tok in doc`
    creates every Token object anew, and a dozen finders walk the whole document."""
    key = "kcna_monitor.tokens"
    if key not in doc.user_data:
        doc.user_data[key] = list(doc)
    tokens: list[Token] = doc.user_data[key]
    return tokens
