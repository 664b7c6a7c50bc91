"""A name the model wrote as its other common name: the United States as America.

Models write "the US" as Amerika, أمريكا, أميركا, Америка where the house writes ABD, الولايات المتحدة, США.
Such a word is no spelling of the glossary's rendering (Amerika is only the first word of Amerika Birleşik
Devletleri) and no forbidden form (the continent is written so: Latin Amerika, أمريكا اللاتينية): it is a word
models write for the whole name, kept with the common nouns names are translated as
(``toolkit/grammar/common_nouns.py``), and is read as the mention where the output has no rendering of it, in
the form its suffix or proclitic gives. At its edges: the continent's name (a capitalised word no glossary
name has before it: Latin Amerika, Güney Amerika'ya), and the word made another word by a derivational suffix
(Amerikalı, "American"), stay as written.
"""

from __future__ import annotations

import pytest
from test_placement import check, publish

from toolkit.qa.checks import marked_for_review

AMERICA = [
    (
        "tr",
        "Iran's judiciary charged two journalists with spying for the US.",
        "İran yargısı iki gazeteciyi Amerika için casusluk yapmakla suçladı.",
        "{iran} yargısı iki gazeteciyi {united-states:short} için casusluk yapmakla suçladı.",
    ),
    (
        "tr",
        "Iran accused the US of spying.",
        "İran Amerika'yı casuslukla suçladı.",
        "{iran} {united-states:short+acc} casuslukla suçladı.",
    ),
    (
        "tr",
        "Turkey bought gas from Russia and wheat from the US.",
        "Türkiye Rusya'dan gaz, Amerika'dan buğday aldı.",
        "{turkey} {russia:abl} gaz, {united-states:short+abl} buğday aldı.",
    ),
    (
        "tr",
        "The US imposed new sanctions on Iran on Monday.",
        "Amerika pazartesi günü İran'a yeni yaptırımlar uyguladı.",
        "{united-states:short} pazartesi günü {iran:dat} yeni yaptırımlar uyguladı.",
    ),
    (
        "ar",
        "Iran accused the US of spying.",
        "اتهمت إيران أميركا بالتجسس.",
        "اتهمت {iran} {united-states:short} بالتجسس.",
    ),
    (
        "ar",
        "Qatar bought weapons from the US and from Russia.",
        "اشترت قطر أسلحة من أمريكا ومن روسيا.",
        "اشترت {qatar} أسلحة من {united-states:short} ومن {russia}.",
    ),
    (
        "fa",
        "Iran accused the US of spying.",
        "ایران ایالات متحده را به جاسوسی متهم کرد.",
        "{iran} {united-states:short} را به جاسوسی متهم کرد.",
    ),
]


@pytest.mark.parametrize("language,source,output,expected", AMERICA)
def test_the_us_written_as_america_is_the_mention(glossary, language, source, output, expected):
    check(glossary, language, source, output, expected)


CONTINENT_AND_ADJECTIVE = [
    (
        "tr",
        "The US and Latin America signed the deal.",
        "ABD ve Latin Amerika anlaşmayı imzaladı.",
        "{united-states:short} ve Latin Amerika anlaşmayı imzaladı.",
    ),
    (  # the mention written as Amerika, the continent after it
        "tr",
        "The US sent aid to South America.",
        "Amerika Güney Amerika'ya yardım gönderdi.",
        "{united-states:short} Güney Amerika'ya yardım gönderdi.",
    ),
    (
        "tr",
        "American officials said the US would respond.",
        "Amerikalı yetkililer Amerika'nın karşılık vereceğini söyledi.",
        "Amerikalı yetkililer {united-states:short+gen} karşılık vereceğini söyledi.",
    ),
    (
        "ar",
        "Aid from the US reached Latin America.",
        "وصلت مساعدات من أمريكا إلى أمريكا اللاتينية.",
        "وصلت مساعدات من {united-states:short} إلى أمريكا اللاتينية.",
    ),
]


@pytest.mark.parametrize("language,source,output,expected", CONTINENT_AND_ADJECTIVE)
def test_the_continent_and_the_adjective_stay_as_written(glossary, language, source, output, expected):
    check(glossary, language, source, output, expected)


@pytest.mark.parametrize(
    "source,output",
    [
        (
            "US officials met Iranian diplomats in Latin America.",
            "Amerikalı yetkililer Latin Amerika'da İranlı diplomatlarla görüştü.",
        ),
        ("The US sent aid to Latin America.", "Latin Amerika'ya yardım gönderildi."),
    ],
)
def test_only_the_continent_or_the_adjective_leaves_the_mention_flagged(glossary, source, output):
    segment, _ = publish(glossary, "tr", source, output)
    assert segment.text == output
    assert marked_for_review(segment)


@pytest.mark.parametrize(
    "language, source, output",
    [
        # another entry's name for the one meant (the country for its capital) is no reading of the mention
        (
            "ar",
            "The Russian defence ministry said, citing Moscow's intelligence, that 40 fighters were killed.",
            "قالت وزارة الدفاع الروسية نقلا عن استخبارات روسيا إن 40 مقاتلا قتلوا.",
        ),
        ("ar", "Erdogan flew to Ankara on Monday.", "توجه أردوغان إلى تركيا يوم الاثنين."),
        ("fa", "Officials in Baghdad rejected the plan.", "مقامات عراق این طرح را رد کردند."),
        ("tr", "Officials in Tehran rejected the plan.", "İran'daki yetkililer planı reddetti."),
    ],
)
def test_another_entrys_name_for_the_one_meant_stays_flagged(glossary, language, source, output):
    segment, _ = publish(glossary, language, source, output)
    assert marked_for_review(segment)
    assert any(problem.code == "name-unplaced" for problem in segment.problems)
