"""Extraction never hangs, crashes or invents offsets, whatever the text."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.language import Language

from kcna_monitor.nlp.pipeline import extract_text

# Words that trigger every rule: names, titles, roles, verbs of travel, places.
VOCABULARY = [
    "Kim", "Jong", "Un", "Choe", "Ryong", "Hae", "Ri", "Su", "Yong", "Pak", "Pong", "Ju",
    "Ch'oe", "Ryong-hae", "Jong-un", "Lee", "Choi", "Marshal", "Comrade", "President",
    "special", "envoy", "envoys", "emissary", "representative", "of", "the", "to", "as",
    "and", "his", "her", "'s", "left", "for", "arrived", "in", "met", "will", "visit",
    "returned", "home", "was", "dispatched", "by", "Moscow", "Beijing", "Russia", "China",
    "Square", "University", "Kim Il Sung", "Pyongyang", ",", ".", "(KCNA)", "--", "—",
    "ambassador", "delegation", "head", "Xi", "Jinping", "Vladimir", "Putin", "KIM",
    "JONG", "UN", "ENVOY", "said", "He", "She", "The", "\n\n", "Sergei", "Lavrov",
]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(VOCABULARY), min_size=0, max_size=80))
def test_any_word_salad_extracts_with_valid_offsets(nlp: Language, words: list[str]) -> None:
    text = " ".join(words)
    result = extract_text(nlp, text)
    for person in result.persons:
        assert person.name.strip()
        for mention in person.mentions:
            assert 0 <= mention.start < mention.end <= len(text)
            assert text[mention.start:mention.end] == mention.text
    for envoy in result.envoys:
        assert envoy.status in ("upcoming", "departed", "arrived", "met", "returned", "other")
        assert 0 <= envoy.start <= envoy.end <= len(text)


def test_pathological_inputs(nlp: Language) -> None:
    for text in ["", " ", "\n" * 50, "Kim " * 300, "envoy of " * 200, "A" * 5000,
                 "Kim Jong Un's special envoy's envoy's special envoy of the envoy.",
                 "최룡해 특사 " * 50, "\x00\x01 Kim Jong Un \ufeff special envoy"]:
        extract_text(nlp, text)
