"""Russian names in machine output: a list whose first member is a name the glossary does not know.

"oil sales to China and Iraq": China has no glossary entry, so the name after it, joined by и/или, is a
later member of a list the preposition before the first member governs (в Китай и Ирак). The model
often writes that member in another case ("в Китай и Ирака", read as a possessor); the member takes the
case the preposition gives the first one, narrowed by that member's own ending (Китай: the accusative of
в; Пекином: the instrumental of с). It does so where the source lists the name after the same
preposition, where the model wrote the nominative or no case; a case the model wrote that the source does
not confirm stays, flagged. A nominative whose verb agrees with it is a subject of its own ("в Китай и
Турция покупает ...") and is left alone.

Each case is a realistic raw model output for a new sentence; the whole published sentence is compared.
"""

from __future__ import annotations

import pytest
from test_placement import check

LATER_MEMBER_TAKES_THE_FIRST_MEMBERS_CASE = [
    (
        "Iran sells oil to China and Iraq.",
        "Иран продает нефть в Китай и Ирака.",
        "{iran} продает нефть в Китай и {iraq:acc}.",
    ),
    (
        "Iran sells oil to Japan and Turkey.",
        "Иран продает нефть в Японию и Турции.",
        "{iran} продает нефть в Японию и {turkey:acc}.",
    ),
    (
        "Qatar held talks with Beijing and Moscow.",
        "Катар провел переговоры с Пекином и Москва.",
        "{qatar} провел переговоры с Пекином и {moscow:ins}.",
    ),
    (
        "Delegations from Egypt and Qatar arrived.",
        "Прибыли делегации из Египта и Катар.",
        "Прибыли делегации из Египта и {qatar:gen}.",
    ),
    (
        "Talks between Egypt and Iran stalled.",
        "Переговоры между Египтом и Иран зашли в тупик.",
        "Переговоры между Египтом и {iran:ins} зашли в тупик.",
    ),
]


@pytest.mark.parametrize("source, output, expected", LATER_MEMBER_TAKES_THE_FIRST_MEMBERS_CASE)
def test_a_later_member_takes_the_case_of_the_first_members_preposition(glossary, source, output, expected):
    check(glossary, "ru", source, output, expected)


def test_an_animate_masculine_person_takes_the_lists_case(glossary):
    # a person's name left in the nominative after с ... и: the instrumental, not the genitive-accusative
    check(
        glossary,
        "ru",
        "Erdogan met Xi Jinping and Putin in Astana.",
        "Эрдоган встретился с Си Цзиньпином и Путин в Астане.",
        "{erdogan:short} встретился с Си Цзиньпином и {putin:short+ins} в Астане.",
    )


def test_a_person_after_a_preposition_of_speech_takes_the_prepositional(glossary):
    check(
        glossary,
        "ru",
        "Putin spoke about China and Erdogan.",
        "Путин говорил о Китае и Эрдоган.",
        "{putin:short} говорил о Китае и {erdogan:short+prep}.",
    )


def test_an_indeclinable_plural_member_stays_as_it_is(glossary):
    check(
        glossary,
        "ru",
        "Iran exports gas to Armenia and the US.",
        "Иран экспортирует газ в Армению и США.",
        "{iran} экспортирует газ в Армению и {united-states:short}.",
    )


SUBJECT_OF_A_CLAUSE_OF_ITS_OWN = [
    (
        "Iran sells oil to China and Turkey buys gas from Russia.",
        "Иран продает нефть в Китай и Турция покупает газ у России.",
        "{iran} продает нефть в Китай и {turkey} покупает газ у {russia:gen}.",
    ),
    (
        "Qatar talked with Beijing and Moscow agreed.",
        "Катар провел переговоры с Пекином и Москва согласилась.",
        "{qatar} провел переговоры с Пекином и {moscow} согласилась.",
    ),
]


@pytest.mark.parametrize("source, output, expected", SUBJECT_OF_A_CLAUSE_OF_ITS_OWN)
def test_a_subject_after_the_list_is_left_alone(glossary, source, output, expected):
    check(glossary, "ru", source, output, expected)


def test_a_case_the_source_does_not_confirm_is_flagged_not_changed(glossary):
    # the source makes Iran a possessor, not a member of the list: the model's genitive stays, flagged
    check(
        glossary,
        "ru",
        "He flew to China and Iran's president met him.",
        "Он полетел в Китай и Ирана президент встретил его.",
        "Он полетел в Китай и {iran:gen} президент встретил его.",
        marked=True,
    )


def test_a_list_with_no_preposition_before_it_governs_nothing(glossary):
    check(
        glossary,
        "ru",
        "China and Iran signed the deal.",
        "Китай и Иран подписали соглашение.",
        "Китай и {iran} подписали соглашение.",
    )


# A list the source makes a verb's direct object ("visited Damascus and Tehran"), its first member no glossary name:
# a later member the model wrote in a case the verb does not give was published as written, unflagged. Which
# member the model declined wrong is not known, so the name stays as written and the sentence is flagged.
VERB_LIST_MEMBER_IN_ANOTHER_CASE = [
    (
        "Putin visited Damascus and Tehran.",
        "Путин посетил Дамаск и Тегерана.",
        "{putin:short} посетил Дамаск и {tehran:gen}.",
    ),
    (
        "Lavrov visited Beirut and Baghdad on Monday.",
        "Лавров посетил Бейрут и Багдада в понедельник.",
        "Лавров посетил Бейрут и {baghdad:gen} в понедельник.",
    ),
    (
        "The army helped Beirut and Baghdad.",
        "Армия помогла Бейруту и Багдада.",
        "Армия помогла Бейруту и {baghdad:gen}.",
    ),
]


@pytest.mark.parametrize("source, output, expected", VERB_LIST_MEMBER_IN_ANOTHER_CASE)
def test_a_verbs_later_list_member_in_a_case_the_verb_does_not_give_is_flagged(glossary, source, output, expected):
    check(glossary, "ru", source, output, expected, marked=True)


VERB_LIST_MEMBER_AS_THE_VERB_GIVES = [
    (
        "Putin visited Damascus and Tehran.",
        "Путин посетил Дамаск и Тегеран.",
        "{putin:short} посетил Дамаск и {tehran}.",
    ),
    (
        "The army helped Beirut and Baghdad.",
        "Армия помогла Бейруту и Багдаду.",
        "Армия помогла Бейруту и {baghdad:dat}.",
    ),
    (
        "Iran thanked China and Russia.",
        "Иран поблагодарил Китай и Россию.",
        "{iran} поблагодарил Китай и {russia:acc}.",
    ),
]


@pytest.mark.parametrize("source, output, expected", VERB_LIST_MEMBER_AS_THE_VERB_GIVES)
def test_a_verbs_later_list_member_in_the_verbs_case_is_left_as_written(glossary, source, output, expected):
    check(glossary, "ru", source, output, expected)
