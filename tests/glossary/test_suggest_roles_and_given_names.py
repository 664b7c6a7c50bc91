"""A person's role opening a sentence is no part of the name after it."""

import pytest
from suggest_probes import in_sentence


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
    "text, name",
    [
        ("Forward Party leader Andrew Yang said he would run.", "Forward Party"),  # a role's word in a body's name
        ("Designer Brands Inc said its sales fell.", "Designer Brands Inc"),
    ],
)
def test_a_roles_word_that_opens_a_bodys_name_stays(desk_glossary, text, name):
    assert name in in_sentence(text, desk_glossary)
