"""Arabic: the feminine nisba adjective of a place is not the place.

سورية is one way to write Syria, and also "Syrian" (feminine); تركية is "Turkish". Right after an
indefinite feminine noun or a plural (طائرات مسيرة تركية, قوات سورية, شركة روسية) the word agrees with
that noun as its adjective: no name is put on it. Where the source's mention then has no place in the
output, the sentence is flagged, naming that entry. After a preposition, a particle or an adverb
(بين سورية وتركيا, من دون سورية, خاصة سورية: especially Syria) nothing is there to agree with: the
word is the name, even where that word ends like a plural (بين, دون).
"""

from __future__ import annotations

import pytest
from test_placement import check, publish


def test_the_adjective_after_a_plural_noun_stays_and_the_name_is_placed_elsewhere(glossary):
    check(
        glossary,
        "ar",
        "Syria said Syrian forces had entered Idlib.",
        "قالت سورية إن قوات سورية دخلت إدلب.",
        "قالت {syria} إن قوات سورية دخلت {idlib}.",
    )


def test_the_adjective_after_a_feminine_noun_is_never_overwritten(glossary):
    segment, _ = publish(
        glossary,
        "ar",
        "The talks came a day after Turkey's drones struck positions held by Assad's forces.",
        "جاءت المحادثات بعد يوم من قصف طائرات مسيرة تركية مواقع تسيطر عليها قوات الأسد.",
    )
    assert "طائرات مسيرة تركية مواقع" in segment.text
    assert "تركيا" not in segment.text
    unplaced = [problem.message for problem in segment.problems if problem.code == "name-unplaced"]
    assert any("'Turkey'" in message for message in unplaced), unplaced


def test_the_variant_spelling_after_a_preposition_or_a_verb_is_the_name(glossary):
    check(glossary, "ar", "He arrived in Syria.", "وصل إلى سورية أمس.", "وصل إلى {syria} أمس.")
    check(glossary, "ar", "Syria said no.", "قالت سورية لا.", "قالت {syria} لا.")


def test_a_company_adjective_is_not_russia(glossary):
    segment, _ = publish(
        glossary,
        "ar",
        "A Russian company built it, Russia said.",
        "قالت روسيا إن شركة روسية بنته.",
    )
    assert segment.code.count("{russia") == 1
    assert "شركة روسية" in segment.text


# --- the "ch" of a foreign name, written تش or ش -------------------------------------------------------

CH_SPELLINGS = [
    (
        "For Russia the fate of Idlib is tied to the Sochi memorandum.",
        "بالنسبة لروسيا يرتبط مصير إدلب بمذكرة سوشي.",
        "بالنسبة {russia:li} يرتبط مصير {idlib} بمذكرة {sochi}.",
    ),
    (
        "Putin and Erdogan met in Sochi.",
        "التقى بوتين وأردوغان في سوشي.",
        "التقى {putin:short} و{erdogan:short} في {sochi}.",
    ),
    ("The Sochi deal held.", "صمد اتفاق سوشى.", "صمد اتفاق {sochi}."),
]


@pytest.mark.parametrize("source,output,expected", CH_SPELLINGS)
def test_a_name_whose_ch_is_written_with_shin_alone_is_the_name(glossary, source, output, expected):
    check(glossary, "ar", source, output, expected)


def test_the_variant_after_a_singular_feminine_noun_is_placed_but_flagged(glossary):
    # حكومة سورية: "the government of Syria" or "a Syrian government"; only the editor can say
    check(
        glossary,
        "ar",
        "The government of Syria said no.",
        "قالت حكومة سورية لا.",
        "قالت حكومة {syria} لا.",
        marked=True,
    )


def test_the_adjective_after_a_plural_of_persons_is_no_name(glossary):
    segment, _ = publish(glossary, "ar", "Syria said Syrian fighters had left.", "قالت سوريا إن مقاتلين سورية غادروا.")
    assert segment.code.count("{syria") == 1


NAME_AFTER_A_FUNCTION_WORD = [
    # بين and دون end like a plural (مقاتلين, مسلحون), but no adjective agrees with a preposition
    (
        "The border between Syria and Turkey was closed.",
        "أغلقت الحدود بين سورية وتركيا.",
        "أغلقت الحدود بين {syria} و{turkey}.",
    ),
    (
        "Talks between Turkey and Russia resumed.",
        "استؤنفت المحادثات بين تركية وروسيا.",
        "استؤنفت المحادثات بين {turkey} و{russia}.",
    ),
    (
        "No solution is possible without Syria, Muallem said.",
        "قال المعلم إنه لا حل من دون سورية.",
        "قال {muallem:short} إنه لا حل من دون {syria}.",
    ),
]


@pytest.mark.parametrize("source,output,expected", NAME_AFTER_A_FUNCTION_WORD)
def test_the_variant_after_a_preposition_ending_like_a_plural_is_the_name(glossary, source, output, expected):
    check(glossary, "ar", source, output, expected)


@pytest.mark.parametrize(
    "source,output,expected",
    [
        (
            "Regional states, especially Syria and Iraq, were invited.",
            "دعيت دول المنطقة، خاصة سورية والعراق.",
            "دعيت دول المنطقة، خاصة {syria} و{iraq}.",
        ),
        (
            "Drones hit Ankara's positions in Syria.",
            "ضربت طائرات مسيرة مواقع أنقرة في سورية.",
            "ضربت طائرات مسيرة مواقع {ankara} في {syria}.",
        ),
    ],
)
def test_no_feminine_noun_is_read_past_an_adverb_or_a_preposition(glossary, source, output, expected):
    # خاصة (especially) is no noun; in أنقرة في سورية the feminine word before في is not سورية's noun
    check(glossary, "ar", source, output, expected)
