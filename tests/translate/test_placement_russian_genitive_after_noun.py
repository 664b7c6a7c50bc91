"""Russian names in machine output: a name left in the nominative after a noun whose genitive it is.

Two kinds of noun are read as the head of the name's genitive, where the model left the name undeclined:
a noun before a name the source makes a possessor ("Washington's pressure": давление Вашингтона), now
neuter nouns in -ие and nouns in -ство among them (давление, влияние, руководство); and a noun of a
place's part or side between a preposition and a place the source puts after a preposition, an adjective
or a possessive ("from Iraqi Kurdistan": с территории Иракского Курдистана, на севере Сирии, со стороны
Ирана), never a generic word a place stands beside in apposition (в провинцию Идлиб). A nominative
after any other noun stays flagged; one that is the subject of a verb after it stays as written.

Each case is a realistic raw model output for a new sentence; the whole published sentence is compared.
"""

from __future__ import annotations

import pytest
from test_placement import check

POSSESSOR_AFTER_ITS_NOUN = [
    (
        "It is unclear whether Khamenei would prefer to wait out Washington's pressure.",
        "Неясно, предпочтет ли Хаменеи переждать давление Вашингтон.",
        "Неясно, предпочтет ли {khamenei:short} переждать давление {washington:gen}.",
    ),
    (
        "Turkey fears Russia's influence.",
        "Турция опасается влияние Россия.",
        "{turkey} опасается влияние {russia:gen}.",
    ),
    (
        "Ankara criticised Moscow's leadership of the talks.",
        "Анкара раскритиковала руководство Москва переговорами.",
        "{ankara} раскритиковала руководство {moscow:gen} переговорами.",
    ),
    (
        # an animate masculine name
        "Officials studied Erdogan's proposal.",
        "Чиновники изучили предложение Эрдоган.",
        "Чиновники изучили предложение {erdogan:short+gen}.",
    ),
]

PLACE_AFTER_A_NOUN_OF_ITS_PART = [
    (
        "Tehran will respond to any attack launched from Iraqi Kurdistan.",
        "Тегеран ответит на любое нападение, совершенное с территории Иракский Курдистан.",
        "{tehran} ответит на любое нападение, совершенное с территории {iraqi-kurdistan:gen}.",
    ),
    (
        "Rockets were fired from Syria at Turkish positions.",
        "Ракеты были выпущены с территории Сирия по турецким позициям.",
        "Ракеты были выпущены с территории {syria:gen} по турецким позициям.",
    ),
    (
        "The drones came from Iran, officials said.",
        "Беспилотники прилетели со стороны Иран, заявили чиновники.",
        "Беспилотники прилетели со стороны {iran:gen}, заявили чиновники.",
    ),
    (
        "Fighting continued in the north of Syria.",
        "Бои продолжались на севере Сирия.",
        "Бои продолжались на севере {syria:gen}.",
    ),
]

LEFT_AS_WRITTEN = [
    (
        "Turkish troops entered the province of Idlib.",
        "Турецкие войска вошли в провинцию Идлиб.",
        "Турецкие войска вошли в провинцию {idlib}.",
    ),
    (
        "In the north, Syria and Turkey agreed on a truce.",
        "На севере Сирия и Турция договорились о перемирии.",
        "На севере {syria} и {turkey} договорились о перемирии.",
    ),
    (
        "Washington's pressure is growing.",
        "Давление Вашингтона растет.",
        "Давление {washington:gen} растет.",
    ),
]


@pytest.mark.parametrize("source, output, expected", POSSESSOR_AFTER_ITS_NOUN)
def test_a_possessor_after_its_noun_takes_the_genitive(glossary, source, output, expected):
    check(glossary, "ru", source, output, expected)


@pytest.mark.parametrize("source, output, expected", PLACE_AFTER_A_NOUN_OF_ITS_PART)
def test_a_place_after_a_noun_of_its_part_takes_the_genitive(glossary, source, output, expected):
    check(glossary, "ru", source, output, expected)


@pytest.mark.parametrize("source, output, expected", LEFT_AS_WRITTEN)
def test_apposition_subjects_and_right_genitives_are_left_as_written(glossary, source, output, expected):
    check(glossary, "ru", source, output, expected)


def test_a_place_after_a_noun_of_its_part_that_may_be_a_subject_stays_flagged(glossary):
    # "In the south, Iraq is calm": the source makes it the subject; the short adjective is no verb that shows it
    check(
        glossary,
        "ru",
        "In the south, Iraq is calm.",
        "На юге Ирак спокоен.",
        "На юге {iraq} спокоен.",
        marked=True,
    )
