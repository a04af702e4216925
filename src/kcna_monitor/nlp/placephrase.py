"""A place's name at a token: where it starts and ends, and what is no place ("the
Russian capital", "Incheon International Airport", "the Belt and Road Forum").

The destination rules in places.py find the cue ("arrived in", "a visit to"); this
module reads the name that follows it."""

from __future__ import annotations

from spacy.tokens import Doc

from kcna_monitor.gazetteer import capital_written, country_group
from kcna_monitor.nlp.lexicon import TITLE_HEADS
from kcna_monitor.nlp.placenames import PLACE_LABELS, known_places

# The last word of a terminal's name. An envoy lands at an airport in a city; the
# mission's place is the city or the country ("Incheon International Airport" is
# neither), so a terminal is left for the other cues and the dateline.
TERMINAL_WORDS = frozenset({"airport", "airfield", "base", "station", "terminal"})
NOT_PLACES = frozenset({"here", "home", "there"})
# Sights and buildings an envoy visits or stands in, never the mission's destination
# (no labelled destination of ours ends in one; "Ba Dinh Square" did in a prediction).
VENUE_WORDS = frozenset({"square", "hall", "palace", "museum", "exhibition", "cathedral",
                         "church", "temple", "mausoleum", "memorial", "tower", "stadium",
                         "hotel", "park", "monument", "cemetery", "tomb", "theatre",
                         "theater", "plaza", "house"})
# Nouns after a capitalised name that make it an occasion ("National Day celebrations").
EVENT_NOUNS = frozenset({"celebrations", "celebration", "ceremony", "ceremonies", "festival",
                         "festivities", "commemorations", "anniversary", "parade", "games"})
# Capitalised words that make a name an event ("the Belt and Road Forum", "the Winter
# Olympics in PyeongChang"): an envoy goes to it, the place is written elsewhere.
EVENT_WORDS = frozenset({"forum", "olympics", "games", "summit", "conference", "congress",
                         "expo", "festival", "assembly", "session", "championships"})
# The capitalised words of an event's name after its first ("Belt and Road Forum").
EVENT_NAME_WINDOW = 6
HEADLINE_BREAKS = frozenset({"for", "to", "in", "at", "on", "from", "with", "by"})
# Lower-case words of a place description before "of" ("the border truce village").
COMMON_HEAD_WORDS = 4
PLACE_NOUNS = frozenset({"village", "city", "town", "port", "capital", "county", "province",
                         "island", "resort", "area", "region", "republic", "kingdom"})
def place_after(doc: Doc, i: int, person_ok: bool = False) -> str | None:
    """The capitalised place name starting at token i ("the Russian Federation",
    "south Korea", "New York", "the border village of Panmunjom"), without "the".

    `person_ok`: where only a place can stand ("left for X", "arrived in X"), a word the
    model calls a person ("Accra") is a place."""
    while i < len(doc) and doc[i].lower_ == "the":
        i += 1
    described = past_common_head(doc, i)
    person_ok = person_ok or described > i  # "the village of X": X is a place, whatever its label
    i = described
    start = i
    if i + 1 < len(doc) and doc[i].lower_ in ("south", "north") and doc[i + 1].is_title:
        i += 1
    while i < len(doc) and _place_token(doc, i, start, person_ok):
        i += 1
    i = _entity_end(doc, start, i)
    if i == start or doc[start].lower_ in NOT_PLACES or doc[start].ent_type_ in ("DATE", "TIME"):
        return None
    if doc[start].lower_ in TITLE_HEADS and doc[start].ent_type_ not in PLACE_LABELS:
        return None  # "emissary to President Donald Trump": a person's title, no place
    if i < len(doc) and doc[i].is_lower and (doc[i - 1].ent_type_ == "NORP"
                                             or doc[i].lower_ in ("capital", "side")):
        if _capital_then_name(doc, i):
            return place_after(doc, i + 1)  # "the Lao capital Vientiane"
        return None  # "the Russian capital", "the Lao capital": no place's name
    if doc[i - 1].lower_ in TERMINAL_WORDS or (i < len(doc) and doc[i].lower_ in TERMINAL_WORDS
                                               and doc[start:i].text.lower() not in known_places()):
        # "landed at Incheon International Airport", "flew into Gimpo airport" ("arrived at
        # Pyongyang airport" names the city)
        return None
    if _venue(doc, start, i):
        return None  # "visited the Kimilsungia-Kimjongilia Exhibition Hall": a sight
    if doc[i - 1].tag_ == "POS":
        return None  # "from North Korea's ruling party": an owner, no place gone to
    if i + 1 < len(doc) and doc[i].tag_ == "POS" and doc[i + 1].lower_ == "capital":
        return _capital_of(doc, doc[start:i].text)  # "fly to the North's capital"
    if event_name(doc, start):
        return None  # "envoy to the Belt and Road Forum": an occasion, not a place
    if i < len(doc) and doc[i].lower_ in EVENT_NOUNS and doc[start].ent_type_ not in (
            "GPE", "LOC"):
        return None  # "envoy to National Day celebrations": an occasion, not a place
    return doc[start:i].text


def _venue(doc: Doc, start: int, end: int) -> bool:
    """A building, square or hall: the name or the facility it begins ends in one."""
    last = doc[end - 1]
    if doc[start].ent_type_ == "FAC":
        k = start
        while k + 1 < len(doc) and doc[k + 1].ent_iob_ == "I":
            k += 1
        last = doc[k]
    return last.lower_ in VENUE_WORDS


def _capital_of(doc: Doc, country: str) -> str | None:
    """"the North's capital", "China's capital": the capital the text names, else the
    country (where it went, if not which city)."""
    country = HALVES.get(country.lower(), country)
    if country_group(country) is None:
        return None  # "Kim Jong Un's capital": no country named
    return capital_written(country, doc.text) or country


def _capital_then_name(doc: Doc, i: int) -> bool:
    """"the Lao capital Vientiane": the capital's own name follows the noun."""
    return doc[i].lower_ in ("capital", "city") and i + 1 < len(doc) and \
        doc[i + 1].ent_type_ in PLACE_LABELS and doc[i + 1].ent_iob_ == "B"


def event_name(doc: Doc, start: int) -> bool:
    """The capitalised name from `start` is an event's: the model says so, or one of
    its words is an event's ("Eastern Economic Forum", "Belt and Road Forum")."""
    if doc[start].ent_type_ == "EVENT":
        return True
    for k in range(start, min(len(doc), start + EVENT_NAME_WINDOW)):
        # A headline's capitals go on past the name: "Arrives in Moscow For Party Congress".
        word = doc[k].lower_
        if not (doc[k].is_title or word in ("and", "of")) or word in HEADLINE_BREAKS:
            return False
        if doc[k].is_title and doc[k].lower_ in EVENT_WORDS:
            return True
    return False


def _entity_end(doc: Doc, start: int, end: int) -> int:
    """"Ambassador to Russia Sin Hong Chol": a place the model recognised ends with its
    entity, where a capitalised word of no place (a name the model missed) follows."""
    if doc[start].ent_iob_ != "B" or doc[start].ent_type_ not in PLACE_LABELS:
        return end
    k = start + 1
    while k < end and doc[k].ent_iob_ == "I":
        k += 1
    if k < end and doc[k].is_title and doc[k].ent_type_ not in PLACE_LABELS:
        return k
    return end


def past_common_head(doc: Doc, i: int) -> int:
    """"the border truce village of Panmunjom", "the port city of Nampho": where the
    name comes after "of"."""
    j = i
    while j < min(len(doc), i + COMMON_HEAD_WORDS) and doc[j].is_lower and \
            doc[j].pos_ in ("NOUN", "ADJ"):
        j += 1
    if j > i and j + 1 < len(doc) and doc[j].lower_ == "of" and doc[j + 1].is_title and \
            doc[j - 1].lower_ in PLACE_NOUNS:
        return j + 1
    return i


def _place_token(doc: Doc, i: int, start: int, person_ok: bool = False) -> bool:
    tok = doc[i]
    barred = ("DATE", "TIME") if person_ok else ("DATE", "TIME", "PERSON")
    if tok.ent_type_ in barred or (tok.is_punct and tok.text != "."):
        return False
    if tok.tag_ == "POS" and i > start and i + 1 < len(doc) and doc[i + 1].is_title:
        return True  # "Lao People's Democratic Republic"
    if tok.lower_ == "of" and i > start and i + 1 < len(doc) and doc[i + 1].text[:1].isupper():
        return True
    # "St. Petersburg", "U.S.": a capitalised abbreviation is part of the name;
    # "PyeongChang" is one the model knows, in a capital-in-the-middle spelling.
    capitalised = tok.is_title or tok.is_upper or (
        tok.text[:1].isupper() and tok.ent_type_ in PLACE_LABELS)
    return (capitalised and tok.text.replace(".", "").isalpha()) or (
        i == start and tok.lower_ in ("south", "north"))


# "the North" and "the South" of Korean news copy, and the country each stands for.
HALVES = {"north": "North Korea", "south": "South Korea"}


def named_before_noun(doc: Doc, i: int) -> str | None:
    """"at the Panmunjom truce village", "in the Kalma tourist area": a name before a
    common noun of place."""
    i += doc[i].lower_ == "the"
    j = i
    # The model may call "Panmunjom" a person; "the North Korean capital" names none.
    while j < len(doc) and doc[j].is_title and doc[j].ent_type_ != "NORP":
        j += 1
    k = j
    while k < min(len(doc), j + COMMON_HEAD_WORDS) and doc[k].is_lower:
        if doc[k].lower_ in PLACE_NOUNS:
            # "in the Lao capital": a people's adjective before "capital", no name
            # ("in Indonesia's new capital" names the country)
            adjective = doc[k].lower_ == "capital" and doc[j].tag_ != "POS"
            return doc[i:j].text if j > i and not adjective else None
        k += 1
    return None
