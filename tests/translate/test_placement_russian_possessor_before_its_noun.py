"""Russian names in machine output: a possessor the model left before its noun, in the noun's case.

Russian puts a possessor after its noun in the genitive ("Iran's economy": экономика Ирана). A model that
keeps the English order writes the name before the noun, in the case of the noun or of the preposition
before it («об Иране экономике», «Ирак правительство», «Иран президент»): never Russian, and never
published silently. The name's own words are kept (the noun may belong to another phrase) and the sentence is
flagged. Where the word after the name is in another case than the name, it belongs elsewhere («в Иране
экономика растет»: the economy is the subject), and where the name is in the genitive, it may already be the
possessor: both are left as written.
"""

from __future__ import annotations

import pytest
from test_placement import check

FLAGGED = [
    (
        "The report is about Iran's economy.",
        "Доклад об Иране экономике.",
        "Доклад об {iran:prep} экономике.",
    ),
    (
        "Iraq's government rejected the plan.",
        "Ирак правительство отвергло план.",
        "{iraq} правительство отвергло план.",
    ),
    (
        "Iran's president arrived in Moscow.",
        "Иран президент прибыл в Москву.",
        "{iran} президент прибыл в {moscow:acc}.",
    ),
    (
        "Erdogan criticised Iraq's government.",
        "Эрдоган раскритиковал Ирак правительство.",
        "{erdogan:short} раскритиковал {iraq} правительство.",
    ),
    (
        "Turkey's missiles hit Idlib.",
        "Турция ракеты поразили Идлиб.",
        "{turkey} ракеты поразили {idlib}.",
    ),
    (
        "Putin spoke of Turkey's ministry of defence.",
        "Путин говорил о Турции министерстве обороны.",
        "{putin:short} говорил о {turkey:prep} министерстве обороны.",
    ),
]


@pytest.mark.parametrize("source, output, expected", FLAGGED)
def test_a_possessor_before_its_noun_in_its_case_is_flagged(glossary, source, output, expected):
    segment = check(glossary, "ru", source, output, expected, marked=True)
    assert any("possessor" in problem.message for problem in segment.problems)


KEPT = [
    # the possessor after its noun
    (
        "The report is about Iran's economy.",
        "Доклад об экономике Ирана.",
        "Доклад об экономике {iran:gen}.",
    ),
    # the model made the name a place and the noun the subject: another case
    (
        "Iran's economy is growing.",
        "В Иране экономика растет.",
        "В {iran:prep} экономика растет.",
    ),
    # the model made the name the subject of a verb
    (
        "Turkey's decision surprised Moscow.",
        "Турция решила удивить Москву.",
        "{turkey} решила удивить {moscow:acc}.",
    ),
    # a possessor the model turned into a receiver before the thing given: another case
    (
        "Qatar sent Iraq's people aid.",
        "Катар направил Ираку помощь.",
        "{qatar} направил {iraq:dat} помощь.",
    ),
]


@pytest.mark.parametrize("source, output, expected", KEPT)
def test_a_possessor_not_before_a_noun_in_its_case_is_left_as_written(glossary, source, output, expected):
    check(glossary, "ru", source, output, expected)
