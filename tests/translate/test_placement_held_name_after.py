"""A name the placed name holds, written again right after it: the model's own "of Iraq" after the region it
translated as "Kurdistan of Iraq" («в Иракском Курдистане Ирака» for "in Iraqi Kurdistan").

In the possessor's form (a Russian genitive; in Arabic and Persian the name itself) the word is the model's and
goes with the slot; in another form it may open a phrase of its own, so it stays and the sentence is flagged; where
the source mentions that name itself, the word is that mention and is placed as such.
"""

from __future__ import annotations

import pytest
from test_placement import check

REMOVED = [
    (
        "ru",
        "Turkish firms have won contracts in Iraqi Kurdistan since 2018.",
        "Турецкие фирмы с 2018 года выиграли контракты в Курдистане Ирака.",
        "Турецкие фирмы с 2018 года выиграли контракты в {iraqi-kurdistan:prep}.",
    ),
    (
        "ru",
        "Oil exports from Iraqi Kurdistan rose in May.",
        "Экспорт нефти из Иракского Курдистана Ирака вырос в мае.",
        "Экспорт нефти из {iraqi-kurdistan:gen} вырос в мае.",
    ),
    (
        "ru",
        "Ankara has signed a gas deal with the Kurdistan Region of Iraq.",
        "Анкара подписала газовое соглашение с Иракским Курдистаном Ирака.",
        "{ankara} подписала газовое соглашение с {iraqi-kurdistan:ins}.",
    ),
    (
        "ar",
        "Turkey bombed targets in Iraqi Kurdistan on Sunday.",
        "قصفت تركيا أهدافا في كردستان العراق العراق يوم الأحد.",
        "قصفت {turkey} أهدافا في {iraqi-kurdistan} يوم الأحد.",
    ),
]


@pytest.mark.parametrize("language, source, output, expected", REMOVED)
def test_the_models_possessor_after_a_name_that_holds_it_goes(glossary, language, source, output, expected):
    check(glossary, language, source, output, expected, marked=language != "ru")


FLAGGED = [
    (
        "ru",
        "Turkish firms have won contracts in Iraqi Kurdistan since 2018.",
        "Турецкие фирмы с 2018 года выиграли контракты в Иракском Курдистане Ирак.",
        "Турецкие фирмы с 2018 года выиграли контракты в {iraqi-kurdistan:prep} Ирак.",
    ),
    (
        "ru",
        "Iraqi Kurdistan's oil went to Turkey, officials said.",
        "Нефть Иракского Курдистана Ираку продали в Турцию, заявили чиновники.",
        "Нефть {iraqi-kurdistan:gen} Ираку продали в {turkey:acc}, заявили чиновники.",
    ),
]


@pytest.mark.parametrize("language, source, output, expected", FLAGGED)
def test_the_held_name_in_another_form_stays_flagged(glossary, language, source, output, expected):
    segment = check(glossary, language, source, output, expected, marked=True)
    assert any(p.code == "name-beside" and "names again" in p.message for p in segment.problems)


KEPT = [
    (
        "ru",
        "Ankara signed a deal with Iraqi Kurdistan and Iraq.",
        "Анкара подписала соглашение с Иракским Курдистаном и Ираком.",
        "{ankara} подписала соглашение с {iraqi-kurdistan:ins} и {iraq:ins}.",
    ),
    (
        "ru",
        "In Iraqi Kurdistan, Iraq's army has no bases.",
        "В Иракском Курдистане Ирака армия не имеет баз.",
        "В {iraqi-kurdistan:prep} {iraq:gen} армия не имеет баз.",
    ),
    (
        "ru",
        "Oil from Iraqi Kurdistan, Iraq's north, goes to Turkey.",
        "Нефть из Иракского Курдистана, севера Ирака, идет в Турцию.",
        "Нефть из {iraqi-kurdistan:gen}, севера {iraq:gen}, идет в {turkey:acc}.",
    ),
]


@pytest.mark.parametrize("language, source, output, expected", KEPT)
def test_a_held_name_the_source_mentions_is_its_own_mention(glossary, language, source, output, expected):
    check(glossary, language, source, output, expected)
