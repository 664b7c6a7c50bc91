"""Arabic: a foreign name's hard "g" written ج, as Egyptian speech says it, is the name with غ.

Arabic writes the "g" of a foreign name غ (أردوغان, بلغراد), and Egyptian usage ج, which Cairo says as
a hard g (أردوجان, جوجل). A model trained on both writes either. In a name of five letters or more
(its key, without long vowels) the two are one letter, as ة/ه, ى/ي and the hamza forms already are,
so the name is recognised and replaced by the rendering, with the proclitics the model glued to it.
Shorter words are not folded: رجب (Rajab, Erdogan's first name) and رغب ("he desired") are both
Arabic words, and the verb before أردوغان stays a verb.
"""

from __future__ import annotations

import pytest
from test_placement import check

EGYPTIAN_G = [
    (
        "The two presidents, Putin and Erdogan, spoke by phone.",
        "تحدث الرئيسان بوتين وأردوجان هاتفيا.",
        "تحدث الرئيسان {putin:short} {erdogan:short+wa} هاتفيا.",
    ),
    ("Putin called Erdogan.", "اتصل بوتين بأردوجان.", "اتصل {putin:short} {erdogan:short+bi}."),
    (
        "Recep Tayyip Erdogan flew to Baghdad.",
        "وصل رجب طيب أردوجان إلى بغداد.",
        "وصل {erdogan} إلى {baghdad}.",
    ),
    (
        "Erdogan's talks with Putin ended without a deal.",
        "انتهت محادثات اردوجان مع بوتين دون اتفاق.",
        "انتهت محادثات {erdogan:short} مع {putin:short} دون اتفاق.",
    ),
]


@pytest.mark.parametrize("source,output,expected", EGYPTIAN_G)
def test_a_names_g_written_as_egyptian_jim_is_the_name(glossary, source, output, expected):
    check(glossary, "ar", source, output, expected)


def test_a_short_arabic_word_that_differs_by_that_letter_stays_a_word(glossary):
    # رغب ("wanted") before Erdogan is no misspelt رجب, his first name: the short name stays short
    check(
        glossary,
        "ar",
        "Erdogan wanted to visit Baghdad.",
        "رغب أردوغان في زيارة بغداد.",
        "رغب {erdogan:short} في زيارة {baghdad}.",
    )
