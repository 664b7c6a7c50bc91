"""Persian: a foreign name's final "-a" written as Arabic writes it.

Persian writes a foreign name's final "-a" with ا (آنکارا, مالتا); Arabic writes many of the same
names with ة (أنقرة, مالطة), and a model that copies the Arabic spelling into Persian leaves ه there
(انقره), often with the Arabic ق or ط and without the madda and the long vowel. That word is the
name: the letters heard alike and the long vowels are already one in the spelling key, and the last ه
is read as the name's ا. Only that way round: a word ending in ا is never taken for a name ending in
ه (روسا, "heads", is no روسیه), and a common word (همه, "all") is never a name.
"""

from __future__ import annotations

import pytest
from test_placement import check

ARABIC_ENDINGS = [
    (
        "Can Ankara really afford to lose Moscow?",
        "آیا انقره واقعاً می‌تواند مسکو را از دست بدهد؟",
        "آیا {ankara} واقعاً می‌تواند {moscow} را از دست بدهد؟",
    ),
    (
        "Fidan flew from Ankara to Baghdad on Monday.",
        "فیدان روز دوشنبه از انقره به بغداد پرواز کرد.",
        "{fidan:short} روز دوشنبه از {ankara} به {baghdad} پرواز کرد.",
    ),
    (
        "Tehran and Ankara signed a gas deal.",
        "تهران و انقره یک قرارداد گازی امضا کردند.",
        "{tehran} و {ankara} یک قرارداد گازی امضا کردند.",
    ),
    (
        "Officials in Ankara said the talks would go on.",
        "مقامات در أنقرة گفتند گفتگوها ادامه خواهد یافت.",
        "مقامات در {ankara} گفتند گفتگوها ادامه خواهد یافت.",
    ),
]


@pytest.mark.parametrize("source,output,expected", ARABIC_ENDINGS)
def test_the_arabic_spelling_of_a_name_ending_in_a_vowel_is_the_name(glossary, source, output, expected):
    check(glossary, "fa", source, output, expected)


ISLANDS = """\
- id: malta
  type: place
  en: {name: Malta}
  fa: {name: مالتا}
"""


@pytest.fixture(scope="module")
def islands(tmp_path_factory):
    from toolkit.glossary.load import load_glossary

    folder = tmp_path_factory.mktemp("islands")
    (folder / "islands.yaml").write_text(ISLANDS, encoding="utf-8")
    loaded = load_glossary([folder])
    assert not loaded.errors, loaded.errors
    return loaded


def test_any_name_ending_in_a_vowel_is_read_so(islands):
    check(
        islands,
        "fa",
        "The migrants reached Malta on Sunday.",
        "مهاجران روز یکشنبه به مالطه رسیدند.",
        "مهاجران روز یکشنبه به {malta} رسیدند.",
    )


def test_a_word_ending_in_alef_is_no_name_ending_in_he(glossary):
    # روسای جمهور: "presidents", the plural of رئیس written without its hamza; Russia is روسیه
    check(
        glossary,
        "fa",
        "The presidents of Iran and Russia met in Tehran.",
        "روسای جمهور ایران و روسیه در تهران دیدار کردند.",
        "روسای جمهور {iran} و {russia} در {tehran} دیدار کردند.",
    )


def test_a_common_word_ending_in_he_stays(glossary):
    check(
        glossary,
        "fa",
        "All the parties in Hama agreed.",
        "همه طرف‌ها در حماه موافقت کردند.",
        "همه طرف‌ها در {hama} موافقت کردند.",
    )
