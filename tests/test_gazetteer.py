"""The gazetteer's pure functions: which country a place is in, and a destination
written with its capital and country."""

from __future__ import annotations

import pytest

from kcna_monitor.gazetteer import country_group, demonyms, halves, people_of, with_country


def test_a_capital_and_a_seat_of_government_are_in_their_country() -> None:
    assert country_group("Moscow") == country_group("the Kremlin") == country_group("Russia")
    assert country_group("Moscow") != country_group("Beijing")
    assert country_group("Atlantis") is None


@pytest.mark.parametrize(("place", "texts", "written"), [
    # The envoy's sentence names the country; the whole text is not needed.
    ("Vientiane", ["He left for Vientiane, the capital of the Lao PDR.", "Laos"],
     "Vientiane, Lao PDR"),
    # Nothing near the mission: the whole text, where it first names the country.
    ("Hanoi", ["He arrived in Hanoi.", "Viet Nam and Vietnam"], "Hanoi, Viet Nam"),
    # At one place the fullest name: "Socialist Republic of Viet Nam", not "Viet Nam".
    ("Hanoi", ["envoy to the Socialist Republic of Viet Nam"],
     "Hanoi, Socialist Republic of Viet Nam"),
    # A country becomes its capital and itself when the text names the capital.
    ("the DPRK", ["Pyongyang, May 2 (KCNA) -- He is visiting the DPRK."], "Pyongyang, DPRK"),
    # The pronoun "us" is not the United States.
    ("Washington", ["He told us he would fly to Washington."], "Washington"),
    ("Washington", ["He will fly to Washington to see US officials."], "Washington, US"),
    # A city that is no capital, or a country whose capital goes unnamed, stays as written.
    ("Vladivostok", ["Russia"], "Vladivostok"),
    ("China", ["He will visit China."], "China"),
])
def test_with_country(place: str, texts: list[str], written: str) -> None:
    assert with_country(place, texts) == written


def test_people_of_a_country_are_of_that_country() -> None:
    assert country_group("China") == people_of("Chinese") == people_of("China")
    assert people_of("U.S.") == country_group("United States")
    assert people_of("Martian") is None


def test_halves_of_a_destination() -> None:
    assert halves("Moscow, Russian Federation") == ["Moscow", "Russian Federation"]
    assert halves("Geneva") == ["Geneva"]


@pytest.mark.parametrize(("place", "texts", "written"), [
    # A country's name inside a longer name is not that country.
    ("Washington", ["He toured Latin America before flying to Washington."], "Washington"),
    ("Seoul", ["the Democratic People's Republic of Korea and Seoul"], "Seoul"),
    # A capital has more than one spelling; an article in capitals goes too.
    ("Mongolia", ["He flew to Ulan Bator, Mongolia."], "Ulan Bator, Mongolia"),
    ("The DPRK", ["Pyongyang, May 2 (KCNA)"], "Pyongyang, DPRK"),
    ("New York", ["He flew to New York for the UN session."], "New York"),
])
def test_with_country_reads_names_whole(place: str, texts: list[str], written: str) -> None:
    assert with_country(place, texts) == written


def test_demonyms_are_one_word_each() -> None:
    assert {"chinese", "lao"} <= demonyms()
    assert "south korean" not in demonyms()
