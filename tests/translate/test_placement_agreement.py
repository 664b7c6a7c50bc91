"""A name put over the model's own words for it, of another gender or number (Russian).

A model that writes «Америка» for "the US" makes its verb feminine: «Америка отвергла план». Placement
puts США in its place, which takes a plural verb (отвергли), so the verb or short adjective right after
the model's words, where it agrees with them and not with the name, is named in a warning
(`name-agreement`) and the sentence is marked for an editor unless a clean retry written for the name
replaces it. Where the model wrote the name itself, where the words are not the subject, or where the
verb agrees with another subject, nothing is said.
"""

from __future__ import annotations

import pytest
from test_placement import check

from toolkit.grammar.russian import NAMES
from toolkit.translate.placement import NAME_AGREEMENT


def agreement(segment):
    return [problem.message for problem in segment.problems if problem.code == NAME_AGREEMENT]


@pytest.mark.parametrize(
    ("source", "output", "expected", "verb"),
    [
        ("The US rejected the plan.", "Америка отвергла план.", "{united-states:short} отвергла план.", "отвергла"),
        (
            "The US, according to officials, warned Tehran.",
            "Америка, по словам чиновников, предупредила Тегеран.",
            "{united-states:short}, по словам чиновников, предупредила {tehran:acc}.",
            "предупредила",
        ),
        (
            "The US has already said it is ready for talks.",
            "Америка уже заявила, что готова к переговорам.",
            "{united-states:short} уже заявила, что готова к переговорам.",
            "заявила",
        ),
        (
            "The US is ready for talks.",
            "Америка готова к переговорам.",
            "{united-states:short} готова к переговорам.",
            "готова",
        ),
        (
            "The US is sure of its victory.",
            "Америка уверена в своей победе.",
            "{united-states:short} уверена в своей победе.",
            "уверена",
        ),
        (
            "The US is obliged to respond.",
            "Америка обязана ответить.",
            "{united-states:short} обязана ответить.",
            "обязана",
        ),
    ],
)
def test_a_verb_agreeing_with_the_models_word_not_the_name_is_flagged(glossary, source, output, expected, verb):
    segment = check(glossary, "ru", source, output, expected, marked=True)
    (message,) = agreement(segment)
    assert f"'{verb}'" in message and "'США'" in message and "check the agreement" in message


def test_a_clean_retry_written_for_the_name_replaces_the_feminine_verb(glossary):
    segment = check(
        glossary,
        "ru",
        "The US rejected the plan.",
        "Америка отвергла план.",
        "{united-states:short} отвергли план.",
        retry="[[1]] отвергли план.",
    )
    assert not agreement(segment)


@pytest.mark.parametrize(
    ("source", "output", "expected"),
    [
        # the model wrote the name itself, with its plural verb
        ("The US rejected the plan.", "США отвергли план.", "{united-states:short} отвергли план."),
        # Латинская Америка is another place, and the verb is its own
        (
            "The US rejected the plan, and Latin America supported it.",
            "США отвергли план, а Латинская Америка поддержала его.",
            "{united-states:short} отвергли план, а Латинская Америка поддержала его.",
        ),
        # the model's word is not the subject: the verb agrees with Санкции
        (
            "Sanctions imposed by the US hurt Iran.",
            "Санкции, введённые Америкой, ударили по Ирану.",
            "Санкции, введённые {united-states:short+ins}, ударили по {iran:dat}.",
        ),
        # joined to another name: the plural verb agrees with both
        (
            "The US and Russia signed the deal.",
            "Америка и Россия подписали соглашение.",
            "{united-states:short} и {russia} подписали соглашение.",
        ),
    ],
)
def test_words_that_agree_with_the_name_or_another_subject_are_not_flagged(glossary, source, output, expected):
    segment = check(glossary, "ru", source, output, expected)
    assert not agreement(segment)


@pytest.mark.parametrize(
    ("written", "rendering", "after", "verb"),
    [
        ("Голландия", "Нидерланды", " не поддержала резолюцию.", "поддержала"),
        ("Америка", "Соединенные Штаты", " вновь ввела санкции.", "ввела"),
        ("Эмираты", "Дубай", " подписали соглашение.", "подписали"),
        ("Республика", "Иран", " заявила о готовности.", "заявила"),
        ("Америка", "Соединенные Штаты", " намерена ответить.", "намерена"),
        ("Америка", "Соединенные Штаты", " отвергнет план.", "отвергнет"),
    ],
)
def test_russian_reads_a_verb_agreeing_with_the_words_not_the_rendering(written, rendering, after, verb):
    assert NAMES.agreement_left(written, rendering, after) == verb


@pytest.mark.parametrize(
    ("written", "rendering", "after"),
    [
        ("Голландия", "Нидерланды", " не поддержали резолюцию."),  # already plural
        ("Америка", "Соединенные Штаты", " и Канада подписали соглашение."),  # joined: plural for both
        ("Америка", "Соединенные Штаты", ", Канада и Мексика подписали соглашение."),
        ("Америка", "ООН", " заявила о поддержке."),  # an acronym alone does not tell its gender
        ("Персия", "Исламская Республика Иран", " заявила о готовности."),  # both feminine heads
        ("Америка", "Соединенные Штаты", " план отвергла."),  # an object before the verb: not read
    ],
)
def test_russian_leaves_words_that_agree_or_cannot_be_told(written, rendering, after):
    assert NAMES.agreement_left(written, rendering, after) is None
