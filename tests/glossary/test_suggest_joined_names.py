"""Lowercase words that hold a name together: Dutch and German surname particles inside a name (Erik ten
Hag, Marc-André ter Stegen, Karl-Theodor zu Guttenberg), and 'in' before a prize's field (Nobel Prize in
Literature); neither joins two names of their own."""

import pytest
from suggest_probes import in_sentence


@pytest.mark.parametrize(
    "text, name",
    [
        ("Leverkusen replaced him with Erik ten Hag, who was sacked after three games.", "Erik ten Hag"),
        ("Goalkeeper Marc-André ter Stegen is out for the season.", "Marc-André ter Stegen"),
        ("The former minister Karl-Theodor zu Guttenberg resigned in 2011.", "Karl-Theodor zu Guttenberg"),
    ],
)
def test_a_dutch_or_german_particle_inside_a_name_keeps_it_whole(desk_glossary, text, name):
    assert in_sentence(text, desk_glossary)[name][1] == "person"


@pytest.mark.parametrize(
    "text",
    [
        "Ten Hag said the team had lacked intensity.",  # the particle opening a sentence alone: no name
        "In 2011, ten Britons were detained at the border.",
    ],
)
def test_a_particle_never_starts_a_name_of_its_own(desk_glossary, text):
    assert not any(key.lower().startswith("ten ") for key in in_sentence(text, desk_glossary))


@pytest.mark.parametrize(
    "text, name",
    [
        ("Han Kang won the Nobel Prize in Literature in October.", "Nobel Prize in Literature"),
        (
            "He shared the Nobel Memorial Prize in Economic Sciences with two colleagues.",
            "Nobel Memorial Prize in Economic Sciences",
        ),
        ("She received the Pulitzer Prize in Fiction for her third novel.", "Pulitzer Prize in Fiction"),
    ],
)
def test_a_prizes_field_after_in_is_part_of_its_name(desk_glossary, text, name):
    assert in_sentence(text, desk_glossary)[name][1] == "award"


@pytest.mark.parametrize(
    "text, names",
    [
        ("Demis Hassabis shared the Nobel Prize in chemistry last year.", {"Nobel Prize", "Demis Hassabis"}),
        ("The Booker Prize in London drew record crowds.", {"Booker Prize", "London"}),
    ],
)
def test_in_after_a_prize_joins_no_lowercase_field_and_no_place(desk_glossary, text, names):
    assert names <= set(in_sentence(text, desk_glossary))
