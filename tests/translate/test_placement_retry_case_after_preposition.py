"""Russian names restored into a retry: the case the model glued to a placeholder after в/на wins.

The retry of "sent a delegation to the Moscow talks" comes back as "на переговоры в [[3]]е": the
model glued the prepositional's ending on, the place where the talks are. That ending is the model's own
choice among the cases в allows, and it stands against the reading of a verb of sending before it
(направили ... в: the accusative, where it goes). "to" in the source governs the noun the name modifies
("to the Moscow talks"), not the name. Where the source does put the name itself after "to" and a verb of
sending ("sent troops to Iraq"), the glued ending still stands, flagged, as the accusative may be meant.

Each case is a realistic raw model output and retry for a new sentence; the whole published sentence is
compared.
"""

from __future__ import annotations

import pytest
from test_placement import check

GLUED_PREPOSITIONAL_WINS = [
    (
        "Neither Iraq nor Syria sent a delegation to the Moscow talks on water rights.",
        "Ни Ирак, ни Сирия не направили делегацию на московские переговоры о правах на воду.",
        "Ни [[1]], ни [[2]] не направили делегацию на переговоры в [[3]]е о правах на воду.",
        "Ни {iraq}, ни {syria} не направили делегацию на переговоры в {moscow:prep} о правах на воду.",
    ),
    (
        "Ankara sent a delegation to the Tehran conference.",
        "Анкара направила делегацию на тегеранскую конференцию.",
        "[[1]] направила делегацию на конференцию в [[2]]е.",
        "{ankara} направила делегацию на конференцию в {tehran:prep}.",
    ),
    (
        "Moscow sent observers to the Ankara meeting.",
        "Москва отправила наблюдателей на анкарскую встречу.",
        "[[1]] отправила наблюдателей на встречу в [[2]]е.",
        "{moscow} отправила наблюдателей на встречу в {ankara:prep}.",
    ),
]


@pytest.mark.parametrize("source, output, retry, expected", GLUED_PREPOSITIONAL_WINS)
def test_the_prepositional_glued_to_the_placeholder_wins_over_a_verb_of_sending(
    glossary, source, output, retry, expected
):
    check(glossary, "ru", source, output, expected, retry=retry)


def test_a_destination_in_the_source_keeps_the_glued_case_flagged(glossary):
    check(
        glossary,
        "ru",
        "Qatar sent troops to Iraq.",
        "Катар направил войска в иракский.",
        "{qatar} направил войска в {iraq:prep}.",
        retry="[[1]] направил войска в [[2]]е.",
        marked=True,
    )


def test_a_bare_placeholder_after_a_verb_of_sending_is_the_destination(glossary):
    # no ending glued on: the verb of sending reads the accusative, a guess the editor is asked to check
    check(
        glossary,
        "ru",
        "Ankara sent a delegation to Tehran.",
        "Анкара направила делегацию в тегеранский.",
        "{ankara} направила делегацию в {tehran:acc}.",
        retry="[[1]] направила делегацию в [[2]].",
        marked=True,
    )
