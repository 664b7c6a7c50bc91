"""Russian names in machine output: after an adjective or participle used as a noun.

«за будущее Ирана» ("for the future of Iran"), «о прошлом Сирии», «с военными Ирака», «среди погибших Ирана»: the
word between the preposition and the name ends as an adjective does, but it is the preposition's own noun, and the
name after it that noun's genitive complement. The model's genitive stands, unflagged, inside quotation marks too.
The words that stay adjectives of the name («за новый Иран», «в соседний Ирак») still take the preposition's case,
and so do the adverbials made of such a word before a subject («В будущем Иран ...»). A genitive after another word
ending as an adjective, which may be a noun too («за настоящее Ирана»), is kept, flagged, never made the
preposition's case. «за Иран» for the source's "for Iran" is за with the accusative, unflagged, inside
quotation marks too; for "behind" the accusative stays flagged (the instrumental may be meant).
"""

from __future__ import annotations

import pytest
from test_placement import check

KEPT = [
    (
        'Rouhani added that he had voted "for the future of Iran".',
        "Роухани добавил, что голосовал «за будущее Ирана».",
        "{rouhani:short} добавил, что голосовал «за будущее {iran:gen}».",
    ),
    (
        "They called it a struggle for the future of Syria.",
        "Они назвали это борьбой за будущее Сирии.",
        "Они назвали это борьбой за будущее {syria:gen}.",
    ),
    (
        'Erdogan said Turkey was fighting "for the future of Iraq".',
        "Эрдоган заявил, что Турция борется «за будущее Ирака».",
        "{erdogan:short} заявил, что {turkey} борется «за будущее {iraq:gen}».",
    ),
    (
        "The ministers spoke about the future of Idlib.",
        "Министры говорили о будущем Идлиба.",
        "Министры говорили о будущем {idlib:gen}.",
    ),
    (
        "Talks with Iran's military began in Baghdad.",
        "В Багдаде начались переговоры с военными Ирана.",
        "В {baghdad:prep} начались переговоры с военными {iran:gen}.",
    ),
    (
        "Aid for the wounded of Syria arrived.",
        "Прибыла помощь для раненых Сирии.",
        "Прибыла помощь для раненых {syria:gen}.",
    ),
]


@pytest.mark.parametrize("source, output, expected", KEPT)
def test_the_genitive_after_a_noun_made_of_an_adjective_stands(glossary, source, output, expected):
    check(glossary, "ru", source, output, expected)


EDGES = [
    ("They voted for a new Iran.", "Они голосовали за новый Иран.", "Они голосовали за новый {iran:acc}."),
    ("Troops entered neighbouring Iraq.", "Войска вошли в соседний Ирак.", "Войска вошли в соседний {iraq:acc}."),
    (
        "In the future, Iran may build a bomb.",
        "В будущем Иран может создать бомбу.",
        "В будущем {iran} может создать бомбу.",
    ),
    (
        "In the past, Iran backed Assad.",
        "В прошлом Иран поддерживал Асада.",
        "В прошлом {iran} поддерживал {assad:short+acc}.",
    ),
    (
        "He met the future president Erdogan.",
        "Он встретился с будущим президентом Эрдоганом.",
        "Он встретился с будущим президентом {erdogan:short+ins}.",
    ),
]


@pytest.mark.parametrize("source, output, expected", EDGES)
def test_adjectives_of_the_name_and_adverbials_keep_their_reading(glossary, source, output, expected):
    check(glossary, "ru", source, output, expected)


def test_a_genitive_after_another_word_like_an_adjective_is_kept_and_flagged(glossary):
    check(
        glossary,
        "ru",
        "He voted for the present of Iran.",
        "Он голосовал за настоящее Ирана.",
        "Он голосовал за настоящее {iran:gen}.",
        marked=True,
    )


FOR = [
    ("He voted for Iran.", "Он голосовал за Иран.", "Он голосовал за {iran:acc}."),
    (
        'He said he had voted "for Iran".',
        "Он сказал, что голосовал «за Иран».",
        "Он сказал, что голосовал «за {iran:acc}».",
    ),
    (
        "The parliament voted for Turkey.",
        "Парламент проголосовал за Турцию.",
        "Парламент проголосовал за {turkey:acc}.",
    ),
]


@pytest.mark.parametrize("source, output, expected", FOR)
def test_za_for_the_sources_for_is_the_accusative_unflagged(glossary, source, output, expected):
    check(glossary, "ru", source, output, expected)


def test_za_for_behind_left_in_the_accusative_is_flagged(glossary):
    check(
        glossary,
        "ru",
        "Troops stood behind Iraq.",
        "Войска стояли за Ирак.",
        "Войска стояли за {iraq:acc}.",
        marked=True,
    )
