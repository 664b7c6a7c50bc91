"""A person's role opening a sentence is no part of the name after it, and given names that are also written
as a month's, a weekday's or a general's abbreviation (Jan, Jun, Sun, Gen) stay in the name."""

import pytest
from suggest_probes import found, ids, in_sentence


@pytest.mark.parametrize(
    "text, name",
    [
        ("Striker Youssef En-Nesyri is expected to leave for Saudi Arabia.", "Youssef En-Nesyri"),
        ("Midfielder Jordan Henderson completed his move on Monday.", "Jordan Henderson"),
        ("Goalkeeper Altay Bayındır was dropped for the derby.", "Altay Bayındır"),
        ("Novelist Elif Shafak will publish a new book in September.", "Elif Shafak"),
        ("Pianist Fazıl Say opened the festival on Friday.", "Fazıl Say"),
        ("Billionaire Elon Musk said he would not sell the stake.", "Elon Musk"),
        ("Manager Arne Slot said the title race was not over.", "Arne Slot"),
    ],
)
def test_a_persons_role_opening_a_sentence_is_no_part_of_the_name(desk_glossary, text, name):
    assert in_sentence(text, desk_glossary)[name][1] == "person"


@pytest.mark.parametrize(
    "text",
    [
        "Runner: Kenya's Faith Kipyegon won the race.",
        "Winner. Kipyegon ran the last lap in 58 seconds.",
        "Manager",
    ],
)
def test_a_role_alone_opening_a_sentence_or_a_line_is_no_name_and_no_failure(desk_glossary, text):
    assert not {"Runner", "Winner", "Manager"} & set(in_sentence(text, desk_glossary))


@pytest.mark.parametrize(
    "text, name",
    [
        ("Forward Party leader Andrew Yang said he would run.", "Forward Party"),  # a role's word in a body's name
        ("Designer Brands Inc said its sales fell.", "Designer Brands"),  # named without its legal form
    ],
)
def test_a_roles_word_that_opens_a_bodys_name_stays(desk_glossary, text, name):
    assert name in in_sentence(text, desk_glossary)


@pytest.mark.parametrize(
    "text, name",
    [
        ("Jun Ichimori, a midfielder for Gamba Osaka, is the only uncapped player.", "Jun Ichimori"),
        ("Jan Egeland, the head of the Norwegian Refugee Council, said aid was blocked.", "Jan Egeland"),
        ("Sun Weidong, China's vice foreign minister, met the envoy in Beijing.", "Sun Weidong"),
        ("The minister met Jan Lipavsky in Prague on Tuesday.", "Jan Lipavsky"),
    ],
)
def test_a_given_name_written_like_a_months_or_a_weekdays_abbreviation_stays_in_the_name(desk_glossary, text, name):
    assert in_sentence(text, desk_glossary)[name][1] == "person"


@pytest.mark.parametrize(
    "text",
    [
        "The talks on Jun 5 were postponed, Mark Milley said.",
        "Talks resume on Sun 7 Jan in Geneva, Mark Milley said.",
    ],
)
def test_a_dates_abbreviations_alone_are_no_names(desk_glossary, text):
    assert set(in_sentence(text, desk_glossary)) <= {"Mark Milley", "Geneva"}


@pytest.mark.parametrize(
    "text",
    [
        "Defender Gen Shoji was called up by Japan. Moriyasu said Shoji had been the best defender.",
        "Gen Shoji, who plays for Kashima Antlers, was called up. Shoji has 20 caps.",
    ],
)
def test_gen_before_a_surname_never_met_with_another_given_name_is_the_given_name(desk_glossary, text):
    candidates = found("Title\n\n" + text, desk_glossary)
    assert candidates["Gen Shoji"] == ("Shoji", "person")
    assert "Shoji" not in candidates


@pytest.mark.parametrize(
    "text, name",
    [
        ("Gen Mark Milley said the war would last. Gen Milley said it would be long.", "Mark Milley"),
        ("Gen Valery Gerasimov visited the front. Gen Gerasimov said the troops were ready.", "Valery Gerasimov"),
        ("Gen. Milley said the war would last.", "Milley"),  # the dot: the title
    ],
)
def test_gen_is_a_generals_title_where_the_copy_names_him_otherwise(desk_glossary, text, name):
    candidates = found("Title\n\n" + text, desk_glossary)
    assert name in candidates and not any(key.startswith("Gen") for key in candidates)


def test_a_japanese_player_named_gen_keeps_his_surname_as_id(desk_glossary):
    assert ids("Defender Gen Shoji was called up. Shoji has 20 caps.", desk_glossary)["Gen Shoji"] == "shoji"
