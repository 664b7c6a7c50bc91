"""Russian: a name the source makes a possessor ("Iran's air defences", "the air force of Turkey") after an
abbreviation the model wrote for the possessed body (ПВО, МИД, ВВС, МВД, КСИР, ВМС) is its genitive complement
(ПВО Ирана, МИД Турции), as after any noun; the model's nominative there was published without a flag.

An abbreviation does not decline and shows no noun's ending, so it is read by its letters: Cyrillic capitals
only. A name the source makes a subject after one ("Within OPEC, Iran pumps more") keeps the model's form.
"""

from __future__ import annotations

import pytest
from test_placement import check

POSSESSOR_AFTER_AN_ABBREVIATION = [
    (
        "Officials said Iran's air defences were on alert.",
        "Чиновники заявили, что ПВО Иран были в боевой готовности.",
        "Чиновники заявили, что ПВО {iran:gen} были в боевой готовности.",
    ),
    (
        "Turkey's foreign ministry summoned the envoy.",
        "МИД Турция вызвал посла.",
        "МИД {turkey:gen} вызвал посла.",
    ),
    (
        "Analysts said Russia's air force flew 40 sorties over Idlib.",
        "Аналитики заявили, что ВВС Россия совершили 40 вылетов над Идлибом.",
        "Аналитики заявили, что ВВС {russia:gen} совершили 40 вылетов над {idlib:ins}.",
    ),
    (
        "A statement by the interior ministry of Turkey named three suspects.",
        "В заявлении МВД Турция были названы трое подозреваемых.",
        "В заявлении МВД {turkey:gen} были названы трое подозреваемых.",
    ),
]


@pytest.mark.parametrize("source, output, expected", POSSESSOR_AFTER_AN_ABBREVIATION)
def test_a_possessor_after_an_abbreviation_is_its_genitive(glossary, source, output, expected):
    check(glossary, "ru", source, output, expected)


RIGHT_AS_WRITTEN = [
    (
        "Iran's air defences were on alert.",
        "ПВО Ирана были в боевой готовности.",
        "ПВО {iran:gen} были в боевой готовности.",
    ),
    (
        "Within OPEC, Iran pumps more than Iraq.",
        "В ОПЕК Иран добывает больше, чем Ирак.",
        "В ОПЕК {iran} добывает больше, чем {iraq}.",
    ),
    (
        "After the UN vote Turkey said it would abstain.",
        "После голосования в ООН Турция заявила, что воздержится.",
        "После голосования в ООН {turkey} заявила, что воздержится.",
    ),
]


@pytest.mark.parametrize("source, output, expected", RIGHT_AS_WRITTEN)
def test_a_name_after_an_abbreviation_the_source_makes_no_possessor_keeps_the_models_form(
    glossary, source, output, expected
):
    check(glossary, "ru", source, output, expected)
