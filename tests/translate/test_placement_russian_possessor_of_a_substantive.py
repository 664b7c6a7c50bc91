"""Russian: a possessor written as the relational adjective before an adjective used as a noun.

"Iraq's military said" comes out of a model as «иракские военные заявили», "Turkey's national team lost" as
«Турецкая сборная проиграла». The possessed word declines as an adjective, but it is the noun of its phrase,
and the name follows it in the genitive, as after any noun (министр нефти Ирака): «военные Ирака заявили»,
«Сборная Турции проиграла». Only where that word is in the nominative, the subject's case, heading its phrase:
in another case it may be the model's own complement of the noun before it («тренер катарской сборной» for
"Qatar's coach"), and the sentence stays flagged. Where a noun follows the two adjectives, the second is the
noun's own (иракская военная база: военная база Ирака), as before.
"""

from __future__ import annotations

import pytest
from test_placement import check, publish

from toolkit.qa.checks import marked_for_review

SUBSTANTIVES = [
    (
        "Iraq's military said the base had been hit.",
        "Иракские военные заявили, что база была поражена.",
        "Военные {iraq:gen} заявили, что база была поражена.",
    ),
    (
        "Turkey's national team beat Qatar on Friday.",
        "Турецкая сборная обыграла Катар в пятницу.",
        "Сборная {turkey:gen} обыграла {qatar:acc} в пятницу.",
    ),
    (  # after a conjunction, lowercase
        "Officials said Syria's military had withdrawn from Hama.",
        "Официальные лица заявили, что сирийские военные отступили из Хамы.",
        "Официальные лица заявили, что военные {syria:gen} отступили из {hama:gen}.",
    ),
    (
        "Iran's wounded were flown to Tehran on Sunday.",
        "Иранские раненые были доставлены в Тегеран в воскресенье.",
        "Раненые {iran:gen} были доставлены в {tehran:acc} в воскресенье.",
    ),
    (  # at the end of the sentence
        "The base was hit, said Iraq's military.",
        "База была поражена, сообщили иракские военные.",
        "База была поражена, сообщили военные {iraq:gen}.",
    ),
]


@pytest.mark.parametrize("source,output,expected", SUBSTANTIVES)
def test_the_possessor_follows_an_adjective_used_as_a_noun(glossary, source, output, expected):
    check(glossary, "ru", source, output, expected)


def test_a_noun_after_the_two_adjectives_is_the_head(glossary):
    check(
        glossary,
        "ru",
        "Iraq's military base was attacked on Monday.",
        "Иракская военная база подверглась нападению в понедельник.",
        "Военная база {iraq:gen} подверглась нападению в понедельник.",
    )


def test_a_substantive_in_another_case_may_be_the_models_own_word_and_stays_flagged(glossary):
    # "Qatar's coach": the model's сборной, in the genitive after тренер, is no word of the source
    output = "Тренер катарской сборной похвалил команду."
    segment, _ = publish(glossary, "ru", "Qatar's coach praised the team.", output)
    assert segment.text == output
    assert marked_for_review(segment)


def test_the_sources_own_adjective_stays(glossary):
    check(
        glossary,
        "ru",
        "Iraqi soldiers said Iraq would not withdraw.",
        "Иракские военные заявили, что Ирак не уйдет.",
        "Иракские военные заявили, что {iraq} не уйдет.",
    )
