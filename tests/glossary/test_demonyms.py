"""The English adjectives of a place's name, one rule for placement and the detector of uncovered names: made
from the name's own letters or known as irregular, never a word that only begins like the name."""

import pytest
from suggest_probes import in_sentence

from toolkit.glossary.demonyms import _IRREGULAR, DEMONYMS, adjective_among, english_adjectives
from toolkit.glossary.match import fold
from toolkit.glossary.suggest import _demonym_of
from toolkit.translate import placement


@pytest.mark.parametrize(
    "place, adjective",
    [
        ("Catalonia", "catalan"),
        ("Netherlands", "dutch"),
        ("Ivory Coast", "ivorian"),
        ("Côte d’Ivoire", "ivorian"),
        ("Philippines", "filipino"),
        ("Cyprus", "cypriot"),
        ("Yemen", "yemeni"),
        ("Kazakhstan", "kazakh"),
        ("Kazakhstan", "kazakhstani"),
        ("Bahrain", "bahraini"),
        ("Wales", "welsh"),
        ("Ukraine", "ukrainian"),
        ("Cuba", "cuban"),
        ("Chechnya", "chechen"),
        ("Tatarstan", "tatar"),
        ("Uzbekistan", "uzbek"),
        ("Texas", "texan"),
        ("Europe", "european"),
        ("Britain", "british"),
        ("Germany", "german"),
        ("Iceland", "icelandic"),
        ("Flanders", "flemish"),
    ],
)
def test_a_place_makes_its_adjective(place, adjective):
    assert adjective in english_adjectives(place)


@pytest.mark.parametrize(
    "place, word",
    [
        ("Austria", "australian"),
        ("Indiana", "indian"),
        ("Iraq", "iranian"),
        ("Iran", "iraqi"),
        ("Boeing", "boeings"),
        ("Pakistan", "pak"),
        ("Ivory Coast", "ivory"),
        ("Niger", "nigerian"),
        ("Nigeria", "nigerien"),
    ],
)
def test_a_word_that_only_begins_like_the_place_is_none_of_its_adjectives(place, word):
    assert word not in english_adjectives(place)


def test_placement_and_the_detector_read_the_same_rule():
    assert placement.english_adjectives is english_adjectives
    words = {"australian", "catalan", "dutch", "kazakh"}
    found = {place: _demonym_of(fold(place), words) for place in ("Catalonia", "Kazakhstan", "Netherlands", "Austria")}
    assert found == {"Catalonia": "Catalan", "Kazakhstan": "Kazakh", "Netherlands": "Dutch", "Austria": ""}
    assert all(adjective_among(place, words) == adjective for place, adjective in found.items())


def test_every_irregular_adjective_is_one_the_detector_knows_by_sight():
    assert {adjective for adjectives in _IRREGULAR.values() for adjective in adjectives} <= DEMONYMS


@pytest.mark.parametrize(
    "text, name",
    [
        ("Tatarstan said it would sign the accord. Tatar officials agreed on Monday.", "Tatarstan"),
        ("On Monday, Wales said it would follow the plan. Welsh ministers met on Monday.", "Wales"),
        ("On Monday, Flanders said it would cut the levy. Flemish businesses welcomed the move.", "Flanders"),
        ("Baluchistan said it needed more troops. Baluch leaders rejected the plan.", "Baluchistan"),
        ("Ivory Coast said it would reopen the border. Ivorian traders welcomed it.", "Ivory Coast"),
    ],
)
def test_a_region_whose_adjective_the_copy_writes_is_a_place_whatever_verb_follows(desk_glossary, text, name):
    assert in_sentence(text, desk_glossary)[name][1] == "place"
