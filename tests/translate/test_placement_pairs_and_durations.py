"""Russian names that open a pair «и ..., и ...», and names after a span of time.

A name that opens a pair after a conjunction ("..., но и Москва, и Анкара говорят") takes the role the source
gives it: where the source makes the pair the subject ("Moscow and Ankara both say"), the model's nominative
stays, never turned into the case of the name before the conjunction. A span of time in the genitive
("через несколько дней", "в течение недели") is an adverbial: a name after it is not that noun's complement,
and the model's nominative subject stays unflagged.
"""

from __future__ import annotations

import pytest
from test_placement import check

PAIRS = [
    (
        "Russia's position on Idlib differs from Turkey's, but Moscow and Ankara both say the truce must hold.",
        "Позиция России по Идлибу отличается от позиции Турции, но и Москва, и Анкара говорят, что перемирие "
        "должно соблюдаться.",
        "Позиция {russia:gen} по {idlib:dat} отличается от позиции {turkey:gen}, но и {moscow}, и {ankara} "
        "говорят, что перемирие должно соблюдаться.",
    ),
    (
        "The plan suits Iran's interests, but Russia and Turkey agree it must change.",
        "План отвечает интересам Ирана, но и Россия, и Турция согласны, что его нужно изменить.",
        "План отвечает интересам {iran:gen}, но и {russia}, и {turkey} согласны, что его нужно изменить.",
    ),
    (
        "The deal angered Qatar's allies, but Tehran and Baghdad insist it will stand.",
        "Сделка разозлила союзников Катара, но и Тегеран, и Багдад настаивают, что она сохранится.",
        "Сделка разозлила союзников {qatar:gen}, но и {tehran}, и {baghdad} настаивают, что она сохранится.",
    ),
]


@pytest.mark.parametrize(("source", "output", "expected"), PAIRS)
def test_a_pair_the_source_makes_the_subject_keeps_its_nominative(glossary, source, output, expected):
    check(glossary, "ru", source, output, expected)


# "not only ... but also" joins the name to the one before: it takes that name's case
def test_but_also_without_a_pair_still_takes_the_case_before(glossary):
    check(
        glossary,
        "ru",
        "The deal brought profit not only to Moscow but also to Ankara.",
        "Сделка принесла выгоду не только Москве, но и Анкара.",
        "Сделка принесла выгоду не только {moscow:dat}, но и {ankara:dat}.",
    )


DURATIONS = [
    (
        "Iran responded days later with missiles fired at Erbil.",
        "Через несколько дней Иран ответил ракетами по Эрбилю.",
        "Через несколько дней {iran} ответил ракетами по {erbil:dat}.",
    ),
    (
        "The strike came at night, and a week later Turkey closed the border.",
        "Удар был нанесён ночью, а спустя неделю Турция закрыла границу.",
        "Удар был нанесён ночью, а спустя неделю {turkey} закрыла границу.",
    ),
    (
        "Talks stalled, and within a week Russia recalled its envoy.",
        "Переговоры зашли в тупик, и в течение недели Россия отозвала своего посланника.",
        "Переговоры зашли в тупик, и в течение недели {russia} отозвала своего посланника.",
    ),
    (
        "Talks went on for months, and after two months Tehran signed too.",
        "Переговоры шли месяцами, и через два месяца Тегеран тоже подписал соглашение.",
        "Переговоры шли месяцами, и через два месяца {tehran} тоже подписал соглашение.",
    ),
]


@pytest.mark.parametrize(("source", "output", "expected"), DURATIONS)
def test_a_name_after_a_span_of_time_is_its_clause_subject(glossary, source, output, expected):
    check(glossary, "ru", source, output, expected)


# a noun that is no span of time still takes the name as its genitive complement, flagged where left nominative
def test_a_noun_that_is_no_span_of_time_still_reads_a_genitive(glossary):
    check(
        glossary,
        "ru",
        "Flights resumed after the visit of Erdogan.",
        "Полёты возобновились после визита Эрдогана.",
        "Полёты возобновились после визита {erdogan:short+gen}.",
    )


# --- An adjective in one output and the name in the other: flagged, whichever wording is kept ---------------


def test_a_retry_that_writes_the_name_where_the_first_output_wrote_the_adjective_is_flagged(glossary):
    segment = check(
        glossary,
        "ru",
        "A US drone hit a convoy near Ain al-Assad, Iraq said.",
        "Американский беспилотник нанёс удар по колонне возле Айн аль-Асада, заявил Ирак.",
        "Беспилотник {united-states:short} нанёс удар по колонне возле {ain-al-asad:gen}, заявил {iraq}.",
        retry="Беспилотник [[1]] нанёс удар по колонне возле [[2]], заявил [[3]].",
        marked=True,
    )
    assert any("wrote the adjective here" in problem.message for problem in segment.problems)
