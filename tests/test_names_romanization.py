"""Syllable tables, segmentation, surnames and KCNA display romanization."""

from __future__ import annotations

import pytest

from kcna_monitor.names import (
    hangul_to_kcna,
    is_korean_surname,
    is_romanized_syllable,
    segmentations,
    syllable_count,
)
from kcna_monitor.names.romanization import (
    romanization_index,
    south_form,
    syllable_candidates,
)


def test_index_covers_every_hangul_syllable() -> None:
    covered = set().union(*romanization_index().values())
    assert len(covered) == 11172


@pytest.mark.parametrize(
    ("token", "expected"),
    [
        ("Ryonghae", [("ryong", "hae")]),  # fewest syllables: not ryong|ha|e
        ("Choe", [("choe",)]),  # not cho|e
        ("Hea", [("he", "a")]),
        ("jangseongtaeg", [("jang", "seong", "taeg")]),
    ],
)
def test_segmentations_fewest_syllables(token: str, expected: list[tuple[str, ...]]) -> None:
    assert segmentations(token) == expected


def test_open_only_vowel_spellings_do_not_shorten_solid_rr() -> None:
    # ㅟ 'ui' is an open-syllable spelling, so 최부일 is not read choe|buil
    readings = segmentations("choebuil")
    assert ("choe", "bu", "il") in readings
    assert all(len(r) == 3 for r in readings)


def test_segmentations_keep_every_reading_with_the_fewest_count() -> None:
    readings = segmentations("Kimjongun")
    assert ("kim", "jong", "un") in readings
    assert ("kim", "jon", "gun") in readings
    assert all(len(r) == 3 for r in readings)


@pytest.mark.parametrize("token", ["Marshal", "Kardashian", "Sergei", "Xi", ""])
def test_segmentations_reject_non_korean(token: str) -> None:
    assert segmentations(token) == []


@pytest.mark.parametrize(
    "token", ["Choe", "Ryong", "hae", "Ch'oe", "Ch’oe", "Yŏng", "Lee", "Park", "최"]
)
def test_is_romanized_syllable(token: str) -> None:
    assert is_romanized_syllable(token)


@pytest.mark.parametrize("token", ["Ryonghae", "Marshal", "Putin", "Hea", ""])
def test_is_not_one_syllable(token: str) -> None:
    assert not is_romanized_syllable(token)


@pytest.mark.parametrize(
    ("word", "count"),
    [("Ryong-hae", 2), ("Ryonghae", 2), ("최룡해", 3), ("ChoeLyongHae", 3), ("Kardashian", None)],
)
def test_syllable_count(word: str, count: int | None) -> None:
    assert syllable_count(word) == count


@pytest.mark.parametrize(
    "token",
    ["Kim", "Ri", "Lee", "Yi", "Choe", "Choi", "Ch'oe", "Pak", "Park", "O", "Oh", "Jang",
     "Chang", "Hyon", "Hyun", "Roh", "Rim", "Lim", "Ryom", "김", "남궁"],
)  # fmt: skip
def test_korean_surnames(token: str) -> None:
    assert is_korean_surname(token)


@pytest.mark.parametrize("token", ["Ryong", "Putin", "Marshal", "Hae"])
def test_not_korean_surnames(token: str) -> None:
    assert not is_korean_surname(token)


@pytest.mark.parametrize(
    ("hangul", "kcna"),
    [
        ("최룡해", "Choe Ryong Hae"),
        ("김정은", "Kim Jong Un"),
        ("김일성", "Kim Il Sung"),  # fixed spelling
        ("박동구", "Pak Tong Gu"),  # DPRK official example: voiced after a vowel/sonorant
        ("안복철", "An Pok Chol"),  # DPRK official example
        ("장성택", "Jang Song Thaek"),
        ("리용길", "Ri Yong Gil"),
        ("남궁민수", "Namkung Min Su"),  # two-syllable surname
    ],
)
def test_hangul_to_kcna(hangul: str, kcna: str) -> None:
    assert hangul_to_kcna(hangul) == kcna


def test_breves_are_evidence() -> None:
    assert syllable_candidates("Yŏng") == syllable_candidates("yeong")
    assert "용" in syllable_candidates("Yong")
    assert "용" not in syllable_candidates("Yŏng")
    assert syllable_candidates("Cho'ng") == syllable_candidates("Chŏng")  # ASCII MR breve


def test_j_never_spells_aspirated_chieuch() -> None:
    assert "청" not in syllable_candidates("Jong")
    assert {"정", "청"} <= syllable_candidates("Chong")


@pytest.mark.parametrize(
    ("north", "south"), [("리", "이"), ("로", "노"), ("류", "유"), ("녀", "여"), ("김", "김")]
)
def test_initial_sound_law(north: str, south: str) -> None:
    assert south_form(north) == south
