"""An Arabic proclitic glued to a name that begins with the same letter is kept.

«وواشنطون» is the conjunction و and a misspelling of واشنطن: read whole or with و split off, the word is
as near the name either way (a و inside a word is a vowel the spelling key leaves out), and the reading
with the proclitic is the right one, so the list "بين أنقرة وواشنطن" keeps its conjunction. The same
holds for ف, ب and ل before names that begin with them (ففرنسا, ببغداد, للبنان, misspelt or not); a name that itself
begins with the letter doubled keeps it.
"""

from __future__ import annotations

import pytest
from test_placement import check

DOUBLED = [
    (
        "Relations between Ankara and Washington are bad.",
        "العلاقات بين أنقرة وواشنطون سيئة.",
        "العلاقات بين {ankara} {washington:wa} سيئة.",
    ),
    (
        "Talks between Moscow and Washington stalled.",
        "تعثرت المحادثات بين موسكو وواشينطن.",
        "تعثرت المحادثات بين {moscow} {washington:wa}.",
    ),
    (
        "Tehran and Washington exchanged messages.",
        "تبادلت طهران وواشنطون الرسائل.",
        "تبادلت {tehran} {washington:wa} الرسائل.",
    ),
    # the letters read whole, after the proclitic, exactly: unchanged
    (
        "Tehran and Washington exchanged messages.",
        "تبادلت طهران وواشنطن الرسائل.",
        "تبادلت {tehran} {washington:wa} الرسائل.",
    ),
    ("He flew to Tehran and then to Baghdad.", "سافر إلى طهران فبغداد.", "سافر إلى {tehran} {baghdad:fa}."),
    ("He met him in Baghdad.", "التقاه ببغداد.", "التقاه {baghdad:bi}."),
    ("He met him in Baghdad.", "التقاه ببغدد.", "التقاه {baghdad:bi}."),
    ("He flew to Tehran and then to Baghdad.", "سافر إلى طهران فبغدد.", "سافر إلى {tehran} {baghdad:fa}."),
]


@pytest.mark.parametrize("source, output, expected", DOUBLED)
def test_a_proclitic_before_a_name_with_the_same_first_letter_is_kept(glossary, source, output, expected):
    check(glossary, "ar", source, output, expected)


def test_a_misspelt_name_beginning_with_the_proclitics_letter_alone_keeps_no_proclitic(glossary):
    check(glossary, "ar", "Washington warned Ankara.", "حذرت واشنطون أنقرة.", "حذرت {washington} {ankara}.")
