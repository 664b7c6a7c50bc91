"""Russian: a passive the model made active, its agent put after the predicate.

"Iraq is being pressed by Washington" as «На Ирак оказывает давление Вашингтона»: the model turned the
passive into an active sentence whose subject, the source's agent, stands last, after a verb and the noun it
makes one predicate with (оказывать давление, наносить удар, вводить санкции, предъявлять ультиматум). A
genitive there reads the agent as the noun's possessor; where the name agrees with the verb and nothing before
the verb in its clause may be its subject, it is the subject: the nominative. A form that may also be the
dative (России, Турции: help or a blow given to it) stays as the model wrote it. Where the source says whose
the noun is ("Washington's allies") or gives no agent ("under pressure from Washington"), the genitive stays.

на before a name that the noun of pressure follows in its clause is на + the accusative (давление на Ирак):
«На Ирак оказывает давление» is not flagged as a possibly undeclined prepositional.
"""

from __future__ import annotations

import pytest
from test_placement import check

AGENTS_AFTER_THE_PREDICATE = [
    (
        "Iraq is being pressed by Washington to expel Iranian advisers.",
        "На Ирак оказывает давление Вашингтона, требуя выслать иранских советников.",
        "На {iraq:acc} оказывает давление {washington}, требуя выслать иранских советников.",
    ),
    (
        "Baghdad was pressed by Tehran, Iraqi officials said.",
        "На Багдад оказывал давление Тегерана, заявили иракские чиновники.",
        "На {baghdad:acc} оказывал давление {tehran}, заявили иракские чиновники.",
    ),
    (
        "Sanctions were imposed on Iran by Washington.",
        "Против Ирана ввел санкции Вашингтона.",
        "Против {iran:gen} ввел санкции {washington}.",
    ),
    (
        "Erdogan was given an ultimatum by Putin.",
        "Эрдогану предъявил ультиматум Путина.",
        "{erdogan:short+dat} предъявил ультиматум {putin:short}.",
    ),
    (
        "Tehran was given an ultimatum by Washington.",
        "Тегерану предъявил ультиматум Вашингтон.",
        "{tehran:dat} предъявил ультиматум {washington}.",
    ),
]


@pytest.mark.parametrize("source, output, expected", AGENTS_AFTER_THE_PREDICATE)
def test_the_sources_agent_after_a_verb_and_its_noun_is_the_subject(glossary, source, output, expected):
    check(glossary, "ru", source, output, expected)


GENITIVES_KEPT = [
    (
        "Iraq is being pressed by Washington's allies.",
        "На Ирак оказывают давление союзники Вашингтона.",
        "На {iraq:acc} оказывают давление союзники {washington:gen}.",
    ),
    (
        "Iraq is under pressure from Washington.",
        "Ирак испытывает давление Вашингтона.",
        "{iraq} испытывает давление {washington:gen}.",
    ),
    (
        "Washington's pressure on Iraq is growing.",
        "Давление Вашингтона на Ирак растет.",
        "Давление {washington:gen} на {iraq:acc} растет.",
    ),
]


@pytest.mark.parametrize("source, output, expected", GENITIVES_KEPT)
def test_a_possessor_or_a_name_the_source_gives_no_agent_keeps_the_genitive(glossary, source, output, expected):
    check(glossary, "ru", source, output, expected)
