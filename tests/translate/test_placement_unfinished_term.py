"""A name of several words the model wrote only in part, with its own word for the rest beside that part.

A model that does not know a term's rendering writes some of its words and its own word for the others
(«منطقة خفض التوتر» for منطقة خفض التصعيد, «منطقه‌ی کاهش خشونت» for منطقه‌ی کاهش تنش, «çatışma Azaltma
Bölgesi» for Gerginliği Azaltma Bölgesi). Placement puts the whole rendering over the words it recognised;
the model's word for the rest would be left beside it («منطقة خفض التصعيد التوتر»). It may also be a word the
sentence needs (an adjective, the noun of a compound verb), so it is not removed: the sentence is flagged,
and a clean placeholder retry is published instead where the model gives one. A word that links phrases (a
preposition, a conjunction, a postposition), a particle the model wrote for the rendering's own, the entry's
other whole form, a body's name without its generic head word, another spelling translated word by word and a
person's name after a title are no such case.
"""

from __future__ import annotations

import pytest
from test_placement import check, publish

# the model's own word for the rest of the name, beside the part it wrote: flagged, left where it is
REST_OF_THE_NAME = [
    (
        "ar",
        "Russia and Turkey set up the de-escalation zone in Idlib in 2018.",
        "أنشأت روسيا وتركيا منطقة خفض التوتر في إدلب عام ٢٠١٨.",
        "التوتر",
    ),
    (
        "ar",
        "Shelling hit the de-escalation zone on Sunday.",
        "أصاب القصف منطقة خفض العنف يوم الأحد.",
        "العنف",
    ),
    (
        "ar",
        "Fighting resumed in the de-escalation zone.",
        "استؤنف القتال في منطقة خفض التوتر.",
        "التوتر",
    ),
    (
        "fa",
        "Fighting resumed in the de-escalation zone.",
        "درگیری‌ها در منطقه‌ی کاهش خشونت از سر گرفته شد.",
        "خشونت",
    ),
    (
        "fa",
        "Russia and Turkey set up the de-escalation zone in 2018.",
        "روسیه و ترکیه منطقه‌ی کاهش درگیری را در سال ۲۰۱۸ ایجاد کردند.",
        "درگیری",
    ),
    # Turkish puts a compound's modifier first: the model's word stands before the head it wrote
    (
        "tr",
        "Russia and Turkey set up the de-escalation zone.",
        "Rusya ve Türkiye çatışma Azaltma Bölgesi'ni kurdu.",
        "çatışma",
    ),
    (
        "tr",
        "Russia and Turkey set up the de-escalation zone.",
        "Rusya ve Türkiye, şiddeti Azaltma Bölgesi'ni kurdu.",
        "şiddeti",
    ),
]


@pytest.mark.parametrize("language, source, output, word", REST_OF_THE_NAME)
def test_the_models_word_for_the_rest_of_a_name_is_flagged_never_published_silently(
    glossary, language, source, output, word
):
    segment, _ = publish(glossary, language, source, output)
    assert "{de-escalation-zone" in segment.code
    assert word in segment.text  # the sentence may need it: left for an editor
    warnings = [p for p in segment.problems if p.code == "name-beside" and f"'{word}'" in p.message]
    assert warnings and "rest of the name" in warnings[0].message


# where the model's placeholder retry is clean, its wording is published: no word of the model's left over
CLEAN_RETRY = [
    (
        "ar",
        "Russia and Turkey set up the de-escalation zone in Idlib in 2018.",
        "أنشأت روسيا وتركيا منطقة خفض التوتر في إدلب عام ٢٠١٨.",
        "أنشأت [[1]] و[[2]] [[3]] في [[4]] عام ٢٠١٨.",
        "أنشأت {russia} {turkey:wa} {de-escalation-zone} في {idlib} عام ٢٠١٨.",
    ),
    (
        "ar",
        "Shelling hit the de-escalation zone on Sunday.",
        "أصاب القصف منطقة خفض العنف يوم الأحد.",
        "أصاب القصف [[1]] يوم الأحد.",
        "أصاب القصف {de-escalation-zone} يوم الأحد.",
    ),
    (
        "fa",
        "Russia and Turkey set up the de-escalation zone in 2018.",
        "روسیه و ترکیه منطقه‌ی کاهش درگیری را در سال ۲۰۱۸ ایجاد کردند.",
        "[[1]] و [[2]] [[3]] را در سال ۲۰۱۸ ایجاد کردند.",
        "{russia} و {turkey} {de-escalation-zone} را در سال ۲۰۱۸ ایجاد کردند.",
    ),
    (
        "tr",
        "Russia and Turkey set up the de-escalation zone.",
        "Rusya ve Türkiye çatışma Azaltma Bölgesi'ni kurdu.",
        "[[1]] ve [[2]] [[3]]'ni kurdu.",
        "{russia} ve {turkey} {de-escalation-zone:acc} kurdu.",
    ),
]


@pytest.mark.parametrize("language, source, output, retry, expected", CLEAN_RETRY)
def test_a_clean_retry_is_published_instead_of_the_models_word_beside_the_name(
    glossary, language, source, output, retry, expected
):
    check(glossary, language, source, output, expected, retry=retry)


# the word beside the part the model wrote is the sentence's own, or the model wrote the name whole
NOT_THE_REST = [
    # a preposition after the part: the model left the last word out, the rendering restores it
    (
        "ar",
        "Fighting resumed in the de-escalation zone in Idlib.",
        "استؤنف القتال في منطقة خفض في إدلب.",
        "استؤنف القتال في {de-escalation-zone} في {idlib}.",
    ),
    (
        "fa",
        "Fighting resumed in the de-escalation zone in Idlib.",
        "درگیری‌ها در منطقه‌ی کاهش در ادلب از سر گرفته شد.",
        "درگیری‌ها در {de-escalation-zone} در {idlib} از سر گرفته شد.",
    ),
    (
        "fa",
        "Fighters entered the de-escalation zone.",
        "شبه‌نظامیان وارد منطقه‌ی کاهش شدند.",
        "شبه‌نظامیان وارد {de-escalation-zone} شدند.",
    ),
    # another name before the head the model wrote
    (
        "tr",
        "Russia and Turkey set up the de-escalation zone.",
        "Rusya ve Türkiye Azaltma Bölgesi'ni kurdu.",
        "{russia} ve {turkey} {de-escalation-zone:acc} kurdu.",
    ),
    # the entry's short form, whole, written for the full one: nothing of it is missing
    (
        "ar",
        "The United States imposed sanctions on Iran.",
        "فرضت الولايات المتحدة عقوبات على إيران.",
        "فرضت {united-states} عقوبات على {iran}.",
    ),
    # a particle the model wrote for the rendering's own (Аль for Эль)
    ("ru", "Missiles hit Al Udeid.", "Ракеты поразили базу Аль-Удейд.", "Ракеты поразили базу {al-udeid}."),
    # a body's name without its generic head word: whole as the model wrote it
    (
        "ar",
        "The al-Nusra Front claimed the attack.",
        "أعلنت النصرة مسؤوليتها عن الهجوم.",
        "أعلنت {nusra-front} مسؤوليتها عن الهجوم.",
    ),
    # another spelling of the name translated word by word: all of it is there
    (
        "fa",
        "Officials in the Kurdistan Region met.",
        "مقامات در اقلیم کردستان دیدار کردند.",
        "مقامات در {iraqi-kurdistan} دیدار کردند.",
    ),
    # a person's name after a title: the title is the sentence's
    ("ar", "Walid Muallem met Lavrov.", "التقى الوزير المعلم لافروف.", "التقى الوزير {muallem} لافروف."),
    # the whole rendering, an adjective of the sentence's after it
    (
        "ar",
        "Missiles hit Ain al-Asad air base.",
        "أصابت صواريخ قاعدة عين الأسد الجوية.",
        "أصابت صواريخ قاعدة {ain-al-asad} الجوية.",
    ),
]


@pytest.mark.parametrize("language, source, output, expected", NOT_THE_REST)
def test_a_word_of_the_sentence_beside_a_name_is_no_rest_of_it(glossary, language, source, output, expected):
    segment = check(glossary, language, source, output, expected)
    assert not any("rest of the name" in problem.message for problem in segment.problems)
