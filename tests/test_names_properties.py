"""Property tests: symmetry, case/hyphen/spacing invariance, count-exactness."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from kcna_monitor.names import hangul_to_kcna, match_name, syllable_count

# Syllables common in DPRK names, so that random pairs often share syllables and
# positions (the hard cases), plus a few with rare shapes.
SURNAMES = "김리박최정강조장림한오서현태로량류"
GIVEN = "정은일성영철용호수선희룡해남봉주덕훈송월길명광혁춘국진경학옥순애향란혜복동의휘렬"

hangul_names = st.builds(
    lambda s, g: s + "".join(g),
    st.sampled_from(SURNAMES),
    st.lists(st.sampled_from(GIVEN), min_size=1, max_size=3),
)


def _kcna(hangul: str) -> str:
    return hangul_to_kcna(hangul)


def _hyphenated(name: str) -> str:
    surname, *given = name.split()
    return f"{surname} " + "-".join(g.lower() if i else g for i, g in enumerate(given))


names = st.one_of(
    hangul_names.map(_kcna), hangul_names.map(lambda h: _hyphenated(_kcna(h))), hangul_names
)


@settings(max_examples=200, deadline=None)
@given(names, names)
def test_symmetric(a: str, b: str) -> None:
    ab, ba = match_name(a, b), match_name(b, a)
    assert (ab.score, ab.band) == (ba.score, ba.band)


@settings(max_examples=150, deadline=None)
@given(hangul_names, hangul_names, st.sampled_from([str.upper, str.lower, str.title]))
def test_case_does_not_matter(a: str, b: str, change: object) -> None:
    watch, mention = _kcna(a), _kcna(b)
    assert callable(change)
    assert match_name(watch, change(mention)).band == match_name(watch, mention).band
    assert match_name(watch, _kcna(a).upper()).match


@settings(max_examples=150, deadline=None)
@given(hangul_names, hangul_names, st.sampled_from(["-", " ", "  ", " - "]))
def test_hyphens_and_spacing_do_not_matter(a: str, b: str, sep: str) -> None:
    watch, mention = _kcna(a), _kcna(b)
    surname, *given = mention.split()
    respaced = f"{surname}  " + sep.join(given)
    assert match_name(watch, respaced).band == match_name(watch, mention).band


@settings(max_examples=200, deadline=None)
@given(hangul_names, hangul_names)
def test_different_syllable_counts_never_match(a: str, b: str) -> None:
    watch, mention = _kcna(a), _kcna(b)
    if syllable_count(watch.replace(" ", "-")) == syllable_count(mention.replace(" ", "-")):
        return
    assert match_name(watch, mention).band is None
    assert match_name(a, b).band is None


@settings(max_examples=100, deadline=None)
@given(hangul_names)
def test_every_hangul_name_matches_its_kcna_rendering(h: str) -> None:
    assert match_name(h, _kcna(h)).match
    assert match_name(_kcna(h), h).match
