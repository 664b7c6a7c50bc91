"""Russian names in machine output: a possessor the model left in the nominative before the noun it possesses.

"Assad's regime" comes out of a model as «Асад режим», "Rouhani's government" as «Роухани правительство",
"Erdogan's new plan" as «Эрдоган новый план»: the name keeps the English order and no genitive. Russian puts the
possessor after its noun in the genitive (режим Асада, правительство Роухани), so where the source makes the
name a possessor and the model wrote it in the nominative right before a noun or the adjective opening a noun
phrase, the sentence is flagged and the model's words kept (which noun the name possesses is a guess). An
indeclinable name shows no case: its place before the noun is the fault, unless it already follows a noun.

A name that is a subject («Асад заявил»), stands after its title («президент Асад») or before a predicative
(«Асад готов» for "Assad's ready"), or already follows its noun in the genitive («режим Асада») is not flagged.
"""

from __future__ import annotations

import pytest
from test_placement import check

FLAGGED = [
    (
        "Assad's regime has lost control of Idlib.",
        "Асад режим потерял контроль над Идлибом.",
        "{assad:short} режим потерял контроль над {idlib:ins}.",
    ),
    (
        "According to Moscow, Assad's regime has lost Idlib.",
        "По словам Москвы, Асад режим потерял Идлиб.",
        "По словам {moscow:gen}, {assad:short} режим потерял {idlib}.",
    ),
    (
        "Rouhani's government rejected the offer.",
        "Роухани правительство отвергло предложение.",
        "{rouhani:short} правительство отвергло предложение.",
    ),
    (
        "Khamenei's adviser met Rouhani in Baghdad.",
        "Хаменеи советник встретился с Роухани в Багдаде.",
        "{khamenei:short} советник встретился с {rouhani:short} в {baghdad:prep}.",
    ),
    (
        "Erdogan's new plan surprised Moscow.",
        "Эрдоган новый план удивил Москву.",
        "{erdogan:short} новый план удивил {moscow:acc}.",
    ),
    (
        "The US's allies met in Ankara.",
        "США союзники встретились в Анкаре.",
        "{united-states:short} союзники встретились в {ankara:prep}.",
    ),
    (
        "Qatar's emir met Assad.",
        "Катар эмир встретился с Асадом.",
        "{qatar} эмир встретился с {assad:short+ins}.",
    ),
]


@pytest.mark.parametrize("source, output, expected", FLAGGED)
def test_a_possessor_left_before_its_noun_in_the_nominative_is_flagged(glossary, source, output, expected):
    segment = check(glossary, "ru", source, output, expected, marked=True)
    assert any("possessor" in problem.message for problem in segment.problems)


KEPT = [
    (
        "Assad's regime has lost control of Idlib.",
        "Режим Асада потерял контроль над Идлибом.",
        "Режим {assad:short+gen} потерял контроль над {idlib:ins}.",
    ),
    (
        "Rouhani's government is not afraid of sanctions.",
        "Правительство Роухани санкции не пугают.",
        "Правительство {rouhani:short} санкции не пугают.",
    ),
    (
        "Assad's ready to talk, the Kremlin said.",
        "Асад готов к переговорам, заявили в Кремле.",
        "{assad:short} готов к переговорам, заявили в Кремле.",
    ),
    (
        "Iran's ready to talk, Rouhani said.",
        "Иран готов к переговорам, заявил Роухани.",
        "{iran} готов к переговорам, заявил {rouhani:short}.",
    ),
    (
        "President Assad said the regime would survive.",
        "Президент Асад заявил, что режим выстоит.",
        "Президент {assad:short} заявил, что режим выстоит.",
    ),
]


@pytest.mark.parametrize("source, output, expected", KEPT)
def test_a_possessor_after_its_noun_or_a_subject_keeps_its_form_unflagged(glossary, source, output, expected):
    check(glossary, "ru", source, output, expected)
