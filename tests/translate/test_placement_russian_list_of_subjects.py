"""Russian names in machine output: a list that is its clause's subject, one member left in another case.

A list of three names or more that opens its clause (the sentence, a bulleted line's dash, the part after a
semicolon), before a plural verb, with nothing before it that governs a case and no member the source makes
anything but a subject, is the subject: a member the model declined unlike the others («Иран, Ирак, Сирии и
Катар подписывают») takes the nominative the others show, flagged as changed. A list after a noun keeps the
model's forms.
"""

from __future__ import annotations

import pytest
from test_placement import check

CORRECTED = [
    (
        "- Iran, Iraq, Syria and Qatar sign the energy accord.",
        "- Иран, Ирак, Сирии и Катар подписывают энергетическое соглашение.",
        "- {iran}, {iraq}, {syria} и {qatar} подписывают энергетическое соглашение.",
    ),
    (
        "Iran, Iraq, Syria and Qatar sign the energy accord.",
        "Иран, Ирак, Сирии и Катар подписывают энергетическое соглашение.",
        "{iran}, {iraq}, {syria} и {qatar} подписывают энергетическое соглашение.",
    ),
    (
        "Qatar, Turkey and Iraq vote against.",
        "Катар, Турции и Ирак голосуют против.",
        "{qatar}, {turkey} и {iraq} голосуют против.",
    ),
]


@pytest.mark.parametrize("source, output, expected", CORRECTED)
def test_a_member_of_a_subject_list_takes_the_nominative(glossary, source, output, expected):
    segment = check(glossary, "ru", source, output, expected, marked=True)
    assert any("unlike the list" in problem.message for problem in segment.problems)


KEPT = [
    # possessors after a noun: the genitive the model wrote throughout
    (
        "Talks between the envoys of Russia, Turkey and Iran ended.",
        "Переговоры посланников России, Турции и Ирана завершились.",
        "Переговоры посланников {russia:gen}, {turkey:gen} и {iran:gen} завершились.",
    ),
    # the whole list in the nominative
    (
        "Russia, Turkey and Iran signed the memorandum.",
        "Россия, Турция и Иран подписали меморандум.",
        "{russia}, {turkey} и {iran} подписали меморандум.",
    ),
]


@pytest.mark.parametrize("source, output, expected", KEPT)
def test_a_list_that_is_no_bare_subject_keeps_its_forms(glossary, source, output, expected):
    check(glossary, "ru", source, output, expected)
