"""Who the envoy is when names and clauses refer back: rules of session 8 (own
wording, real model)."""

from __future__ import annotations

from spacy.language import Language

from tests.extracted import envoys


def test_a_surname_after_the_subjects_full_name_is_another_person(nlp: Language) -> None:
    # The subject is named again by "his", not "Kim's": the possessive is the leader.
    text = ("MANAGUA, Sept. 3 (AFP) - Nicaragua's president thanked Kim Jong Un for his "
            "support. Kim Yong-jin, a vice-premier of North Korea, arrived in Managua on "
            "Monday as Kim's special envoy, the government said.")
    found = envoys(nlp, text)
    assert list(found) == ["Kim Yong-jin"]
    assert found["Kim Yong-jin"][0] == "Kim Jong Un"


def test_a_surname_after_a_name_governed_by_a_preposition_is_that_name(
        nlp: Language) -> None:
    text = ("SEOUL, Aug. 9 (Yonhap) -- Records show that Park Sang-ho, then an aide to "
            "President Kim Young-sam, went to Beijing as Kim's special envoy in 1994.")
    found = envoys(nlp, text)
    assert found["Park Sang-ho"][0] == "Kim Young-sam"


def test_the_last_two_words_of_a_long_spanish_name_are_that_person(nlp: Language) -> None:
    # The NER reads "Valdes Mesa" as no person; the full name written before says it is.
    text = ("Pyongyang, March 3 (KCNA) -- Choe Ryong Hae met Salvador Antonio Valdes Mesa, "
            "vice-president of the Republic of Cuba, on Monday. Valdes Mesa is visiting the "
            "DPRK as special envoy of Miguel Diaz-Canel Bermudez.")
    found = envoys(nlp, text)
    assert list(found) == ["Salvador Antonio Valdes Mesa"]
    assert found["Salvador Antonio Valdes Mesa"][0] == "Miguel Diaz-Canel Bermudez"


def test_who_after_the_second_of_two_apposed_names_is_the_second(nlp: Language) -> None:
    text = ("Pyongyang, June 2 (KCNA) -- Talks took place on Sunday between Ri Son Gwon, "
            "minister of External Economic Relations of the DPRK, and Hamid Nouri, "
            "minister of Industry of the Islamic Republic of Iran, who came to Pyongyang as "
            "special envoy of the Iranian president.")
    found = envoys(nlp, text)
    assert list(found) == ["Hamid Nouri"]


def test_in_the_same_capacity_repeats_the_role_of_the_sentence_before(
        nlp: Language) -> None:
    text = ("Pyongyang, February 4 (KCNA) -- Pak Thae Song, premier of the Cabinet, left "
            "here for Hanoi by air as special envoy of Kim Jong Un. Ri Il Hwan, secretary of "
            "the WPK Central Committee, left for Vientiane in the same capacity.")
    found = envoys(nlp, text)
    assert list(found) == ["Pak Thae Song", "Ri Il Hwan"]
    assert found["Ri Il Hwan"][:2] == ("Kim Jong Un", "Vientiane")


def test_a_name_right_after_the_remit_of_a_special_representative(nlp: Language) -> None:
    text = ("TOKYO, May 5 (Kyodo) -- Japan's top negotiator spoke by phone with South "
            "Korean special representative for Korean Peninsula peace and security affairs "
            "Lee Do-hoon on Tuesday, the ministry said.")
    found = envoys(nlp, text)
    assert list(found) == ["Lee Do-hoon"]
    assert found["Lee Do-hoon"][0] is None  # a nationality names no sender (FORMAT.md)


def test_a_pronoun_on_a_visit_continues_the_visitor_received_before(nlp: Language) -> None:
    text = ("Pyongyang, May 20 (KCNA) -- Choe Ryong Hae met Teresa Ramos Alvarado, minister "
            "of Foreign Affairs of Peru, on Monday. She came to Pyongyang as special envoy "
            "of Pedro Castillo, president of Peru.")
    found = envoys(nlp, text)
    assert list(found) == ["Teresa Ramos Alvarado"]
    assert found["Teresa Ramos Alvarado"][0] == "Pedro Castillo"


def test_a_pronoun_after_a_talk_with_a_newly_named_visitor(nlp: Language) -> None:
    text = ("Pyongyang, Oct. 8 (KCNA) -- Kim Song Nam met guests from Southeast Asia on "
            "Tuesday. Then he had a talk with Saleumxay Kommasith, deputy prime minister of "
            "the Lao PDR. He is attending the festivities as special envoy of Thongloun "
            "Sisoulith, president of the Lao PDR.")
    found = envoys(nlp, text)
    assert list(found) == ["Saleumxay Kommasith"]


def test_a_pronoun_after_a_party_led_by_a_person_is_that_person(nlp: Language) -> None:
    text = ("SEOUL, May 3 (AP) -- President Lee Jae-myung will send two teams abroad. The "
            "team for Europe, which Lee's aides said would leave next week, will be led by "
            "Park Byeong-seug, a former speaker. He is to go to Berlin as Lee's envoy.")
    found = envoys(nlp, text)
    assert list(found) == ["Park Byeong-seug"]
    assert found["Park Byeong-seug"][0] == "Lee Jae-myung"


def test_a_leaders_envoy_is_no_posting_when_the_ner_reads_the_name_as_a_place(
        nlp: Language) -> None:
    # The small model tags "Yoon" a GPE; "Yoon's envoy" is still a person's emissary.
    text = ("SEOUL, April 2 (AP) -- President Yoon Suk Yeol will send a delegation to Japan "
            "this month. It will be led by Chung Jin-suk, a deputy speaker. He is to fly to "
            "Tokyo as Yoon's envoy.")
    found = envoys(nlp, text)
    assert list(found) == ["Chung Jin-suk"]
    assert found["Chung Jin-suk"][0] == "Yoon Suk Yeol"


def test_an_envoy_met_by_an_unnamed_official_is_not_the_next_name(nlp: Language) -> None:
    text = ("TOKYO, May 8 (Kyodo) -- A senior Japanese Foreign Ministry official held a "
            "secret meeting with a North Korean envoy in Ulan Bator last month to explore "
            "the possibility of a summit, sources close to bilateral relations said "
            "Thursday. Kenji Kanasugi, head of the Asian bureau, met the North Korean side "
            "on the sidelines of an international conference, according to the sources, who "
            "declined to name the envoy.")
    assert envoys(nlp, text) == {}


def test_a_source_who_declined_to_confirm_is_not_the_envoy_sent(nlp: Language) -> None:
    text = ("TOKYO, Nov. 2 (Kyodo) -- North Korea sent an envoy to Mongolia for secret "
            "talks with Japanese officials, sources said, without naming anyone. Chief "
            "Cabinet Secretary Hirokazu Matsuno declined to confirm the report on Thursday.")
    assert envoys(nlp, text) == {}


def test_a_countrys_envoy_to_the_world_body_is_its_ambassador(nlp: Language) -> None:
    text = ("UNITED NATIONS, March 8 (AP) -- China's envoy to the world body, Fu Cong, "
            "said new sanctions on North Korea would only raise tensions.")
    assert envoys(nlp, text) == {}
