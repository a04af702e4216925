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


def test_left_for_a_capital_while_visiting_the_country_is_a_departure(
        nlp: Language) -> None:
    text = ("Pyongyang, May 9 (KCNA) -- Ri Chang Gun, vice department director of the WPK "
            "Central Committee, left here by air on Thursday for Hanoi. He is visiting Viet "
            "Nam as special envoy of Kim Jong Un.")
    assert envoys(nlp, text)["Ri Chang Gun"][2] == "departed"


def test_on_a_visit_alone_tells_the_envoy_is_there(nlp: Language) -> None:
    text = ("Pyongyang, May 9 (KCNA) -- Nguyen Van Nen, who is on a visit to the DPRK as "
            "special envoy of the general secretary of the Communist Party of Vietnam, "
            "toured the Grand People's Study House on Thursday.")
    assert envoys(nlp, text)["Nguyen Van Nen"][2] == "arrived"
