"""Turn role links into Envoy records: one per envoy, with destination and status."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span

from kcna_monitor.gazetteer import country_group, halves, people_of, with_country
from kcna_monitor.nlp.attached import attached_destination
from kcna_monitor.nlp.context import DocContext
from kcna_monitor.nlp.envoys import RoleLink, definite, link_roles
from kcna_monitor.nlp.lexicon import PERSON_PRONOUNS
from kcna_monitor.nlp.mission import STAGE_RANK, lead_sentence, mission_status
from kcna_monitor.nlp.places import (
    named_half,
    place_after,
    region_after,
    role_destination,
    strong_destination,
    travel_leg,
    weak_destination,
)
from kcna_monitor.nlp.postings import former
from kcna_monitor.nlp.principal import phrase_start
from kcna_monitor.nlp.records import Envoy, Status
from kcna_monitor.nlp.roles import role_tokens


def find_envoys(ctx: DocContext) -> tuple[Envoy, ...]:
    """Every named envoy of the document, once, in order of first role mention."""
    links = link_roles(ctx)
    chosen: dict[int, RoleLink] = {}
    for link in links:
        for person in link.envoys:
            if person not in chosen or (not _named_with(ctx, chosen[person], person)
                                        and _named_with(ctx, link, person)):
                chosen[person] = link
    envoys = frozenset(chosen)
    return tuple(_envoy(ctx, link, person, len(links) == 1, envoys)
                 for person, link in chosen.items())


def _named_with(ctx: DocContext, link: RoleLink, person: int) -> bool:
    """The role's own sentence names the person: a closer link than "X will send a
    special envoy. NAME ..." across sentences."""
    sent = link.role.sent
    return any(m.person == person and sent.start <= m.start < sent.end for m in ctx.mentions)


def _envoy(ctx: DocContext, link: RoleLink, person: int, only: bool,
           envoys: frozenset[int]) -> Envoy:
    antecedent = _antecedent_sentence(ctx, link)
    scope = scope_sentences(ctx, person, link, only, antecedent)
    mention = _mention_near(ctx, person, link)
    near = ctx.doc[mention[3]]
    # The lead tells the news; a former envoy whose own sentences tell no stage is not in it.
    status = (_earlier_mission(ctx, person, link, antecedent) or mission_status(scope)
              or (None if former(link.role) else mission_status(_lead(ctx))) or "other")
    named = role_destination(link.role)
    # "special envoy to the Middle East" is a remit: the trip may say where it went.
    remit = named if named is None or not region_after(link.role, named) else None
    leg = _leg(ctx, person, envoys, mention[4]) if status in ("departed", "arrived") else None
    dest = (_respective_destination(ctx, person, envoys, near.sent)
            or remit or leg or _gapped_destination(ctx, mention[4])
            or attached_destination(link.role)
            or _own_clause_destination(ctx, mention[4], status == "other")
            or _destination(ctx, [near.sent], scope, status) or named)
    if dest is not None:
        sents = [near.sent, link.role.sent, *scope]
        # "the North" is the country the envoy's sentences, or else the story, travel to.
        dest = named_half(dest, sents) or named_half(dest, ctx.sents) or dest
        dest = with_country(dest, [*(s.text for s in sents), ctx.doc.text])
        # A cardinal from Seoul may go home as the Holy See's envoy: the envoy's own
        # people count when a person (or no one) sends him; so do the sender's
        # ("North Korean leader Kim Jong Un").
        sender = _principal_person(ctx, link)
        own = link.principal is None or sender is not None
        homes = {_nationality(ctx, person) if own else None,
                 _nationality(ctx, sender) if sender is not None else None}
        if _at_home(link, dest, homes):
            dest = None
    return Envoy(envoy=ctx.name(person), principal=link.principal, destination=dest,
                 status=_as_status(status), sentence=mention[2], start=mention[0],
                 end=mention[1])


def _nationality(ctx: DocContext, person: int) -> int | None:
    """"Russian Deputy Foreign Minister X": the country of the people named in the
    title right before the envoy's first mention."""
    doc = ctx.doc
    first = next(m for m in ctx.mentions if m.person == person)
    k = first.start - 1
    while k >= 0 and (doc[k].is_title or doc[k].text == "-") and doc[k].ent_type_ != "PERSON":
        if doc[k].ent_type_ == "NORP" and doc[k].ent_iob_ == "B":
            return next((people_of(e.text) for e in doc.ents if e.start == k), None)
        k -= 1
    return None


def _principal_person(ctx: DocContext, link: RoleLink) -> int | None:
    """The person the principal is, by full name or one word of it ("President Xi")."""
    return next((n for n, p in enumerate(ctx.persons)
                 if link.principal in (p.name, *p.name.split())), None)


def _principal_countries(principal: str) -> set[int | None]:
    """"Chinese government", "South Korean President", "U.S. State Department": the
    country of a principal's one or two first words, or of the whole."""
    words = principal.split()
    return {country_group(principal), *(people_of(" ".join(words[:n])) for n in (1, 2))}


def _at_home(link: RoleLink, dest: str, nationalities: set[int | None]) -> bool:
    """"China's special representative Liu Xiaoming met the ambassador in Beijing": a
    place in the sender's own country is where the envoy works, not a mission's; so
    is one in the envoy's own ("Russian Deputy Foreign Minister X met ... in Moscow")."""
    role = link.role
    doc = role.doc
    phrase = doc[phrase_start(role):role.i]
    # "U.S. North Korea envoy": a place right before the role noun is its remit.
    senders = {people_of(ent.text) for ent in phrase.ents if ent.label_ in ("NORP", "GPE")
               and (ent.label_ == "NORP" or ent.end < role.i or doc[ent.end].tag_ == "POS")}
    if link.principal is not None:
        senders |= _principal_countries(link.principal)
    senders |= nationalities
    senders.discard(None)
    return any(people_of(part) in senders for part in halves(dest))


def _leg(ctx: DocContext, person: int, envoys: frozenset[int], end: int) -> str | None:
    """Where the envoy's reported departure or arrival goes: in the sentence naming
    the envoy, or, when it names other envoys too ("A is bound for Moscow, while B
    is heading for Beijing"), in the envoy's own clause."""
    sent = ctx.doc[end - 1].sent
    if not any(m.person in envoys - {person} for m in ctx.in_sentence(sent)):
        return travel_leg(sent)
    return travel_leg(_own_clause(ctx, end, envoys - {person}))


def _earlier_mission(ctx: DocContext, person: int, link: RoleLink,
                     antecedent: Span | None) -> str | None:
    """"In 2009 X flew to Pyongyang as an emissary": when the sentences naming the envoy
    tell only an earlier mission, a plan in another sentence ("preparing to send a
    senior envoy") is someone else's. "A special envoy ... met Y. The envoy, X, said Y
    had welcomed ...": the sentence "the envoy" points back to tells X's mission too."""
    sents = {ctx.doc[m.start].sent.start: ctx.doc[m.start].sent
             for m in ctx.mentions if m.person == person}
    if antecedent is not None and any(c.lower_ == "the" for c in link.role.lefts):
        sents[antecedent.start] = antecedent  # not "served as special envoy": a capacity
    if antecedent is None and mission_status([link.role.sent]) == "other" and \
            link.role.sent.start in sents:
        return "other"  # "as Roh's special envoy, he met Kim Jong Il in 2005": that mission
    return "other" if mission_status(list(sents.values())) == "other" else None


def _antecedent_sentence(ctx: DocContext, link: RoleLink) -> Span | None:
    """"A special envoy ... came home. The envoy, X, told ...": the sentence of the last
    role before a definite "the envoy"."""
    if not definite(link.role):
        return None
    earlier = [r for r in role_tokens(ctx.doc) if r.sent.start < link.role.sent.start]
    return earlier[-1].sent if earlier else None


def _lead(ctx: DocContext) -> list[Span]:
    lead = lead_sentence(ctx.doc)
    return [lead] if lead is not None else []


def _as_status(status: str) -> Status:
    for known in ("upcoming", "departed", "arrived", "met", "returned"):
        if status == known:
            return known
    return "other"


def _mention_near(ctx: DocContext, person: int, link: RoleLink
                  ) -> tuple[int, int, str, int, int]:
    """The envoy's mention closest to the role noun: character offsets, its sentence
    and token offsets."""
    mentions = [m for m in ctx.mentions if m.person == person]
    sent_start = link.role.sent.start
    best = min(mentions, key=lambda m: (ctx.doc[m.start].sent.start != sent_start,
                                        abs(m.start - link.role.i)))
    sent = ctx.doc[best.start].sent
    return best.start_char, best.end_char, sent.text, best.start, best.end


# Words inside a list of places: "the Russian Federation and the People's Republic of
# China".
LIST_WORDS = frozenset({"and", ",", "the", "'s", "of"})


def _respective_destination(ctx: DocContext, person: int, envoys: frozenset[int],
                            sent: Span) -> str | None:
    """"A and B left for Moscow and Minsk respectively": the envoys named before the
    list of places take them in order."""
    doc = ctx.doc
    end = next((t.i for t in sent if t.lower_ == "respectively"), None)
    if end is None:
        return None
    k = end - 1
    # The places are no one's name ("envoys of To Lam and Thongloun Sisoulith
    # respectively" pairs senders, not places).
    while k >= sent.start and ((doc[k].is_title and ctx.person_at(doc[k]) is None)
                               or doc[k].lower_ in LIST_WORDS):
        k -= 1
    places = _listed_places(doc[k + 1:end])
    named = [m.person for m in ctx.in_sentence(sent) if m.person in envoys and m.end <= k + 1]
    order = list(dict.fromkeys(named))[-len(places):] if len(places) > 1 else []
    return places[order.index(person)] if person in order and len(order) == len(places) else None


def _listed_places(span: Span) -> list[str]:
    """"Moscow and Minsk", "the Russian Federation and the People's Republic of China":
    the place read from the start of each item."""
    starts = [span.start] + [t.i + 1 for t in span if t.lower_ in ("and", ",")]
    places = [place_after(span.doc, i) if i < span.end else None for i in starts]
    return [p for p in places if p]


# An apposition between a gapped clause's name and its place: KCNA's "vice-minister of
# Foreign Affairs" and longer offices fit in 30 tokens.
GAPPED_APPOSITION = 30


def _gapped_destination(ctx: DocContext, end: int) -> str | None:
    """"A will travel to X and B to Y", "A ... left for Hanoi, and B, vice-minister of
    ..., for Vientiane": a name (and its apposition) followed straight by "to" or
    "for" + place heads a clause whose verb is left out."""
    doc = ctx.doc
    k = _past_apposition(doc, end)
    if k + 1 >= len(doc) or doc[k].lower_ not in ("to", "for") or not doc[k + 1].is_title:
        return None  # "Kim to visit Russia" has a verb after "to", not a place
    if doc[k].lower_ == "for" and k == end:
        return None  # "X for President Y" without a gapped clause's apposition
    return place_after(doc, k + 1)


def _past_apposition(doc: Doc, end: int) -> int:
    if end >= len(doc) or doc[end].text != ",":
        return end
    for k in range(end + 1, min(len(doc), end + GAPPED_APPOSITION)):
        if doc[k].pos_ in ("VERB", "AUX"):
            return end
        if doc[k].text == ",":
            return k + 1
    return end


def _own_clause_destination(ctx: DocContext, end: int, past: bool) -> str | None:
    """"A will visit Russia as special envoy ..., and B will visit China in the same
    capacity", "the highest-level trip to the DPRK since X travelled to Pyongyang in
    2018": an envoy goes where the words after the name, up to the next name, say
    (an earlier trip there only when the envoy's mission is an earlier one)."""
    span = _own_clause(ctx, end)
    return strong_destination(span) or (strong_destination(span, background=True)
                                        if past else None)


def _own_clause(ctx: DocContext, end: int, people: frozenset[int] | None = None) -> Span:
    """The words after a name that ends at `end`, up to the next name in its sentence
    (of `people`, when given)."""
    sent = ctx.doc[end - 1].sent
    nxt = [m.start for m in ctx.in_sentence(sent)
           if m.start >= end and (people is None or m.person in people)]
    return ctx.doc[end:min(nxt) if nxt else sent.end]


def scope_sentences(ctx: DocContext, person: int, link: RoleLink, only: bool,
                    antecedent: Span | None) -> list[Span]:
    """Sentences about the envoy: named, its role sentence, the sentence "the envoy"
    points back to (`antecedent`), and the pronoun sentences that follow them."""
    sents = ctx.sents
    named = {ctx.doc[m.start].sent.start for m in ctx.mentions if m.person == person}
    named.add(link.role.sent.start)
    if antecedent is not None:
        named.add(antecedent.start)
    roles = {r.sent.start for r in role_tokens(ctx.doc)} if only else set()
    out: list[Span] = []
    prev_in = False
    for sent in sents:
        inside = sent.start in named or sent.start in roles or (
            prev_in and _anaphoric(ctx, sent, person))
        if inside:
            out.append(sent)
        prev_in = inside
    return out


def _anaphoric(ctx: DocContext, sent: Span, person: int) -> bool:
    """A sentence whose main subject is he/she/they (continuing the previous sentence);
    a pronoun inside a relative clause ("during which he held talks") is someone else,
    and so is one after another person named first ("China sent X to Jakarta ..., and
    he met Y"; a name inside a phrase, "After talks with Y, she returned", is not)."""
    others = [m.start for m in ctx.in_sentence(sent) if m.person != person
              and m.root(ctx.doc).dep_ != "pobj"]
    return any(t.dep_ in ("nsubj", "nsubjpass") and t.lower_ in PERSON_PRONOUNS
               and t.head.dep_ not in ("relcl", "acl") and not any(k < t.i for k in others)
               for t in sent)


def _destination(ctx: DocContext, near: list[Span], scope: list[Span],
                 status: str) -> str | None:
    """The first place cue: in the sentence naming the envoy by the role, then the
    sentences about the envoy, then anywhere; strong cues before weak ones, and a
    trip of the past ("last travelled to X") only when the envoy's sentences name no
    current journey (it still beats a bare "in X", which may be where a meeting was
    held or a forum took place). An earlier mission's place is never borrowed from
    sentences that do not tell it, nor a bare "in X" of theirs: they are about the
    current news ("Speaking at a seminar in Washington, X said"). Once the envoy has
    arrived, a trip still to come ("is scheduled to leave for Tokyo") is the next leg."""
    earlier = status == "other"
    if STAGE_RANK.get(status, 0) >= STAGE_RANK["arrived"]:
        scope = [s for s in scope if s in near or mission_status([s]) != "upcoming"]
    everything = [] if earlier else list(ctx.sents)
    passes: list[tuple[Callable[[Span], str | None], list[Span]]] = [
        (strong_destination, near), (strong_destination, scope), (_past_destination, near),
        (weak_destination, near), (weak_destination, [] if earlier else scope),
        (_past_destination, scope), (strong_destination, everything),
        (weak_destination, everything)]
    for finder, sents in passes:
        for sent in sents:
            place = finder(sent)
            if place:
                return place
    return None


def _past_destination(sent: Span) -> str | None:
    return strong_destination(sent, background=True)
