"""Destinations compared as analysts mean them: "Russia" covers Moscow and the
Russian Federation; "the DPRK" is North Korea and Pyongyang."""

from __future__ import annotations

from kcna_monitor.gazetteer import country_group, halves, place_key


def same_place(wanted: str, found: str | None) -> bool:
    """Does the destination ``found`` satisfy a rule asking for ``wanted``? Each half
    of "Moscow, Russian Federation" is compared; two places the gazetteer puts in
    different countries never match, whatever their names share ("Republic of Korea"
    and "Democratic People's Republic of Korea")."""
    if not found:
        return False
    a = place_key(wanted)
    group = country_group(a)
    for half in halves(found):
        b = place_key(half)
        other = country_group(b)
        if group is not None and other is not None:
            if group == other:
                return True
        elif a == b or (len(a) > 3 and a in b) or (len(b) > 3 and b in a):
            return True
    return False
