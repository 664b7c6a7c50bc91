"""Russian names in machine output: two names joined by a dash after a noun.

"the Iran-Turkey gas pipeline", "the Iraq-Turkey pipeline", "Russia-Turkey talks": the press names a pipeline, a
border or a round of talks by its two ends, joined by a dash after the noun, both in the nominative (газопровод
Иран-Турция, на газопроводе Иран-Турция). Where the model wrote an adjective of both (ирано-турецком газопроводе)
and its retry gives the pair as placeholders after the noun («газопроводе [[1]]-[[2]]»), each member stays in the
nominative, the first not made the noun's genitive, and the verb after the pair, which agrees with the noun, is
not read as the second member's.
"""

from __future__ import annotations

import pytest
from test_placement import check

PAIRS = [
    (
        "An explosion on the Iran-Turkey gas pipeline halted flows.",
        "Взрыв на ирано-турецком газопроводе остановил поставки.",
        "Взрыв на газопроводе [[1]]-[[2]] остановил поставки.",
        "Взрыв на газопроводе {iran}-{turkey} остановил поставки.",
    ),
    (
        "The Iraq-Turkey pipeline was shut.",
        "Иракско-турецкий трубопровод закрыт.",
        "Трубопровод [[1]]-[[2]] закрыт.",
        "Трубопровод {iraq}-{turkey} закрыт.",
    ),
    (
        "Oil flowed through the Iraq-Turkey pipeline until March.",
        "Нефть шла по иракско-турецкому трубопроводу до марта.",
        "Нефть шла по трубопроводу [[1]]-[[2]] до марта.",
        "Нефть шла по трубопроводу {iraq}-{turkey} до марта.",
    ),
    (
        "The Russia-Turkey talks ended without a deal.",
        "Российско-турецкие переговоры завершились без соглашения.",
        "Переговоры [[1]] — [[2]] завершились без соглашения.",
        "Переговоры {russia} — {turkey} завершились без соглашения.",
    ),
]


@pytest.mark.parametrize("source, output, retry, expected", PAIRS)
def test_a_pair_after_a_noun_stays_in_the_nominative(glossary, source, output, retry, expected):
    check(glossary, "ru", source, output, expected, retry=retry)


WRITTEN = [
    (
        "An explosion on the Iran-Turkey gas pipeline halted flows.",
        "Взрыв на газопроводе Иран-Турция остановил поставки.",
        "Взрыв на газопроводе {iran}-{turkey} остановил поставки.",
    ),
    (
        "Talks on the Iran-Turkey border resumed.",
        "Возобновились переговоры о границе Иран–Турция.",
        "Возобновились переговоры о границе {iran}–{turkey}.",
    ),
]


@pytest.mark.parametrize("source, output, expected", WRITTEN)
def test_a_pair_the_model_wrote_stands(glossary, source, output, expected):
    check(glossary, "ru", source, output, expected)
