"""Russian: a nickname or title the model translated word by word in another grammatical shape.

The glossary writes the nickname "Wolf of Anatolia" Волк Анатолии and the award "Champion of the
Republic" Герой Республики, a noun and its genitive. A model may turn the genitive into an adjective
and put it first: «Анатолийским волком», «Республиканский герой». Where the source's mention has no
other place in the output, two or three consecutive words that have the stems of the rendering's
words in another order, the first capitalised as a name is, are that mention: it is placed as the
glossary writes it, in the case the model gave its head noun (волком: the instrumental).

Lowercase words (анатолийские волки: "Anatolian wolves") are ordinary language, and words that are the
rendering's own in its own order are the regular reading's; a mention already placed leaves such words
alone; two such stretches for one mention leave it flagged.
"""

from __future__ import annotations

import pytest
from test_placement import check, publish

REWORDED = [
    (
        'Turkish media called Fidan the "Wolf of Anatolia" long before Erdogan did.',
        "Турецкие СМИ называли Фидана «Анатолийским волком» задолго до Эрдогана.",
        "Турецкие СМИ называли {fidan:short+acc} «{wolf-of-anatolia:ins}» задолго до {erdogan:short+gen}.",
    ),
    (
        'The "Wolf of Anatolia" flew to Moscow on Monday.',
        "«Анатолийский волк» в понедельник вылетел в Москву.",
        "«{wolf-of-anatolia}» в понедельник вылетел в {moscow:acc}.",
    ),
    (
        "Assad said the Champion of the Republic award was an honour.",
        "Асад заявил, что награда «Республиканский герой» - это честь.",
        "{assad:short} заявил, что награда «{champion-of-the-republic}» - это честь.",
    ),
    (
        "Putin spoke about the Wolf of Anatolia with Erdogan.",
        "Путин говорил об Анатолийском волке с Эрдоганом.",
        "{putin:short} говорил об {wolf-of-anatolia:prep} с {erdogan:short+ins}.",
    ),
]


@pytest.mark.parametrize("source,output,expected", REWORDED)
def test_a_nickname_or_title_reworded_by_the_model_is_the_name(glossary, source, output, expected):
    check(glossary, "ru", source, output, expected)


def test_lowercase_words_of_the_same_stems_stay_and_the_mention_is_flagged(glossary):
    segment, _ = publish(
        glossary,
        "ru",
        'Fidan, the "Wolf of Anatolia", spoke in Ankara.',
        "Фидан, анатолийский волк, выступил в Анкаре.",
    )
    assert "анатолийский волк" in segment.text
    assert any(problem.code == "name-unplaced" for problem in segment.problems)


def test_a_placed_nickname_leaves_the_ordinary_words_alone(glossary):
    check(
        glossary,
        "ru",
        'The "Wolf of Anatolia" spoke of Anatolian wolves.',
        "«Волк Анатолии» рассказал об Анатолийских волках.",
        "«{wolf-of-anatolia}» рассказал об Анатолийских волках.",
    )
