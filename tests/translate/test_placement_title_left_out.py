"""A name whose short rendering is a title and the name (الشيخ تميم, شیخ تمیم, Şeyh Temim), written by
the model without the title: the bare name is the mention, and the slot writes the title back.

A single word of a name of several words is read as the name only when it is no common word of the
language; an Arabic given name is often common as a word (تميم), but where the rendering's only other
word is a title, the bare word is all of the name the model kept. The same in Persian and Turkish, where
the given name is no common word anyway.
"""

from __future__ import annotations

import pytest
from test_placement import check

BARE_NAMES = [
    (
        "ar",
        "Q: Mr Putin, what did Sheikh Tamim tell you about the talks?",
        "س: سيد بوتين، ماذا قال لك تميم عن المحادثات؟",
        "س: سيد {putin:short}، ماذا قال لك {tamim:short} عن المحادثات؟",
    ),
    (
        "ar",
        "Sheikh Tamim called Erdogan on Monday.",
        "اتصل تميم بأردوغان يوم الاثنين.",
        "اتصل {tamim:short} {erdogan:short+bi} يوم الاثنين.",
    ),
    (
        "ar",
        "Putin spoke with Sheikh Tamim in Doha.",
        "تحدث بوتين مع تميم في الدوحة.",
        "تحدث {putin:short} مع {tamim:short} في الدوحة.",
    ),
    (
        "fa",
        "Putin spoke with Sheikh Tamim in Doha.",
        "پوتین با تمیم در دوحه گفتگو کرد.",
        "{putin:short} با {tamim:short} در دوحه گفتگو کرد.",
    ),
    (
        "tr",
        "Putin spoke with Sheikh Tamim in Doha.",
        "Putin, Doha'da Temim ile görüştü.",
        "{putin:short}, Doha'da {tamim:short} ile görüştü.",
    ),
]


@pytest.mark.parametrize("language,source,output,expected", BARE_NAMES)
def test_a_name_written_without_the_title_its_rendering_has_takes_the_title_back(
    glossary, language, source, output, expected
):
    check(glossary, language, source, output, expected)


def test_the_name_with_its_title_stays_as_written(glossary):
    check(
        glossary,
        "ar",
        "Putin spoke with Sheikh Tamim in Doha.",
        "تحدث بوتين مع الشيخ تميم في الدوحة.",
        "تحدث {putin:short} مع {tamim:short} في الدوحة.",
    )


def test_a_common_given_name_alone_is_not_a_longer_name_without_such_a_title(glossary):
    # «رجب» (also the month) alone is not Recep Tayyip Erdoğan: his rendering has no title before it
    check(
        glossary,
        "ar",
        "Recep Tayyip Erdogan returned in Rajab.",
        "عاد أردوغان في رجب.",
        "عاد {erdogan} في رجب.",
    )
