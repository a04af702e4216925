"""Token-level view of the linked person mentions, shared by the envoy rules."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from kcna_monitor.nlp.linking import LinkedMention
from kcna_monitor.nlp.records import Person


@dataclass(frozen=True)
class TokenMention:
    """A linked mention in token indices (end exclusive)."""

    start: int
    end: int
    person: int
    start_char: int
    end_char: int

    def root(self, doc: Doc) -> Token:
        """The mention's syntactic head: the token whose head lies outside it (the parser
        may hang "Kim Min-ho" on "Min", not on the last token)."""
        for tok in doc[self.start:self.end]:
            if not self.start <= tok.head.i < self.end or tok.head.i == tok.i:
                return tok
        return doc[self.end - 1]


@dataclass(frozen=True)
class DocContext:
    """Persons of one document and where each is mentioned, in tokens."""

    doc: Doc
    persons: tuple[Person, ...]
    mentions: tuple[TokenMention, ...]
    by_token: dict[int, TokenMention]
    # Built once: spaCy makes new Span objects on every walk of doc.sents, and the
    # envoy rules walk them for every envoy (about 7% of the components' time).
    sents: tuple[Span, ...]

    def person_at(self, tok: Token) -> TokenMention | None:
        return self.by_token.get(tok.i)

    def name(self, idx: int) -> str:
        return self.persons[idx].name

    def in_sentence(self, sent: Span) -> list[TokenMention]:
        return [m for m in self.mentions if sent.start <= m.start < sent.end]


def build_context(doc: Doc, persons: tuple[Person, ...],
                  linked: list[LinkedMention]) -> DocContext:
    """Map character mentions onto tokens (expanding to whole tokens)."""
    mentions: list[TokenMention] = []
    by_token: dict[int, TokenMention] = {}
    for lm in linked:
        span = doc.char_span(lm.start, lm.end, alignment_mode="expand")
        if span is None:
            continue
        tm = TokenMention(span.start, span.end, lm.person, lm.start, lm.end)
        mentions.append(tm)
        for i in range(span.start, span.end):
            by_token[i] = tm
    return DocContext(doc, persons, tuple(mentions), by_token, tuple(doc.sents))
