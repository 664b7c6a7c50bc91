"""Arabic: a title's or an award's head noun the model made feminine for a woman.

Given to a woman, a decoration named by a masculine noun is often written with that noun in the feminine
(بطلة الجمهورية for بطل الجمهورية, "a Champion of the Republic"). It is the same award, read as another
spelling of its head word and published as the glossary names it, with the proclitic the model wrote. The
rule is the Arabic grammar's: Persian nouns have no gender, and a person's name is never read so.
"""

from __future__ import annotations

import pytest
from test_placement import check

FEMININE_HEADS = [
    (
        'Assad called her "a Champion of the Republic" in a letter.',
        'ووصفها الأسد بأنها "بطلة الجمهورية" في رسالة.',
        "ووصفها {assad:short} بأنها ”{champion-of-the-republic}“ في رسالة.",
    ),
    (
        "The archaeologist was named a Champion of the Republic on Sunday.",
        "منحت عالمة الآثار لقب بطلة الجمهورية يوم الأحد.",
        "منحت عالمة الآثار لقب {champion-of-the-republic} يوم الأحد.",
    ),
    (
        "Syria made the doctor a Champion of the Republic and thanked Russia.",
        "جعلت سوريا الطبيبة بطلة الجمهورية وشكرت روسيا.",
        "جعلت {syria} الطبيبة {champion-of-the-republic} وشكرت {russia}.",
    ),
    (
        "She is the first woman to be named Champion of the Republic.",
        "وهي أول امرأة تسمى ببطلة الجمهورية.",
        "وهي أول امرأة تسمى {champion-of-the-republic:bi}.",
    ),
]


@pytest.mark.parametrize("source,output,expected", FEMININE_HEADS)
def test_the_feminine_head_is_the_awards_own_name(glossary, source, output, expected):
    check(glossary, "ar", source, output, expected)


def test_the_awards_masculine_name_the_model_wrote_stays(glossary):
    check(
        glossary,
        "ar",
        "Assad awarded Soleimani the Champion of the Republic medal.",
        "منح الأسد سليماني وسام بطل الجمهورية.",
        "منح {assad:short} {suleimani:short} وسام {champion-of-the-republic}.",
    )
