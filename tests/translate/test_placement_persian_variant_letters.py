"""Persian: names a model writes with the Arabic letters ي and ك, or with a space for a ZWNJ.

Persian models trained on mixed text write Arabic ي and ك inside names (سوچي, مسكو, فيدان) and a space
where the rendering has a zero-width non-joiner (خامنه ای, عین الاسد, خاور میانه). Both are the same
name: it is recognised and replaced by the rendering. The hard "g" is not folded as in Arabic: a
Persian گ or ک for غ makes other names (اردکان, the city of Ardakan, is no Erdoğan), so such a
spelling is flagged, not replaced.
"""

from __future__ import annotations

import pytest
from test_placement import check

ARABIC_LETTERS_AND_SPACES = [
    (
        "Khamenei met Erdogan in Tehran.",
        "خامنه اي با اردوغان در تهران دیدار کرد.",
        "{khamenei:short} با {erdogan:short} در {tehran} دیدار کرد.",
    ),
    (
        "Fidan flew to Moscow and Sochi.",
        "فيدان به مسكو و سوچي پرواز کرد.",
        "{fidan:short} به {moscow} و {sochi} پرواز کرد.",
    ),
    (
        "Missiles hit Ain al-Asad in the Middle East.",
        "موشک‌ها به عین الاسد در خاور میانه اصابت کردند.",
        "موشک‌ها به {ain-al-asad} در {middle-east} اصابت کردند.",
    ),
]


@pytest.mark.parametrize("source,output,expected", ARABIC_LETTERS_AND_SPACES)
def test_arabic_letters_and_spaces_for_zwnj_are_the_persian_name(glossary, source, output, expected):
    check(glossary, "fa", source, output, expected)


def test_another_name_that_differs_by_the_g_is_not_taken_for_the_name(glossary):
    check(
        glossary,
        "fa",
        "Erdogan met Putin.",
        "اردکان با پوتین دیدار کرد.",
        "اردکان با {putin:short} دیدار کرد.",
        marked=True,
    )
