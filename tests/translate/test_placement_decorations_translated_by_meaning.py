"""A decoration's name a model translated word by word, one of its words by another meaning.

"Champion of the Republic" (the house writes Герой Республики, Cumhuriyet Kahramanı, قهرمان جمهوری) comes
out as Чемпион Республики, Cumhuriyet Şampiyonu, شامپیون جمهوری; "Order of Merit" (وسام الاستحقاق, نشان
لیاقت) as وسام الجدارة, نشان شایستگی. Such a word joins the run the name's own words make, and the run is
replaced whole, in the form the model's words show. It never stands for the name alone (مدال شایستگی, "merit
medal", has no word of the name: flagged). Where the source has that word of its own outside the mention
("the wrestling champion received the Champion of the Republic") and the name is whole beside it, the word
is the source's and stays.
"""

from __future__ import annotations

import pytest
from test_placement import check, publish

from toolkit.qa.checks import marked_for_review

TRANSLATED = [
    (
        "ru",
        "The Champion of the Republic went to two Russian officers before Soleimani.",
        "Чемпион Республики был вручен двум российским офицерам до Сулеймани.",
        "{champion-of-the-republic} был вручен двум российским офицерам до {suleimani:short+gen}.",
    ),
    (
        "ru",
        "Assad met the wrestler with the Champion of the Republic in Damascus.",
        "Асад встретился с борцом с Чемпионом Республики в Дамаске.",
        "Асад встретился с борцом с {champion-of-the-republic:ins} в Дамаске.",
    ),
    (
        "ru",
        "The champion received the Champion of the Republic title in Hama.",
        "Чемпион получил звание Чемпиона Республики в Хаме.",
        "Чемпион получил звание {champion-of-the-republic:gen} в {hama:prep}.",
    ),
    (
        "tr",
        "Assad gave a general the Champion of the Republic in Damascus.",
        "Esad, Şam'da bir generale Cumhuriyet Şampiyonu'nu verdi.",
        "Esad, Şam'da bir generale {champion-of-the-republic:acc} verdi.",
    ),
    (
        "fa",
        "Assad gave him the Champion of the Republic title.",
        "اسد عنوان شامپیون جمهوری را به او داد.",
        "اسد عنوان {champion-of-the-republic} را به او داد.",
    ),
    (
        "ar",
        "Putin was honoured with the Order of Merit in Damascus.",
        "كرم بوتين بوسام الجدارة في دمشق.",
        "كرم {putin:short} {order-of-merit:bi} في دمشق.",
    ),
    (
        "ar",
        "Erdogan received the Order of Merit in Doha.",
        "تسلم أردوغان وسام الجدارة في الدوحة.",
        "تسلم {erdogan:short} {order-of-merit} في الدوحة.",
    ),
    (
        "fa",
        "Erdogan received the Order of Merit in Doha.",
        "اردوغان نشان شایستگی را در دوحه دریافت کرد.",
        "{erdogan:short} {order-of-merit} را در دوحه دریافت کرد.",
    ),
    (
        "fa",
        "Assad gave the Order of Merit to Hatami.",
        "اسد نشان استحقاق را به حاتمی داد.",
        "اسد {order-of-merit} را به {hatami:short} داد.",
    ),
]


@pytest.mark.parametrize("language,source,output,expected", TRANSLATED)
def test_a_decoration_translated_by_meaning_is_replaced_whole(glossary, language, source, output, expected):
    check(glossary, language, source, output, expected)


def test_the_word_alone_is_no_name(glossary):
    # "merit medal": a translation of the decoration's words, none of them the name's own
    output = "اسد مدال شایستگی را به او داد."
    segment, _ = publish(glossary, "fa", "Assad gave him the Order of Merit.", output)
    assert segment.text == output
    assert marked_for_review(segment)


SOURCES_OWN_WORD = [
    (
        "tr",
        "The wrestling champion received the Champion of the Republic medal.",
        "Güreş şampiyonu Cumhuriyet Kahramanı madalyasını aldı.",
        "Güreş şampiyonu {champion-of-the-republic} madalyasını aldı.",
    ),
    (
        "ru",
        "A wrestling champion received the Champion of the Republic title.",
        "Чемпион по борьбе получил звание Героя Республики.",
        "Чемпион по борьбе получил звание {champion-of-the-republic:gen}.",
    ),
    (
        "ar",
        "The Order of Merit rewards merit, Assad said.",
        "قال الأسد إن وسام الاستحقاق يكافئ الجدارة.",
        "قال {assad:short} إن {order-of-merit} يكافئ الجدارة.",
    ),
]


@pytest.mark.parametrize("language,source,output,expected", SOURCES_OWN_WORD)
def test_the_sources_own_word_beside_the_whole_name_stays(glossary, language, source, output, expected):
    check(glossary, language, source, output, expected)
