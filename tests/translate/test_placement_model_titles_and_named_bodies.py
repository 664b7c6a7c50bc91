"""A title the model gave a person of its own accord; a possessor of a body whose name holds an article.

A model may put the Supreme Leader's title before Khamenei where the source names only "Khamenei"
(المرشد خامنئي, رهبر معظم خامنه‌ای, Yüce Lider Hamaney, верховного руководителя Хаменеи). A title the
glossary has as an entry of its own, written whole, in a form the glossary forbids, or by its first word
(المرشد of المرشد الأعلى), is removed before the person's name as a cleric's rank is, where the source gives
the person no title and does not mention that one. Where the source gives the title ("Supreme Leader
Khamenei", "Iran's supreme leader, Khamenei"), it stays. Other titles (президентом before Асадом) are
only flagged, as before.

Arabic: "Iran's Quds Force" as فيلق القدس الإيراني. Making the relational adjective the possessor by the
idafa would take the article off القدس, a word of the body's own name (فيلق قدس إيران): where the source
writes what the name possesses as a name of two words or more, and the noun before the adjective is the
definite genitive of a construct, the name follows with في (فيلق القدس في إيران). A common noun phrase
("Iran's foreign ministry") still becomes the idafa (وزارة خارجية إيران).
"""

from __future__ import annotations

import pytest
from test_placement import check, expected_text, publish

MODEL_TITLES_REMOVED = [
    (
        "ar",
        "Against the advice of Khamenei, Rouhani flew to Baghdad.",
        "خلافا لنصيحة المرشد خامنئي، توجه روحاني إلى بغداد.",
        "خلافا لنصيحة {khamenei:short}، توجه {rouhani:short} إلى {baghdad}.",
    ),
    (
        "ar",
        "Rouhani met Khamenei on Monday.",
        "التقى روحاني المرشد الأعلى خامنئي يوم الاثنين.",
        "التقى {rouhani:short} {khamenei:short} يوم الاثنين.",
    ),
    (
        "fa",
        "Against the advice of Khamenei, Rouhani flew to Baghdad.",
        "برخلاف توصیه رهبر معظم خامنه‌ای، روحانی به بغداد پرواز کرد.",
        "برخلاف توصیه {khamenei:short}، {rouhani:short} به {baghdad} پرواز کرد.",
    ),
    (
        "fa",
        "Rouhani met Khamenei on Monday.",
        "روحانی روز دوشنبه با رهبر ایران خامنه‌ای دیدار کرد.",
        "{rouhani:short} روز دوشنبه با {khamenei:short} دیدار کرد.",
    ),
    (
        "tr",
        "Against the advice of Khamenei, Rouhani flew to Baghdad.",
        "Yüce Lider Hamaney'in tavsiyesine rağmen Ruhani Bağdat'a uçtu.",
        "{khamenei:short+gen} tavsiyesine rağmen {rouhani:short} {baghdad:dat} uçtu.",
    ),
    (
        "ru",
        "Against the advice of Khamenei, Rouhani flew to Baghdad.",
        "Вопреки совету верховного руководителя Хаменеи, Роухани вылетел в Багдад.",
        "Вопреки совету {khamenei:short}, {rouhani:short} вылетел в {baghdad:acc}.",
    ),
]


@pytest.mark.parametrize("language, source, output, expected", MODEL_TITLES_REMOVED)
def test_a_glossary_title_the_source_does_not_give_is_removed(glossary, language, source, output, expected):
    check(glossary, language, source, output, expected)


TITLES_THE_SOURCE_GIVES = [
    (
        "ar",
        "Rouhani met Supreme Leader Khamenei on Monday.",
        "التقى روحاني المرشد الأعلى خامنئي يوم الاثنين.",
        "التقى {rouhani:short} {supreme-leader} {khamenei:short} يوم الاثنين.",
    ),
    (
        "ru",
        "Rouhani met Supreme Leader Khamenei on Monday.",
        "Роухани в понедельник встретился с верховным руководителем Хаменеи.",
        "{rouhani:short} в понедельник встретился с {supreme-leader:ins} {khamenei:short}.",
    ),
]


@pytest.mark.parametrize("language, source, output, expected", TITLES_THE_SOURCE_GIVES)
def test_a_title_the_source_gives_stays(glossary, language, source, output, expected):
    check(glossary, language, source, output, expected)


def test_a_title_in_apposition_in_the_source_stays(glossary):
    segment, _ = publish(
        glossary, "ar", "Khamenei, the supreme leader, spoke on Monday.", "تحدث المرشد خامنئي يوم الاثنين."
    )
    assert "المرشد خامنئي" in segment.text


def test_another_title_is_only_flagged(glossary):
    segment = check(
        glossary,
        "ru",
        "Erdogan met Assad.",
        "Эрдоган встретился с президентом Асадом.",
        "{erdogan:short} встретился с президентом {assad:short+ins}.",
        marked=True,
    )
    assert any(problem.code == "name-beside" for problem in segment.problems)


NAMED_BODIES = [
    (
        "Soleimani - who led Iran's Quds Force for two decades - was killed near Baghdad airport in 2020.",
        "قتل سليماني - الذي قاد فيلق القدس الإيراني لعقدين - قرب مطار بغداد عام 2020.",
        "قتل {suleimani:short} - الذي قاد فيلق القدس في {iran} لعقدين - قرب مطار {baghdad} عام 2020.",
    ),
    (
        "Iran's Quds Force was blamed for the attack.",
        "اتهم فيلق القدس الإيراني بالهجوم.",
        "اتهم فيلق القدس في {iran} بالهجوم.",
    ),
    (
        "Iran's Guardian Council rejected the bill.",
        "رفض مجلس صيانة الدستور الإيراني القانون.",
        "رفض مجلس صيانة الدستور في {iran} القانون.",
    ),
    (
        "Iran's Quds Force commander was killed.",
        "قتل قائد فيلق القدس الإيراني.",
        "قتل قائد فيلق القدس في {iran}.",
    ),
]


@pytest.mark.parametrize("source, output, expected", NAMED_BODIES)
def test_a_possessor_of_a_named_body_follows_with_fi_keeping_the_names_article(glossary, source, output, expected):
    # (publish: a first mention of Soleimani is flagged for its introduction, which is not what this tests)
    segment, _ = publish(glossary, "ar", source, output)
    assert "".join(piece.text for piece in segment.as_stored) == expected_text(glossary, "ar", expected)


def test_a_common_noun_phrase_still_becomes_the_idafa(glossary):
    check(
        glossary,
        "ar",
        "Iran's foreign ministry denied the report.",
        "نفت وزارة الخارجية الإيرانية التقرير.",
        "نفت وزارة خارجية {iran} التقرير.",
    )
