"""Watch rules of every kind, on real extractions of texts written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kcna_monitor.config import WatchEntry
from kcna_monitor.nlp.pipeline import extract_text
from kcna_monitor.watch.places import same_place
from kcna_monitor.watch.rules import ArticleInfo, Watchlist, alert_drafts, sentence_at

ENVOY_TEXT = (
    "Pyongyang, March 3 (KCNA) -- Kim Song Nam, director of the International Department "
    "of the WPK Central Committee, left here for Moscow on Tuesday as special envoy of "
    "Kim Jong Un. He was seen off by Ri Son Gwon. The Supreme People's Assembly will "
    "discuss the nuclear weapons policy at its session.")
PLAIN_TEXT = ("Pyongyang, March 4 (KCNA) -- Kim Song Nam met the visiting delegation of the "
              "Lao People's Revolutionary Party at the Mansudae Assembly Hall on Wednesday.")


def _hits(nlp: Language, entries: list[WatchEntry], text: str, title: str = "t") -> dict:
    found = Watchlist(entries).hits(text, extract_text(nlp, text), title)
    return {hit.watch.name: hit for hit in found if hit.match.match}


def test_any_envoy_to_a_country_covers_its_capital(nlp: Language) -> None:
    rules = [WatchEntry("Envoys to Russia", kind="envoy", destination="Russia"),
             WatchEntry("Envoys to China", kind="envoy", destination="China"),
             WatchEntry("Any envoy", kind="envoy")]
    hits = _hits(nlp, rules, ENVOY_TEXT)
    assert set(hits) == {"Envoys to Russia", "Any envoy"}
    assert hits["Envoys to Russia"].person == "Kim Song Nam"
    assert hits["Envoys to Russia"].envoy is not None


def test_person_as_envoy_fires_only_on_envoy_mentions(nlp: Language) -> None:
    rule = WatchEntry("Kim Song Nam as envoy", kind="envoy", person="Kim Song Nam",
                      aliases=("Kim Song-nam",))
    assert set(_hits(nlp, [rule], ENVOY_TEXT)) == {"Kim Song Nam as envoy"}
    assert _hits(nlp, [rule], PLAIN_TEXT) == {}
    person = WatchEntry("Kim Song Nam")
    assert set(_hits(nlp, [person], PLAIN_TEXT)) == {"Kim Song Nam"}


def test_person_as_envoy_to_a_destination(nlp: Language) -> None:
    to_moscow = WatchEntry("KSN to Moscow", kind="envoy", person="Kim Song Nam",
                           destination="Russian Federation")
    to_beijing = WatchEntry("KSN to Beijing", kind="envoy", person="Kim Song Nam",
                            destination="Beijing")
    assert set(_hits(nlp, [to_moscow, to_beijing], ENVOY_TEXT)) == {"KSN to Moscow"}


def test_keyword_rules_match_whole_phrases_in_text_or_title(nlp: Language) -> None:
    rules = [WatchEntry("Nuclear policy", kind="keyword", phrases=("nuclear weapons policy",)),
             WatchEntry("Satellite", kind="keyword", phrases=("reconnaissance satellite",)),
             WatchEntry("Assembly", kind="keyword")]
    hits = _hits(nlp, rules, ENVOY_TEXT, title="Reconnaissance  Satellite Launched")
    assert set(hits) == {"Nuclear policy", "Satellite", "Assembly"}
    assert _hits(nlp, [WatchEntry("Nuc", kind="keyword")], ENVOY_TEXT) == {}  # whole words


def test_alert_text_carries_the_matched_sentence(nlp: Language) -> None:
    text = PLAIN_TEXT + " Ri Son Gwon said the talks were fruitful. Nothing else."
    watch = Watchlist([WatchEntry("Ri Son Gwon", hangul="리선권")])
    hits = watch.hits(text, extract_text(nlp, text), "Talks")
    [draft] = alert_drafts(hits, ArticleInfo("Talks", "http://t/1", "src", None, text))
    assert "Sentence: Ri Son Gwon said the talks were fruitful." in draft.body
    assert "Person as written: Ri Son Gwon" in draft.body


@pytest.mark.parametrize(("wanted", "found", "same"), [
    ("Russia", "Moscow", True), ("Russia", "the Russian Federation", True),
    ("DPRK", "Pyongyang", True), ("China", "Beijing", True), ("China", "Moscow", False),
    ("Vientiane", "Laos", True), ("Russia", None, False), ("Tokyo", "Tokyo", True),
    ("United States", "Washington", True), ("US", "Russia", False),
    ("North Korea", "Pyongyang, DPRK", True), ("Laos", "Vientiane, Lao PDR", True),
    ("China", "Hanoi, Viet Nam", False),
])
def test_same_place(wanted: str, found: str | None, same: bool) -> None:
    assert same_place(wanted, found) is same


def test_sentence_at() -> None:
    text = "First one. Second (KCNA) one! Third.\n\nNew paragraph here"
    assert sentence_at(text, text.index("Second"), text.index("Second") + 6) == \
        "Second (KCNA) one!"
    assert sentence_at(text, text.index("New"), text.index("New") + 3) == "New paragraph here"
    assert sentence_at(text, -1, -1) == ""


def test_entries_without_hangul_get_advice_on_ambiguous_syllables() -> None:
    from kcna_monitor.watch.rules import hangul_advice

    entries = [WatchEntry("Kim Jong Un"), WatchEntry("Kim Yo Jong", hangul="김여정"),
               WatchEntry("Sergei Lavrov"), WatchEntry("Any envoy", kind="envoy")]
    [advice] = hangul_advice(entries)
    assert advice.startswith("watch 'Kim Jong Un' has no hangul: Jong, Un can each spell")


def test_a_name_inside_another_countrys_name_is_no_match() -> None:
    assert not same_place("Republic of Korea", "Pyongyang, Democratic People's Republic of Korea")
    assert same_place("United States", "U.S.")
