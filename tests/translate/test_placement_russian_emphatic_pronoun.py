"""Russian names in machine output: the emphatic pronoun between a preposition and a name.

"in Tehran itself" comes out as «в самом Тегеране», "from Syria itself" as «из самой Сирии»: самом, самой, самого ...
is the name's attribute, in the case the preposition gives. A nominative the model left after it («в самом Тегеран»)
takes that case, as after any adjective of the name; the accusative of direction (в самый Тегеран) and the idiom
«в самом деле» ("indeed"), whose noun ends the phrase, stand as written.
"""

from __future__ import annotations

import pytest
from test_placement import check

DECLINED = [
    (
        "Turnout fell in Tehran itself.",
        "Явка в самом Тегеран упала до 25 процентов.",
        "Явка в самом {tehran:prep} упала до 25 процентов.",
    ),
    (
        "In Tehran itself it fell to about 25 percent.",
        "В самом Тегеран она упала примерно до 25 процентов.",
        "В самом {tehran:prep} она упала примерно до 25 процентов.",
    ),
    (
        "Protests spread in Iran itself.",
        "Протесты распространились в самом Иран.",
        "Протесты распространились в самом {iran:prep}.",
    ),
    (
        "Refugees fled from Syria itself.",
        "Беженцы бежали из самой Сирия.",
        "Беженцы бежали из самой {syria:gen}.",
    ),
]


@pytest.mark.parametrize("source, output, expected", DECLINED)
def test_a_nominative_after_the_emphatic_pronoun_takes_the_prepositions_case(glossary, source, output, expected):
    check(glossary, "ru", source, output, expected)


AS_WRITTEN = [
    ("Turnout fell in Tehran itself.", "Явка упала в самом Тегеране.", "Явка упала в самом {tehran:prep}."),
    ("He flew to Tehran itself.", "Он прилетел в самый Тегеран.", "Он прилетел в самый {tehran:acc}."),
    ("Indeed, Iran was right.", "В самом деле, Иран был прав.", "В самом деле, {iran} был прав."),
]


@pytest.mark.parametrize("source, output, expected", AS_WRITTEN)
def test_written_cases_and_the_idiom_stand(glossary, source, output, expected):
    check(glossary, "ru", source, output, expected)
