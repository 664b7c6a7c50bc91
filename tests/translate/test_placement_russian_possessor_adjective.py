"""Russian: a possessor the model wrote as the relational adjective before its noun.

"Iraq's oil minister" comes out of a model as Иракский министр нефти, "Turkey's spy chief" as глава
турецкой разведки. Where the glossary gives the name no adjective, the house rule publishes the
mention as the name: the adjective goes, and the name follows its noun (with the genitives that
depend on that noun, нефти) in the genitive: Министр нефти Ирака, глава разведки Турции. A
capital the adjective had at the start of the sentence goes to the noun. Where the same name stands
elsewhere in the sentence, each mention takes the word in its order.

Nothing changes where the source has no possessor there (иранский газ for "Iranian gas"), where the
output has more such adjectives than mentions left unplaced, where the adjective is capitalised inside
a sentence (part of a name: Иракский Курдистан), or where no noun follows it.
"""

from __future__ import annotations

import pytest
from test_placement import check, publish

POSSESSORS = [
    (
        "Iraq's oil minister said Iraq would keep buying gas from Iran.",
        "Иракский министр нефти заявил, что Ирак продолжит покупать газ у Ирана.",
        "Министр нефти {iraq:gen} заявил, что {iraq} продолжит покупать газ у {iran:gen}.",
    ),
    (
        "Erdogan met Hakan Fidan, Turkey's spy chief, in Ankara.",
        "Эрдоган встретился с главой турецкой разведки Хаканом Фиданом в Анкаре.",
        "{erdogan:short} встретился с главой разведки {turkey:gen} {fidan:ins} в {ankara:prep}.",
    ),
    (
        "Syria's foreign minister said the talks in Sochi had failed.",
        "Сирийский министр иностранных дел заявил, что переговоры в Сочи провалились.",
        "Министр иностранных дел {syria:gen} заявил, что переговоры в {sochi} провалились.",
    ),
    (
        "Putin said Russia's position on Iran had not changed.",
        "Путин заявил, что российская позиция по Ирану не изменилась.",
        "{putin:short} заявил, что позиция {russia:gen} по {iran:dat} не изменилась.",
    ),
    (
        "Qatar's emir flew to Tehran on Monday.",
        "Катарский эмир в понедельник вылетел в Тегеран.",
        "Эмир {qatar:gen} в понедельник вылетел в {tehran:acc}.",
    ),
]


@pytest.mark.parametrize("source,output,expected", POSSESSORS)
def test_a_possessor_written_as_the_adjective_is_placed_after_its_noun(glossary, source, output, expected):
    check(glossary, "ru", source, output, expected)


def test_the_sources_own_adjective_is_no_possessor(glossary):
    check(
        glossary,
        "ru",
        "Turkey buys Iranian gas, Ankara said.",
        "Турция покупает иранский газ, заявила Анкара.",
        "{turkey} покупает иранский газ, заявила {ankara}.",
    )


def test_two_adjectives_for_one_possessor_stay_flagged(glossary):
    segment, _ = publish(
        glossary,
        "ru",
        "Iraq's oil minister met Iraqi officials.",
        "Иракский министр нефти встретился с иракскими чиновниками.",
    )
    assert "Иракский министр нефти встретился с иракскими чиновниками" in segment.text
    assert any(problem.code == "name-unplaced" for problem in segment.problems)


def test_an_adjective_before_another_adjective_stays_flagged(glossary):
    segment, _ = publish(
        glossary,
        "ru",
        "Russia's new coach was sacked.",
        "Российский новый тренер был уволен.",
    )
    assert "Российский новый тренер" in segment.text
    assert any(problem.code == "name-unplaced" for problem in segment.problems)
