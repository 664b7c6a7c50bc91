"""Persian: a possessor the model wrote as the people's plural joined on by a ZWNJ.

"Russia's position" as «موضع روس‌ها» ("the Russians' position") is موضع روسیه, as «موضع روسی» and «موضع روسها»
are: the plural made from the name, after a noun that heads the phrase, is the possessor in the adjective's
place. A ZWNJ parts Persian words elsewhere (خامنه‌ای), but the plural ها joined on by one stays with its word,
and so does the plural of the adjective (عراقی‌ها, ایرانی‌ها). After a preposition (با روس‌ها, "with the
Russians") it is no possessor, and where the sentence has more such words than the source has possessors, which
one is the mention is not known: flagged. The source's own "the Russians" stays as written.
"""

from __future__ import annotations

import pytest
from test_placement import check, publish

PEOPLES_PLURAL = [
    (
        "Putin said Russia's position towards Iran and Syria had not changed.",
        "پوتین گفت موضع روس‌ها در قبال ایران و سوریه تغییری نکرده است.",
        "{putin:short} گفت موضع {russia} در قبال {iran} و {syria} تغییری نکرده است.",
    ),
    (
        "Putin said Russia's interests in Syria would be protected.",
        "پوتین گفت منافع روس‌ها در سوریه حفظ خواهد شد.",
        "{putin:short} گفت منافع {russia} در {syria} حفظ خواهد شد.",
    ),
    (
        "Erdogan said Turkey's patience had run out.",
        "اردوغان گفت صبر ترک‌ها تمام شده است.",
        "{erdogan:short} گفت صبر {turkey} تمام شده است.",
    ),
    # the plural of the adjective made from the name
    (
        "Iraq's stance on the pipeline is unclear.",
        "موضع عراقی‌ها درباره‌ی خط لوله روشن نیست.",
        "موضع {iraq} درباره‌ی خط لوله روشن نیست.",
    ),
    (
        "Iran's missiles hit the base.",
        "موشک‌های ایرانی‌ها به پایگاه اصابت کرد.",
        "موشک‌های {iran} به پایگاه اصابت کرد.",
    ),
]


@pytest.mark.parametrize("source, output, expected", PEOPLES_PLURAL)
def test_the_peoples_plural_after_its_noun_is_the_possessor(glossary, source, output, expected):
    check(glossary, "fa", source, output, expected)


NO_POSSESSOR = [
    # after a preposition: "with the Russians"
    ("Turkey's talks with Russia resumed.", "مذاکرات ترکیه با روس‌ها از سر گرفته شد."),
    # two such words for one possessor: which is the mention is not known
    ("Russia's position had not changed, the Russians said.", "موضع روس‌ها تغییری نکرده است، روس‌ها گفتند."),
]


@pytest.mark.parametrize("source, output", NO_POSSESSOR)
def test_the_peoples_plural_elsewhere_stays_flagged(glossary, source, output):
    segment, _ = publish(glossary, "fa", source, output)
    assert "روس‌ها" in segment.text
    assert any(problem.code == "name-unplaced" for problem in segment.problems)


def test_the_sources_own_people_stay_as_written(glossary):
    check(
        glossary,
        "fa",
        "The Russians said Russia's position had not changed.",
        "روس‌ها گفتند موضع روسیه تغییری نکرده است.",
        "روس‌ها گفتند موضع {russia} تغییری نکرده است.",
    )
