"""A foreign name's "ch" written the way the other Arabic-script language writes it.

Arabic has no چ: its models write a foreign "ch" as تش (سوتشي, "Sochi"). A Persian model trained on Arabic
text carries that spelling over (سوتشی for سوچی), and an Arabic model trained on Persian text the Persian
letter (سوچي for سوتشي). Either is the same name, read as another spelling of it and replaced by the
rendering, with the proclitic, ezafe or postposition the sentence gives it.
"""

from __future__ import annotations

import pytest
from test_placement import check

PERSIAN_WITH_ARABIC_CH = [
    (
        "His partner was arrested in Sochi at the request of Baghdad.",
        "شریک او به درخواست بغداد در سوتشی بازداشت شد.",
        "شریک او به درخواست {baghdad} در {sochi} بازداشت شد.",
    ),
    (
        "Erdogan flew to Sochi to ask Putin for a discount.",
        "اردوغان برای درخواست تخفیف از پوتین به سوتشي پرواز کرد.",
        "{erdogan:short} برای درخواست تخفیف از {putin:short} به {sochi} پرواز کرد.",
    ),
    (
        "Fidan and Lavrov left Sochi on Tuesday.",
        "فیدان و لاوروف سه‌شنبه سوتشی را ترک کردند.",
        "{fidan:short} و لاوروف سه‌شنبه {sochi} را ترک کردند.",
    ),
    (
        "Putin flew to Sochi on Friday.",  # the Arabic ى at the end as well
        "پوتین جمعه به سوتشى پرواز کرد.",
        "{putin:short} جمعه به {sochi} پرواز کرد.",
    ),
    (
        "Putin left Sochi.",  # را joined by a ZWNJ, as the model wrote it
        "پوتین سوتشی‌را ترک کرد.",
        "{putin:short} {sochi}‌را ترک کرد.",
    ),
    (
        "The Sochi memorandum covers Idlib.",
        "یادداشت تفاهم سوتشی ادلب را پوشش می‌دهد.",
        "یادداشت تفاهم {sochi} {idlib} را پوشش می‌دهد.",
    ),
]

ARABIC_WITH_PERSIAN_CH = [
    (
        "Erdogan travelled to Sochi to meet Putin.",
        "سافر أردوغان إلى سوچي للقاء بوتين.",
        "سافر {erdogan:short} إلى {sochi} للقاء {putin:short}.",
    ),
    (
        "The two leaders met in Sochi on Tuesday.",
        "التقى الزعيمان بسوچي يوم الثلاثاء.",
        "التقى الزعيمان {sochi:bi} يوم الثلاثاء.",
    ),
    (
        "Putin flew to Sochi on Friday.",  # with the final ى
        "طار بوتين إلى سوچى يوم الجمعة.",
        "طار {putin:short} إلى {sochi} يوم الجمعة.",
    ),
    (
        "Ankara and Sochi agreed on a ceasefire.",
        "اتفقت أنقرة وسوچي على وقف إطلاق النار.",
        "اتفقت {ankara} {sochi:wa} على وقف إطلاق النار.",
    ),
]


@pytest.mark.parametrize("source,output,expected", PERSIAN_WITH_ARABIC_CH)
def test_a_persian_models_arabic_ch_is_the_persian_name(glossary, source, output, expected):
    check(glossary, "fa", source, output, expected)


@pytest.mark.parametrize("source,output,expected", ARABIC_WITH_PERSIAN_CH)
def test_an_arabic_models_persian_ch_is_the_arabic_name(glossary, source, output, expected):
    check(glossary, "ar", source, output, expected)


@pytest.mark.parametrize(
    "source,output",
    [
        # تش in the model's own words (آتش, "fire"; تشییع, "funeral"), the name as the glossary writes it
        ("The ceasefire was signed in Sochi.", "آتش‌بس در سوچی امضا شد."),
        ("The funeral was held in Sochi.", "مراسم تشییع در سوچی برگزار شد."),
    ],
)
def test_the_persian_words_with_t_sh_beside_the_name_stay(glossary, source, output):
    check(glossary, "fa", source, output, output.replace("سوچی", "{sochi}"))
