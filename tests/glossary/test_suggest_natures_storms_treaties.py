"""Kinds a name's own words tell: a sea's, a strait's or a glacier's noun after it or in it is a place's, a storm's
word before it an event's, a treaty's word a term's (a text every edition writes one way, as a law's)."""

import pytest
from suggest_probes import in_sentence


@pytest.mark.parametrize(
    "text, name",
    [
        ("Container lines now sail around Africa and into the Indian Ocean to avoid the attacks.", "Indian Ocean"),
        ("The corridor would link Russia to the Indian Ocean through Azerbaijan and Iran.", "Indian Ocean"),
        ("Two tankers were seized in the Arabian Sea on Friday, the navy said.", "Arabian Sea"),
        ("Scientists will study how fast the Thwaites Glacier is melting from below.", "Thwaites Glacier"),
        ("Divers surveyed the Ningaloo Reef for signs of bleaching.", "Ningaloo Reef"),
    ],
)
def test_a_name_whose_last_word_is_a_sea_or_a_glacier_is_a_place_after_a_demonym_too(desk_glossary, text, name):
    assert in_sentence(text, desk_glossary)[name][1] == "place"


@pytest.mark.parametrize(
    "text, name",
    [
        ("Houthi fighters attacked ships in the Red Sea and the Bab el-Mandeb strait.", "Bab el-Mandeb"),
        ("The frigate sailed to the Mediterranean port of Tobruk after the fall.", "Mediterranean"),
        ("Its naval base at Tartus and the Hmeimim air base near Latakia are still manned.", "Hmeimim"),
        ("The army said it had retaken the Kodori valley after two days of fighting.", "Kodori"),
        ("Fishermen say the Tonle Sap lake has shrunk by a third.", "Tonle Sap"),
    ],
)
def test_a_place_noun_after_a_name_makes_it_a_place(desk_glossary, text, name):
    assert in_sentence(text, desk_glossary)[name][1] == "place"


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Cholera spread through the camps three weeks after Cyclone Chido tore through the province.",
            "Cyclone Chido",
        ),
        ("Hurricane Helene cut power to two million homes in the Carolinas.", "Hurricane Helene"),
        ("Flights were cancelled across Taiwan as Typhoon Krathon made landfall.", "Typhoon Krathon"),
        ("Storm Babet brought the heaviest rain in decades to the east of Scotland.", "Storm Babet"),
        ("Forecasters said Tropical Storm Debby would strengthen over the weekend.", "Tropical Storm Debby"),
    ],
)
def test_a_storm_named_after_its_kind_is_an_event(desk_glossary, text, name):
    assert in_sentence(text, desk_glossary)[name][1] == "event"


@pytest.mark.parametrize(
    "text, name",
    [
        ("Turkey says the 1998 Adana Agreement gives it the right to pursue militants into Syria.", "Adana Agreement"),
        ("Member states adopted the Pandemic Agreement after three years of talks.", "Pandemic Agreement"),
        ("Morocco joined the Abraham Accords in December 2020.", "Abraham Accords"),
        ("Greek officials said the Treaty of Lausanne settled the question a century ago.", "Treaty of Lausanne"),
        ("Kyiv said Moscow had broken the Minsk Protocol within days of signing it.", "Minsk Protocol"),
    ],
)
def test_a_treatys_name_is_a_term_as_a_laws_is(desk_glossary, text, name):
    assert in_sentence(text, desk_glossary)[name][1] == "term"


def test_a_demonym_before_a_firms_word_still_makes_a_firm(desk_glossary):
    assert in_sentence("Turkish Airlines said it would buy 225 jets.", desk_glossary)["Turkish Airlines"][1] == (
        "organisation"
    )


@pytest.mark.parametrize(
    "text, name",
    [
        ("Medvedev lost in the second round of the Shanghai Masters to Arthur Rinderknech.", "Shanghai Masters"),
        ("The Sharjah Biennial, founded in 1993, will open in February.", "Sharjah Biennial"),
        ("The Eurovision Song Contest will be held in Basel next May.", "Eurovision Song Contest"),
        ("Tickets for the Venice Biennale sold out on the first day.", "Venice Biennale"),
        ("The NBA Finals drew the smallest television audience in a decade.", "NBA Finals"),
    ],
)
def test_a_tournament_a_contest_or_a_biennial_is_an_event(desk_glossary, text, name):
    assert in_sentence(text, desk_glossary)[name][1] == "event"


@pytest.mark.parametrize(
    "text, name",
    [
        ("Verstappen had already sealed the drivers' championship for Red Bull Racing.", "Red Bull Racing"),
        ("Zak Brown, the chief executive of McLaren Racing, thanked the staff.", "McLaren Racing"),
    ],
)
def test_a_racing_team_is_an_organisation(desk_glossary, text, name):
    assert in_sentence(text, desk_glossary)[name][1] == "organisation"
