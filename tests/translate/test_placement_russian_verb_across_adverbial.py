"""Russian names in machine output: a verb's case read across a short adverbial phrase before its object.

Models move the English adverbial between the verb and its object: "Erdogan on Wednesday thanked Turkey"
comes out «Эрдоган поблагодарил в среду Турция». A phrase of time (в среду, на прошлой неделе, вчера) or
of manner (по телефону, лично, вновь), one or two of them, between a finite verb and the name no longer
hides the verb: the name takes the case the verb governs, as if right after it, and a list after the
phrase takes it as the list right after the verb does. A name after such a phrase that is the verb's
subject ("Об этом сообщил в среду Эрдоган", "Переговоры провели по телефону Путин и Эрдоган") stays.

Each case is a realistic raw model output for a new sentence; the whole published sentence is compared.
"""

from __future__ import annotations

import pytest
from test_placement import check

VERB_ACROSS_THE_PHRASE = [
    (
        "Erdogan on Wednesday thanked Turkey.",
        "Эрдоган поблагодарил в среду Турция.",
        "{erdogan:short} поблагодарил в среду {turkey:acc}.",
    ),
    (
        # an animate masculine name: the accusative is the genitive
        "Erdogan thanked Putin by phone.",
        "Эрдоган поблагодарил по телефону Путин.",
        "{erdogan:short} поблагодарил по телефону {putin:short+acc}.",
    ),
    (
        # a verb that governs the dative
        "Erdogan phoned Putin on Monday.",
        "Эрдоган позвонил в понедельник Путин.",
        "{erdogan:short} позвонил в понедельник {putin:short+dat}.",
    ),
    (
        # the name the glossary keeps in one form (Iran's accusative is its nominative) stays unflagged
        "Putin discussed Iran by phone with Erdogan.",
        "Путин обсудил по телефону Иран с Эрдоганом.",
        "{putin:short} обсудил по телефону {iran:acc} с {erdogan:short+ins}.",
    ),
    (
        "Turkey last week warned Moscow and Tehran.",
        "Турция предупредила на прошлой неделе Москва и Тегеран.",
        "{turkey} предупредила на прошлой неделе {moscow:acc} и {tehran:acc}.",
    ),
    (
        "Khamenei on Tuesday praised Iraq and Syria.",
        "Хаменеи похвалил во вторник Ирак и Сирия.",
        "{khamenei:short} похвалил во вторник {iraq:acc} и {syria:acc}.",
    ),
    (
        "Erdogan on Wednesday thanked Russia, Iran and Qatar.",
        "Эрдоган поблагодарил в среду Россия, Иран и Катар.",
        "{erdogan:short} поблагодарил в среду {russia:acc}, {iran:acc} и {qatar:acc}.",
    ),
]

SUBJECTS_AFTER_THE_PHRASE = [
    (
        "Erdogan reported this on Wednesday.",
        "Об этом сообщил в среду Эрдоган.",
        "Об этом сообщил в среду {erdogan:short}.",
    ),
    (
        "Putin and Erdogan held the talks by phone.",
        "Переговоры провели по телефону Путин и Эрдоган.",
        "Переговоры провели по телефону {putin:short} и {erdogan:short}.",
    ),
    (
        "Putin arrived in Ankara on Monday.",
        "В Анкару прибыл в понедельник Путин.",
        "В {ankara:acc} прибыл в понедельник {putin:short}.",
    ),
    (
        "The deal was welcomed on Monday by Iran.",
        "Сделку приветствовал в понедельник Иран.",
        "Сделку приветствовал в понедельник {iran}.",
    ),
]


@pytest.mark.parametrize("source, output, expected", VERB_ACROSS_THE_PHRASE)
def test_the_verb_governs_its_object_across_a_short_adverbial_phrase(glossary, source, output, expected):
    check(glossary, "ru", source, output, expected)


@pytest.mark.parametrize("source, output, expected", SUBJECTS_AFTER_THE_PHRASE)
def test_a_subject_after_the_verb_and_the_phrase_stays(glossary, source, output, expected):
    check(glossary, "ru", source, output, expected)
