"""The name matcher: labelled hard cases, explanations, Hangul, index and scan."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from kcna_monitor.names import (
    ALERT_THRESHOLD,
    REVIEW_THRESHOLD,
    NameIndex,
    identity_key,
    match_name,
)

CASES = Path(__file__).parent / "data" / "name_cases.tsv"


def _rows() -> list[tuple[str, str, bool, str]]:
    with CASES.open(encoding="utf-8") as fh:
        return [
            (r["watch_name"], r["mention"], r["expected"] == "true", r["note"])
            for r in csv.DictReader(fh, delimiter="\t")
        ]


@pytest.mark.parametrize(("watch", "mention", "expected", "note"), _rows())
def test_labelled_cases(watch: str, mention: str, expected: bool, note: str) -> None:
    tag = re.match(r"\[([^\]]+)\]", note)
    result = match_name(watch, mention)
    if tag and tag.group(1) == "weak":
        assert result.band == "review", result
    elif expected:
        assert result.match and result.band == "alert", result
    else:
        assert not result.match, result


def test_own_table_covers_every_tag() -> None:
    tags = {re.match(r"\[([^\]]+)\]", r[3]).group(1) for r in _rows()}  # type: ignore[union-attr]
    assert {"pos-format", "pos-romanization", "pos-script", "pos-title", "weak"} <= tags
    assert {"neg-hard", "neg-structure", "neg-case"} <= tags


def test_thresholds_order() -> None:
    assert 0 < REVIEW_THRESHOLD < ALERT_THRESHOLD <= 1


def test_exact_match_explained() -> None:
    result = match_name("Kim Jong Un", "Marshal Kim Jong Un")
    assert result.score == 1.0 and result.matched == "Kim Jong Un"
    assert result.reasons == ("exact",)


@pytest.mark.parametrize(
    ("watch", "mention", "reason"),
    [
        ("Rim Chon Il", "Im Chon-il", "surname initial-law rim~im"),
        ("Choe Ryong Hae", "Choe Yong-hae", "given-name initial-law ryong~yong (weak)"),
        ("Kim Jong Un", "Jong-un Kim", "western order (weak)"),
        ("Choe Ryong Hae", "Choe Ryong-Hea", "typo repaired 'Hea' (weak)"),
        ("Choe Ryong Hae", "Choi Ryong-hae", "spelling choe~choi"),
        ("Choe Ryong Hae", "최룡해", "hangul"),
    ],
)
def test_reasons(watch: str, mention: str, reason: str) -> None:
    reasons = match_name(watch, mention).reasons
    assert any(r.startswith(reason) for r in reasons), reasons


def test_weak_rules_do_not_stack_into_review() -> None:
    # western order (0.15) plus a typo (0.20) falls below the review band
    assert match_name("Kim Jong Un", "Jong-Nu Kim").band is None


def test_hangul_narrows_the_watch_entry() -> None:
    assert match_name("Ri Yong Ho", "Ri Yeong-ho").match  # Latin alone is ambiguous
    assert not match_name("Ri Yong Ho", "Ri Yeong-ho", hangul="리용호").match
    assert match_name("Ri Yong Ho", "Ri Yong-ho", hangul="리용호").match
    # an alias inconsistent with the Hangul keeps its own reading
    assert match_name("Kim Jong-woon", "Kim Jong Woon", hangul="김정은").match


def test_no_match_is_empty() -> None:
    result = match_name("Kim Jong Un", "Kim Yo Jong")
    assert (result.score, result.band, result.matched, result.match) == (0.0, None, "", False)


def test_headline_title_case() -> None:
    assert match_name("Kim Jong Un", "Kim Jong Un Has Talks with Vladimir Putin").match
    assert match_name("Vladimir Putin", "Kim Jong Un Has Talks with Vladimir Putin").match


def _index() -> NameIndex[str]:
    return NameIndex(
        [
            ("kju", ["Kim Jong Un", "Kim Jong-woon"], "김정은"),
            ("crh", ["Choe Ryong Hae"], "최룡해"),
            ("ryh", ["Ri Yong Ho"], "리용호"),
            ("ksn", ["Kim Song Nam"], None),
            ("lavrov", ["Sergei Lavrov"], None),
            ("kis", ["Kim Il Sung"], "김일성"),
        ]
    )


def test_index_match_best_first() -> None:
    found = _index().match("Lee Yong-ho")
    assert [key for key, _ in found] == ["ryh"]
    assert found[0][1].match


def test_index_match_agrees_with_match_name() -> None:
    index = _index()
    for mention in ["Ch'oe Ryong-hae", "KIM JONG UN", "Sergey Lavrov", "Kim Yo Jong", "Kimjongun"]:
        by_index = {key: m.band for key, m in index.match(mention)}
        assert by_index.get("crh") == match_name("Choe Ryong Hae", mention, hangul="최룡해").band
        assert by_index.get("lavrov") == match_name("Sergei Lavrov", mention).band


def test_scan_offsets_and_guards() -> None:
    text = (
        "Respected Comrade Kim Jong Un visited the Kim Il Sung Square with Choe Ryong Hae, "
        "and Sergei Lavrov met Kim Song Nam."
    )
    hits = _index().scan(text)
    spans = {(key, text[start:end]) for key, _, start, end in hits}
    assert spans == {
        ("kju", "Kim Jong Un"),
        ("crh", "Choe Ryong Hae"),
        ("lavrov", "Sergei Lavrov"),
        ("ksn", "Kim Song Nam"),
    }
    assert [start for _, _, start, _ in hits] == sorted(start for _, _, start, _ in hits)


def test_scan_finds_hangul_and_western_order() -> None:
    hits = _index().scan("김정은 동지와 Ryong-hae Choe")
    assert {key for key, _, _, _ in hits} == {"kju", "crh"}
    bands = {key: m.band for key, m, _, _ in hits}
    assert bands == {"kju": "alert", "crh": "review"}


@pytest.mark.parametrize(
    "spelling",
    [
        "Choe Ryong Hae",
        "Choe Ryong-hae",
        "CHOE RYONG HAE",
        "Choe Ryonghae",
        "Ch'oe Ryong-hae",
        "최룡해",
    ],
)
def test_identity_key_collides_for_spellings(spelling: str) -> None:
    assert identity_key(spelling) == identity_key("Choe Ryong Hae")


def test_identity_key_separates_people_and_non_names() -> None:
    assert identity_key("Kim Jong Un") != identity_key("Kim Jong Il")
    assert identity_key("Sergei Lavrov") == identity_key("SERGEI LAVROV")
    assert identity_key("") is None
    assert identity_key("1234 !!") is None
