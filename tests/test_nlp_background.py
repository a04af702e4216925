"""Earlier missions told as background to the news: the rules added in session 5 (own
wording, real model). Their status is "other"."""

from __future__ import annotations

from spacy.language import Language

from tests.extracted import envoys


def test_a_when_clause_after_a_month_and_year_is_an_earlier_mission(nlp: Language) -> None:
    text = ("HANOI, May 2 (AFP) -- Vietnam's party chief received a North Korean delegation "
            "on Friday. The previous such visit was in March 2019, when Ri Su "
            "Yong, a party secretary, travelled to Hanoi as special envoy of Kim Jong Un "
            "and met the prime minister.")
    assert envoys(nlp, text)["Ri Su Yong"][2] == "other"


def test_a_when_clause_after_last_year_is_an_earlier_mission(nlp: Language) -> None:
    text = ("MINSK, June 5 (BelTA) -- Trade between Belarus and the DPRK has grown. Ties "
            "warmed last year, when Pavel Utyupin, a deputy prime minister, travelled to "
            "Pyongyang as special envoy of Alexander Lukashenko and held talks there.")
    assert envoys(nlp, text)["Pavel Utyupin"][2] == "other"


def test_earlier_this_month_after_the_lead_is_background(nlp: Language) -> None:
    text = ("BEIJING, Sept. 20 (Xinhua) -- China and the DPRK pledged on Thursday to deepen "
            "exchanges between their parties. Earlier this month Kim Song Nam visited "
            "Beijing as special envoy of Kim Jong Un and held talks with Chinese officials.")
    assert envoys(nlp, text)["Kim Song Nam"][2] == "other"


def test_earlier_this_month_in_the_lead_is_the_news(nlp: Language) -> None:
    text = ("TOKYO, Oct. 9 (Kyodo) -- Japan's special envoy Kenta Hirose secretly met North "
            "Korean officials in Ulaanbaatar earlier this month, government sources said.")
    assert envoys(nlp, text)["Kenta Hirose"][2] == "met"


def test_without_meeting_tells_no_meeting(nlp: Language) -> None:
    text = ("SEOUL, Nov. 2 (Yonhap) -- Wang Jun, special envoy of Chinese President Xi "
            "Jinping, arrived in Pyongyang on Monday and left on Wednesday without meeting "
            "Kim Jong Un, a source said.")
    assert envoys(nlp, text)["Wang Jun"][2] != "met"


def test_a_fronted_date_dates_the_clause_joined_to_the_first(nlp: Language) -> None:
    text = ("MOSCOW, Feb. 3 (TASS) -- The Kremlin may send an envoy to Pyongyang soon. In "
            "March 2004, Putin sent Deputy Foreign Minister Pavel Orlov to Pyongyang as his "
            "special envoy, and Orlov held long talks with Kim Jong Il.")
    assert envoys(nlp, text)["Pavel Orlov"][2] == "other"


def test_on_a_full_date_is_an_earlier_mission(nlp: Language) -> None:
    text = ("BEIJING, Oct. 30 (AFP) -- China is weighing a new mission to Pyongyang. On "
            "Nov. 2, 2009, State Councilor Liang Hua flew to Pyongyang as special envoy of "
            "President Hu Jintao, after stops in Seoul and Tokyo.")
    assert envoys(nlp, text)["Liang Hua"][2] == "other"


def test_news_that_comes_after_a_mission_sets_that_mission_in_the_past(
        nlp: Language) -> None:
    text = ("VIENTIANE, Oct. 8 (AFP) -- Laos will send its foreign minister to Pyongyang "
            "next week, officials said. The announcement came two months after Kim Song Nam "
            "travelled to Vientiane as special envoy of Kim Jong Un and was received by "
            "the Lao president.")
    assert envoys(nlp, text)["Kim Song Nam"][2] == "other"


def test_the_past_perfect_of_reported_speech_is_todays_news(nlp: Language) -> None:
    # Backshift after "said": the talks are the news, not an earlier story. Things that
    # "had gone unanswered" stay no stage of anyone's journey.
    text = ("TOKYO, June 3 (Kyodo) -- Prime Minister Shigeru Ishiba said on Tuesday that his "
            "special envoy Taro Aso had held talks with President Lee Jae-myung in Seoul on "
            "Monday. Aso said Tokyo's earlier offers had gone unanswered.")
    assert envoys(nlp, text)["Taro Aso"] == ("Shigeru Ishiba", "Seoul", "met")


def test_a_month_without_a_day_after_the_lead_dates_an_earlier_meeting(
        nlp: Language) -> None:
    text = ("WASHINGTON, Dec. 2 (AP) -- Sung Kim, the U.S. special representative for North "
            "Korea, left Washington on Sunday for Tokyo. Kim met North Korean diplomats in "
            "Geneva in September, but the talks produced nothing.")
    assert envoys(nlp, text)["Sung Kim"][2] == "departed"


def test_a_former_envoy_whose_sentences_tell_no_stage_is_not_in_the_lead(
        nlp: Language) -> None:
    text = ("SEOUL, Jan. 16 (Yonhap) -- Julie Turner, the U.S. special envoy for North Korean "
            "human rights, will visit Seoul next week, the ministry said. The post had been "
            "empty since Robert King, the previous special envoy, stepped down in 2017.")
    assert envoys(nlp, text)["Robert King"][1:] == (None, "other")
