"""Russian names in machine output: the second term of a comparison.

"Russia needed stability more than Iran or Turkey did": «России стабильность нужна больше, чем Ирану или Турции».
The name after «чем» (нежели, так же, как) takes the case of what it is compared with in the clause before. Where
that is the dative experiencer of нужна, удалось, хватает ... and the clause has no name in the nominative, a
nominative the model wrote there is put in the dative, each member of a list after «чем» alike: unflagged where the
source makes the name a subject of its own ("than Iran did", the experiencer's role in English), flagged where it
does not say. Beside a name in another oblique case with no name in the nominative to compare it with, the
nominative is kept and flagged (the clause's subject may be a common noun); where the source makes the name a
subject ("than Iran did"), it stands. A comparison with a name in the nominative, and a case the model wrote
after «чем», stand as written.
"""

from __future__ import annotations

import pytest
from test_placement import check

DATIVE = [
    (
        "Mr Putin said Russia needed stability more than Iran or Turkey did.",
        "Г-н Путин заявил, что России стабильность нужна больше, чем Иран или Турция.",
        "Г-н {putin:short} заявил, что {russia:dat} стабильность нужна больше, чем {iran:dat} или {turkey:dat}.",
    ),
    (
        "Iraq needs money more than Syria does.",
        "Ираку деньги нужны больше, чем Сирия.",
        "{iraq:dat} деньги нужны больше, чем {syria:dat}.",
    ),
    (
        "Iraq managed it better than Syria did, Erdogan said.",
        "Ираку это удалось лучше, чем Сирия, заявил Эрдоган.",
        "{iraq:dat} это удалось лучше, чем {syria:dat}, заявил {erdogan:short}.",
    ),
    (
        "Turkey needs gas as much as Iraq does.",
        "Турции газ нужен так же, как Ирак.",
        "{turkey:dat} газ нужен так же, как {iraq:dat}.",
    ),
]


@pytest.mark.parametrize("source, output, expected", DATIVE)
def test_a_term_compared_with_a_dative_experiencer_takes_the_dative(glossary, source, output, expected):
    check(glossary, "ru", source, output, expected)


def test_the_dative_put_in_is_flagged_where_the_source_does_not_say_the_role(glossary):
    check(
        glossary,
        "ru",
        "Russia needs the deal more than Iran.",
        "России сделка нужна больше, чем Иран.",
        "{russia:dat} сделка нужна больше, чем {iran:dat}.",
        marked=True,
    )


def test_a_nominative_beside_another_oblique_name_is_kept_and_flagged(glossary):
    check(
        glossary,
        "ru",
        "Officials sold Iraq more oil than Iran.",
        "Чиновники продали Ираку больше нефти, чем Иран.",
        "Чиновники продали {iraq:dat} больше нефти, чем {iran}.",
        marked=True,
    )


AS_WRITTEN = [
    (
        "Officials sold Iraq more oil than Iran did.",
        "Чиновники продали Ираку больше нефти, чем Иран.",
        "Чиновники продали {iraq:dat} больше нефти, чем {iran}.",
    ),
    (
        "Turkey sold more oil to Iraq than Iran did.",
        "Турция продала Ираку больше нефти, чем Иран.",
        "{turkey} продала {iraq:dat} больше нефти, чем {iran}.",
    ),
    (
        "Russia needs Turkey more than Iran.",
        "России Турция нужна больше, чем Иран.",
        "{russia:dat} {turkey} нужна больше, чем {iran}.",
    ),
    (
        "Iran trusts Russia more than Turkey.",
        "Иран доверяет России больше, чем Турции.",
        "{iran} доверяет {russia:dat} больше, чем {turkey:dat}.",
    ),
    (
        "Russia needs stability more than Iran does.",
        "России стабильность нужна больше, чем Ирану.",
        "{russia:dat} стабильность нужна больше, чем {iran:dat}.",
    ),
    (
        "Erdogan met Putin more often than Assad did.",
        "Эрдоган встречался с Путиным чаще, чем Асад.",
        "{erdogan:short} встречался с {putin:short+ins} чаще, чем {assad:short}.",
    ),
    ("Iran is richer than Iraq.", "Иран богаче, чем Ирак.", "{iran} богаче, чем {iraq}."),
]


@pytest.mark.parametrize("source, output, expected", AS_WRITTEN)
def test_other_comparisons_stand_as_written(glossary, source, output, expected):
    check(glossary, "ru", source, output, expected)
