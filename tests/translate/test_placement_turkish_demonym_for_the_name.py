"""Turkish: the word of origin (-lI) a model wrote where the source makes the name a possessor or a subject.

"Syria's army" is Suriye ordusu or Suriye'nin ordusu, "Iran said" İran ... söyledi: the name itself. A model
that writes the word of origin instead (Suriyeli ordu, "the Syrian army"; İranlılar söyledi, "the Iranians
said") changes who is meant, which placement cannot mend without rewriting the noun after it: the model's
word is kept and the sentence flagged. Where the source gives the name another role ("were from Iran"), the
word of origin is right and stands unflagged (see test_placement_turkish_demonym.py).
"""

from __future__ import annotations

import pytest
from test_placement import check

FLAGGED = [
    (
        "Iran said it would respond.",
        "İranlılar cevap vereceğini söyledi.",
        "{iran}lılar cevap vereceğini söyledi.",
    ),
    (
        "Syria's army retook Hama.",
        "Suriyeli ordu Hama'yı geri aldı.",
        "{syria}li ordu {hama:acc} geri aldı.",
    ),
    (
        "Iraq's parliament voted to expel US troops.",
        "Iraklı parlamento ABD askerlerinin çıkarılması için oy kullandı.",
        "{iraq}lı parlamento {united-states:short} askerlerinin çıkarılması için oy kullandı.",
    ),
    (
        "Turkey's army and Russia's police patrol the road.",
        "Türkiyeli ordu ve Rusya polisi yolda devriye geziyor.",
        "{turkey}li ordu ve {russia} polisi yolda devriye geziyor.",
    ),
]


@pytest.mark.parametrize("source, output, expected", FLAGGED)
def test_a_word_of_origin_for_a_possessor_or_subject_is_flagged(glossary, source, output, expected):
    segment = check(glossary, "tr", source, output, expected, marked=True)
    assert any("word of origin" in problem.message for problem in segment.problems)


KEPT = [
    (
        "Most of the 176 people killed were from Iran.",
        "Ölen 176 kişinin çoğu İranlıydı.",
        "Ölen 176 kişinin çoğu {iran}lıydı.",
    ),
    (
        "Two of the players are from Syria.",
        "Oyunculardan ikisi Suriyeli.",
        "Oyunculardan ikisi {syria}li.",
    ),
    # the name itself for the possessor and the subject
    (
        "Syria's army retook Hama, Iran said.",
        "İran, Suriye ordusunun Hama'yı geri aldığını söyledi.",
        "{iran}, {syria} ordusunun {hama:acc} geri aldığını söyledi.",
    ),
]


@pytest.mark.parametrize("source, output, expected", KEPT)
def test_a_word_of_origin_for_from_or_the_name_itself_is_left_unflagged(glossary, source, output, expected):
    check(glossary, "tr", source, output, expected)


# a possessor of people in the source ("Iran's people", "Syria's citizens") that the model wrote as the people of the
# place, the word of origin in the plural (İranlılar, "the Iranians"): the same people, a right reading
PEOPLE_OF_THE_PLACE = [
    (
        "Iran's people rejected the deal.",
        "İranlılar anlaşmayı reddetti.",
        "{iran}lılar anlaşmayı reddetti.",
    ),
    (
        "Syria's citizens want to return home.",
        "Suriyeliler evlerine dönmek istiyor.",
        "{syria}liler evlerine dönmek istiyor.",
    ),
    (
        "Iraq's people voted on Sunday.",
        "Iraklılar pazar günü oy kullandı.",
        "{iraq}lılar pazar günü oy kullandı.",
    ),
]


@pytest.mark.parametrize("source, output, expected", PEOPLE_OF_THE_PLACE)
def test_a_plural_word_of_origin_for_a_possessor_of_people_is_left_unflagged(glossary, source, output, expected):
    check(glossary, "tr", source, output, expected)
