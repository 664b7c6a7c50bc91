"""A tatweel (U+0640, the Arabic-script letter stretcher) never reaches a published name.

Models write one after a proclitic glued to a name or a placeholder ("لـ[[4]]", "بـبغداد"), or stretch
a word beside it. The proclitic is read as the slot's token, so the name is written with it as the
language joins them ("بـ[[2]]" for al-Assad: بالأسد), and the tatweel is dropped wherever a name is
spliced in; in Persian, which reads no proclitics, the letter stays glued and the tatweel goes.
"""

from __future__ import annotations

import pytest
from test_placement import check, publish

TATWEEL = "\u0640"

ARABIC_RETRIES = [
    (
        "Iran fired missiles in revenge for Soleimani.",
        "أطلقت إيران صواريخ انتقاما له.",
        "أطلقت [[1]] صواريخ انتقاما لـ[[2]].",
        "أطلقت {iran} صواريخ انتقاما {suleimani:short+li}.",
    ),
    (
        "Putin called Assad on Friday.",
        "اتصل الرئيس الروسي بنظيره يوم الجمعة.",
        "اتصل [[1]] بـ[[2]] يوم الجمعة.",
        "اتصل {putin:short} {assad:short+bi} يوم الجمعة.",
    ),
    (
        "Thousands marched in Baghdad and Erbil.",
        "خرج الآلاف في مسيرات في المدينتين.",
        "خرج الآلاف في مسيرات بـ[[1]] وـ[[2]].",
        "خرج الآلاف في مسيرات {baghdad:bi} {erbil:wa}.",
    ),
    (
        "Putin called Assad.",
        "اتصل الرئيس الروسي بنظيره.",
        "اتصل [[1]] بـ [[2]].",
        "اتصل {putin:short} {assad:short+bi}.",
    ),
    (
        "A message to Erdogan and Putin.",
        "رسالة إلى الزعيمين.",
        "رسالة إلى [[1]] وبـ[[2]].",
        "رسالة إلى {erdogan:short} {putin:short+wa+bi}.",
    ),
]


@pytest.mark.parametrize("source, output, retry, expected", ARABIC_RETRIES)
def test_a_proclitic_stretched_before_a_placeholder_is_read_and_the_tatweel_dropped(
    glossary, source, output, retry, expected
):
    segment = check(glossary, "ar", source, output, expected, retry=retry)
    assert TATWEEL not in "".join(piece.text for piece in segment.pieces)


ARABIC_OUTPUTS = [
    (
        "Thousands marched in Baghdad.",
        "خرج الآلاف في مسيرات بـبغداد.",
        "خرج الآلاف في مسيرات {baghdad:bi}.",
    ),
    (
        "Iran fired missiles in revenge for Soleimani.",
        "أطلقت إيران صواريخ انتقاما لـسليماني.",
        "أطلقت {iran} صواريخ انتقاما {suleimani:short+li}.",
    ),
]


@pytest.mark.parametrize("source, output, expected", ARABIC_OUTPUTS)
def test_a_name_the_model_stretched_after_its_proclitic_is_published_without_the_tatweel(
    glossary, source, output, expected
):
    check(glossary, "ar", source, output, expected)


def test_persian_writes_the_glued_preposition_apart_and_drops_the_tatweel(glossary):
    segment = check(
        glossary,
        "fa",
        "Rouhani travelled to Tehran.",
        "روحانی به پایتخت سفر کرد.",
        "{rouhani:short} به {tehran} سفر کرد.",
        retry="[[1]] بـ[[2]] سفر کرد.",
    )
    assert TATWEEL not in "".join(piece.text for piece in segment.pieces)


def test_a_tatweel_after_a_name_is_dropped_with_the_model_s_rendering(glossary):
    segment = check(
        glossary,
        "fa",
        "Rouhani travelled to Tehran.",
        "روحانی به تهرانـ سفر کرد.",
        "{rouhani:short} به {tehran} سفر کرد.",
    )
    assert TATWEEL not in "".join(piece.text for piece in segment.pieces)


@pytest.mark.parametrize("language", ["ar", "fa"])
def test_no_published_name_contains_a_tatweel(glossary, language):
    outputs = {"ar": "اتصل [[1]] بـ[[2]]ـ يوم الجمعة.", "fa": "[[1]] با [[2]]ـ تماس گرفت."}
    segment, _ = publish(glossary, language, "Putin called Assad on Friday.", "—", outputs[language])
    assert not [piece.text for piece in segment.pieces if piece.entry_id and TATWEEL in piece.text]
    assert TATWEEL not in "".join(piece.text for piece in segment.pieces)


DASHES = [
    (
        "ar",
        "The Putin-Erdogan summit was held in Sochi.",
        "عقدت قمة بوتين ـ أردوغان في سوتشي.",
        "عقدت قمة {putin:short} ـ {erdogan:short} في {sochi}.",
    ),
    ("ar", "The Tehran-Moscow line.", "خط طهران ـ موسكو.", "خط {tehran} ـ {moscow}."),
    (
        "fa",
        "The Putin-Erdogan summit was held in Sochi.",
        "نشست پوتین ـ اردوغان در سوچی برگزار شد.",
        "نشست {putin:short} ـ {erdogan:short} در {sochi} برگزار شد.",
    ),
]


@pytest.mark.parametrize("language, source, output, expected", DASHES)
def test_a_tatweel_standing_alone_between_names_is_a_dash_and_stays(glossary, language, source, output, expected):
    check(glossary, language, source, output, expected)
