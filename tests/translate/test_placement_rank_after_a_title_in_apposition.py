"""A cleric's rank the model put after a title the source gives in apposition, past the comma.

"briefed the Supreme Leader, Ali Khamenei," as «رهبر معظم انقلاب، آیت‌الله علی خامنه‌ای»: the source gives the
title and the name, no rank; the model's آیت‌الله (آية الله, аятолла, Ayetullah) is its own deference, as it is
right after the title (رهبر ایران آیت‌الله علی خامنه‌ای, already removed), and goes with the comma between as
well. The decision stays as it was for the rest: a rank the source gives ("Supreme Leader, Ayatollah Ali
Khamenei") stays, and another honorific the source does not give (Sheikh, Şeyh, шейх, الشيخ) is left for the
editor with a warning, never removed: it is a house-style question, and a short form may hold it (Sheikh Tamim).
"""

from __future__ import annotations

import pytest
from test_placement import check

RANK_REMOVED = [
    (
        "fa",
        "He briefed the Supreme Leader, Ali Khamenei, at every stage.",
        "او در هر مرحله رهبر معظم انقلاب، آیت‌الله علی خامنه‌ای را در جریان گذاشت.",
        "او در هر مرحله {supreme-leader}، {khamenei} را در جریان گذاشت.",
    ),
    (
        "ar",
        "He briefed the Supreme Leader, Ali Khamenei, at every stage.",
        "أطلع المرشد الأعلى، آية الله علي خامنئي، على كل مرحلة.",
        "أطلع {supreme-leader}، {khamenei}، على كل مرحلة.",
    ),
    (
        "tr",
        "He briefed the Supreme Leader, Ali Khamenei, at every stage.",
        "Her aşamada Dini Lider, Ayetullah Ali Hamaney'i bilgilendirdi.",
        "Her aşamada {supreme-leader}, {khamenei:acc} bilgilendirdi.",
    ),
]


@pytest.mark.parametrize("language, source, output, expected", RANK_REMOVED)
def test_a_rank_after_a_title_and_its_comma_is_removed(glossary, language, source, output, expected):
    check(glossary, language, source, output, expected)


RANK_KEPT = [
    (
        "fa",
        "He briefed the Supreme Leader, Ayatollah Ali Khamenei, at every stage.",
        "او در هر مرحله رهبر ایران، آیت‌الله علی خامنه‌ای را در جریان گذاشت.",
        "او در هر مرحله {supreme-leader}، آیت‌الله {khamenei} را در جریان گذاشت.",
    ),
    (
        "ar",
        "He briefed the Supreme Leader, Ayatollah Ali Khamenei, at every stage.",
        "أطلع المرشد الأعلى، آية الله علي خامنئي، على كل مرحلة.",
        "أطلع {supreme-leader}، آية الله {khamenei}، على كل مرحلة.",
    ),
]


@pytest.mark.parametrize("language, source, output, expected", RANK_KEPT)
def test_a_rank_the_source_gives_after_the_comma_stays(glossary, language, source, output, expected):
    check(glossary, language, source, output, expected)
