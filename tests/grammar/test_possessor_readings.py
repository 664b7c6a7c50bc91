"""The grammar's readings behind a possessor written as a relational adjective, and a case after an apostrophe."""

from __future__ import annotations

import pytest

from toolkit.grammar import grammar_for


def names(language):
    return grammar_for(language).NAMES


@pytest.mark.parametrize(
    "adjective, following, name, size",
    [
        ("Иракский", ["премьер-министр", "прибыл"], "ирак", 1),
        ("турецкий", ["вице-президент", "Джевдет"], "турция", 1),
        ("иранской", ["штаб-квартиры", "в"], "иран", 1),
        ("Иракский", ["министр", "нефти", "заявил"], "ирак", 2),
        ("Тегеранское", ["правительство", "отвергло"], "тегеран", 1),
        ("иракском", ["министерстве", "нефти", "заявили"], "ирак", 2),
    ],
)
def test_russian_noun_phrase_after_the_adjective_counts_a_hyphenated_word_as_one(adjective, following, name, size):
    assert names("ru").possessor_before_noun(adjective, following, [name]) == size


@pytest.mark.parametrize(
    "adjective, following",
    [
        ("иракское", ["также", "заявило"]),  # no noun after it
        ("Иракский", ["Курдистан"]),  # a name's own word
    ],
)
def test_russian_no_noun_phrase(adjective, following):
    assert names("ru").possessor_before_noun(adjective, following, ["ирак"]) is None


@pytest.mark.parametrize(
    "ending, tokens",
    [("nın", ("gen",)), ("nı", ("acc",)), ("ndan", ("abl",)), ("na", ("dat",)), ("ndaki", None), ("dır", None)],
)
def test_turkish_case_of_an_ending_after_an_apostrophe(ending, tokens):
    assert names("tr").case_of_ending(ending) == tokens


def test_other_languages_read_no_ending():
    assert names("ru").case_of_ending("а") is None


@pytest.mark.parametrize(
    "before, noun, preposition",
    [
        ("فيلق", "القدس", "في"),
        ("مجلس", "الشورى", "في"),
        (None, "الحرس", None),  # no construct: the idafa (حرس إيران)
        ("الحرس", "الثوري", None),  # a definite word before: no head of a construct
        ("بين", "القدس", None),  # a preposition before the noun
    ],
)
def test_arabic_fi_after_a_construct_the_source_names(before, noun, preposition):
    assert names("ar").possessor_preposition(before, noun) == preposition
