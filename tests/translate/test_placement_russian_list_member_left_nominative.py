"""Russian: a member of a coordinated list the model left in the nominative between members declined alike.

"We thank God, not Ankara, not Moscow, not Tehran" as «благодарим Бога — не Анкару, не Москва, не Тегеран»:
members denied in turn (не ..., не ...), like those of ни ..., ни, and those joined by commas, и, или, а также,
share one case; a member the model left in the nominative among members it declined (Анкару) takes theirs.
A list after a preposition whose first member alone was declined («с Ираном и Сирия») takes the case the
preposition and that member agree on. A member with a verb of its own after it («не Анкара, не Москва
решают») and a list the model wrote whole in the nominative are left as written.
"""

from __future__ import annotations

import pytest
from test_placement import check

TAKES_THE_LISTS_CASE = [
    (
        'He said: "We thank God, not Ankara, not Moscow, not Tehran."',
        "Он сказал: «Мы благодарим Бога, не Анкару, не Москва, не Тегеран».",
        "Он сказал: «Мы благодарим Бога, не {ankara:acc}, не {moscow:acc}, не {tehran:acc}».",
    ),
    (
        "Farmers blame not Turkey, not Syria, but the drought.",
        "Фермеры винят не Турцию, не Сирия, а засуху.",
        "Фермеры винят не {turkey:acc}, не {syria:acc}, а засуху.",
    ),
    (
        "Iraq signed deals with Iran and Syria.",
        "Ирак подписал соглашения с Ираном и Сирия.",
        "{iraq} подписал соглашения с {iran:ins} и {syria:ins}.",
    ),
    (
        "The envoy spoke about Russia, Turkey and Iran.",
        "Посланник говорил о России, Турция и Иране.",
        "Посланник говорил о {russia:prep}, {turkey:prep} и {iran:prep}.",
    ),
    (
        "The grain went to Iraq, Syria and Qatar.",
        "Зерно ушло в Ирак, Сирия и Катар.",
        "Зерно ушло в {iraq:acc}, {syria:acc} и {qatar:acc}.",
    ),
]


@pytest.mark.parametrize("source, output, expected", TAKES_THE_LISTS_CASE)
def test_a_member_left_nominative_takes_its_lists_case(glossary, source, output, expected):
    check(glossary, "ru", source, output, expected)


LEFT_AS_WRITTEN = [
    (
        "Not Ankara, not Moscow decides it.",
        "Не Анкара, не Москва решает это.",
        "Не {ankara}, не {moscow} решает это.",
    ),
    (
        "Not Turkey, not Syria, not Iraq wants war.",
        "Не Турция, не Сирия, не Ирак хотят войны.",
        "Не {turkey}, не {syria}, не {iraq} хотят войны.",
    ),
    (
        "He praised Qatar, not Turkey.",
        "Он похвалил Катар, не Турцию.",
        "Он похвалил {qatar:acc}, не {turkey:acc}.",
    ),
]


@pytest.mark.parametrize("source, output, expected", LEFT_AS_WRITTEN)
def test_members_in_one_case_are_left_as_written(glossary, source, output, expected):
    check(glossary, "ru", source, output, expected)
