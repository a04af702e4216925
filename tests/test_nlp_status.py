"""How far a mission got: stage phrases added in session 6 (own wording, real model)."""

from __future__ import annotations

from spacy.language import Language

from tests.extracted import envoys


def test_held_consultations_is_a_meeting(nlp: Language) -> None:
    text = ("BEIJING, March 2 (Xinhua) -- Wu Dawei, special representative of the Chinese "
            "government on Korean Peninsula affairs, held consultations in Tokyo on Monday "
            "with Japanese officials on the nuclear issue.")
    assert envoys(nlp, text)["Wu Dawei"][2] == "met"


def test_talking_to_journalists_is_no_meeting(nlp: Language) -> None:
    text = ("Pyongyang, May 3 (KCNA) -- Nguyen Van Nen, special envoy of the general "
            "secretary of the Communist Party of Vietnam, arrived here on Friday. Talking to "
            "journalists at the airport, Nguyen Van Nen said he was glad to visit the DPRK.")
    assert envoys(nlp, text)["Nguyen Van Nen"][2] == "arrived"
