"""A name the source makes a possessor after a noun phrase keeps the Russian genitive the model wrote.

"Assad's foreign minister" is «министр иностранных дел Асада»: after «с министром ...» the name is the
title's possessor, not a name in apposition to it, so the model's right genitive is never made the
instrumental of the title («Асадом»). The check of the words before a name, which cannot see the source,
still asks for a look; the published word is the model's. A name the source puts in apposition to the title
("Defence Minister Erdogan", "President Putin") keeps its instrumental.
"""

from __future__ import annotations

import pytest
from test_placement import check

POSSESSORS = [
    (
        "Putin's envoy met Assad's foreign minister in Damascus.",
        "Посланник Путина встретился с министром иностранных дел Асада в Дамаске.",
        "Посланник {putin:short+gen} встретился с министром иностранных дел {assad:short+gen} в Дамаске.",
    ),
    (
        "He spoke with Erdogan's defence minister.",
        "Он поговорил с министром обороны Эрдогана.",
        "Он поговорил с министром обороны {erdogan:short+gen}.",
    ),
    (
        "Fidan met Putin's foreign minister in Sochi.",
        "Фидан встретился с министром иностранных дел Путина в Сочи.",
        "{fidan:short} встретился с министром иностранных дел {putin:short+gen} в {sochi}.",
    ),
    # the title's own name after the possessor, in apposition to the title
    (
        "Putin's envoy met Assad's foreign minister Walid Muallem.",
        "Посланник Путина встретился с министром иностранных дел Асада Валидом Муаллемом.",
        "Посланник {putin:short+gen} встретился с министром иностранных дел {assad:short+gen} {muallem:ins}.",
    ),
]


@pytest.mark.parametrize("source, output, expected", POSSESSORS)
def test_a_possessor_after_a_title_keeps_the_genitive_the_model_wrote(glossary, source, output, expected):
    check(glossary, "ru", source, output, expected, marked=True)


APPOSITIONS = [
    (
        "He spoke with Defence Minister Erdogan.",
        "Он поговорил с министром обороны Эрдоганом.",
        "Он поговорил с министром обороны {erdogan:short+ins}.",
    ),
    (
        "He spoke with President Putin.",
        "Он поговорил с президентом Путиным.",
        "Он поговорил с президентом {putin:short+ins}.",
    ),
]


@pytest.mark.parametrize("source, output, expected", APPOSITIONS)
def test_a_name_in_apposition_to_the_title_keeps_its_instrumental(glossary, source, output, expected):
    check(glossary, "ru", source, output, expected)
