"""Countries as DPRK media and the wires name them: each with its other names and
its capital. The watch stage compares destinations by it; the envoy extractor uses
it to tell which country "the North" or "the South" stands for."""

from __future__ import annotations

import re
import unicodedata
from functools import cache

# Each group is one country as DPRK media and the wires write it, with its
# capital. A rule "any envoy to Russia" should fire for an envoy "to Moscow".
_GROUPS = """
russia | russian federation | moscow | kremlin
china | people's republic of china | prc | beijing
united states | united states of america | us | usa | america | washington | white house
japan | tokyo
south korea | republic of korea | rok | seoul
north korea | dprk | democratic people's republic of korea | pyongyang
vietnam | viet nam | socialist republic of vietnam | hanoi
laos | lao pdr | lao people's democratic republic | vientiane
mongolia | ulaanbaatar | ulan bator
cuba | republic of cuba | havana
iran | islamic republic of iran | tehran
syria | syrian arab republic | damascus
belarus | republic of belarus | minsk
indonesia | republic of indonesia | jakarta
singapore
cambodia | kingdom of cambodia | phnom penh
united nations | un | new york
"""


def place_key(name: str) -> str:
    """Case-, accent- and article-insensitive form of a place name."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = re.sub(r"^the\s+", "", text.strip())
    return re.sub(r"[\s.\-]+", " ", text).strip()


@cache
def groups() -> dict[str, int]:
    index: dict[str, int] = {}
    lines = [line for line in _GROUPS.strip().splitlines() if line.strip()]
    for number, line in enumerate(lines):
        for name in line.split("|"):
            index[place_key(name)] = number
    return index


def country_group(name: str) -> int | None:
    """The number of the country ``name`` belongs to, or None when not listed."""
    return groups().get(place_key(name))

