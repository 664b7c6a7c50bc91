"""Names a model left in Latin letters in Arabic and Persian output, after a word of its own.

"from Al Udeid in Qatar" comes out as «من قاعدة Al Udeid في قطر», "from the Al Udeid base" as «از پایگاه Al Udeid»:
the name untransliterated after the model's own noun (قاعدة, پایگاه, "base"). The Latin words are the name and are
replaced by the glossary's rendering (العديد, العدید); the noun before them stays the model's. A word in the
language's own script and a Latin word beside it are never one name: the Latin "Al" is no article of the noun before
it, which would make «القاعدة», al-Qaeda's name, where the source also mentions al-Qaeda. A code of letters and
digits (PS752) may still be part of a name the language writes around it (رحلة PS752).
"""

from __future__ import annotations

import pytest
from test_placement import check

REPLACED = [
    (
        "ar",
        "The US moved aircraft from Al Udeid in Qatar, and Washington said al-Qaeda remained a threat.",
        "نقلت الولايات المتحدة طائرات من قاعدة Al Udeid في قطر، وقالت واشنطن إن القاعدة لا تزال تشكل تهديدا.",
        "نقلت {united-states:short} طائرات من قاعدة {al-udeid} في {qatar}، وقالت {washington} إن {al-qaeda} لا تزال "
        "تشكل تهديدا.",
    ),
    (
        "ar",
        "The US moved aircraft from Al Udeid in Qatar.",
        "نقلت الولايات المتحدة طائرات من قاعدة Al Udeid في قطر.",
        "نقلت {united-states:short} طائرات من قاعدة {al-udeid} في {qatar}.",
    ),
    (
        "ar",
        "Iranian missiles hit Al Udeid.",
        "أصابت صواريخ إيرانية قاعدة Al Udeid الجوية.",
        "أصابت صواريخ إيرانية قاعدة {al-udeid} الجوية.",
    ),
    (
        "fa",
        "The US moved aircraft from Al Udeid, and Washington said al-Qaeda remained a threat.",
        "آمریکا هواپیماها را از پایگاه Al Udeid منتقل کرد و واشنگتن گفت القاعده همچنان تهدید است.",
        "{united-states:short} هواپیماها را از پایگاه {al-udeid} منتقل کرد و {washington} گفت {al-qaeda} همچنان "
        "تهدید است.",
    ),
    (
        "fa",
        "The US moved aircraft from Al Udeid in Qatar.",
        "آمریکا هواپیماها را از پایگاه Al Udeid در قطر منتقل کرد.",
        "{united-states:short} هواپیماها را از پایگاه {al-udeid} در {qatar} منتقل کرد.",
    ),
]


@pytest.mark.parametrize("language, source, output, expected", REPLACED)
def test_a_latin_name_after_the_models_noun_is_the_name_alone(glossary, language, source, output, expected):
    check(glossary, language, source, output, expected)


def test_the_noun_before_a_latin_name_is_never_taken_as_a_copy_of_another_name(glossary):
    # the model's «قاعدة» ("base") right after al-Qaeda's name stays, flagged as a possible repetition, never removed
    segment = check(
        glossary,
        "ar",
        "Al-Qaeda attacked Al Udeid.",
        "هاجم تنظيم القاعدة قاعدة Al Udeid.",
        "هاجم تنظيم {al-qaeda} قاعدة {al-udeid}.",
        marked=True,
    )
    assert "name-repeated" in {problem.code for problem in segment.problems}
