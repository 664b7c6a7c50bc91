"""A one-word name "of" a country is two names, the firm or the body and the country ("EuBiologics of South
Korea"); a name "of" a continent, a body's or a place's word before "of", stay one ("Horn of Africa", "Bank of
Japan", "Gulf of Finland")."""

import pytest
from suggest_probes import found


@pytest.mark.parametrize(
    "text, first, second",
    [
        ("Only one manufacturer, EuBiologics of South Korea, makes the vaccine in bulk.", "EuBiologics", "South Korea"),
        ("The engines are supplied by Rolls-Royce of Britain and Safran of France.", "Safran", "France"),
        ("The order went to Hanwha of South Korea after a two-year contest.", "Hanwha", "South Korea"),
    ],
)
def test_a_one_word_name_of_a_country_is_two_names(desk_glossary, text, first, second):
    candidates = found("Title\n\n" + text, desk_glossary)
    assert candidates[second][1] == "place"
    assert first in candidates
    assert f"{first} of {second}" not in candidates


@pytest.mark.parametrize(
    "text, name",
    [
        ("Drought has spread across the Horn of Africa this year.", "Horn of Africa"),
        ("The Bank of Japan kept its rates on hold.", "Bank of Japan"),
        ("Cables on the floor of the Gulf of Finland were cut.", "Gulf of Finland"),
    ],
)
def test_a_continent_a_body_or_a_place_before_of_stays_whole(desk_glossary, text, name):
    assert name in found("Title\n\n" + text, desk_glossary)
