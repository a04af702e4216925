"""Destinations compared as analysts mean them: "Russia" covers Moscow and the
Russian Federation; "the DPRK" is North Korea and Pyongyang."""

from __future__ import annotations

from kcna_monitor.gazetteer import country_group, halves, place_key


def same_place(wanted: str, found: str | None) -> bool:
    """Does the destination ``found`` satisfy a rule asking for ``wanted``?"""
    if not found:
        return False
    a, b = place_key(wanted), place_key(found)
    if a == b or (len(a) > 3 and a in b) or (len(b) > 3 and b in a):
        return True
    group = country_group(a)
    # "Moscow, Russian Federation": a destination may name the city and its country.
    return group is not None and any(group == country_group(part) for part in halves(found))
