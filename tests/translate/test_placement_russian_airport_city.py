"""Russian names in machine output: the city after an airport, in a headline or as a verb's subject or object.

"Baghdad airport" is the airport of Baghdad: Russian puts the city after the airport in the genitive
(аэропорт Багдада), whatever case the airport stands in. A model that keeps the city in the nominative after
the airport's own nominative («аэропорт Багдад», common in headlines) has it in no case Russian allows there;
the genitive is put in. Before a verb that may be the city's own (Аэропорт Багдад вновь открылся) the
nominative stays, flagged. A port's city often stands in apposition (порт Латакия) and is left as written.
"""

from __future__ import annotations

import pytest
from test_placement import check

CITY_AFTER_AIRPORT = [
    (
        "Iraq tells US to leave Baghdad airport",
        "Ирак требует от США покинуть аэропорт Багдад",
        "{iraq} требует от {united-states:short} покинуть аэропорт {baghdad:gen}",
    ),
    (
        "Rockets hit Erbil airport, Kurdish officials said.",
        "Ракеты попали в аэропорт Эрбиль, заявили курдские чиновники.",
        "Ракеты попали в аэропорт {erbil:gen}, заявили курдские чиновники.",
    ),
]


@pytest.mark.parametrize("source, output, expected", CITY_AFTER_AIRPORT)
def test_a_city_after_an_airport_is_its_genitive(glossary, source, output, expected):
    check(glossary, "ru", source, output, expected)


def test_a_city_already_in_the_genitive_after_an_airport_stays(glossary):
    check(
        glossary,
        "ru",
        "Flights from Tehran airport resumed.",
        "Рейсы из аэропорта Тегерана возобновились.",
        "Рейсы из аэропорта {tehran:gen} возобновились.",
    )


def test_a_city_before_a_verb_that_may_be_its_own_stays_flagged(glossary):
    check(
        glossary,
        "ru",
        "Baghdad airport reopens after the strike",
        "Аэропорт Багдад вновь открылся после удара",
        "Аэропорт {baghdad} вновь открылся после удара",
        marked=True,
    )
