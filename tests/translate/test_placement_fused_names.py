"""Two people's names fused by the model, their first names swapped ("Хакан Мамлюк ... с Али Фиданом").

A word beside a placed person's name that is a word of another person's name in the same sentence is
no word of the sentence: a placement that leaves one is worse than one that does not, so a retry with
clean placeholders wins; where none does, the sentence is flagged, naming both names, and never shows
another person's first name glued to a name without a warning. A first name two people share, written
between their names (Хаменеи Али Шамхани), is the one it comes first in: neither name loses a word. A
word before a name's honorific (Emir Şeyh Temim) is a title, never another person's first name.
"""

from __future__ import annotations

import pytest
from test_placement import check, publish

SOURCE = "Hakan Fidan met Ali Mamlouk in Moscow last week."

CLEAN_RETRY_WINS = [
    (
        "ru",
        "Хакан Мамлюк встретился на прошлой неделе в Москве с Али Фиданом.",
        "[[1]] встретился на прошлой неделе в [[3]] с [[2]].",
        "{fidan} встретился на прошлой неделе в {moscow:prep} с {mamlouk:ins}.",
    ),
    (
        "tr",
        "Hakan Memluk geçen hafta Moskova'da Ali Fidan ile görüştü.",
        "[[1]] geçen hafta [[3]]'da [[2]] ile görüştü.",
        "{fidan} geçen hafta {moscow:loc} {mamlouk} ile görüştü.",
    ),
    (
        "ar",
        "التقى هاكان مملوك الأسبوع الماضي في موسكو مع علي فيدان.",
        "التقى [[1]] الأسبوع الماضي في [[3]] مع [[2]].",
        "التقى {fidan} الأسبوع الماضي في {moscow} مع {mamlouk}.",
    ),
]


@pytest.mark.parametrize("language,output,retry,expected", CLEAN_RETRY_WINS)
def test_a_clean_retry_wins_over_fused_names(glossary, language, output, retry, expected):
    check(glossary, language, SOURCE, output, expected, retry=retry)


@pytest.mark.parametrize(
    "language,output",
    [
        ("ru", "Хакан Мамлюк встретился на прошлой неделе в Москве с Али Фиданом."),
        ("fa", "هاکان مملوک هفته گذشته در مسکو با علی فیدان دیدار کرد."),
    ],
)
def test_fused_names_without_a_clean_retry_are_flagged_naming_both(glossary, language, output):
    segment, _ = publish(glossary, language, SOURCE, output)
    fused = [p.message for p in segment.problems if p.code == "name-beside" and "another name" in p.message]
    assert fused, [p.message for p in segment.problems]
    assert any(name in " ".join(fused) for name in ("Фидан", "Мамлюк", "فیدان", "مملوک"))


def test_a_shared_first_name_of_two_people_is_no_fusion(glossary):
    segment, _ = publish(
        glossary,
        "ru",
        "Ali Mamlouk and Ali Shamkhani spoke.",
        "Али Мамлюк и Али Шамхани поговорили.",
    )
    assert not [p for p in segment.problems if p.code == "name-beside"], segment.problems


SHARED_FIRST_NAME = [
    # Ali is the first name of both Ali Khamenei and Ali Shamkhani: between the two it is the one it
    # comes first in, "Хаменеи Али" being Khamenei's words in the reverse order
    ("ru", "Хаменеи Али Шамхани поблагодарил.", "{khamenei:short} {shamkhani} поблагодарил."),
    ("tr", "Hamaney Ali Şemhani'yi kabul etti.", "{khamenei:short} {shamkhani:acc} kabul etti."),
    ("fa", "خامنه‌ای علی شمخانی را به حضور پذیرفت.", "{khamenei:short} {shamkhani} را به حضور پذیرفت."),
    ("ar", "استقبل خامنئي علي شمخاني.", "استقبل {khamenei:short} {shamkhani}."),
]


@pytest.mark.parametrize("language,output,expected", SHARED_FIRST_NAME)
def test_a_first_name_two_people_share_goes_to_the_name_it_comes_first_in(glossary, language, output, expected):
    source = "Khamenei thanked Ali Shamkhani." if language == "ru" else "Khamenei received Ali Shamkhani."
    check(glossary, language, source, output, expected)


def test_the_other_name_keeps_its_words_in_their_order_and_loses_none(glossary):
    check(
        glossary,
        "fa",
        "Shamkhani received Ali Mamlouk.",
        "شمخانی علی مملوک را پذیرفت.",
        "{shamkhani:short} {mamlouk} را پذیرفت.",
    )


TITLE_BEFORE_AN_HONORIFIC = [
    # Emir is a title and Amir Hatami's first name: before Sheikh it is the title, never a swapped first name
    (
        "tr",
        "Emir Sheikh Tamim met Iranian Defence Minister Amir Hatami.",
        "Emir Şeyh Temim, İran Savunma Bakanı Emir Hatemi ile görüştü.",
        "Emir {tamim:short}, {iran} Savunma Bakanı {hatami} ile görüştü.",
    ),
    (
        "fa",
        "Emir Sheikh Tamim called Amir Hatami.",
        "امیر شیخ تمیم با امیر حاتمی تماس گرفت.",
        "امیر {tamim:short} با {hatami} تماس گرفت.",
    ),
]


@pytest.mark.parametrize("language,source,output,expected", TITLE_BEFORE_AN_HONORIFIC)
def test_a_title_before_a_names_honorific_is_no_other_persons_first_name(glossary, language, source, output, expected):
    check(glossary, language, source, output, expected)
