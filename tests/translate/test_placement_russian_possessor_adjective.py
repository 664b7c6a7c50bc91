"""Russian: a possessor the model wrote as the relational adjective before its noun.

"Iraq's oil minister" comes out of a model as Иракский министр нефти, "Turkey's spy chief" as глава
турецкой разведки. Where the glossary gives the name no adjective, the house rule publishes the
mention as the name: the adjective goes, and the name follows its noun (with the genitives that
depend on that noun, нефти) in the genitive: Министр нефти Ирака, глава разведки Турции. A
capital the adjective had at the start of the sentence goes to the noun. Where the same name stands
elsewhere in the sentence, each mention takes the word in its order.

Nothing changes where the source has no possessor there (иранский газ for "Iranian gas"), where the
output has more such adjectives than mentions left unplaced and the source's own adjectives of the name
("a Russian jet", "Turkish-Russian ties") together (where it has as many, they stand for them in the
source's order), where the adjective is capitalised inside
a sentence (part of a name: Иракский Курдистан), or where no noun follows it. An adjective of the
noun's own between them, in the same form, goes with the noun: иракская гражданская оборона is
гражданская оборона Ирака.
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


MENTION_BESIDE_THE_SOURCES_OWN_ADJECTIVE = [
    # the output's adjectives stand for the source's adjectives and possessors in the source's order
    (
        "Iraq's oil minister met Iraqi officials.",
        "Иракский министр нефти встретился с иракскими чиновниками.",
        "Министр нефти {iraq:gen} встретился с иракскими чиновниками.",
    ),
    (
        "Turkish-Russian ties survived the downing of a Russian jet and the killing of Russia's ambassador.",
        "Турецко-российские связи пережили уничтожение российского самолета и убийство российского посла.",
        "Турецко-российские связи пережили уничтожение российского самолета и убийство посла {russia:gen}.",
    ),
    (
        "Russian fans cheered as Russia's coach was sacked.",
        "Российские болельщики ликовали, когда российского тренера уволили.",
        "Российские болельщики ликовали, когда тренера {russia:gen} уволили.",
    ),
    (
        "Russia's coach praised Russian fans.",
        "Российский тренер похвалил российских болельщиков.",
        "Тренер {russia:gen} похвалил российских болельщиков.",
    ),
    (
        "Turkey buys Iranian gas, Iran's oil minister said.",
        "Турция покупает иранский газ, заявил иранский министр нефти.",
        "{turkey} покупает иранский газ, заявил министр нефти {iran:gen}.",
    ),
]


@pytest.mark.parametrize("source, output, expected", MENTION_BESIDE_THE_SOURCES_OWN_ADJECTIVE)
def test_the_mention_is_told_from_the_sources_own_adjective_by_order(glossary, source, output, expected):
    check(glossary, "ru", source, output, expected)


def test_more_adjectives_than_the_source_accounts_for_stay_flagged(glossary):
    # one possessor and no adjective in the source, two adjectives in the output: which is the mention is unknown
    segment, _ = publish(
        glossary,
        "ru",
        "Iraq's oil minister met officials.",
        "Иракский министр нефти встретился с иракскими чиновниками.",
    )
    assert "Иракский министр нефти встретился с иракскими чиновниками" in segment.text
    assert any(problem.code == "name-unplaced" for problem in segment.problems)


ADJECTIVE_OF_THE_NOUNS_OWN_BETWEEN = [
    (
        "Floods have killed 21 people, Iraq's civil defence said.",
        "Наводнения унесли жизни 21 человека, сообщила иракская гражданская оборона.",
        "Наводнения унесли жизни 21 человека, сообщила гражданская оборона {iraq:gen}.",
    ),
    (
        "Russia's new coach was sacked.",
        "Российский новый тренер был уволен.",
        "Новый тренер {russia:gen} был уволен.",
    ),
    (
        "Turkey's national intelligence agency arrested him.",
        "Турецкая национальная разведка арестовала его.",
        "Национальная разведка {turkey:gen} арестовала его.",
    ),
    (
        "He met Iran's supreme leader in Tehran.",
        "Он встретился с иранским верховным лидером в Тегеране.",
        "Он встретился с верховным лидером {iran:gen} в {tehran:prep}.",
    ),
]


@pytest.mark.parametrize("source, output, expected", ADJECTIVE_OF_THE_NOUNS_OWN_BETWEEN)
def test_an_adjective_of_the_nouns_own_goes_with_the_noun(glossary, source, output, expected):
    # the relational adjective goes; the noun's own adjective (in the same form) stays before the noun
    check(glossary, "ru", source, output, expected)


def test_two_relational_adjectives_in_a_row_stay_as_written(glossary):
    # "Iranian and Iraqi officials": no possessor in the source, nothing changes
    check(
        glossary,
        "ru",
        "Iranian and Iraqi officials met.",
        "Иранские и иракские чиновники встретились.",
        "Иранские и иракские чиновники встретились.",
    )


# nouns of markets and institutions that end like a verb's past or present (риал like упал, комитет like
# ответит, дефицит): still the noun the adjective goes with
POSSESSOR_BEFORE_A_NOUN_THAT_ENDS_LIKE_A_VERB = [
    (
        "Iran's rial fell more sharply than Turkey's lira.",
        "Иранский риал упал сильнее, чем турецкая лира.",
        "Риал {iran:gen} упал сильнее, чем лира {turkey:gen}.",
    ),
    (
        "Turkey's lira fell more sharply than Iran's rial.",
        "Турецкая лира упала сильнее, чем иранский риал.",
        "Лира {turkey:gen} упала сильнее, чем риал {iran:gen}.",
    ),
    (
        "Iran's rial lost a third of its value this year.",
        "Иранский риал потерял треть своей стоимости в этом году.",
        "Риал {iran:gen} потерял треть своей стоимости в этом году.",
    ),
    (
        "Iraq's budget deficit widened in March.",
        "Иракский дефицит бюджета вырос в марте.",
        "Дефицит бюджета {iraq:gen} вырос в марте.",
    ),
]


@pytest.mark.parametrize("source,output,expected", POSSESSOR_BEFORE_A_NOUN_THAT_ENDS_LIKE_A_VERB)
def test_a_possessor_before_a_noun_that_ends_like_a_verb_is_placed_after_it(glossary, source, output, expected):
    check(glossary, "ru", source, output, expected)


def test_the_sources_own_adjective_before_such_a_noun_stays(glossary):
    check(
        glossary,
        "ru",
        "The Iranian rial fell, Iran said.",
        "Иранский риал упал, заявил Иран.",
        "Иранский риал упал, заявил {iran}.",
    )
