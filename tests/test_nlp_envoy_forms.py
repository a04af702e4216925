"""Envoy constructions added after the held-out evaluation (own wording, real model)."""

from __future__ import annotations

from spacy.language import Language

from kcna_monitor.nlp.pipeline import extract_text
from tests.extracted import envoys


def test_fronted_role_names_holder_after_principal_offices(nlp: Language) -> None:
    text = ("Pyongyang, May 4 (KCNA) -- Special envoy of the respected Comrade Kim Jong Un, "
            "general secretary of the Workers' Party of Korea, Ri Son Gwon, department director "
            "of the WPK Central Committee, will visit Mongolia.")
    assert envoys(nlp, text) == {"Ri Son Gwon": ("Kim Jong Un", "Mongolia", "upcoming")}


def test_as_possessive_envoy_is_not_the_principal(nlp: Language) -> None:
    text = ("MOSCOW, April 7 (Reuters) - North Korean Foreign Minister Choe Son-hui arrived in "
            "Beijing on Monday as Kim Jong-un's special envoy, the official news agency said.")
    assert envoys(nlp, text) == {"Choe Son-hui": ("Kim Jong-un", "Beijing", "arrived")}


def test_unnamed_envoy_and_resident_envoy_are_not_reported(nlp: Language) -> None:
    text = ("SEOUL, Oct. 2 (Yonhap) -- North Korean leader Kim Jong-un has sent a senior "
            "military official to Moscow as his special envoy, state media said. Separately, "
            "Lee Sang-min, Seoul's envoy in Washington, said alliance talks would continue.")
    assert envoys(nlp, text) == {}


def test_gapped_coordination_gives_each_envoy_a_destination(nlp: Language) -> None:
    text = ("SEOUL, March 3 (Yonhap) -- President Yoon Suk Yeol will send special envoys to "
            "Europe next week, his office said. Park Jin will fly to Paris and Chung Eui-yong "
            "to Berlin as special envoys, a presidential spokesman said.")
    found = envoys(nlp, text)
    assert found["Park Jin"][1] == "Paris"
    assert found["Chung Eui-yong"][1] == "Berlin"
    assert {p for p, _, _ in found.values()} == {"Yoon Suk Yeol"}


def test_place_heads_and_titled_lookalike_names(nlp: Language) -> None:
    text = ("Pyongyang, July 1 (KCNA) -- Visitors toured the Mansudae Art Studio and laid "
            "flowers on Mansu Hill. Party chief To Lam sent greetings to the Korean people.")
    assert [p.name for p in extract_text(nlp, text).persons] == ["To Lam"]


def test_described_meeting_place_is_the_destination(nlp: Language) -> None:
    text = ("WASHINGTON, May 3 (AP) -- Carl Whitmore, the U.S. special envoy for North Korea, "
            "met North Korean officials at the border village of Panmunjom on Friday, the "
            "State Department said.")
    assert envoys(nlp, text)["Carl Whitmore"][1] == "Panmunjom"


def test_a_named_slate_of_envoys_is_named_by_the_next_sentences(nlp: Language) -> None:
    text = ("SEOUL, June 2 (Yonhap) -- President Lee Jae-myung on Monday named a team of "
            "special envoys to the major powers, his office said. Former Speaker Kim "
            "Jin-pyo will fly to Washington, while former minister Yoo Eun-hye will go to "
            "Beijing. Lawmaker Han Dong-won will visit Moscow next week.")
    found = envoys(nlp, text)
    assert {name: found[name][:2] for name in found} == {
        "Kim Jin-pyo": ("Lee Jae-myung", "Washington"),
        "Yoo Eun-hye": ("Lee Jae-myung", "Beijing"),
        "Han Dong-won": ("Lee Jae-myung", "Moscow"),
    }


def test_named_as_his_envoy_makes_the_object_the_envoy(nlp: Language) -> None:
    text = ("NEW YORK, March 3 (AP) -- The post dates from 2004, when then Secretary-General "
            "Kofi Annan named Norwegian diplomat Lars Ekdal as his personal envoy on the "
            "Korean peninsula.")
    assert set(envoys(nlp, text)) == {"Lars Ekdal"}


def test_the_possessor_in_the_subject_is_not_the_traveller(nlp: Language) -> None:
    text = ("CARACAS, May 9 (AFP) -- Venezuelan President Nicolas Maduro's son Nicolas Maduro "
            "Guerra arrived in Pyongyang on Friday as his father's special envoy, state "
            "television reported.")
    assert set(envoys(nlp, text)) == {"Nicolas Maduro Guerra"}


def test_an_indefinite_envoy_is_named_by_he_is_in_the_next_sentence(nlp: Language) -> None:
    text = ("Pyongyang, May 14 (KCNA) -- A special envoy of the Lao president arrived here by "
            "air on Tuesday. He is Sonexay Vongkham, minister of the Government Office of "
            "the Lao People's Democratic Republic.")
    assert envoys(nlp, text)["Sonexay Vongkham"][2] == "arrived"


def test_named_x_his_envoy_makes_x_the_envoy(nlp: Language) -> None:
    text = ("OTTAWA, June 1 (AFP) -- Michael Strong, the Canadian diplomat, has died. In "
            "2005, as North Korea quit the treaty, Secretary-General Kofi Annan named Strong "
            "his personal envoy for humanitarian and development issues in North Korea, and "
            "he travelled to Pyongyang twice that year.")
    assert set(envoys(nlp, text)) == {"Michael Strong"}


def test_a_role_in_scare_quotes_is_still_a_role(nlp: Language) -> None:
    text = ("Pyongyang, May 4 (KCNA) -- Han Tae Gyu, a member of the south Korean 'National "
            "Assembly', recently flew to Tokyo as 'special envoy' of Yoon Suk Yeol and "
            "begged for 'cooperation', says a KCNA commentary.")
    assert envoys(nlp, text)["Han Tae Gyu"][:2] == ("Yoon Suk Yeol", "Tokyo")


def test_an_offer_to_send_envoys_is_not_named_by_the_next_subject(nlp: Language) -> None:
    text = ("SEOUL, July 1 (AFP) -- Kim Yo-jong, the sister of leader Kim Jong-un, issued a "
            "statement on Tuesday. In it she said the North had turned down an offer by "
            "President Lee Jae-myung to send special envoys to Pyongyang and called the offer "
            "shameless. In Geneva, Rolf Andersen, a spokesman for the Red Cross, urged both "
            "sides to show restraint.")
    assert envoys(nlp, text) == {}


def test_a_proposal_to_send_envoys_names_the_ones_sent(nlp: Language) -> None:
    # The parser hangs "as his special envoys" on "proposed" and the second name on it
    # as a conjunct: the proposer is the principal, not the envoy.
    text = ("Pyongyang, March 9 (KCNA) -- The puppet chief executive Lee Myung Bak proposed on "
            "Tuesday to send Hyun In Taek, minister of Unification, and Won Sei Hoon, director "
            "of the intelligence service, to Pyongyang as his special envoys. We rejected the "
            "proposal.")
    found = envoys(nlp, text)
    assert set(found) == {"Hyun In Taek", "Won Sei Hoon"}
    assert {p for p, _, _ in found.values()} == {"Lee Myung Bak"}


def test_the_presidents_envoy_is_the_president_the_story_is_about(nlp: Language) -> None:
    text = ("SEOUL, June 2 (Yonhap) -- President Lee Jae-myung will send envoys to four "
            "countries. Kim Boo-kyum will meet President Donald Trump in Washington. Earlier, "
            "the office said Park Jie-won would travel to Tokyo as the president's special "
            "envoy.")
    assert envoys(nlp, text)["Park Jie-won"][0] == "Lee Jae-myung"


def test_a_name_completing_another_noun_after_the_role_is_not_the_holder(
        nlp: Language) -> None:
    text = ("Pyongyang, July 21 (KCNA) -- Choe Ryong Hae received Sinta Wahid, who is visiting "
            "the DPRK as special envoy of Joko Widodo, president of the Republic of Indonesia, "
            "at the Mansudae Assembly Hall on Friday. The special envoy, daughter of former "
            "Indonesian President Abdurrahman Wahid, conveyed the greetings of Joko Widodo to "
            "Kim Jong Un.")
    assert set(envoys(nlp, text)) == {"Sinta Wahid"}


def test_officials_sent_as_envoys_of_a_leader_are_named_by_the_next_sentence(
        nlp: Language) -> None:
    text = ("SEOUL, Oct. 3 (AP) -- North Korea has sent two senior officials as special envoys "
            "of leader Kim Jong Un to Southeast Asia, state media said Thursday. The Korean "
            "Central News Agency said Pak Chol Min, a party secretary, left Pyongyang for "
            "Jakarta on Wednesday, while Ri Song Gil flew to Hanoi.")
    found = envoys(nlp, text)
    assert found["Pak Chol Min"][:2] == ("Kim Jong Un", "Jakarta")
    assert found["Ri Song Gil"][:2] == ("Kim Jong Un", "Hanoi")
