"""Names in machine translation: the mechanisms a second, independently written evaluation set showed
missing, each on new sentences of its own, in every language where it applies.

Each case is a realistic raw model output for a new sentence (and, where it matters, the model's answer
to the masked sentence); the whole published sentence is compared with the expected template, and
whether the editions mark the segment for review.
"""

from __future__ import annotations

import pytest
from test_names_placement import check, expected_text, publish

from toolkit.qa import marked_for_review

# --- Spelling: a foreign name's final "-a" written ا, ة or ه -------------------------------------

FINAL_A = [
    ("ar", "Syria rejected the Turkish offer.", "رفضت سورية العرض التركي.", "رفضت {syria} العرض التركي."),
    ("ar", "Talks on Hama resumed in Syria.", "استؤنفت المحادثات بشأن حماه في سورية.",
     "استؤنفت المحادثات بشأن {hama} في {syria}."),
    ("ar", "Aid reached Hama and Syria's north.", "وصلت المساعدات إلى حما وشمال سورية.",
     "وصلت المساعدات إلى {hama} وشمال {syria}."),
    ("fa", "The army returned to Hama.", "ارتش به حما بازگشت.", "ارتش به {hama} بازگشت."),
    ("fa", "Iran sent aid to Syria.", "ایران به سوریا کمک فرستاد.", "{iran} به {syria} کمک فرستاد."),
    ("fa", "Everyone in Hama fled.", "همه مردم حماه گریختند.", "همه مردم {hama} گریختند."),
]


@pytest.mark.parametrize("language, source, output, expected", FINAL_A)
def test_a_final_a_written_alif_ta_marbuta_or_ha_is_the_same_name(glossary, language, source, output, expected):
    check(glossary, language, source, output, expected)


@pytest.mark.parametrize("language, source, output, adjective", [
    ("ar", "Russia backs Syria.", "تدعم روسيا الحكومة السورية.", "السورية"),
    ("ar", "Turkey shelled Syria.", "قصف الجيش التركي المواقع السورية.", "السورية"),
    ("fa", "Russia backs Syria.", "روسیه از دولت سوری حمایت می کند.", "سوری"),
])
def test_an_adjective_made_from_a_name_ending_in_a_stays(glossary, language, source, output, adjective):
    segment, _ = publish(glossary, language, source, output)
    assert adjective in segment.text.split(" ") or adjective + "." in segment.text.split(" ")
    assert marked_for_review(segment)  # the mention itself is missing: flagged, never replaced silently
