"""Adjectives made from names, written with a bare alef for the glossary's madda or hamza.

"US forces" comes out of a Persian model as «نیروهای امریکایی», the adjective the glossary writes آمریکایی spelt
with a bare alef, as the name امریکا is for آمریکا; an Arabic model writes «القوات الامريكية» for الأمريكية. The
spelling is the adjective's, and it is published as the glossary writes it. A word joined by a ZWNJ
(امریکایی‌ها, "Americans") is another word and stays.
"""

from __future__ import annotations

import pytest
from test_placement import check

ADJECTIVES = [
    (
        "fa",
        "Iraq's parliament voted to expel US forces.",
        "پارلمان عراق به اخراج نیروهای امریکایی رای داد.",
        "پارلمان {iraq} به اخراج نیروهای {united-states:adj} رای داد.",
    ),
    (
        "fa",
        "US sanctions hit Iran.",
        "تحریم های امریکایی به ایران آسیب زد.",
        "تحریم های {united-states:adj} به {iran} آسیب زد.",
    ),
    (
        "ar",
        "US forces left Iraq.",
        "غادرت القوات الامريكية العراق.",
        "غادرت القوات {united-states:adj+f+al} {iraq}.",
    ),
]


@pytest.mark.parametrize("language, source, output, expected", ADJECTIVES)
def test_the_adjective_spelt_with_a_bare_alef_is_the_glossarys(glossary, language, source, output, expected):
    check(glossary, language, source, output, expected)


def test_a_word_joined_by_a_zwnj_stays(glossary):
    check(glossary, "fa", "Americans left Iraq.", "امریکایی‌ها عراق را ترک کردند.", "امریکایی‌ها {iraq} را ترک کردند.")
