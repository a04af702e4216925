"""Foreign names found as runs of name words, and holders named at a distance.

Texts are our own, in KCNA and wire style; the people are invented. The real model runs.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kcna_monitor.nlp.pipeline import extract_text
from kcna_monitor.nlp.runs import name_runs, personal_apposition
from tests.extracted import envoys, persons


@pytest.mark.parametrize(("text", "name"), [
    # A Spanish name of four words, the model labelling none or part of it.
    ("Pyongyang, May 2 (KCNA) -- Choe Ryong Hae met Rodrigo Anselmo Fuentes Barrera, "
     "vice-president of the Council of State of the Republic of Cuba, on Friday.",
     "Rodrigo Anselmo Fuentes Barrera"),
    # A Russian patronymic: first name and patronymic must not be cut off.
    ("The talks were attended by her Russian counterpart Yelena Borisovna Kazantseva "
     "and officials of the foreign ministry.", "Yelena Borisovna Kazantseva"),
    # An Indonesian single name, introduced by its apposition.
    ("JAKARTA, June 3 (AFP) -- Indonesia has sent Wiryawan, a former trade minister, "
     "to Pyongyang for the anniversary events.", "Wiryawan"),
    # The name after a posting's title and place.
    ("Present were Russian Ambassador to the DPRK Arkady Semyonov and embassy staff.",
     "Arkady Semyonov"),
    # A titled one-word name that the model leaves unlabelled.
    ("Relations date back to the days when President Kim Il Sung and President Sudarmo "
     "exchanged visits.", "Sudarmo"),
])
def test_foreign_names_are_whole(nlp: Language, text: str, name: str) -> None:
    assert name in persons(nlp, text)


@pytest.mark.parametrize(("text", "not_a_person"), [
    ("BEIJING, May 9 (Korea Herald) -- Kim Jong Un sent greetings to the Chinese people.",
     "Korea Herald"),
    ("The rice arrived aboard the Vietnamese cargo ship Song Hong on Tuesday.", "Song Hong"),
    ("Separately, Seoul's envoy to Moscow met Russian officials.", "Separately"),
    ("During her stay in Ulaanbaatar, the special envoy visited a school.", "Ulaanbaatar"),
    ("Pak Myong Sik, vice-minister of Fisheries who is chairman of the committee, spoke.",
     "Fisheries"),
])
def test_words_that_only_look_like_names(nlp: Language, text: str, not_a_person: str) -> None:
    assert not_a_person not in persons(nlp, text)


def test_runs_stop_at_titles_dates_and_institutions(nlp: Language) -> None:
    doc = nlp("On Monday President Ricardo Tomas Ibarra Soto met the Plenary Meeting.")
    runs = [doc[i:j].text for i, j in name_runs(doc)]
    assert runs == ["Ricardo Tomas Ibarra Soto"]


def test_role_listed_after_other_offices(nlp: Language) -> None:
    text = ("Pyongyang, June 9 (KCNA) -- Kim Jong Un received Amadou Seydou Traore, minister "
            "of State and special envoy of Ibrahim Kone, president of the Republic of Mali, "
            "on Monday.")
    assert envoys(nlp, text)["Amadou Seydou Traore"][0] == "Ibrahim Kone"


def test_apposition_between_name_and_as(nlp: Language) -> None:
    text = ("MANILA, Jan. 8 (AP) -- President Roberto Alcantara has picked Teodoro Ramos, a "
            "71-year-old former senator, as his special envoy to Pyongyang, officials said.")
    assert envoys(nlp, text) == {"Teodoro Ramos": ("Roberto Alcantara", "Pyongyang", "upcoming")}


def test_descriptor_between_role_and_name(nlp: Language) -> None:
    text = ("GENEVA, Feb. 2 (Reuters) -- The U.N. secretary-general will send his personal "
            "envoy, veteran Norwegian diplomat Lars Henrik Aasen, to Pyongyang next month.")
    assert "Lars Henrik Aasen" in envoys(nlp, text)


def test_unnamed_official_named_in_next_sentence(nlp: Language) -> None:
    text = ("BEIJING, March 6 (AP) -- A senior North Korean official arrived in Beijing on "
            "Thursday as leader Kim Jong Un's special envoy, state media said. Pak Song Chol, "
            "a secretary of the ruling party, was met at the airport by Chinese officials.")
    assert envoys(nlp, text) == {"Pak Song Chol": ("Kim Jong Un", "Beijing", "arrived")}


def test_role_as_subject_named_in_next_sentence(nlp: Language) -> None:
    text = ("SEOUL, June 24 (AFP) -- President Lee Jae-myung's special envoy to China left for "
            "Beijing on Tuesday. Hwang Min-seok, a four-term lawmaker, told reporters at the "
            "airport that he would carry a letter. Spokesman Oh Jin-ho told reporters the trip "
            "would last three days.")
    found = envoys(nlp, text)
    assert set(found) == {"Hwang Min-seok"}
    assert found["Hwang Min-seok"][0] == "Lee Jae-myung"


def test_received_envoy_of_principal_then_holder(nlp: Language) -> None:
    text = ("Pyongyang, July 11 (KCNA) -- Kim Jong Un received the special envoy of Farhad "
            "Nazari, president of the Islamic Republic of Iran, Mehdi Karimzadeh, vice-president "
            "of Iran, on Thursday.")
    assert envoys(nlp, text)["Mehdi Karimzadeh"][0] == "Farhad Nazari"


def test_reporting_source_is_never_the_named_envoy(nlp: Language) -> None:
    text = ("SEOUL, May 14 (Reuters) -- President Lee Jae-myung will send special envoys to the "
            "United States and Japan next week. Kwon Min-ho will travel to Washington, while "
            "Noh Jae-won will head to Tokyo, presidential spokeswoman Jeon Su-ah told reporters.")
    assert set(envoys(nlp, text)) == {"Kwon Min-ho", "Noh Jae-won"}


def test_text_ending_on_a_name_is_read_to_the_end(nlp: Language) -> None:
    # A KCNA statement may end on a bare signature: no token follows the last name.
    text = ("A special envoy of Kim Jong Un left Pyongyang for Beijing on Tuesday. "
            "Ri Myong Chol")
    ext = extract_text(nlp, text)
    assert [p.name for p in ext.persons] == ["Kim Jong Un", "Ri Myong Chol"]
    assert ext.envoys == ()


def test_text_in_two_curly_quotes_is_quoted_to_the_end(nlp: Language) -> None:
    from kcna_monitor.nlp.mission import _quoted

    doc = nlp("\u201cWe agree,\u201d he said, adding \u201cthe envoy arrived here today.\u201d")
    assert _quoted(next(t for t in doc if t.text == "arrived"))


def test_under_whose_guidance_is_no_personal_apposition(nlp: Language) -> None:
    doc = nlp("They thanked Mount Paektu, under whose guidance the minister worked.")
    comma = next(t.i for t in doc if t.text == ",")
    assert not personal_apposition(doc, comma)
    doc = nlp("They thanked Allison Hooker, the new under secretary of state.")
    comma = next(t.i for t in doc if t.text == ",")
    assert personal_apposition(doc, comma)


def test_the_last_word_of_a_capitalised_remit_is_not_part_of_the_name(nlp: Language) -> None:
    text = ("SEOUL, May 3 (Yonhap) -- Special Representative for North Korea Policy Mark "
            "Lambert held talks in Seoul on Friday.")
    assert "Mark Lambert" in persons(nlp, text)


def test_a_baptismal_name_after_a_clergy_title_belongs_to_the_korean_name(
        nlp: Language) -> None:
    text = ("SEOUL, May 5 (Yonhap) -- Bishop Matteo You Sung-il of Daejeon celebrated a "
            "Mass for peace on the Korean peninsula on Sunday.")
    assert persons(nlp, text) == ["Matteo You Sung-il"]


def test_a_nationality_or_a_buildings_last_word_is_not_part_of_a_name(
        nlp: Language) -> None:
    text = ("Pyongyang, Sept. 3 (KCNA) -- Choe Ryong Hae left for Beijing to attend the "
            "celebrations of the 70th anniversary of the victory in the Chinese People's War "
            "of Resistance against Japanese Aggression and the World Anti-Fascist War. Kim "
            "Yong Nam on Thursday received at the Mansudae Assembly Hall Faisal Mekdad, deputy "
            "minister of Foreign Affairs of Syria.")
    found = persons(nlp, text)
    assert "Faisal Mekdad" in found
    assert not any("Aggression" in p or "Hall" in p for p in found)
