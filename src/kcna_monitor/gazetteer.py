"""Countries as DPRK media and the wires name them: each with its other names and
its capital. The watch stage compares destinations by it; the envoy extractor uses
it to tell which country "the North" or "the South" stands for."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

# Each line is one country as DPRK media and the wires write it: its names, then after
# "=" its capital (spellings apart by "/"), then other seats of its government. A rule
# "any envoy to Russia" should fire for an envoy "to Moscow".
_GROUPS = """
russia | russian federation = moscow | kremlin
china | people's republic of china | prc = beijing
united states | united states of america | us | u.s. | usa | america = washington | white house
japan = tokyo
south korea | republic of korea | rok = seoul
north korea | dprk | democratic people's republic of korea = pyongyang
vietnam | viet nam | socialist republic of vietnam | socialist republic of viet nam = hanoi
laos | lao pdr | lao people's democratic republic = vientiane
mongolia = ulaanbaatar / ulan bator
cuba | republic of cuba = havana
iran | islamic republic of iran = tehran
syria | syrian arab republic = damascus
belarus | republic of belarus = minsk
indonesia | republic of indonesia = jakarta
singapore
cambodia | kingdom of cambodia = phnom penh
united nations | un | new york
"""


# What the wires call a country's people and things, for the sender of "the Chinese
# special envoy" or "Russia's special representative".
_DEMONYMS = {
    "russian": "russia", "chinese": "china", "american": "united states",
    "japanese": "japan", "south korean": "south korea", "north korean": "north korea",
    "vietnamese": "vietnam", "lao": "laos", "laotian": "laos", "mongolian": "mongolia",
    "cuban": "cuba", "iranian": "iran", "syrian": "syria", "belarusian": "belarus",
    "indonesian": "indonesia", "cambodian": "cambodia",
}


def demonyms() -> frozenset[str]:
    """The one-word names of the listed countries' peoples ("chinese", "lao")."""
    return frozenset(word for word in _DEMONYMS if " " not in word)


def people_of(word: str) -> int | None:
    """The country whose people or things ``word`` names ("Chinese"), or the country
    ``word`` names."""
    key = place_key(word)
    return country_group(_DEMONYMS.get(key, key))


def place_key(name: str) -> str:
    """Case-, accent- and article-insensitive form of a place name."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = re.sub(r"^the\s+", "", text.strip())
    return re.sub(r"[\s.\-]+", " ", text).strip()


@dataclass(frozen=True)
class Country:
    names: tuple[str, ...]  # its own names
    capital: tuple[str, ...]  # the spellings of its capital, if it has one listed
    seats: tuple[str, ...]  # the capital and the other seats of government


@cache
def countries() -> tuple[Country, ...]:
    found = []
    for line in _GROUPS.strip().splitlines():
        if not line.strip():
            continue
        names, _, seats = line.partition("=")
        own = tuple(n.strip() for n in names.split("|"))
        listed = [n.strip() for n in seats.split("|") if n.strip()]
        capital = tuple(n.strip() for n in listed[0].split("/")) if listed else ()
        found.append(Country(own, capital, (*capital, *listed[1:])))
    return tuple(found)


@cache
def groups() -> dict[str, int]:
    return {place_key(name): number for number, country in enumerate(countries())
            for name in (*country.names, *country.seats)}


def country_group(name: str) -> int | None:
    """The number of the country ``name`` belongs to, or None when not listed."""
    return groups().get(place_key(name))


def with_country(place: str, texts: Sequence[str]) -> str:
    """"Vientiane" becomes "Vientiane, Lao People's Democratic Republic" when the text
    also names the country the capital is in, and "the DPRK" becomes "Pyongyang, DPRK"
    when it also names the capital: a destination written as a dateline writes it.

    ``texts`` are searched in turn, nearest the mission first (the envoy's sentences,
    then the whole text); the added half is spelt as the first text that names it
    spells it there first."""
    number = country_group(place)
    if number is None:
        return place
    country = countries()[number]
    key = place_key(place)
    if key in (place_key(n) for n in country.capital):
        named = _written(country.names, texts)
        return f"{place}, {named}" if named else place
    if key in (place_key(n) for n in country.names):
        capital = _written(country.capital, texts)
        bare = re.sub(r"^the\s+", "", place, flags=re.IGNORECASE)
        return f"{capital}, {bare}" if capital else place
    return place


def capital_written(country: str, text: str) -> str | None:
    """The capital of ``country`` as ``text`` spells it, if it names it ("the North's
    capital" is Pyongyang in a text that writes "Pyongyang")."""
    number = country_group(country)
    return _written(countries()[number].capital, [text]) if number is not None else None


def halves(destination: str) -> list[str]:
    """The places a destination names: "Moscow, Russian Federation" names two."""
    return [part.strip() for part in destination.split(",")]


def _written(names: tuple[str, ...], texts: Sequence[str]) -> str | None:
    """The earliest of ``names`` in the first of ``texts`` that has one, as written
    there: a proper name ("US" in capitals, never the pronoun "us"), and where two
    start together the longer ("Socialist Republic of Viet Nam", not "Viet Nam")."""
    for text in texts:
        found = [(match.start(), -len(match.group(0)), match.group(0))
                 for name in names
                 for match in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text, re.IGNORECASE)
                 if match.group(0)[0].isupper() and (len(name) > 3 or match.group(0).isupper())
                 and not _inside_longer_name(text, match.start())]
        if found:
            return min(found)[2]
    return None


def _inside_longer_name(text: str, start: int) -> bool:
    """"Latin America", "Democratic People's Republic of Korea": a capitalised word
    right before the match makes it part of another name (a full stop before it ends
    a sentence instead)."""
    words = text[:start].split()
    before = words[-1].removesuffix("'s").removesuffix("’s") if words else ""
    return before[:1].isupper() and before[-1:].isalpha()
