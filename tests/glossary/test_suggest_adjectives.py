"""Adjectives of regions, peoples and historical states, and a language's adjective joined to '-language', are
no names; the names they stand in stay names."""

import pytest
from suggest_probes import in_sentence


@pytest.mark.parametrize(
    "text, adjective",
    [
        ("Kubo, the Japan international who joined the Basque club in 2022, scored twice.", "Basque"),
        ("The opera is set in an Ottoman palace on the Bosphorus.", "Ottoman"),
        ("Mahfouz was the only Arabic-language writer to win the prize.", "Arabic-language"),
        ("The Catalan government called an early election.", "Catalan"),
        ("Veterans of the Soviet army marched through the square.", "Soviet"),
        ("She reads the English-language edition every morning.", "English-language"),
    ],
)
def test_an_adjective_of_a_region_a_people_a_former_state_or_a_language_is_no_name(desk_glossary, text, adjective):
    assert adjective not in in_sentence(text, desk_glossary)


@pytest.mark.parametrize(
    "text, name",
    [
        ("The Ottoman Empire collapsed after the First World War.", "Ottoman Empire"),
        ("The Soviet Union collapsed in 1991.", "Soviet Union"),
        ("Members of the Basque Nationalist Party backed the budget.", "Basque Nationalist Party"),
    ],
)
def test_names_that_begin_with_such_an_adjective_stay_names(desk_glossary, text, name):
    assert name in in_sentence(text, desk_glossary)
