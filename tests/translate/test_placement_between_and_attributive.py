"""Russian names in machine output: the pair after между, and a name the English uses as a noun's modifier.

- между takes a pair: its second member, left in the nominative right before the clause's subject
  ("Между Вашингтоном и Москва Анкара пыталась ..."), is no subject of its own but the pair's second
  member, in the instrumental; the English "between" makes the name no subject, as "with" does;
- a name the English puts after an article before a noun ("a Moscow think tank", "a Putin adviser")
  that the model wrote in the nominative right after the Russian noun stands in that noun's genitive
  (одного из аналитических центров Москвы), unless a verb after it agrees with it as its subject or the
  noun is a generic place it names (в провинции Идлиб).

Each case is a realistic raw model output for a new sentence; the whole published sentence is compared.
"""

from __future__ import annotations

import pytest
from test_placement import check

SECOND_MEMBER_OF_MEZHDU = [
    (
        "Between Washington and Moscow, Ankara has tried to keep good ties.",
        "Между Вашингтоном и Москва Анкара пыталась сохранить хорошие отношения.",
        "Между {washington:ins} и {moscow:ins} {ankara} пыталась сохранить хорошие отношения.",
    ),
    (
        "Between Iran and Iraq, Qatar mediated.",
        "Между Ираном и Ирак Катар выступил посредником.",
        "Между {iran:ins} и {iraq:ins} {qatar} выступил посредником.",
    ),
    (
        "The border between Turkey and Syria was closed.",
        "Граница между Турцией и Сирия была закрыта.",
        "Граница между {turkey:ins} и {syria:ins} была закрыта.",
    ),
    # the English has no "between": the Russian pair alone says the second name is no subject
    (
        "Washington and Moscow squeeze Ankara.",
        "Между Вашингтоном и Москва Анкара оказалась в тисках.",
        "Между {washington:ins} и {moscow:ins} {ankara} оказалась в тисках.",
    ),
    # two people, animate masculine names
    (
        "Between Putin and Erdogan, Assad has little room.",
        "Между Путиным и Эрдоган Асад имеет мало пространства.",
        "Между {putin:short+ins} и {erdogan:short+ins} {assad:short} имеет мало пространства.",
    ),
]


@pytest.mark.parametrize("source, output, expected", SECOND_MEMBER_OF_MEZHDU)
def test_the_second_member_after_mezhdu_takes_the_instrumental(glossary, source, output, expected):
    check(glossary, "ru", source, output, expected)


def test_an_indeclinable_second_member_stays_as_it_is(glossary):
    check(
        glossary,
        "ru",
        "Talks between Iran and the US stalled.",
        "Переговоры между Ираном и США зашли в тупик.",
        "Переговоры между {iran:ins} и {united-states:short} зашли в тупик.",
    )


ATTRIBUTIVE_NAME_AFTER_ITS_NOUN = [
    (
        "If Qatar cuts gas, Turkey would face shortages, a study by a Moscow think tank found.",
        "Если Катар сократит поставки газа, Турция столкнется с дефицитом, говорится в исследовании одного из "
        "аналитических центров Москва.",
        "Если {qatar} сократит поставки газа, {turkey} столкнется с дефицитом, говорится в исследовании одного из "
        "аналитических центров {moscow:gen}.",
    ),
    (
        "Shortages were found by a Moscow think tank.",
        "Дефицит выявили эксперты аналитического центра Москва.",
        "Дефицит выявили эксперты аналитического центра {moscow:gen}.",
    ),
    (
        "The report cites a Moscow think tank.",
        "Доклад ссылается на аналитический центр Москва.",
        "Доклад ссылается на аналитический центр {moscow:gen}.",
    ),
]


@pytest.mark.parametrize("source, output, expected", ATTRIBUTIVE_NAME_AFTER_ITS_NOUN)
def test_a_name_modifying_a_noun_in_english_follows_the_russian_noun_in_the_genitive(
    glossary, source, output, expected
):
    check(glossary, "ru", source, output, expected)


def test_a_generic_place_keeps_its_name_in_apposition(glossary):
    check(
        glossary,
        "ru",
        "They live in the Idlib province.",
        "Они живут в провинции Идлиб.",
        "Они живут в провинции {idlib}.",
    )


PERSON_BEFORE_A_RELATIONAL_TITLE_IN_ENGLISH = [
    # an animate masculine name, whose genitive is also its accusative: the possessor, not the title's apposition
    (
        "The report quotes a Putin adviser.",
        "В докладе цитируется советник Путин.",
        "В докладе цитируется советник {putin:short+gen}.",
    ),
    (
        "He spoke to a Putin adviser.",
        "Он поговорил с советником Путин.",
        "Он поговорил с советником {putin:short+gen}.",
    ),
    (
        "The talks were led by an Erdogan ally.",
        "Переговоры вел союзник Эрдоган.",
        "Переговоры вел союзник {erdogan:short+gen}.",
    ),
]


@pytest.mark.parametrize("source, output, expected", PERSON_BEFORE_A_RELATIONAL_TITLE_IN_ENGLISH)
def test_a_person_modifying_a_relational_title_is_its_possessor(glossary, source, output, expected):
    check(glossary, "ru", source, output, expected)


def test_an_indeclinable_person_after_the_title_stays_as_written(glossary):
    check(
        glossary,
        "ru",
        "The study cites a Khamenei adviser.",
        "Исследование цитирует советника Хаменеи.",
        "Исследование цитирует советника {khamenei:short}.",
    )


def test_a_plural_name_after_a_member_the_glossary_lacks_takes_its_case(glossary):
    check(
        glossary,
        "ru",
        "Qatar held talks with Beijing and the United States.",
        "Катар провел переговоры с Пекином и Соединенные Штаты.",
        "{qatar} провел переговоры с Пекином и {united-states:ins}.",
    )
