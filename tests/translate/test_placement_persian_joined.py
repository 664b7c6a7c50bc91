"""Persian: a name with the preposition به joined to it, and a name with the relative ی before که.

بمسکو (an older or hurried spelling) is به مسکو: the name is placed and the preposition written apart.
Only the exact name is read after a joined ب, and a name that itself begins with ب stays whole.

عراقی که ("the Iraq that ...") is the name with the relative ی: placed, the ی and که kept as the model
wrote them, with nothing flagged, where the word opens a noun phrase (after a verb, a preposition,
punctuation). After a noun the same word is the adjective (وزیر عراقی که: the Iraqi minister who).
"""

from __future__ import annotations

import pytest
from test_placement import check

JOINED_BE = [
    (
        "Fidan has been to Moscow five times.",
        "فیدان پنج بار بمسکو سفر کرده است.",
        "{fidan:short} پنج بار به {moscow} سفر کرده است.",
    ),
    ("Rouhani went to Tehran.", "روحانی بتهران رفت.", "{rouhani:short} به {tehran} رفت."),
    (
        "Fidan flew to Ankara on Monday.",
        "فیدان روز دوشنبه بآنکارا پرواز کرد.",
        "{fidan:short} روز دوشنبه به {ankara} پرواز کرد.",
    ),
    ("He went to Baghdad.", "او به بغداد رفت.", "او به {baghdad} رفت."),
]


@pytest.mark.parametrize("source,output,expected", JOINED_BE)
def test_a_joined_be_is_the_preposition_before_the_name(glossary, source, output, expected):
    check(glossary, "fa", source, output, expected)


RELATIVE_YE = [
    (
        "He warned that the Iraq that American troops leave behind will look to Tehran.",
        "او هشدار داد عراقی که نیروهای آمریکایی پشت سر می‌گذارند به تهران چشم خواهد دوخت.",
        "او هشدار داد {iraq}ی که نیروهای آمریکایی پشت سر می‌گذارند به {tehran} چشم خواهد دوخت.",
    ),
    (
        "The Iraq that emerges will be different.",
        "عراقی که شکل می‌گیرد متفاوت خواهد بود.",
        "{iraq}ی که شکل می‌گیرد متفاوت خواهد بود.",
    ),
    (
        "They spoke of the Tehran that the revolution built.",
        "آنها از تهرانی که انقلاب ساخت سخن گفتند.",
        "آنها از {tehran}ی که انقلاب ساخت سخن گفتند.",
    ),
]


@pytest.mark.parametrize("source,output,expected", RELATIVE_YE)
def test_the_relative_ye_before_ke_leaves_the_name_placed(glossary, source, output, expected):
    check(glossary, "fa", source, output, expected)


def test_the_adjective_before_ke_is_no_name(glossary):
    check(
        glossary,
        "fa",
        "An Iraqi minister who visited Iraq spoke.",
        "وزیر عراقی که به عراق سفر کرد سخن گفت.",
        "وزیر عراقی که به {iraq} سفر کرد سخن گفت.",
    )
