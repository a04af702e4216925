"""Where an envoy went: the rules added in sessions 4 and 5 (own wording, real model)."""

from __future__ import annotations

from spacy.language import Language

from tests.extracted import envoys


def test_returned_to_names_home_and_the_talks_name_the_destination(nlp: Language) -> None:
    text = ("WASHINGTON, Oct. 3 (AP) -- Joseph Yun, the State Department's special "
            "representative for North Korea policy, returned to Washington on Thursday after "
            "two days of talks in Pyongyang, officials said.")
    assert envoys(nlp, text)["Joseph Yun"][1:] == ("Pyongyang, North Korea", "returned")


def test_returned_home_with_the_place_after_a_time_phrase(nlp: Language) -> None:
    text = ("SEOUL, April 9 (Yonhap) -- Im Jong-seok, President Moon Jae-in's special envoy, "
            "returned home on Tuesday from Abu Dhabi. He had met the crown prince.")
    assert envoys(nlp, text)["Im Jong-seok"][1:] == ("Abu Dhabi", "returned")


def test_heads_a_commission_for_is_no_journey(nlp: Language) -> None:
    text = ("HANOI, May 2 (AFP) -- Nguyen Van Minh, who heads the party's Commission for "
            "Foreign Affairs, flew to Pyongyang on Friday as special envoy of party chief "
            "To Lam.")
    assert envoys(nlp, text)["Nguyen Van Minh"][1] == "Pyongyang"


def test_after_travelled_to_only_a_place_can_stand(nlp: Language) -> None:
    # The small model reads the unfamiliar capital as a person's name.
    text = ("NEW YORK, March 4 (AFP) -- The U.N. special envoy on Myanmar, Kyaw Tint Swe, "
            "will travel to Naypyitaw next week, a spokesman said.")
    assert envoys(nlp, text)["Kyaw Tint Swe"][1] == "Naypyitaw"


def test_listed_travellers_and_places_take_their_own_sentences(nlp: Language) -> None:
    text = ("Pyongyang, May 2 (KCNA) -- Ri Il Hwan, secretary of the WPK Central Committee, "
            "and Pak Myong Ho, vice-minister of Foreign Affairs, will visit Cuba and "
            "Nicaragua as special envoys of Kim Jong Un. Ri Il Hwan will go to Havana to "
            "attend the celebrations. Pak Myong Ho will go to Managua for the inauguration.")
    found = envoys(nlp, text)
    assert (found["Ri Il Hwan"][1], found["Pak Myong Ho"][1]) == ("Havana, Cuba", "Managua")


def test_visiting_the_dprk_as_envoy_when_as_is_hung_on_the_place(nlp: Language) -> None:
    text = ("Pyongyang, June 2 (KCNA) -- Bounthong Chitmany, vice-president of the Lao "
            "People's Democratic Republic, arrived here by air on Monday. He is visiting the "
            "DPRK as special envoy of Thongloun Sisoulith, president of the Lao PDR.")
    assert envoys(nlp, text)["Bounthong Chitmany"][1] == "Pyongyang, DPRK"


def test_an_abbreviated_place_name_is_read_whole(nlp: Language) -> None:
    text = ("WASHINGTON, April 6 (AP) -- Steve Witkoff, President Donald Trump's special envoy "
            "to the Middle East, is due in St. Petersburg later this week for a meeting with "
            "Russian President Vladimir Putin, officials said.")
    # A region in the role phrase is the envoy's remit; the trip names the place.
    assert envoys(nlp, text)["Steve Witkoff"][1:] == ("St. Petersburg", "upcoming")


def test_a_topic_after_discussed_is_not_where_they_met(nlp: Language) -> None:
    text = ("MOSCOW, Nov. 1 (dpa) -- Choe Son Hui arrived in Moscow on Friday. State media, "
            "which described Choe as a special envoy of leader Kim Jong Un, said the two "
            "ministers discussed the grave situation on the Korean peninsula and in Ukraine.")
    assert envoys(nlp, text)["Choe Son Hui"][1] == "Moscow"


def test_returned_a_message_from_names_no_place(nlp: Language) -> None:
    text = ("MOSCOW, May 1 (TASS) -- Sergei Lavrov, the special envoy of Vladimir Putin, "
            "returned a message from President Xi Jinping.")
    assert envoys(nlp, text)["Sergei Lavrov"][1] is None


def test_a_place_then_and_a_person_is_no_list_of_places(nlp: Language) -> None:
    text = ("Pyongyang, May 1 (KCNA) -- Ri Il Hwan and Pak Jong Chon left for Moscow and "
            "Vladimir Putin will receive them as special envoys of Kim Jong Un.")
    assert {name: rec[1] for name, rec in envoys(nlp, text).items()} == {
        "Ri Il Hwan": "Moscow", "Pak Jong Chon": "Moscow"}


def test_the_north_gives_way_to_the_capital_the_sentence_names(nlp: Language) -> None:
    text = ("SEOUL, Jan. 9 (Yonhap) -- The last visit to Pyongyang by a Swiss official was in "
            "2019, when Tomas Vogel went to the North as special envoy of the Swiss Federal "
            "Council to discuss humanitarian aid.")
    assert envoys(nlp, text)["Tomas Vogel"][1] == "Pyongyang"


def test_the_south_stays_when_no_proper_name_is_a_trip_place(nlp: Language) -> None:
    # The dateline names Seoul, but no one travels "to" or "in" it.
    text = ("SEOUL, March 4 (AP) -- Kim Yo-jong, who came to the South as the special envoy "
            "of her brother Kim Jong-un in 2018, issued a statement on Tuesday.")
    assert envoys(nlp, text)["Kim Yo-jong"][1] == "South"


def test_an_arrival_city_written_out_beats_the_visited_country(nlp: Language) -> None:
    text = ("Pyongyang, May 2 (KCNA) -- Bounmy Keola, member of the Political Bureau of the "
            "Lao People's Revolutionary Party, arrived in Pyongyang by air on Thursday. He "
            "is visiting the DPRK as special envoy of the president of Laos.")
    assert envoys(nlp, text)["Bounmy Keola"][1] == "Pyongyang, DPRK"


def test_arrived_here_gives_way_to_the_visit_the_text_writes(nlp: Language) -> None:
    text = ("Pyongyang, May 2 (KCNA) -- Bounmy Keola, member of the Political Bureau of the "
            "Lao People's Revolutionary Party, arrived here by air on Thursday. He is on a "
            "visit to the DPRK as special envoy of the president of Laos.")
    assert envoys(nlp, text)["Bounmy Keola"][1] == "Pyongyang, DPRK"


def test_each_listed_envoy_takes_the_leg_of_his_own_clause(nlp: Language) -> None:
    text = ("Pyongyang, March 2 (KCNA) -- Special envoys of Kim Jong Un left Pyongyang by air "
            "on Monday. Ri Son Gwon, department director of the WPK Central Committee, is "
            "bound for Vientiane, while Pak Myong Ho, vice-minister of Foreign Affairs, is "
            "heading for Phnom Penh.")
    found = envoys(nlp, text)
    assert (found["Ri Son Gwon"][1], found["Pak Myong Ho"][1]) == ("Vientiane", "Phnom Penh")


def test_an_ambassador_to_a_country_names_no_trip_nor_a_place_with_his_name(
        nlp: Language) -> None:
    # "Ambassador to Russia Sin Hong Chol": the model tags only "Russia"; the place
    # ends there, and a capitalised posting is no journey either.
    text = ("MOSCOW, May 20 (TASS) -- Deputy Foreign Minister Andrei Rudenko, President "
            "Vladimir Putin's special envoy for Asian affairs, met with the DPRK's Ambassador "
            "to Russia Sin Hong Chol on Monday, the ministry said.")
    assert envoys(nlp, text) == {"Andrei Rudenko": ("Vladimir Putin", None, "met")}


def test_a_capital_is_written_with_the_country_the_dispatch_names(nlp: Language) -> None:
    text = ("Pyongyang, March 3 (KCNA) -- Ri Chang Gun, vice department director of the WPK "
            "Central Committee, left here on Monday for Vientiane as special envoy of Kim Jong "
            "Un. He will attend the congress of the party of the Lao People's Democratic "
            "Republic.")
    assert envoys(nlp, text)["Ri Chang Gun"][1:] == (
        "Vientiane, Lao People's Democratic Republic", "departed")


def test_a_title_after_to_is_a_person_not_a_place(nlp: Language) -> None:
    text = ("SEOUL, Aug. 3 (AP) -- Kim Yong-chol, who flew to Washington in 2018 as the "
            "leader's top emissary to President Donald Trump, has been given a new post.")
    assert envoys(nlp, text)["Kim Yong-chol"][1] == "Washington"


def test_a_place_in_the_senders_own_country_is_no_mission(nlp: Language) -> None:
    text = ("BEIJING, June 3 (Xinhua) -- China's special representative on Korean Peninsula "
            "affairs, Liu Xiaoming, met the DPRK ambassador in Beijing on Monday.")
    assert envoys(nlp, text)["Liu Xiaoming"][1] is None


def test_a_sender_of_two_words_is_read_whole(nlp: Language) -> None:
    text = ("SEOUL, May 8 (Yonhap) -- South Korean special representative Hwang Joon-kook "
            "held talks in Seoul on Monday with a visiting Japanese delegation.")
    assert envoys(nlp, text)["Hwang Joon-kook"][1] is None


def test_a_remit_before_the_role_is_no_sender(nlp: Language) -> None:
    text = ("SEOUL, Jan. 9 (AP) -- U.S. North Korea envoy Stephen Biegun arrived in "
            "Pyongyang on Thursday for talks.")
    assert envoys(nlp, text)["Stephen Biegun"][1] == "Pyongyang, North Korea"
