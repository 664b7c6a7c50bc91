"""Russian names in machine output: the second of a pair after an indeclinable first member.

"Members of the al-Nusra Front and al-Qaeda" reads «Члены Джебхат ан-Нусра и Аль-Каиды»: the pair is the genitive
complement of the noun before it, but the first member, indeclinable, shows no case. The model's genitive on the
second member was turned into a nominative (the first member read as a subject, «члены» as a short participle
like «подписаны»), and a nominative the model wrote there stayed, flagged. Where the source puts the pair after
"of", the second member takes the genitive the noun gives the first; a pair that is the subject, or after a
preposition of its own case, keeps the model's forms.

Each case is a realistic raw model output for a new sentence; the whole published sentence is compared.
"""

from __future__ import annotations

import pytest
from test_placement import check

# (source, plain output, expected)
GENITIVES_CARRIED = [
    (
        "Members of the al-Nusra Front and al-Qaeda were killed near Hama.",
        "Члены Фронта ан-Нусра и Аль-Каиды были убиты под Хамой.",
        "Члены {nusra-front} и {al-qaeda:gen} были убиты под {hama:ins}.",
    ),
    (
        "Fighters of the al-Nusra Front and al-Qaeda attacked Hama.",
        "Боевики Джебхат ан-Нусра и Аль-Каида атаковали Хаму.",
        "Боевики {nusra-front} и {al-qaeda:gen} атаковали {hama:acc}.",
    ),
    (
        "The mayors of Sochi and Ankara met on Monday.",
        "Мэры Сочи и Анкара встретились в понедельник.",
        "Мэры {sochi} и {ankara:gen} встретились в понедельник.",
    ),
    (
        "Supporters of Khamenei and Assad rallied in Damascus.",
        "Сторонники Хаменеи и Асад провели митинг в Дамаске.",
        "Сторонники {khamenei:short} и {assad:short+gen} провели митинг в Дамаске.",
    ),
]

# the pair the subject, or after a preposition of its own: as the model wrote it
RIGHT_AS_WRITTEN = [
    (
        "The al-Nusra Front and al-Qaeda attacked Hama.",
        "Джебхат ан-Нусра и Аль-Каида атаковали Хаму.",
        "{nusra-front} и {al-qaeda} атаковали {hama:acc}.",
    ),
    (
        "Russia is fighting the al-Nusra Front and al-Qaeda in Idlib.",
        "Россия воюет с Джебхат ан-Нусра и Аль-Каидой в Идлибе.",
        "{russia} воюет с {nusra-front} и {al-qaeda:ins} в {idlib:prep}.",
    ),
    (
        "Members of the al-Nusra Front and al-Qaeda were among the dead.",
        "Члены Джебхат ан-Нусра и Аль-Каиды были среди погибших.",
        "Члены {nusra-front} и {al-qaeda:gen} были среди погибших.",
    ),
    (
        "Sochi and Ankara will host the talks.",
        "Сочи и Анкара примут переговоры.",
        "{sochi} и {ankara} примут переговоры.",
    ),
]


@pytest.mark.parametrize("source, output, expected", GENITIVES_CARRIED)
def test_the_second_member_takes_the_genitive_past_an_indeclinable_first(glossary, source, output, expected):
    check(glossary, "ru", source, output, expected)


@pytest.mark.parametrize("source, output, expected", RIGHT_AS_WRITTEN)
def test_pairs_of_other_roles_keep_the_models_cases(glossary, source, output, expected):
    check(glossary, "ru", source, output, expected)
