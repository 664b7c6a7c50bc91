"""Russian names after в/на with a verb or noun of motion: the accusative of direction.

"ездил в Москву", "дважды в Тегеран", "поездка в Анкару": the model's accusative is kept, also where an
adverb of how often (дважды, пять раз) stands between the verb and the preposition, and for a second
destination the same verb leads to ("ездил в Москву и дважды в Тегеран"). Without a word of motion a
nominative-looking name after в is no sure accusative, and is flagged.
"""

from __future__ import annotations

import pytest
from test_placement import check

DIRECTION_KEPT = [
    (
        "Fidan has travelled twice to Tehran.",
        "Фидан дважды ездил в Тегеран.",
        "{fidan:short} дважды ездил в {tehran:acc}.",
    ),
    (
        "Fidan has travelled to Tehran twice.",
        "Фидан ездил дважды в Тегеран.",
        "{fidan:short} ездил дважды в {tehran:acc}.",
    ),
    (
        "Fidan has been to Moscow five times and to Tehran twice.",
        "Фидан пять раз ездил в Москву и дважды в Тегеран.",
        "{fidan:short} пять раз ездил в {moscow:acc} и дважды в {tehran:acc}.",
    ),
    (
        "Erdogan travelled to Moscow and then to Tehran.",
        "Эрдоган ездил в Москву и затем в Тегеран.",
        "{erdogan:short} ездил в {moscow:acc} и затем в {tehran:acc}.",
    ),
    (
        "Fidan will fly to Ankara.",
        "Фидан поедет в Анкару.",
        "{fidan:short} поедет в {ankara:acc}.",
    ),
]


@pytest.mark.parametrize("source,output,expected", DIRECTION_KEPT)
def test_the_accusative_of_direction_is_kept(glossary, source, output, expected):
    check(glossary, "ru", source, output, expected)


def test_a_place_without_motion_keeps_its_prepositional(glossary):
    check(
        glossary,
        "ru",
        "Fidan met him twice in Tehran.",
        "Фидан дважды встречался с ним в Тегеране.",
        "{fidan:short} дважды встречался с ним в {tehran:prep}.",
    )


def test_a_nominative_after_v_without_motion_is_the_prepositional_where_the_source_says_in(glossary):
    check(
        glossary,
        "ru",
        "Fidan met him twice in Tehran.",
        "Фидан дважды встречался с ним в Тегеран.",
        "{fidan:short} дважды встречался с ним в {tehran:prep}.",
    )


def test_a_nominative_after_v_without_motion_is_flagged_where_the_source_does_not_say_in(glossary):
    check(
        glossary,
        "ru",
        "Fidan said Tehran had hosted him twice.",
        "Фидан сказал, что дважды встречался с ним в Тегеран.",
        "{fidan:short} сказал, что дважды встречался с ним в {tehran:acc}.",
        marked=True,
    )


DESTINATION_RESTORED = [
    (
        "Moscow and Ankara agreed to send their defence ministers to Tehran.",
        "Москва и Анкара договорились направить своих министров обороны в Тегеране.",
        "{moscow} и {ankara} договорились направить своих министров обороны в {tehran:acc}.",
    ),
    (
        "Turkey sent reinforcements to Idlib on Sunday.",
        "Турция перебросила подкрепление в Идлибе в воскресенье.",
        "{turkey} перебросила подкрепление в {idlib:acc} в воскресенье.",
    ),
    (
        "The minister returned to Moscow after the talks.",
        "После переговоров министр вернулся в Москве.",
        "После переговоров министр вернулся в {moscow:acc}.",
    ),
    (
        "Erdogan invited Putin to Ankara.",
        "Эрдоган пригласил Путина в Анкаре.",
        "{erdogan:short} пригласил {putin:short+acc} в {ankara:acc}.",
    ),
]


@pytest.mark.parametrize("source,output,expected", DESTINATION_RESTORED)
def test_a_destination_the_model_put_in_the_prepositional_takes_the_accusative(glossary, source, output, expected):
    """The source says "to", a verb of going or sending leads to the place: в + prepositional is where something
    is, not where it goes."""
    check(glossary, "ru", source, output, expected)


@pytest.mark.parametrize(
    "source,output,expected",
    [
        (
            "Russia's ambassador to Syria met Assad.",
            "Посол России в Сирии встретился с Асадом.",
            "Посол {russia:gen} в {syria:prep} встретился с {assad:short+ins}.",
        ),
        (
            "The ministers, sent by Moscow, met in Tehran.",
            "Министры, направленные Москвой, встретились в Тегеране.",
            "Министры, направленные {moscow:ins}, встретились в {tehran:prep}.",
        ),
        (
            "He was sent to talks that were held in Ankara.",
            "Его направили на переговоры, которые прошли в Анкаре.",
            "Его направили на переговоры, которые прошли в {ankara:prep}.",
        ),
    ],
)
def test_a_place_where_something_is_keeps_the_prepositional(glossary, source, output, expected):
    check(glossary, "ru", source, output, expected)


def test_an_ambassador_to_a_country_stays_where_he_is(glossary):
    """посла is the ambassador's genitive, not a form of послать: "the ambassador to Russia" is посол в России."""
    check(
        glossary,
        "ru",
        "The statement of the ambassador to Russia was read out.",
        "Заявление посла в России было зачитано.",
        "Заявление посла в {russia:prep} было зачитано.",
    )
