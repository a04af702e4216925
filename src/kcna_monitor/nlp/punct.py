"""Punctuation that structures news copy: where a clause opens after a dateline."""

from __future__ import annotations

from spacy.tokens import Token

# Punctuation after which a new clause opens: the dateline dash, a colon, a semicolon.
CLAUSE_OPENERS = frozenset({"--", "\u2014", "\u2013", ":", ";"})


def opens_clause(tok: Token) -> bool:
    """A clause opener, or the spaced hyphen some wires use as the dateline dash
    ("SEOUL, Sept 19 (Reuters) - South Korean ...")."""
    return tok.text in CLAUSE_OPENERS or (
        tok.text == "-" and bool(tok.whitespace_) and tok.i > 0 and bool(tok.nbor(-1).whitespace_))
