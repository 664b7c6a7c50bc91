"""Russian names in machine output: a comma and и after a name that join two clauses, not two list members.

Russian sets no comma before the и that closes a list of two ("Ирана и Турции"); a comma before it joins
clauses ("быстрее, чем Ирака, и Россия теперь поставляет"), so the name after it is the next clause's own
and keeps the case the model wrote, the nominative of its subject. The comma stays a list's where an и
stands before the first member too ("и Ирана, и Турции") and in a longer list that kept the English serial
comma ("Ирана, России, и Турции"). A subject is also found past an adverb between it and its verb (Россия
теперь поставляет, Турция по-прежнему настаивает).

Each case is a realistic raw model output for a new sentence; the whole published sentence is compared.
"""

from __future__ import annotations

import pytest
from test_placement import check

THE_NAME_AFTER_A_COMMA_AND_OPENS_ITS_OWN_CLAUSE = [
    (
        "Iran's oil exports fell faster than Iraq's, and Russia now ships more crude to Syria.",
        "Экспорт нефти Ирана сократился быстрее, чем Ирака, и Россия теперь поставляет больше нефти в Сирию.",
        "Экспорт нефти {iran:gen} сократился быстрее, чем {iraq:gen}, и {russia} теперь поставляет больше нефти "
        "в {syria:acc}.",
    ),
    (
        "Fidan flew to Baghdad on Monday, and Erdogan will soon visit Tehran.",
        "В понедельник Фидан вылетел в Багдад, и Эрдоган вскоре посетит Тегеран.",
        "В понедельник {fidan:short} вылетел в {baghdad:acc}, и {erdogan:short} вскоре посетит {tehran:acc}.",
    ),
    (
        "Sanctions hit Russia harder than Iran, and Moscow now seeks new buyers.",
        "Санкции ударили по России сильнее, чем по Ирану, и Москва сейчас ищет новых покупателей.",
        "Санкции ударили по {russia:dat} сильнее, чем по {iran:dat}, и {moscow} сейчас ищет новых покупателей.",
    ),
]

A_COMMA_BEFORE_AND_THAT_STILL_CLOSES_A_LIST = [
    (
        # "both ... and": и before the first member too
        "Ankara wants guarantees both from Moscow and from Tehran.",
        "Анкара хочет гарантий и от Москвы, и от Тегерана.",
        "{ankara} хочет гарантий и от {moscow:gen}, и от {tehran:gen}.",
    ),
    (
        # the English serial comma copied into a list of three
        "Officials from Iran, Russia, and Turkey met in Astana.",
        "Чиновники из Ирана, России, и Турции встретились в Астане.",
        "Чиновники из {iran:gen}, {russia:gen}, и {turkey:gen} встретились в Астане.",
    ),
]


@pytest.mark.parametrize(("source", "output", "expected"), THE_NAME_AFTER_A_COMMA_AND_OPENS_ITS_OWN_CLAUSE)
def test_a_name_after_a_comma_and_keeps_the_nominative_of_its_own_clause(glossary, source, output, expected):
    check(glossary, "ru", source, output, expected)


def test_a_subject_after_a_comma_and_is_kept_where_the_english_may_join_it_to_a_preposition(glossary):
    # "without Qatar, and Turkey still insists": the English is read as one list after "without", so the
    # nominative the model wrote stays and the sentence is flagged, never declined to the genitive
    check(
        glossary,
        "ru",
        "The talks were held without Qatar, and Turkey still insists on a role.",
        "Переговоры прошли без Катара, и Турция по-прежнему настаивает на своей роли.",
        "Переговоры прошли без {qatar:gen}, и {turkey} по-прежнему настаивает на своей роли.",
        marked=True,
    )


@pytest.mark.parametrize(("source", "output", "expected"), A_COMMA_BEFORE_AND_THAT_STILL_CLOSES_A_LIST)
def test_a_comma_before_and_still_closes_a_list_where_russian_sets_one(glossary, source, output, expected):
    check(glossary, "ru", source, output, expected)
