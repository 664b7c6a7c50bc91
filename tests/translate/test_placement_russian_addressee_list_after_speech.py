"""Russian names in machine output: a pair or list of people spoken to after a verb of speech.

"Putin told Erdogan and Assad" comes out of a model as «Путин сказал Эрдогана и Асада» or, with the speaker
after the verb, «Сказал Путин Эрдогана и Асада». A verb of speech, telling, promising or writing takes the person
spoken to in the dative, and so does every member of the list it begins: the list is put in the dative and
flagged, as a single name there is. A list the model declined in the dative stays as written, and so does a list
after a preposition or after a verb that takes no addressee.
"""

from __future__ import annotations

import pytest
from test_placement import check

CORRECTED = [
    (
        "Putin told Erdogan and Assad that the ceasefire would hold.",
        "Сказал Путин Эрдогана и Асада, что перемирие сохранится.",
        "Сказал {putin:short} {erdogan:short+dat} и {assad:short+dat}, что перемирие сохранится.",
    ),
    (
        "Putin told Erdogan and Assad that the talks would go on.",
        "Путин сказал Эрдогана и Асада, что переговоры продолжатся.",
        "{putin:short} сказал {erdogan:short+dat} и {assad:short+dat}, что переговоры продолжатся.",
    ),
    (
        "Erdogan promised Putin and Rouhani support in Idlib.",
        "Пообещал Эрдоган Путина и Роухани поддержку в Идлибе.",
        "Пообещал {erdogan:short} {putin:short+dat} и {rouhani:short+dat} поддержку в {idlib:prep}.",
    ),
    (
        "Rouhani wrote to Putin, Erdogan and Assad on Monday.",
        "В понедельник написал Роухани Путина, Эрдогана и Асада.",
        "В понедельник написал {rouhani:short} {putin:short+dat}, {erdogan:short+dat} и {assad:short+dat}.",
    ),
    (
        "Assad told Putin and Erdogan that Idlib would be retaken.",
        "Об этом сообщил Асад Путину и Эрдогана, что Идлиб будет возвращен.",
        "Об этом сообщил {assad:short} {putin:short+dat} и {erdogan:short+dat}, что {idlib} будет возвращен.",
    ),
    (
        "Putin explained to Erdogan, Assad and Rouhani why the talks had failed.",
        "Путин объяснил Эрдогана, Асада и Роухани, почему переговоры провалились.",
        "{putin:short} объяснил {erdogan:short+dat}, {assad:short+dat} и {rouhani:short+dat}, почему переговоры провалились.",
    ),
    (
        "Khamenei told Assad and Erdogan about the deal.",
        "Хаменеи рассказал Асада и Эрдогана о сделке.",
        "{khamenei:short} рассказал {assad:short+dat} и {erdogan:short+dat} о сделке.",
    ),
]


@pytest.mark.parametrize("source, output, expected", CORRECTED)
def test_a_list_of_people_spoken_to_takes_the_dative_flagged(glossary, source, output, expected):
    segment = check(glossary, "ru", source, output, expected, marked=True)
    assert any("dat" in problem.message for problem in segment.problems)


KEPT = [
    # declined in the dative by the model
    (
        "Putin told Erdogan and Assad that the talks would go on.",
        "Путин сказал Эрдогану и Асаду, что переговоры продолжатся.",
        "{putin:short} сказал {erdogan:short+dat} и {assad:short+dat}, что переговоры продолжатся.",
    ),
    (
        "Khamenei explained to Rouhani and Shamkhani why the talks had failed.",
        "Хаменеи объяснил Роухани и Шамхани, почему переговоры провалились.",
        "{khamenei:short} объяснил {rouhani:short} и {shamkhani:short}, почему переговоры провалились.",
    ),
    # a verb that takes its object in the accusative
    (
        "Putin met Erdogan and Assad in Sochi.",
        "Путин встретил Эрдогана и Асада в Сочи.",
        "{putin:short} встретил {erdogan:short+acc} и {assad:short+acc} в {sochi}.",
    ),
    # a verb of telling with its own object before the names: their possessor
    (
        "Putin explained Erdogan's and Assad's positions.",
        "Путин объяснил позиции Эрдогана и Асада.",
        "{putin:short} объяснил позиции {erdogan:short+gen} и {assad:short+gen}.",
    ),
    # a preposition after the speaker
    (
        "Putin spoke about Erdogan and Assad.",
        "Сказал Путин про Эрдогана и Асада.",
        "Сказал {putin:short} про {erdogan:short+acc} и {assad:short+acc}.",
    ),
]


@pytest.mark.parametrize("source, output, expected", KEPT)
def test_a_list_that_is_no_addressee_or_already_in_the_dative_keeps_its_form(glossary, source, output, expected):
    check(glossary, "ru", source, output, expected)
