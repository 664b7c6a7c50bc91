"""A place is never the short form of a longer name that holds it, a shorter name whose last word is only a
variant of a longer one's is another person, and a name after a place and a comma is no list member."""

import pytest
from suggest_probes import found


def suggested(text, glossary):
    return found("Title\n\n" + text, glossary)


@pytest.mark.parametrize(
    "text, place, longer",
    [
        (
            "In Abu Dhabi, the Louvre Abu Dhabi opened an exhibition. Visitors to Abu Dhabi rose by a third.",
            "Abu Dhabi",
            "Louvre Abu Dhabi",
        ),
        (
            "The novelist was honoured in Cairo with a new edition of his Cairo Trilogy. Cairo was his home.",
            "Cairo",
            "Cairo Trilogy",
        ),
        (
            "The New York Philharmonic toured Asia. The orchestra will return to New York in May.",
            "New York",
            "New York Philharmonic",
        ),
        (
            "Verdi's Aida opened at Dubai Opera on Friday, the first staging of it in Dubai.",
            "Dubai",
            "Dubai Opera",
        ),
    ],
)
def test_a_place_is_no_short_form_of_a_longer_name_that_holds_it(desk_glossary, text, place, longer):
    candidates = suggested(text, desk_glossary)
    assert candidates[place][1] == "place"
    assert candidates[longer][0] != place


@pytest.mark.parametrize(
    "text, person, other",
    [
        (
            "Mohammad Bagher Ghalibaf said the Majlis would not ratify it. Gen. Mohammad Bagheri was killed in June.",
            "Mohammad Bagheri",
            "Mohammad Bagher Ghalibaf",
        ),
        (
            "Ali Akbar Velayati advised the leader. Ali Akbari, a lawmaker, disagreed.",
            "Ali Akbari",
            "Ali Akbar Velayati",
        ),
    ],
)
def test_a_shorter_name_whose_last_word_is_a_variant_of_a_longer_ones_is_another_person(
    desk_glossary, text, person, other
):
    candidates = suggested(text, desk_glossary)
    assert person in candidates and other in candidates


def test_the_start_of_a_longer_name_still_goes_with_it(desk_glossary):
    text = "Sheikh Tamim bin Hamad Al Thani met the envoy. Tamim bin Hamad said talks would go on."
    candidates = suggested(text, desk_glossary)
    assert "Tamim bin Hamad" not in candidates and "Tamim bin Hamad Al Thani" in candidates


@pytest.mark.parametrize(
    "text, name",
    [
        ("In Tehran, Mohammad Bagher Ghalibaf, the speaker of parliament, said the deal was dead.", "Ghalibaf"),
        ("In Baku, Jeyhun Bayramov, Azerbaijan's foreign minister, welcomed the envoy.", "Bayramov"),
    ],
)
def test_a_person_after_a_place_and_a_comma_is_no_list_member(desk_glossary, text, name):
    candidates = suggested(text, desk_glossary)
    person = next(key for key in candidates if key.endswith(name))
    assert candidates[person][1] == "person"
