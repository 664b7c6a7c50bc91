"""Russian names in machine output: a possessor and its head noun in the dative, instrumental or prepositional.

The source makes a name the possessor of a noun ("offered Iraq's government a loan", "satisfied with Iran's
position", "spoke about Iran's economy"). The model's noun in its own case stays whatever happens to the name:
the genitive after it stands (правительству Ирака, позицией Ирана), and the relational adjective of a name the
glossary has no adjective for becomes that genitive after the noun, the noun kept in its case (иракскому
правительству: правительству Ирака). A name the model wrote in the noun's own case before it, as if it agreed
with the noun (Ираку правительству, Ираном позицией), was published unflagged; a possessor never agrees with its
noun, and the sentence is flagged, the words as the model wrote them.

Each case is a realistic raw model output for a new sentence; the whole published sentence is compared.
"""

from __future__ import annotations

import pytest
from test_placement import check

# (source, plain output, expected)
NOUN_AND_POSSESSOR_KEPT = [
    (
        "Qatar offered Iraq's government a loan.",
        "Катар предложил иракскому правительству кредит.",
        "{qatar} предложил правительству {iraq:gen} кредит.",
    ),
    (
        "Russia sent Iran's army new weapons.",
        "Россия направила иранской армии новое оружие.",
        "{russia} направила армии {iran:gen} новое оружие.",
    ),
    (
        "Moscow is satisfied with Iran's position.",
        "Москва довольна иранской позицией.",
        "{moscow} довольна позицией {iran:gen}.",
    ),
    (
        "Erdogan met with Syria's president.",
        "Эрдоган встретился с сирийским президентом.",
        "{erdogan:short} встретился с президентом {syria:gen}.",
    ),
    (
        "Moscow is satisfied with Turkey's position.",
        "Москва довольна позицией Турции.",
        "{moscow} довольна позицией {turkey:gen}.",
    ),
    (
        "They spoke about Turkey's economy.",
        "Они говорили об экономике Турции.",
        "Они говорили об экономике {turkey:gen}.",
    ),
]

# the name in the noun's own case before it: flagged, as written, the message naming the name and the noun
POSSESSOR_IN_THE_NOUNS_CASE = [
    (
        "Qatar offered Iraq's government a loan.",
        "Катар предложил Ираку правительству кредит.",
        "{qatar} предложил {iraq:dat} правительству кредит.",
        ("Ираку", "правительству"),
    ),
    (
        "Russia sent Iran's army weapons.",
        "Россия направила Ирану армии оружие.",
        "{russia} направила {iran:dat} армии оружие.",
        ("Ирану", "армии"),
    ),
    (
        "Moscow is satisfied with Iran's position.",
        "Москва довольна Ираном позицией.",
        "{moscow} довольна {iran:ins} позицией.",
        ("Ираном", "позицией"),
    ),
]


@pytest.mark.parametrize("source, output, expected", NOUN_AND_POSSESSOR_KEPT)
def test_the_models_noun_stays_beside_the_possessor(glossary, source, output, expected):
    check(glossary, "ru", source, output, expected)


@pytest.mark.parametrize("source, output, expected, words", POSSESSOR_IN_THE_NOUNS_CASE)
def test_a_possessor_in_its_nouns_case_is_flagged(glossary, source, output, expected, words):
    segment = check(glossary, "ru", source, output, expected, marked=True)
    name, noun = words
    flags = [p for p in segment.problems if p.code == "name-form-uncertain" and "possessor" in p.message]
    assert len(flags) == 1, [(p.code, p.message) for p in segment.problems]
    assert f"'{name}'" in flags[0].message and f"'{noun}'" in flags[0].message, flags[0].message
