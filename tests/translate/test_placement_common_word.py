"""A name the model translated as a common word ("Turkey" as the bird, "Fidan" as a sapling).

Placement puts the name in place of the common word, but the verb and adjectives of the plain
translation were written for that word: where they agree with it otherwise than with the name
(Arabic الديك, masculine, for تركيا, feminine; Russian индюк for Турция), the masked sentence is
asked for. Its wording is taken where it places every name cleanly and is the same sentence but for
a few words; otherwise the plain wording stays and the segment is flagged, naming the words
replaced. A common word that agrees like the name (индейка and Турция, both feminine; Persian,
which has no gender, a singular for a singular) needs neither.
"""

from __future__ import annotations

from test_placement import check, publish

from toolkit.translate.placement import COMMON_WORD_REPLACED


def codes(segment):
    return {problem.code for problem in segment.problems}


def test_a_clean_retry_written_for_the_name_replaces_the_common_words_agreement(glossary):
    segment = check(
        glossary,
        "ar",
        "Turkey Condemns Idlib Strike",
        "الديك الرومي يدين ضربة إدلب",
        "{turkey} تدين ضربة {idlib}",
        retry="[[1]] تدين ضربة [[2]]",
    )
    assert COMMON_WORD_REPLACED not in codes(segment)


def test_the_russian_masculine_bird_gives_way_to_the_retrys_feminine_verb(glossary):
    check(
        glossary,
        "ru",
        "Turkey condemned the strike on Idlib.",
        "Индюк осудил удар по Идлибу.",
        "{turkey} осудила удар по {idlib:dat}.",
        retry="[[1]] осудила удар по [[2]].",
    )


def test_a_retry_that_loses_a_name_leaves_the_plain_wording_flagged(glossary):
    segment = check(
        glossary,
        "ar",
        "Turkey Condemns Idlib Strike",
        "الديك الرومي يدين ضربة إدلب",
        "{turkey} يدين ضربة {idlib}",
        retry="[[1]] تدين الضربة",
        marked=True,
    )
    (warning,) = [p for p in segment.problems if p.code == COMMON_WORD_REPLACED]
    assert "الديك الرومي" in warning.message


def test_a_retry_that_rewrites_the_sentence_leaves_the_plain_wording_flagged(glossary):
    segment = check(
        glossary,
        "ar",
        "Turkey Condemns Idlib Strike",
        "الديك الرومي يدين ضربة إدلب",
        "{turkey} يدين ضربة {idlib}",
        retry="في [[2]] ضربة أدانتها [[1]] بشدة اليوم",
        marked=True,
    )
    assert COMMON_WORD_REPLACED in codes(segment)


def test_a_sapling_for_a_man_is_flagged_in_arabic_when_no_retry_helps(glossary):
    segment = check(
        glossary,
        "ar",
        "Fidan arrived in Idlib.",
        "وصلت الشتلة إلى إدلب.",
        "وصلت {fidan:short} إلى {idlib}.",
        marked=True,
    )
    assert COMMON_WORD_REPLACED in codes(segment)


def test_a_common_word_that_agrees_like_the_name_needs_no_retry(glossary):
    segment, model = publish(glossary, "ru", "Turkey condemned the strike.", "Индейка осудила удар.")
    assert segment.text == "Турция осудила удар."
    assert len(model.asked) == 1 and not segment.problems


def test_persian_a_singular_common_word_is_left_as_the_model_wrote_the_sentence(glossary):
    check(
        glossary,
        "fa",
        "Turkey Condemns Idlib Strike",
        "بوقلمون حمله ادلب را محکوم می‌کند",
        "{turkey} حمله {idlib} را محکوم می‌کند",
        retry="[[2]] را [[1]] محکوم کرد",
    )


def test_a_name_spelt_like_a_common_word_is_the_name(glossary):
    # خميس is Khamis's own rendering as well as "Thursday": the model wrote the name
    segment = check(
        glossary,
        "ar",
        "Khamis returned to Damascus.",
        "عاد خميس إلى دمشق.",
        "عاد {khamis:short} إلى دمشق.",
    )
    assert COMMON_WORD_REPLACED not in codes(segment)
