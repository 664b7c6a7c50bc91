"""Turkish and Russian "Amerika"/"Америка" for the US after a word that opens the sentence, and the
English adjectives a place name makes.

"Amerika" after another capitalised word that no glossary name has is another name (Latin Amerika,
Güney Amerika, Латинская Америка). At a sentence's start every word is capitalised, so an adverb or a
conjunction there (Ancak, Ayrıca, Однако) looks the same: there only a word of a region (south, north,
central, Latin ...) makes another name, and after any other the word is the US.

The source's own adjectives of a name ("a Russian jet" beside Russia's ambassador) are the name's
adjectives, not words that begin like it: "Australian" is no adjective of Austria, nor "Indian" of
Indiana.
"""

from __future__ import annotations

import pytest
from test_placement import check

from toolkit.translate.placement import english_adjectives

AFTER_AN_OPENING_WORD = [
    (
        "tr",
        "However, the US rejected the offer.",
        "Ancak Amerika teklifi reddetti.",
        "Ancak {united-states:short} teklifi reddetti.",
    ),
    (
        "tr",
        "Besides, the US imposed new sanctions on Iran.",
        "Ayrıca Amerika, İran'a yeni yaptırımlar uyguladı.",
        "Ayrıca {united-states:short}, {iran:dat} yeni yaptırımlar uyguladı.",
    ),
    (
        "tr",
        "Meanwhile, the US sent more troops.",
        "Öte yandan Amerika daha fazla asker gönderdi.",
        "Öte yandan {united-states:short} daha fazla asker gönderdi.",
    ),
    (
        "ru",
        "However, the US had to back down.",
        "Однако Америке пришлось отступить.",
        "Однако {united-states:short} пришлось отступить.",
    ),
]


@pytest.mark.parametrize("language,source,output,expected", AFTER_AN_OPENING_WORD)
def test_america_after_a_sentences_opening_adverb_is_the_us(glossary, language, source, output, expected):
    check(glossary, language, source, output, expected)


ANOTHER_AMERICA = [
    (
        "tr",
        "South American states criticised the US.",
        "Güney Amerika ülkeleri ABD'yi eleştirdi.",
        "Güney Amerika ülkeleri {united-states:short+acc} eleştirdi.",
    ),
    (
        "tr",
        "Latin America and the US signed the deal.",
        "Latin Amerika ve ABD anlaşmayı imzaladı.",
        "Latin Amerika ve {united-states:short} anlaşmayı imzaladı.",
    ),
    (
        "ru",
        "Latin America and the US signed the deal.",
        "Латинская Америка и США подписали соглашение.",
        "Латинская Америка и {united-states:short} подписали соглашение.",
    ),
]


@pytest.mark.parametrize("language,source,output,expected", ANOTHER_AMERICA)
def test_a_regions_word_opening_the_sentence_still_makes_another_america(glossary, language, source, output, expected):
    check(glossary, language, source, output, expected)


@pytest.mark.parametrize(
    "name,adjective",
    [
        ("Iran", "iranian"),
        ("Iraq", "iraqi"),
        ("Syria", "syrian"),
        ("Turkey", "turkish"),
        ("Qatar", "qatari"),
        ("Lebanon", "lebanese"),
        ("Germany", "german"),
        ("Austria", "austrian"),
        ("Canada", "canadian"),
    ],
)
def test_a_place_names_english_adjective_is_known(name, adjective):
    assert adjective in english_adjectives(name)


@pytest.mark.parametrize(
    "name,word",
    [("Austria", "australian"), ("Indiana", "indian"), ("Iraq", "iranian"), ("Iran", "iraqi"), ("Russia", "rus")],
)
def test_a_word_that_only_begins_like_the_name_is_not_its_adjective(name, word):
    assert word not in english_adjectives(name)
