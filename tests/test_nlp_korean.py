"""Korean names by shape: KCNA, hyphenated, South Korean, McCune-Reischauer, capitals."""

from __future__ import annotations

import pytest

from kcna_monitor.nlp.korean import find_korean_names
from kcna_monitor.nlp.linking import name_key


def names(text: str) -> list[str]:
    return [n.text for n in find_korean_names(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("met Choe Ryong Hae, secretary", ["Choe Ryong Hae"]),
    ("Choe Ryong-hae said", ["Choe Ryong-hae"]),
    ("Kim Jong-un's sister", ["Kim Jong-un"]),
    ("Choi Ryong-hae and Lee Su-yong", ["Choi Ryong-hae", "Lee Su-yong"]),
    ("Ch'oe Ryong-hae and Kim Yŏng-nam", ["Ch'oe Ryong-hae", "Kim Yŏng-nam"]),
    ("KIM JONG UN HAS TALKS WITH", ["KIM JONG UN"]),
    ("Kim Jong Un Has Talks with", ["Kim Jong Un"]),
    ("President Moon Jae In of south Korea", ["Moon Jae In"]),
    ("accompanied by Kim Song, DPRK permanent representative", ["Kim Song"]),
    ("MOON'S ENVOY CHUNG EUI-YONG TO FLY", ["CHUNG EUI-YONG"]),
    ("statues of Kim Il Sung and Kim Jong Il Prize winners", ["Kim Il Sung"]),
])
def test_finds_name_forms(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text", [
    "a rally at Kim Il Sung Square on Tuesday",
    "inspected Kim Chaek University of Technology",
    "the Kim Il Sung-Kim Jong Il Foundation",
    "awarded the Kim Jong Il Prize",
    "In Seoul, officials said",
    "the Hong Kong office",
    "workers of the Kim Chaek Iron and Steel Complex",
])
def test_rejects_eponyms_and_english(text: str) -> None:
    assert names(text) == []


def test_possessive_is_cut() -> None:
    assert names("Choe Ryong Hae's visit") == ["Choe Ryong Hae"]


def test_name_key_ignores_spelling_layout() -> None:
    assert name_key("Kim Jong-un") == name_key("KIM JONG UN") == name_key("Kim Jong Un")
    assert name_key("Choi Ryong-hae") != name_key("Choe Ryong Hae")
