"""Turn role links into Envoy records: one per envoy, with destination and status."""

from __future__ import annotations

from spacy.tokens import Span

from kcna_monitor.nlp.context import DocContext
from kcna_monitor.nlp.envoys import RoleLink, link_roles, role_tokens
from kcna_monitor.nlp.lexicon import PERSON_PRONOUNS
from kcna_monitor.nlp.mission import (
    mission_status,
    role_destination,
    strong_destination,
    weak_destination,
)
from kcna_monitor.nlp.records import Envoy, Status


def find_envoys(ctx: DocContext) -> tuple[Envoy, ...]:
    """Every named envoy of the document, once, in order of first role mention."""
    links = link_roles(ctx)
    seen: dict[int, Envoy] = {}
    for link in links:
        for person in link.envoys:
            if person not in seen:
                seen[person] = _envoy(ctx, link, person, len(links) == 1)
    return tuple(seen.values())


def _envoy(ctx: DocContext, link: RoleLink, person: int, only: bool) -> Envoy:
    scope = scope_sentences(ctx, person, link, only)
    mention = _mention_near(ctx, person, link)
    dest = role_destination(link.role) or _destination(ctx, scope)
    status = mission_status(scope) or mission_status(_lead(ctx)) or "other"
    return Envoy(envoy=ctx.name(person), principal=link.principal, destination=dest,
                 status=_as_status(status), sentence=mention[2], start=mention[0],
                 end=mention[1])


def _lead(ctx: DocContext) -> list[Span]:
    """The lead sentence (the first with a verb; a dateline may be parsed apart)."""
    for sent in ctx.doc.sents:
        if any(t.pos_ == "VERB" for t in sent):
            return [sent]
    return []


def _as_status(status: str) -> Status:
    for known in ("upcoming", "departed", "arrived", "met", "returned"):
        if status == known:
            return known
    return "other"


def _mention_near(ctx: DocContext, person: int, link: RoleLink) -> tuple[int, int, str]:
    """The envoy's mention closest to the role noun: offsets and its sentence."""
    mentions = [m for m in ctx.mentions if m.person == person]
    best = min(mentions, key=lambda m: abs(m.start - link.role.i))
    sent = ctx.doc[best.start].sent
    return best.start_char, best.end_char, sent.text


def scope_sentences(ctx: DocContext, person: int, link: RoleLink, only: bool) -> list[Span]:
    """Sentences about the envoy: named, its role sentence, and the pronoun or
    "the envoy" sentences that follow them."""
    sents = list(ctx.doc.sents)
    named = {ctx.doc[m.start].sent.start for m in ctx.mentions if m.person == person}
    named.add(link.role.sent.start)
    roles = {r.sent.start for r in role_tokens(ctx.doc)} if only else set()
    out: list[Span] = []
    prev_in = False
    for sent in sents:
        inside = sent.start in named or sent.start in roles or (prev_in and _anaphoric(sent))
        if inside:
            out.append(sent)
        prev_in = inside
    return out


def _anaphoric(sent: Span) -> bool:
    """A sentence whose subject is he/she/they (continuing the previous sentence)."""
    return any(t.dep_ in ("nsubj", "nsubjpass") and t.lower_ in PERSON_PRONOUNS for t in sent)


def _destination(ctx: DocContext, scope: list[Span]) -> str | None:
    everything = list(ctx.doc.sents)
    for finder, sents in ((strong_destination, scope), (weak_destination, scope),
                          (strong_destination, everything), (weak_destination, everything)):
        for sent in sents:
            place = finder(sent)
            if place:
                return place
    return None
