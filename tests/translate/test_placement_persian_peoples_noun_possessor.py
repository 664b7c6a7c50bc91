"""Persian: a people's noun after a noun, where the source has the country as the noun's possessor.

The people's noun of a name in -یه is its stem alone (روس of روسیه, ترک of ترکیه: "a Russian", "the
Turks"). After a noun, the ezafe joins it as it joins the adjective (شهروند روس, "a Russian citizen"), so
"three citizens of Russia" or "Russia's ambassador" written so is the name in its place (شهروند روسیه,
سفیر روسیه), as with the adjective روسی. The stem before a light verb is that verb's noun (ترک کردند,
"they left") and stays; so does a people's noun after a word no modifier follows.
"""

from __future__ import annotations

import pytest
from test_placement import check

PEOPLE_AS_POSSESSORS = [
    (
        "Three citizens of Russia were stranded in Erbil.",
        "سه شهروند روس در اربیل گرفتار شدند.",
        "سه شهروند {russia} در {erbil} گرفتار شدند.",
    ),
    (
        "Among them were three citizens of Russia and two of Iran.",
        "در میان آنها سه شهروند روس و دو شهروند ایران بودند.",
        "در میان آنها سه شهروند {russia} و دو شهروند {iran} بودند.",
    ),
    (
        "Russia's ambassador was summoned in Tehran.",
        "سفیر روس در تهران احضار شد.",
        "سفیر {russia} در {tehran} احضار شد.",
    ),
    (
        "Turkey's engineers returned to Ankara.",
        "مهندسان ترک به آنکارا بازگشتند.",
        "مهندسان {turkey} به {ankara} بازگشتند.",
    ),
]


@pytest.mark.parametrize("source,output,expected", PEOPLE_AS_POSSESSORS)
def test_the_peoples_noun_after_a_noun_is_the_possessor(glossary, source, output, expected):
    check(glossary, "fa", source, output, expected)


AS_WRITTEN = [
    (
        "Turkey's engineers left on Tuesday.",
        "مهندسان ترکیه سه‌شنبه ترک کردند.",
        "مهندسان {turkey} سه‌شنبه ترک کردند.",
    ),
    (
        "The engineers left Turkey on Tuesday.",
        "مهندسان سه‌شنبه ترکیه را ترک کردند.",
        "مهندسان سه‌شنبه {turkey} را ترک کردند.",
    ),
]


@pytest.mark.parametrize("source,output,expected", AS_WRITTEN)
def test_the_stem_as_a_light_verbs_noun_stays(glossary, source, output, expected):
    check(glossary, "fa", source, output, expected)
