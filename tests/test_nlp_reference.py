"""Who the envoy is when names and clauses refer back: rules of sessions 8 and 9,
and guards from the session-9 review (own wording, real model)."""

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


def test_a_surname_after_a_full_name_that_is_no_subject_may_be_that_name(
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


def test_as_then_president_xs_special_envoy(nlp: Language) -> None:
    text = ("SEOUL, June 3 (Yonhap) -- The forum was attended by Foreign Minister Cho "
            "Hyun, Rep. Chung Dong-young, who met Kim Jong Il in Pyongyang as then "
            "President Roh Moo-hyun's special envoy, and several scholars.")
    found = envoys(nlp, text)
    assert list(found) == ["Chung Dong-young"]
    assert found["Chung Dong-young"][0] == "Roh Moo-hyun"


def test_picked_x_with_a_relative_clause_as_his_envoy_before_a_source(
        nlp: Language) -> None:
    # The parser hangs "as" on "said"; the verb before it is inside a closed clause.
    text = ("WASHINGTON, Dec. 2 (Reuters) -- President Donald Trump has picked Kevin Kim, a "
            "career diplomat who has served as acting ambassador in Seoul since October, as "
            "his special envoy for North Korea, the White House said on Tuesday.")
    found = envoys(nlp, text)
    assert list(found) == ["Kevin Kim"]
    assert found["Kevin Kim"][0] == "Donald Trump"


def test_who_as_someones_emissary_held_talks(nlp: Language) -> None:
    text = ("TOKYO, March 26 (Kyodo) -- The 2002 summit was prepared by Hitoshi Tanaka, "
            "then head of the ministry's Asian bureau, who as Koizumi's secret emissary "
            "held dozens of rounds of talks with a North Korean official in China.")
    found = envoys(nlp, text)
    assert list(found) == ["Hitoshi Tanaka"]


def test_one_of_them_and_the_other_name_a_plural_role(nlp: Language) -> None:
    text = ("Pyongyang, April 2 (KCNA) -- Special envoys of Kim Jong Un, chairman of the "
            "State Affairs Commission, left Pyongyang by air on Monday. One of them, Ri Su "
            "Yong, vice-chairman of the Central Committee of the WPK, is bound for Hanoi. "
            "The other, Kim Yong Chol, vice-chairman of the Central Committee, is "
            "travelling to Vientiane.")
    found = envoys(nlp, text)
    assert list(found) == ["Ri Su Yong", "Kim Yong Chol"]
    assert found["Ri Su Yong"][1] == "Hanoi"


def test_the_special_envoy_after_a_traveller_named_before(nlp: Language) -> None:
    text = ("MOSCOW, June 19 (TASS) - Security Council Secretary Sergei Shoigu, who "
            "travelled to Pyongyang on the instructions of President Vladimir Putin, has "
            "returned to Moscow, his office said on Thursday. During the visit, Putin's "
            "special envoy held talks with Kim Jong Un on the treaty.")
    found = envoys(nlp, text)
    assert list(found) == ["Sergei Shoigu"]
    assert found["Sergei Shoigu"][0] == "Vladimir Putin"


def test_the_envoy_after_a_new_ambassador_is_that_ambassador(nlp: Language) -> None:
    text = ("BEIJING, March 21 (Reuters) -- China's new ambassador to North Korea, Wang "
            "Yajun, arrived in Pyongyang on Tuesday, the embassy said. The envoy, a former "
            "party official, was greeted by North Korean officials at the border.")
    assert envoys(nlp, text) == {}


def test_the_last_visitor_as_someones_envoy_was_x(nlp: Language) -> None:
    text = ("BEIJING, Feb. 21 (Reuters) -- Chinese and North Korean diplomats held rare "
            "talks in Beijing on Wednesday, the Foreign Ministry said. Spokeswoman Mao Ning "
            "declined to say whether the visit was preparing a summit between Xi Jinping and "
            "Kim Jong Un. Analysts noted that the last high-level North Korean visitor to "
            "come to Beijing as Kim's special envoy was Choe Ryong-hae, a senior party "
            "official, in 2013.")
    found = envoys(nlp, text)
    assert list(found) == ["Choe Ryong-hae"]
    assert found["Choe Ryong-hae"][0] == "Kim Jong Un"


def test_a_surname_shared_by_an_envoy_and_his_sender_names_the_sender(
        nlp: Language) -> None:
    text = ("SEOUL, May 20 (Yonhap) -- President Moon Jae-in's special envoy to Japan "
            "returned home Saturday. The envoy, Moon Hee-sang, a veteran lawmaker, told "
            "reporters that Tokyo had agreed to more summits. Hong Seok-hyun, who had been "
            "dispatched as Moon's envoy to the United States, came back a day earlier.")
    found = envoys(nlp, text)
    assert found["Hong Seok-hyun"][0] == "Moon Jae-in"
    assert found["Moon Hee-sang"][0] == "Moon Jae-in"


def test_send_a_and_spy_chief_b_as_special_envoys(nlp: Language) -> None:
    # The small model reads "spy" as a second verb after "and".
    text = ("SEOUL, Sept. 4 (Reuters) -- South Korean President Moon Jae-in will send his "
            "national security adviser Chung Eui-yong and spy chief Suh Hoon to Pyongyang on "
            "Wednesday as special envoys to arrange a summit, the Blue House said.")
    found = envoys(nlp, text)
    assert list(found) == ["Chung Eui-yong", "Suh Hoon"]
    assert found["Suh Hoon"][0] == "Moon Jae-in"


def test_the_envoys_a_and_spy_chief_b(nlp: Language) -> None:
    text = ("SEOUL, Sept 5 (Reuters) - South Korean President Moon Jae-in's special envoys "
            "left for Pyongyang on Wednesday morning to arrange a third summit between Moon "
            "and North Korean leader Kim Jong Un. The envoys, national security adviser Chung "
            "Eui-yong and spy chief Suh Hoon, lead a five-member delegation that flew out of "
            "Seongnam military airport south of Seoul on an air force jet.")
    assert list(envoys(nlp, text)) == ["Chung Eui-yong", "Suh Hoon"]


def test_the_visit_of_x_then_an_office_to_a_place_as_special_envoy(nlp: Language) -> None:
    text = ("Pyongyang, April 14 (KCNA) -- A photo exhibition opened on Monday under the care "
            "of respected Comrade Kim Jong Un. Among the photos is one showing the visit of "
            "Kim Yong Nam, then president of the Presidium of the Supreme People's Assembly, "
            "to Jakarta in 2002 as special envoy of Kim Jong Il.")
    found = envoys(nlp, text)
    assert list(found) == ["Kim Yong Nam"]
    assert found["Kim Yong Nam"][0] == "Kim Jong Il"


def test_a_predecessor_named_in_apposition_served_as_special_representative(
        nlp: Language) -> None:
    text = ("WASHINGTON, Oct. 15 (AP) -- Sung Kim will travel to Seoul next week. North Korea "
            "has ignored American offers since Joe Biden took office. Kim's predecessor, "
            "Stephen Biegun, served as President Donald Trump's special representative and "
            "travelled to Pyongyang in 2019.")
    found = envoys(nlp, text)
    assert list(found) == ["Stephen Biegun"]
    assert found["Stephen Biegun"][0] == "Donald Trump"


def test_a_special_envoy_delegation_names_no_envoy(nlp: Language) -> None:
    text = ("SEOUL, Aug. 21 (Yonhap) -- A special envoy delegation President Lee Jae-myung "
            "planned to send to China this week has postponed its trip, the presidential "
            "office said Thursday.")
    assert envoys(nlp, text) == {}


def test_a_subject_inside_what_a_named_envoy_told_is_no_envoy(nlp: Language) -> None:
    text = ("SEOUL, Sept. 5 (Reuters) -- Two special envoys of President Moon Jae-in "
            "returned from Pyongyang on Wednesday with a date for a summit between Moon and "
            "Kim Jong Un. National Security Adviser Chung Eui-yong, who led the delegation, "
            "told a news briefing that Kim had reaffirmed his commitment to denuclearization.")
    assert "Kim Jong Un" not in envoys(nlp, text)


def test_which_after_a_government_names_no_envoy(nlp: Language) -> None:
    text = ("SEOUL, May 17 (Yonhap) -- The envoy is to meet Prime Minister Shinzo Abe on "
            "Thursday. The trip is part of a push by the new government, which has also named "
            "envoys to the United States, China and Russia.")
    assert envoys(nlp, text) == {}


def test_an_ambassador_working_in_pyongyang_as_the_envoy_of_a_people(nlp: Language) -> None:
    text = ("Pyongyang, April 2 (KCNA) -- Choe Ryong Hae received credentials from Wang "
            "Yajun, new ambassador of the People's Republic of China to the DPRK. Saying that "
            "he felt great honour to work in Pyongyang as the envoy of the Chinese people, "
            "Wang Yajun pledged to do his best.")
    assert envoys(nlp, text) == {}


def test_the_minister_after_a_titled_name(nlp: Language) -> None:
    text = ("MOSCOW, Nov. 1 (TASS) -- North Korean Foreign Minister Choe Son-hui arrived in "
            "Moscow on Friday for talks with Sergei Lavrov. The minister is travelling as a "
            "special envoy of the country's leader Kim Jong-un, the embassy said.")
    found = envoys(nlp, text)
    assert list(found) == ["Choe Son-hui"]
    assert found["Choe Son-hui"][0] == "Kim Jong-un"


def test_a_gapped_second_envoy_after_special_envoys_left(nlp: Language) -> None:
    text = ("Pyongyang, January 10 (KCNA) -- Special envoys of Kim Jong Un left Pyongyang by "
            "air on Thursday. Ri Il Hwan, secretary of the WPK Central Committee, left for "
            "Hanoi, and Pak Myong Ho, vice-minister of Foreign Affairs, for Vientiane.")
    assert list(envoys(nlp, text)) == ["Ri Il Hwan", "Pak Myong Ho"]


def test_the_emissary_who_was_sent_by_x_is_xs(nlp: Language) -> None:
    text = ("MOSCOW, Feb. 20 (Reuters) -- Ali Larijani, a former parliament speaker and "
            "adviser to Iran's Supreme Leader Ali Khamenei, arrived in Moscow on Thursday "
            "carrying a message for President Vladimir Putin. The emissary, who was sent by "
            "Khamenei amid new tension, is expected at the Kremlin on Friday.")
    found = envoys(nlp, text)
    assert found["Ali Larijani"][0] == "Ali Khamenei"


def test_a_name_in_a_leaders_letter_phrase_is_still_the_possessives_person(
        nlp: Language) -> None:
    # "Kim Jong Un" is no subject here, so "Kim's" may be him.
    text = ("HAVANA, Dec. 2 (AFP) -- The Cuban president was handed a letter from North "
            "Korean leader Kim Jong Un on Monday by Pyon Chun-sik, who is visiting Cuba as "
            "Kim's special envoy, state media reported.")
    assert envoys(nlp, text)["Pyon Chun-sik"][0] == "Kim Jong Un"


def test_a_gapped_envoy_goes_where_his_own_clause_says(nlp: Language) -> None:
    text = ("Pyongyang, January 10 (KCNA) -- Special envoys of Kim Jong Un left Pyongyang by "
            "air on Thursday. Kim Song Nam, director of the International Department, left "
            "for Hanoi, and Pak Myong Ho, vice-minister of Foreign Affairs, for Vientiane.")
    assert envoys(nlp, text)["Pak Myong Ho"][1].startswith("Vientiane")


def test_he_is_name_after_the_special_envoy_arrived(nlp: Language) -> None:
    # KCNA names the holder of a definite role a sentence later.
    text = ("Pyongyang, May 9 (KCNA) -- The special envoy of Kim Jong Un, general secretary "
            "of the WPK, arrived in Hanoi on Tuesday. He is Kim Song Nam, director of the "
            "International Department of the WPK Central Committee. He was welcomed at "
            "Noi Bai airport.")
    found = envoys(nlp, text)
    assert list(found) == ["Kim Song Nam"]
    assert found["Kim Song Nam"][:2] == ("Kim Jong Un", "Hanoi")


def test_whose_envoy_he_is_names_the_main_subject_not_the_principal(
        nlp: Language) -> None:
    text = ("HANOI, Oct. 3 (AFP) -- Kim Yong-nam, the North's ceremonial head of state, "
            "called on President Tran Dai Quang and passed on greetings from leader Kim "
            "Jong-un, whose special envoy he is, Vietnamese media said.")
    found = envoys(nlp, text)
    assert list(found) == ["Kim Yong-nam"]
    assert found["Kim Yong-nam"][0] == "Kim Jong-un"


def test_a_government_whose_envoy_is_apposed_is_the_principal(nlp: Language) -> None:
    text = ("OSLO, April 4 (Reuters) -- The talks were hosted by the Norwegian government, "
            "whose special envoy for Korea, Erik Solheim, met both sides on Tuesday.")
    assert envoys(nlp, text)["Erik Solheim"][0] == "Norwegian government"


def test_nobodys_envoy_is_no_envoy(nlp: Language) -> None:
    text = ("BEIJING, June 6 (Kyodo) -- Japanese lawmaker Antonio Inoki returned from "
            "Pyongyang on Friday. Reporters met the former wrestler at the airport. He said "
            "he was nobody's envoy and carried no message from Tokyo.")
    assert envoys(nlp, text) == {}


def test_described_him_as_an_emissary_is_the_subject_before(nlp: Language) -> None:
    text = ("TOKYO, Oct. 2 (AP) -- Isao Iijima, an adviser to Prime Minister Shinzo Abe, "
            "arrived in Pyongyang on Tuesday for a four-day stay. North Korean state media "
            "described him as Abe's emissary and said he met Kim Yong-nam.")
    found = envoys(nlp, text)
    assert list(found) == ["Isao Iijima"]
    assert found["Isao Iijima"][0] == "Shinzo Abe"


def test_since_a_name_with_an_apposition_visited_as_envoy(nlp: Language) -> None:
    # The small model reads "since" as a preposition with the name as its object.
    text = ("Pyongyang, July 8 (KCNA) -- It is the first such visit since Song Tao, then "
            "head of the department, visited Pyongyang as special envoy of Xi Jinping in "
            "November 2017.")
    assert envoys(nlp, text)["Song Tao"][0] == "Xi Jinping"


def test_he_after_a_sentence_naming_no_one_continues_the_subject_before(
        nlp: Language) -> None:
    text = ("BEIJING, March 2 (AP) -- Kim Yong-chol, a close aide to leader Kim Jong-un, "
            "left Beijing for Washington on Friday ahead of talks with President Donald "
            "Trump. Reporters saw the former spy chief board a flight at the airport. He is "
            "travelling as Kim Jong-un's envoy.")
    found = envoys(nlp, text)
    assert list(found) == ["Kim Yong-chol"]


def test_the_delegation_of_the_special_envoys_was_headed_by_x(nlp: Language) -> None:
    text = ("Pyongyang, March 6 (KCNA) -- Kim Jong Un received the special envoys of "
            "President Moon Jae In on Monday. The delegation of the special envoys was "
            "headed by Jong Ui Yong, chief of the National Security Office.")
    assert envoys(nlp, text)["Jong Ui Yong"][0] == "Moon Jae In"


def test_a_slate_named_after_a_dateline_is_the_senders_one_sentence_each(
        nlp: Language) -> None:
    # The source named after each journey ("..., his spokesman said") is no envoy.
    text = ("SEOUL, June 2 (Yonhap) -- President Lee Jae-myung on Monday named special "
            "envoys to Japan, China and the European Union, his office said. Kim Boo-kyum, "
            "a former prime minister, will travel to Tokyo, spokeswoman Kang Yu-jung told "
            "reporters. Park Byeong-seug, a former speaker, will head to Beijing, while "
            "Cho Jung-sik will visit Brussels.")
    found = envoys(nlp, text)
    assert list(found) == ["Kim Boo-kyum", "Park Byeong-seug", "Cho Jung-sik"]
    assert {v[0] for v in found.values()} == {"Lee Jae-myung"}


def test_the_possessor_opening_a_sentence_is_not_the_envoy_apposed_to_it(
        nlp: Language) -> None:
    text = ("HANOI, May 3 (AFP) -- Vietnam has sent two special envoys abroad this week, "
            "officials said. Deputy Prime Minister Tran Luu Quang, who was sent to Pyongyang "
            "as special envoy of President To Lam, held talks there on Sunday. To Lam's "
            "second envoy, Le Hoai Trung, is due in Vientiane on Tuesday.")
    assert list(envoys(nlp, text)) == ["Tran Luu Quang", "Le Hoai Trung"]


def test_a_hyphenated_title_after_envoy_of_keeps_the_principal(nlp: Language) -> None:
    text = ("BEIJING, Jan. 9 (AP) -- A special envoy of U.N. Secretary-General Antonio "
            "Guterres returned to Beijing on Monday from Pyongyang. Rosemary DiCarlo, a "
            "veteran U.S. diplomat, told reporters the talks had been frank.")
    assert "Antonio Guterres" not in envoys(nlp, text)


def test_denying_that_someone_was_sent_as_envoy_makes_no_envoy(nlp: Language) -> None:
    text = ("TOKYO, Feb. 4 (Kyodo) -- Isao Iijima, an adviser to the prime minister, "
            "arrived in Pyongyang on Tuesday. The top government spokesman declined to "
            "comment, while denying that Iijima had been sent as an envoy.")
    assert envoys(nlp, text) == {}


def test_a_trip_put_on_hold_is_other(nlp: Language) -> None:
    text = ("TOKYO, April 2 (Kyodo) -- The government has put on hold a plan to send "
            "Shigeru Kitamura to Pyongyang as the prime minister's special envoy, sources "
            "said.")
    assert envoys(nlp, text)["Shigeru Kitamura"][2] == "other"


def test_a_sight_the_envoy_visited_is_no_destination(nlp: Language) -> None:
    text = ("Pyongyang, May 3 (KCNA) -- Megawati Sukarnoputri arrived here on Tuesday as "
            "special envoy of Joko Widodo, president of Indonesia. Earlier in the day she "
            "visited the Kimilsungia-Kimjongilia Exhibition Hall.")
    assert envoys(nlp, text)["Megawati Sukarnoputri"][1] == "Pyongyang"


def test_recalling_an_envoys_visit_tells_an_earlier_mission(nlp: Language) -> None:
    text = ("Pyongyang, July 11 (KCNA) -- The Chinese ambassador hosted a reception on "
            "Thursday. He recalled that Choe Ryong Hae visited China as special envoy of Kim "
            "Jong Un and conveyed his letter to Xi Jinping.")
    assert envoys(nlp, text)["Choe Ryong Hae"][2] == "other"


def test_leaving_the_host_after_the_visit_is_the_latest_stage(nlp: Language) -> None:
    text = ("Pyongyang, May 2 (KCNA) -- Wang Huning, special envoy of Xi Jinping, left "
            "Pyongyang by air on Friday after wrapping up his visit. During his stay the "
            "special envoy held talks with Choe Ryong Hae.")
    assert envoys(nlp, text)["Wang Huning"][2] == "departed"


def test_he_after_another_person_named_in_the_sentence_is_that_person(
        nlp: Language) -> None:
    text = ("JAKARTA, Oct. 20 (AFP) -- Ch'oe Ryong-hae landed in Jakarta late on Saturday "
            "as the special envoy of leader Kim Jong-un, officials said. China sent Vice "
            "President Han Zheng as President Xi Jinping's special envoy, and he met "
            "Prabowo Subianto hours after the ceremony.")
    assert envoys(nlp, text)["Ch'oe Ryong-hae"][2] == "arrived"


def test_both_of_whom_are_travelling_as_envoys(nlp: Language) -> None:
    text = ("SEOUL, Sept. 5 (Yonhap) -- Chung Eui-yong and Suh Hoon, both of whom are "
            "traveling as Moon's special envoys, boarded a plane for Pyongyang on "
            "Wednesday. President Moon Jae-in saw them off.")
    assert list(envoys(nlp, text)) == ["Chung Eui-yong", "Suh Hoon"]


def test_the_former_is_the_first_of_the_two_named_before(nlp: Language) -> None:
    text = ("Pyongyang, January 7 (KCNA) -- Kim Hyong Jun and Kim Jae Ryong left Pyongyang "
            "by air on Tuesday. The former will attend the inauguration in Caracas as "
            "special envoy of Kim Jong Un.")
    assert list(envoys(nlp, text)) == ["Kim Hyong Jun"]


def test_the_sender_dispatched_him_is_the_man_named_before(nlp: Language) -> None:
    text = ("Pyongyang, September 28 (KCNA) -- Jo Yong Won, secretary of the WPK Central "
            "Committee, left Pyongyang by air for Beijing on Saturday. Kim Jong Un, general "
            "secretary of the WPK, dispatched him as his special envoy to the celebrations.")
    found = envoys(nlp, text)
    assert list(found) == ["Jo Yong Won"]
    assert found["Jo Yong Won"][0] == "Kim Jong Un"


def test_a_countrys_envoys_as_subject_are_named_by_the_next_subjects(
        nlp: Language) -> None:
    text = ("Pyongyang, Sept. 6 (AFP) -- South Korea's special envoys wrapped up a one-day "
            "trip to Pyongyang on Wednesday. Chung Eui-yong and Suh Hoon flew back to Seoul "
            "late in the evening.")
    assert list(envoys(nlp, text)) == ["Chung Eui-yong", "Suh Hoon"]


def test_the_envoy_is_a_titled_name(nlp: Language) -> None:
    # Guards the title-skipping reading; the parse this wording gets also names her
    # without it.
    text = ("MOSCOW, Nov. 4 (Reuters) -- North Korean leader Kim Jong Un has sent a special "
            "envoy to Moscow, the Kremlin said. The envoy is Foreign Minister Choe Son Hui, "
            "who arrived in the Russian capital on Monday.")
    assert envoys(nlp, text)["Choe Son Hui"][0] == "Kim Jong Un"


def test_who_after_a_mission_by_a_name_and_its_apposition(nlp: Language) -> None:
    text = ("BEIJING, April 12 (Reuters) - Diplomats said the envoy would discuss the treaty "
            "anniversary. The trip echoes a November 2017 mission by Song Tao, then head of "
            "the same department, who went to Pyongyang as Xi Jinping's envoy to brief the "
            "North on a party congress.")
    assert envoys(nlp, text)["Song Tao"][0] == "Xi Jinping"


def test_the_envoy_and_a_named_host_are_two_people(nlp: Language) -> None:
    text = ("Pyongyang, July 15 (KCNA) -- Maxim Ryzhenkov arrived in Pyongyang on Sunday as "
            "special envoy of the president of Belarus. The Belarusian special envoy and "
            "Choe Son Hui held talks at the Mansudae Assembly Hall on Monday.")
    assert list(envoys(nlp, text)) == ["Maxim Ryzhenkov"]


# Guards from the session-9 review: what the rules above must leave alone.

def test_an_envoy_who_denied_reports_is_still_the_envoy(nlp: Language) -> None:
    text = ("MOSCOW, Oct. 2 (AP) -- Choe Son Hui, who arrived in Moscow on Monday as special "
            "envoy of Kim Jong Un, denied the reports.")
    assert envoys(nlp, text)["Choe Son Hui"][0] == "Kim Jong Un"


def test_an_envoy_who_recalled_old_ties_is_on_the_current_mission(nlp: Language) -> None:
    text = ("MOSCOW, Oct. 2 (AP) -- Choe Son Hui, who arrived in Moscow on Monday as special "
            "envoy of Kim Jong Un, recalled the friendship between the two countries.")
    assert envoys(nlp, text)["Choe Son Hui"][2] == "arrived"


def test_leaving_home_after_a_send_off_does_not_outrank_the_arrival(nlp: Language) -> None:
    text = ("Pyongyang, May 2 (KCNA) -- Kim Yong Chol, special envoy of Kim Jong Un, left "
            "Pyongyang on Sunday after a send-off by senior officials. He arrived in Beijing "
            "on Monday.")
    assert envoys(nlp, text)["Kim Yong Chol"][2] == "arrived"


def test_people_named_special_envoys_in_the_passive_are_the_envoys(nlp: Language) -> None:
    text = ("SEOUL, March 4 (Yonhap) -- Chung Eui-yong and Suh Hoon were named special "
            "envoys to North Korea on Tuesday. They will fly to Pyongyang on Monday.")
    found = envoys(nlp, text)
    assert "Chung Eui-yong" in found
    assert all(v[0] != "Chung Eui-yong" for v in found.values())


def test_a_countrys_unnamed_envoys_do_not_make_the_next_subject_one(nlp: Language) -> None:
    text = ("SEOUL, May 2 (AP) -- South Korea's special envoys met reporters on Monday. Moon "
            "Jae-in will travel to Tokyo next week.")
    assert envoys(nlp, text) == {}


def test_he_is_name_after_the_envoy_already_named_is_no_new_envoy(nlp: Language) -> None:
    text = ("BEIJING, May 2 (AP) -- Kim Yong Chol arrived in Beijing on Monday as special "
            "envoy of Kim Jong Un. The envoy was greeted at the airport by a senior official. "
            "He is Song Tao, head of the International Department.")
    assert list(envoys(nlp, text)) == ["Kim Yong Chol"]


def test_a_possessor_opening_a_sentence_of_no_envoy_names_no_envoy(nlp: Language) -> None:
    text = ("Pyongyang, May 2 (KCNA) -- Two special envoys of Kim Jong Un left Pyongyang on "
            "Wednesday. Kim Jong Un's sister, Kim Yo Jong, saw them off. Ri Su Yong flew to "
            "Hanoi.")
    assert "Kim Yo Jong" not in envoys(nlp, text)


def test_the_envoy_is_a_titled_persons_deputy(nlp: Language) -> None:
    text = ("MOSCOW, Nov. 4 (AP) -- Kim Jong Un sent a special envoy to Moscow. The envoy is "
            "Foreign Minister Choe Son Hui's deputy, Im Chon Il.")
    assert "Choe Son Hui" not in envoys(nlp, text)


def test_she_returned_after_talks_with_another_person(nlp: Language) -> None:
    text = ("MOSCOW, Nov. 8 (AP) -- Choe Son Hui arrived in Moscow on Monday as special "
            "envoy of Kim Jong Un. After talks with Sergei Lavrov, she returned home on "
            "Thursday.")
    assert envoys(nlp, text)["Choe Son Hui"][2] == "returned"


def test_aides_to_a_leader_who_named_envoys_make_him_no_sender(nlp: Language) -> None:
    text = ("SEOUL, May 16 (Yonhap) -- Aides to Moon Jae-in on Tuesday named special envoys "
            "to four countries. Chung Eui-yong will travel to Washington.")
    assert all(v[0] != "Moon Jae-in" for v in envoys(nlp, text).values())
