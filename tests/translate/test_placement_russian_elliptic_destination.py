"""Russian names in machine output: a destination in a clause whose verb of motion is left out.

"flew to Tehran, where he met Shamkhani, and then to Baghdad": the model writes «вылетел в Тегеран, где
встретился с Шамхани, а затем в Багдаде», the prepositional of a place where. The clause of the second
destination has no verb of its own, only words that link it to the clause before (а затем, затем, а позже);
it shares the verb of the nearest clause before with a finite verb, past clauses of their own (где ...,
который ...). Where that verb is one of going or sending and the source has the name after "to", the name
is a destination, in the accusative. A verb of being or meeting, or a source with "in", leaves the
prepositional as the model wrote it.

Each case is a realistic raw model output for a new sentence; the whole published sentence is compared.
"""

from __future__ import annotations

import pytest
from test_placement import check

DESTINATION_OF_A_VERB_LEFT_OUT = [
    (
        "Fidan flew on Monday to Tehran, where he met Shamkhani, and then to Baghdad.",
        "Фидан в понедельник вылетел в Тегеран, где встретился с Шамхани, а затем в Багдаде.",
        "{fidan:short} в понедельник вылетел в {tehran:acc}, где встретился с {shamkhani:short}, а затем в "
        "{baghdad:acc}.",
    ),
    (
        "The minister travelled to Moscow and then to Tehran.",
        "Министр отправился в Москву, а затем в Тегеране.",
        "Министр отправился в {moscow:acc}, а затем в {tehran:acc}.",
    ),
    (
        "Fidan went to Doha, then to Ankara.",
        "Фидан поехал в Доху, затем в Анкаре.",
        "{fidan:short} поехал в Доху, затем в {ankara:acc}.",
    ),
    (
        # a destination that does not decline before the clause of its own
        "Putin headed to Sochi, where he met Erdogan, and later to Tehran.",
        "Путин направился в Сочи, где встретился с Эрдоганом, а позже в Тегеране.",
        "{putin:short} направился в {sochi}, где встретился с {erdogan:short+ins}, а позже в {tehran:acc}.",
    ),
    (
        # a verb of sending, a list of destinations, and a relative clause with который
        "Turkey sent troops to Idlib, Hama and then to Erbil.",
        "Турция направила войска в Идлиб, Хаму, а затем в Эрбиле.",
        "{turkey} направила войска в {idlib:acc}, {hama:acc}, а затем в {erbil:acc}.",
    ),
    (
        "Iran sent weapons to Syria, which it backs, and then to Iraq.",
        "Иран отправлял оружие в Сирию, которую поддерживает, а затем в Ираке.",
        "{iran} отправлял оружие в {syria:acc}, которую поддерживает, а затем в {iraq:acc}.",
    ),
]

# places where: the verb before is no verb of going or sending, or the source has "in"
PLACES_WHERE_STAY = [
    (
        "The talks were held in Ankara and then in Moscow.",
        "Переговоры прошли в Анкаре, а затем в Москве.",
        "Переговоры прошли в {ankara:prep}, а затем в {moscow:prep}.",
    ),
    (
        "He served as ambassador to Russia, then to Turkey.",
        "Он служил послом в России, а затем в Турции.",
        "Он служил послом в {russia:prep}, а затем в {turkey:prep}.",
    ),
    (
        "Fidan flew to Tehran, where he met officials, and then in Baghdad he met the prime minister.",
        "Фидан вылетел в Тегеран, где встретился с чиновниками, а затем в Багдаде встретился с премьер-министром.",
        "{fidan:short} вылетел в {tehran:acc}, где встретился с чиновниками, а затем в {baghdad:prep} встретился "
        "с премьер-министром.",
    ),
    (
        "The base is located in Qatar, not in Iraq.",
        "База находится в Катаре, а не в Ираке.",
        "База находится в {qatar:prep}, а не в {iraq:prep}.",
    ),
]


@pytest.mark.parametrize("source, output, expected", DESTINATION_OF_A_VERB_LEFT_OUT)
def test_a_destination_after_a_verb_of_motion_left_out_takes_the_accusative(glossary, source, output, expected):
    check(glossary, "ru", source, output, expected)


@pytest.mark.parametrize("source, output, expected", PLACES_WHERE_STAY)
def test_a_place_where_stays_in_the_prepositional(glossary, source, output, expected):
    check(glossary, "ru", source, output, expected)
