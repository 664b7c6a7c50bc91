"""Russian names in machine output: the dative of the experiencer.

"Iran needs time", "Russia managed to reach a deal", "Iraq lacks money", "Iran has little time left" come out of a
model as «Ирану нужно время», «России удалось достичь соглашения», «Ираку не хватает денег», «Ирану времени
остаётся мало»: predicates with no subject of their own (нужно, надо, необходимо, удалось, пришлось, предстоит,
хватает, не хватает, остаётся with a quantity ...) take the one who needs, manages or lacks in the dative, which
stands as written, unflagged.

Where the model showed no case (the name left in Latin letters, a bare placeholder), a name opening its clause
before such a predicate is put in the dative, flagged only where an infinitive follows (the name may be the
infinitive's object: «Иран нужно убедить», "Iran must be persuaded"). A nominative the model wrote there is
put in the dative and flagged; before an infinitive it is kept, flagged. A name after a preposition or a
subject with a verb of its own («Иран остаётся главным союзником») is left alone.
"""

from __future__ import annotations

import pytest
from test_placement import check

ACCEPTED = [
    (
        "Iran has little time left to save the deal.",
        "Ирану времени остаётся мало, чтобы спасти сделку.",
        "{iran:dat} времени остаётся мало, чтобы спасти сделку.",
    ),
    (
        "Analysts say Iran has little time left.",
        "Аналитики считают, что Ирану остаётся мало времени.",
        "Аналитики считают, что {iran:dat} остаётся мало времени.",
    ),
    (
        "After the talks, Turkey managed to reach a deal with Russia.",
        "После переговоров Турции удалось достичь соглашения с Россией.",
        "После переговоров {turkey:dat} удалось достичь соглашения с {russia:ins}.",
    ),
    (
        "Syria faces famine, and Iraq lacks money.",
        "Сирии грозит голод, а Ираку не хватает денег.",
        "{syria:dat} грозит голод, а {iraq:dat} не хватает денег.",
    ),
    (
        "On Monday, Erdogan had to cancel his trip to Tehran.",
        "В понедельник Эрдогану пришлось отменить поездку в Тегеран.",
        "В понедельник {erdogan:short+dat} пришлось отменить поездку в {tehran:acc}.",
    ),
    (
        "Qatar must pay, and Iran needs help.",
        "Катару необходимо заплатить, а Ирану нужна помощь.",
        "{qatar:dat} необходимо заплатить, а {iran:dat} нужна помощь.",
    ),
    (
        "Assad will have to choose between Moscow and Tehran.",
        "Асаду предстоит выбрать между Москвой и Тегераном.",
        "{assad:short+dat} предстоит выбрать между {moscow:ins} и {tehran:ins}.",
    ),
]


@pytest.mark.parametrize("source, output, expected", ACCEPTED)
def test_a_dative_experiencer_stands_unflagged(glossary, source, output, expected):
    check(glossary, "ru", source, output, expected)


SILENT = [
    ("Iran needs time.", "Iran нужно время.", "{iran:dat} нужно время."),
    (
        "Iran lacks money, Putin said.",
        "Iran не хватает денег, сказал Путин.",
        "{iran:dat} не хватает денег, сказал {putin:short}.",
    ),
    (
        "Iran has little time left.",
        "Iran времени остаётся мало.",
        "{iran:dat} времени остаётся мало.",
    ),
]


@pytest.mark.parametrize("source, output, expected", SILENT)
def test_a_name_that_shows_no_case_before_such_a_predicate_takes_the_dative(glossary, source, output, expected):
    check(glossary, "ru", source, output, expected)


def test_a_name_that_shows_no_case_before_an_infinitive_is_flagged_in_the_dative(glossary):
    segment = check(
        glossary,
        "ru",
        "Turkey managed to reach a deal.",
        "Turkey удалось достичь соглашения.",
        "{turkey:dat} удалось достичь соглашения.",
        marked=True,
    )
    assert any("'удалось'" in problem.message for problem in segment.problems)


def test_a_nominative_before_such_a_predicate_is_put_in_the_dative_and_flagged(glossary):
    segment = check(glossary, "ru", "Iran needs time.", "Иран нужно время.", "{iran:dat} нужно время.", marked=True)
    assert any("dative" in problem.message for problem in segment.problems)


def test_a_nominative_before_such_a_predicate_and_an_infinitive_is_kept_flagged(glossary):
    check(
        glossary,
        "ru",
        "Iran must be persuaded, Putin said.",
        "Иран нужно убедить, сказал Путин.",
        "{iran} нужно убедить, сказал {putin:short}.",
        marked=True,
    )


KEPT = [
    ("Iran remains the main ally.", "Иран остаётся главным союзником.", "{iran} остаётся главным союзником."),
    (
        "Pressure on Iran must grow.",
        "Давление на Иран нужно усилить.",
        "Давление на {iran:acc} нужно усилить.",
    ),
    (
        "Iran remains, Putin said.",
        "Иран остаётся, сказал Путин.",
        "{iran} остаётся, сказал {putin:short}.",
    ),
    # нужна, нужен, необходим agree with a subject of their own: a name in the nominative they agree with, which
    # the source makes no subject ("Europe needs Russia"), is that subject, the one needed
    ("Europe needs Russia.", "Россия нужна Европе.", "{russia} нужна Европе."),
    ("Turkey is needed by Europe.", "Турция необходима Европе.", "{turkey} необходима Европе."),
    (
        "Analysts say Europe needs Iran more than ever.",
        "Аналитики считают, что Иран нужен Европе как никогда.",
        "Аналитики считают, что {iran} нужен Европе как никогда.",
    ),
]


@pytest.mark.parametrize("source, output, expected", KEPT)
def test_a_subject_or_a_prepositions_object_is_left_alone(glossary, source, output, expected):
    check(glossary, "ru", source, output, expected)


def test_a_nominative_the_source_makes_the_one_who_needs_is_still_put_in_the_dative(glossary):
    # "Turkey needs help": нужна agrees with помощь, not with Турция, the source's subject and the experiencer
    check(glossary, "ru", "Turkey needs help.", "Турция нужна помощь.", "{turkey:dat} нужна помощь.", marked=True)
