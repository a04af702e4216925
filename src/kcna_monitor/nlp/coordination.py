"""Several envoys named by one plural role: lists and gapped clauses."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kcna_monitor.nlp.context import DocContext, TokenMention
from kcna_monitor.nlp.holders import descriptor
from kcna_monitor.nlp.subjects import DEPENDENT_PREPS

# Longest apposition that may sit between two listed envoys: KCNA's "member of the
# Political Bureau of the Central Committee of the Workers' Party of Korea and minister
# of Foreign Affairs" takes 24 tokens with its commas; 32 leaves room for one more office.
APPOSITION_SPAN = 32


def with_coordinated(ctx: DocContext, found: list[TokenMention]) -> list[TokenMention]:
    """Plural role: add the names listed before the one found ("A, ..., and B, who ...")."""
    doc, out, cur = ctx.doc, list(found), found[0]
    for m in reversed([m for m in ctx.in_sentence(doc[cur.start].sent) if m.end <= cur.start]):
        between = doc[m.end:cur.start]
        # A verb ends the list; "spy chief", tagged as a verb inside a compound, does not.
        if any(t.pos_ in ("VERB", "AUX") and t.dep_ != "compound" for t in between) or not any(
                t.lower_ in ("and", ",") for t in between):
            break
        if dependent_name(doc, m) or m.person == cur.person:
            continue
        out.insert(0, m)
        cur = m
    return out + _listed_after(ctx, found[-1])


def _listed_after(ctx: DocContext, last: TokenMention) -> list[TokenMention]:
    """"special envoys A and B": names that follow the one found, joined by and/commas."""
    doc, out, cur = ctx.doc, [], last
    for m in [m for m in ctx.in_sentence(doc[last.start].sent) if m.start >= last.end]:
        gap = list(doc[cur.end:m.start])
        between = [t.lower_ for t in gap]
        # "A and B", "A, B", and "A and ruling party lawmaker B"
        listed = bool(between) and between[0] in ("and", ",") and all(
            t.lower_ in ("and", ",") or (descriptor(t) and t.tag_ not in ("VBD", "VBN"))
            for t in gap)
        if not listed and not _apposition_then_and(doc[cur.end:m.start]):
            break
        out.append(m)
        cur = m
    return out


def _apposition_then_and(between: Span) -> bool:
    """"The special envoys, A, chief of the office of ..., and B, director of ...": an
    apposition of the previous name, then "and" before the next one."""
    words = [t.lower_ for t in between]
    return (len(words) <= APPOSITION_SPAN and words[:1] == [","] and words[-2:] == [",", "and"]
            and not any(t.pos_ in ("VERB", "AUX") for t in between))


def dependent_name(doc: Doc, m: TokenMention) -> bool:
    """A name inside "of X", "by X" or a possessive "X's" is not a list item."""
    before = doc[m.start - 1].lower_ if m.start > 0 else ""
    after = doc[m.end].tag_ if m.end < len(doc) else ""
    return before in DEPENDENT_PREPS or after == "POS"


def gapped_after(ctx: DocContext, first: TokenMention, role: Token) -> list[TokenMention]:
    """"A will travel to X and B to Y as special envoys": B of a clause whose verb
    is left out, a name after "and" followed directly by its preposition."""
    doc, out = ctx.doc, []
    for m in ctx.in_sentence(role.sent):
        if not first.end <= m.start < role.i or m.end >= len(doc) or m.person == first.person:
            continue
        conj = [t for t in doc[first.end:m.start] if t.lower_ == "and"]
        if not conj or doc[m.end].pos_ != "ADP" or dependent_name(doc, m):
            continue
        between = doc[conj[-1].i + 1:m.start]
        if all(t.pos_ in ("ADJ", "PROPN", "DET", "NOUN") for t in between):
            out.append(m)
    return out
