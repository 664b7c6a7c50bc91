"""Types told by the words around a name, on copy of several desks: a platform people post on, a band or a
movement named after its noun, an app after "its app,", a firm in an apposition of several words, rivers and
provinces listed before their plural noun, a barrage or a dam, a prize a work was nominated for or won, a prize
headed by its noun ("Prize for Arabic Fiction")."""

import pytest
from suggest_probes import in_sentence


@pytest.mark.parametrize(
    "sentence, name",
    [
        ("She is the poet young Iranians quote on Instagram, the curator said.", "Instagram"),
        ("The minister posted on Telegram that the talks had failed.", "Telegram"),
        ("Fans shared on Weibo a video of the concert.", "Weibo"),
        ("The series will stream on Okko from March.", "Okko"),
    ],
)
def test_a_platform_people_post_on_is_an_organisation(desk_glossary, sentence, name):
    assert in_sentence(sentence, desk_glossary)[name][1] == "organisation"


@pytest.mark.parametrize(
    "sentence, name",
    [
        ("He will headline the festival with Tinariwen, the Tuareg band from northern Mali.", "Tinariwen"),
        ("Boris Grebenshchikov, the founder of the band Aquarium, was fined.", "Aquarium"),
        ("Its leader was jailed, and his movement, Mer Dzevov, polls second.", "Mer Dzevov"),
        (
            "Rival chipmakers said that G42, the Abu Dhabi artificial intelligence firm chaired by the sheikh, "
            "had signed.",
            "G42",
        ),
        ("Shares fell on the exchange Borsa Istanbul after the vote.", "Borsa Istanbul"),
    ],
)
def test_a_body_named_after_its_noun_or_before_its_apposition_is_an_organisation(desk_glossary, sentence, name):
    assert in_sentence(sentence, desk_glossary)[name][1] == "organisation"


def test_the_person_of_a_relative_clause_after_a_bands_noun_is_no_band(desk_glossary):
    names = in_sentence("Kino, the band Viktor Tsoi led until 1990, is the subject of a series.", desk_glossary)
    assert names["Viktor Tsoi"][1] == "person"


@pytest.mark.parametrize(
    "sentence, name",
    [
        (
            "The bank said on Monday it would spend $400 million on its own app, Halyk Super App, by 2027.",
            "Halyk Super App",
        ),
        ("The group said its ride-hailing app, Yandex Go, would start driverless trials.", "Yandex Go"),
    ],
)
def test_an_app_named_after_its_noun_and_a_comma_is_a_term(desk_glossary, sentence, name):
    assert in_sentence(sentence, desk_glossary)[name][1] == "term"


@pytest.mark.parametrize(
    "sentence, places",
    [
        (
            "Floodwater from the Chenab, Ravi and Sutlej rivers forced a million people from their homes.",
            {"Chenab", "Ravi", "Sutlej"},
        ),
        (
            "Rain is expected over Khyber, Balochistan and Sindh provinces this week.",
            {"Khyber", "Balochistan", "Sindh"},
        ),
        ("The Tigris and Euphrates rivers are at their lowest in decades.", {"Tigris", "Euphrates"}),
    ],
)
def test_names_listed_before_a_plural_place_noun_are_places(desk_glossary, sentence, places):
    names = in_sentence(sentence, desk_glossary)
    assert all(names[place][1] == "place" for place in places)


@pytest.mark.parametrize(
    "sentence, name",
    [
        ("Camps are being set up along the Guddu Barrage for when the crest arrives.", "Guddu Barrage"),
        ("Engineers opened the spillways of the Tarbela Dam on Friday.", "Tarbela Dam"),
    ],
)
def test_a_barrage_and_a_dam_are_places(desk_glossary, sentence, name):
    assert in_sentence(sentence, desk_glossary)[name][1] == "place"


@pytest.mark.parametrize(
    "sentence, name",
    [
        ("The band's album was nominated for a Grammy last year.", "Grammy"),
        ("Her debut was shortlisted for the Booker in 2023.", "Booker"),
        ("The singer won a Brit in February.", "Brit"),
        (
            "The International Prize for Arabic Fiction (IPAF) named six novels on Tuesday.",
            "International Prize for Arabic Fiction",
        ),
    ],
)
def test_a_prize_a_work_was_nominated_for_or_won_is_an_award(desk_glossary, sentence, name):
    assert in_sentence(sentence, desk_glossary)[name][1] == "award"


def test_an_acronym_does_not_cut_a_name_a_run_already_holds_whole(glossary):
    names = in_sentence(
        "The UN Office for the Coordination of Humanitarian Affairs (OCHA) said 1.2 million people needed aid.",
        glossary,
    )
    assert "UN Office for the Coordination of Humanitarian Affairs" in names


@pytest.mark.parametrize(
    "sentence, name",
    [
        ("The bank is listed on Nasdaq and in Astana.", "Nasdaq"),
        ("Its shares have traded on Borsa Istanbul since 2000.", "Borsa Istanbul"),
    ],
)
def test_an_exchange_shares_are_listed_or_traded_on_is_an_organisation(desk_glossary, sentence, name):
    assert in_sentence(sentence, desk_glossary)[name][1] == "organisation"
