"""Names a model writes another way than the glossary: recognised and replaced by the rendering.

- Russian transcribes the ʿain opening an Arabic name several ways (Айн, Эйн, Аин), with the article as
  аль, эль or ал, hyphened or spaced: all are the glossary's Айн-эль-Асад.
- The vowel opening a name's closed first syllable is written э, а or и by Russian transcriptions of
  Arabic, Kurdish and Persian names (Эрбиль, Арбиль, Ирбиль; Идлиб, Эдлиб): each is the glossary's name,
  in whatever case the model wrote it.
- A name whose English spelling has a generic word ("Kurdistan Region") translated word by word (اقلیم
  کردستان, إقليم كردستان, Kürdistan Bölgesi): the generic word beside a word of the rendering is the
  name. Where the mention has no such word ("Iraqi Kurdistan") and the model wrote the generic word with
  the whole rendering (إقليم كردستان العراق, اقلیم کردستان عراق), it translated another of the entry's
  own spellings ("Kurdistan Region of Iraq"): a regional name of the place, replaced whole by the
  rendering, as every other wording of the name is. Where the source has the generic word of its own
  outside the mention ("the region of Iraqi Kurdistan"), the model's word translates it and stays; where
  the model wrote the generic word with only part of the rendering, both are taken as its wording of the
  name, flagged. Where the mention itself has the generic word the rendering lacks ("the Kurdistan Region of
  Iraq") and the model wrote it before the whole rendering (إقليم كردستان العراق), the word is the model's
  translation of the source's own and stays in Arabic and Persian, whose head noun stands before the name.
"""

from __future__ import annotations

import pytest
from test_placement import check

AIN_SPELLINGS = [
    (
        "January 2020 — Iranian missiles hit Ain al-Asad.",
        "Январь 2020 года — иранские ракеты поражают Эйн аль-Асад.",
        "Январь 2020 года — иранские ракеты поражают {ain-al-asad}.",
    ),
    (
        "US troops left Ain al-Asad.",
        "Американские войска покинули Аин аль-Асад.",
        "{united-states:adj+pl} войска покинули {ain-al-asad}.",
    ),
    ("Missiles hit Ain al-Asad.", "Ракеты поразили базу Эйн-эль-Асад.", "Ракеты поразили базу {ain-al-asad}."),
    ("Missiles hit Ain al-Asad.", "Ракеты поразили базу Эйн ал-Асад.", "Ракеты поразили базу {ain-al-asad}."),
]


@pytest.mark.parametrize("source, output, expected", AIN_SPELLINGS)
def test_the_ain_of_an_arabic_name_is_read_in_any_russian_transcription(glossary, source, output, expected):
    check(glossary, "ru", source, output, expected)


OPENING_VOWEL_SPELLINGS = [
    (
        "Tehran and Erbil, the regional capital, were hit by power cuts.",
        "Тегеран и Арбиль, столица региона, пострадали от отключений электроэнергии.",
        "{tehran} и {erbil}, столица региона, пострадали от отключений электроэнергии.",
    ),
    (
        "Officials met in Erbil on Monday.",
        "Чиновники встретились в Ирбиле в понедельник.",
        "Чиновники встретились в {erbil:prep} в понедельник.",
    ),
    (
        "Irbil was the first stop; the delegation then flew to Baghdad.",
        "Ирбиль стал первой остановкой, затем делегация вылетела в Багдад.",
        "{erbil} стал первой остановкой, затем делегация вылетела в {baghdad:acc}.",
    ),
    (
        "Troops entered Idlib on Sunday.",
        "Войска вошли в Эдлиб в воскресенье.",
        "Войска вошли в {idlib:acc} в воскресенье.",
    ),
    (
        "Flights from Arbil to Moscow resumed.",
        "Рейсы из Арбиля в Москву возобновились.",
        "Рейсы из {erbil:gen} в {moscow:acc} возобновились.",
    ),
]


@pytest.mark.parametrize("source, output, expected", OPENING_VOWEL_SPELLINGS)
def test_the_opening_vowel_of_a_name_is_read_in_any_russian_transcription(glossary, source, output, expected):
    check(glossary, "ru", source, output, expected)


REGION_WORD_BY_WORD = [
    (
        "fa",
        "Kurdistan Region officials said the drones struck near Erbil, not in Iraq proper.",
        "مقامات اقلیم کردستان گفتند پهپادها در نزدیکی اربیل حمله کردند، نه در خود عراق.",
        "مقامات {iraqi-kurdistan} گفتند پهپادها در نزدیکی {erbil} حمله کردند، نه در خود {iraq}.",
    ),
    (
        "fa",
        "Officials in the Kurdistan Region met.",
        "مقامات در اقلیم کردستان دیدار کردند.",
        "مقامات در {iraqi-kurdistan} دیدار کردند.",
    ),
    (
        "ar",
        "Officials in the Kurdistan Region met.",
        "اجتمع مسؤولون في إقليم كردستان.",
        "اجتمع مسؤولون في {iraqi-kurdistan}.",
    ),
    (
        "fa",
        "Officials in the Kurdistan Region met.",
        "مقامات در منطقه کردستان دیدار کردند.",
        "مقامات در {iraqi-kurdistan} دیدار کردند.",
    ),
    (
        "ar",
        "Officials in the Kurdistan Region met.",
        "اجتمع مسؤولون في منطقة كردستان.",
        "اجتمع مسؤولون في {iraqi-kurdistan}.",
    ),
    (
        "tr",
        "Officials met in the Kurdistan Region.",
        "Yetkililer Kürdistan Bölgesi'nde bir araya geldi.",
        "Yetkililer {iraqi-kurdistan:loc} bir araya geldi.",
    ),
]


@pytest.mark.parametrize("language, source, output, expected", REGION_WORD_BY_WORD)
def test_a_spelling_with_a_generic_word_translated_word_by_word_is_the_name(
    glossary, language, source, output, expected
):
    check(glossary, language, source, output, expected)


REGIONAL_NAME_WITH_THE_WHOLE_RENDERING = [
    (
        "fa",
        "US officials accused the authorities of Iraqi Kurdistan.",
        "مقامات آمریکایی مقامات اقلیم کردستان عراق را متهم کردند.",
        "مقامات {united-states:adj} مقامات {iraqi-kurdistan} را متهم کردند.",
    ),
    (
        "ar",
        "US troops crossed into Iraqi Kurdistan by nightfall.",
        "عبرت القوات الأمريكية إلى إقليم كردستان العراق بحلول الليل.",
        "عبرت القوات {united-states:adj+f+al} إلى {iraqi-kurdistan} بحلول الليل.",
    ),
    (
        "ar",
        "Baghdad and Iraqi Kurdistan signed an oil deal on Monday.",
        "وقعت بغداد وإقليم كردستان العراق اتفاقا نفطيا يوم الاثنين.",
        "وقعت {baghdad} {iraqi-kurdistan:wa} اتفاقا نفطيا يوم الاثنين.",
    ),
    (
        "ar",
        "Elections in Iraqi Kurdistan were postponed again.",
        "تأجلت الانتخابات في إقليم كردستان العراق مرة أخرى.",
        "تأجلت الانتخابات في {iraqi-kurdistan} مرة أخرى.",
    ),
    (
        "fa",
        "Turkish drones struck a village in Iraqi Kurdistan.",
        "پهپادهای ترکیه روستایی در اقلیم کردستان عراق را هدف قرار دادند.",
        "پهپادهای {turkey} روستایی در {iraqi-kurdistan} را هدف قرار دادند.",
    ),
]


@pytest.mark.parametrize("language, source, output, expected", REGIONAL_NAME_WITH_THE_WHOLE_RENDERING)
def test_the_generic_word_of_another_spelling_with_the_whole_rendering_is_replaced_with_it(
    glossary, language, source, output, expected
):
    segment = check(glossary, language, source, output, expected)
    assert not any(p.code == "name-beside" for p in segment.problems), segment.problems


THE_SOURCES_OWN_GENERIC_WORD = [
    (
        "ar",
        "Missiles hit an airstrip in Erbil, Iraqi Kurdistan province.",
        "أصابت الصواريخ مهبط طائرات في أربيل بإقليم كردستان العراق.",
        "أصابت الصواريخ مهبط طائرات في {erbil} بإقليم {iraqi-kurdistan}.",
    ),
    (
        "ar",
        "Fighting spread to the region of Iraqi Kurdistan.",
        "امتد القتال إلى إقليم كردستان العراق.",
        "امتد القتال إلى إقليم {iraqi-kurdistan}.",
    ),
    (
        "fa",
        "Officials of the Iraqi Kurdistan region met in Erbil.",
        "مقامات منطقه کردستان عراق در اربیل دیدار کردند.",
        "مقامات منطقه {iraqi-kurdistan} در {erbil} دیدار کردند.",
    ),
]


@pytest.mark.parametrize("language, source, output, expected", THE_SOURCES_OWN_GENERIC_WORD)
def test_the_generic_word_the_source_has_of_its_own_stays_beside_the_whole_rendering(
    glossary, language, source, output, expected
):
    check(glossary, language, source, output, expected)


def test_the_generic_word_with_part_of_the_rendering_is_taken_with_it_and_flagged(glossary):
    segment = check(
        glossary,
        "fa",
        "Iraqi Kurdistan held elections.",
        "اقلیم کردستان انتخابات برگزار کرد.",
        "{iraqi-kurdistan} انتخابات برگزار کرد.",
        marked=True,
    )
    assert any(p.code == "name-beside" and "اقلیم" in p.message for p in segment.problems)


THE_MENTIONS_OWN_GENERIC_WORD = [
    (
        "ar",
        "Farmers in the Kurdistan Region of Iraq said the river had dried up.",
        "قال مزارعون في إقليم كردستان العراق إن النهر جف.",
        "قال مزارعون في إقليم {iraqi-kurdistan} إن النهر جف.",
    ),
    (
        "ar",
        "Baghdad and the Kurdistan Region of Iraq signed an oil deal.",
        "وقعت بغداد وإقليم كردستان العراق اتفاقا نفطيا.",
        "وقعت {baghdad} وإقليم {iraqi-kurdistan} اتفاقا نفطيا.",
    ),
    (
        "ar",
        "Elections in the Kurdistan Region of Iraq were postponed.",
        "تأجلت الانتخابات في منطقة كردستان العراق.",
        "تأجلت الانتخابات في منطقة {iraqi-kurdistan}.",
    ),
    (
        "fa",
        "Farmers in the Kurdistan Region of Iraq said the river had dried up.",
        "کشاورزان اقلیم کردستان عراق گفتند رودخانه خشک شده است.",
        "کشاورزان اقلیم {iraqi-kurdistan} گفتند رودخانه خشک شده است.",
    ),
    (
        "fa",
        "Turkish drones struck a village in the Kurdistan Region of Iraq.",
        "پهپادهای ترکیه روستایی در منطقه کردستان عراق را هدف قرار دادند.",
        "پهپادهای {turkey} روستایی در منطقه {iraqi-kurdistan} را هدف قرار دادند.",
    ),
]


@pytest.mark.parametrize("language, source, output, expected", THE_MENTIONS_OWN_GENERIC_WORD)
def test_the_generic_word_of_the_mentions_own_spelling_stays_before_the_whole_rendering(
    glossary, language, source, output, expected
):
    segment = check(glossary, language, source, output, expected)
    assert not any(p.code == "name-beside" for p in segment.problems), segment.problems


THE_MENTIONS_OWN_GENERIC_WORD_WITH_PART_OF_THE_NAME = [
    # the model's words are its wording of the name: replaced whole, as before
    (
        "ar",
        "Officials in the Kurdistan Region met.",
        "اجتمع مسؤولون في إقليم كردستان.",
        "اجتمع مسؤولون في {iraqi-kurdistan}.",
    ),
    (
        "tr",
        "Farmers in the Kurdistan Region of Iraq said the river had dried up.",
        "Irak Kürdistan Bölgesi'ndeki çiftçiler nehrin kuruduğunu söyledi.",
        "{iraqi-kurdistan:loc}ki çiftçiler nehrin kuruduğunu söyledi.",
    ),
]


@pytest.mark.parametrize("language, source, output, expected", THE_MENTIONS_OWN_GENERIC_WORD_WITH_PART_OF_THE_NAME)
def test_the_mentions_own_generic_word_is_the_name_where_the_rest_is_not_the_whole_rendering_or_in_turkish(
    glossary, language, source, output, expected
):
    check(glossary, language, source, output, expected)


# the generic word with part of the rendering, taken as the model's wording of the name and flagged: the
# retry of the masked sentence says whose the word is. Its placeholder beside the same word, the retry
# clean and worded as the plain one: the word is the model's own, and the retry's sentence is published
THE_RETRY_KEEPS_THE_GENERIC_WORD = [
    (
        "fa",
        "In Iraqi Kurdistan, fuel queues grew longer.",
        "در اقلیم کردستان صف‌های سوخت طولانی‌تر شد.",
        "در اقلیم [[1]] صف‌های سوخت طولانی‌تر شد.",
        "در اقلیم {iraqi-kurdistan} صف‌های سوخت طولانی‌تر شد.",
    ),
    (
        "ar",
        "Iraqi Kurdistan held elections on Sunday.",
        "أجرى إقليم كردستان انتخابات يوم الأحد.",
        "أجرى إقليم [[1]] انتخابات يوم الأحد.",
        "أجرى إقليم {iraqi-kurdistan} انتخابات يوم الأحد.",
    ),
    (
        "fa",
        "Turkish drones struck villages in Iraqi Kurdistan.",
        "پهپادهای ترکیه روستاهایی در اقلیم کردستان را هدف قرار دادند.",
        "پهپادهای ترکیه روستاهایی در اقلیم [[1]] را هدف قرار دادند.",
        "پهپادهای ترکیه روستاهایی در اقلیم {iraqi-kurdistan} را هدف قرار دادند.",
    ),
    (
        # the retry's placeholder alone where the plain output had the generic word: the word was the model's
        # wording of the name, and the clean retry says so
        "fa",
        "Iraqi Kurdistan held elections.",
        "اقلیم کردستان انتخابات برگزار کرد.",
        "[[1]] انتخابات برگزار کرد.",
        "{iraqi-kurdistan} انتخابات برگزار کرد.",
    ),
]


@pytest.mark.parametrize("language, source, output, retry, expected", THE_RETRY_KEEPS_THE_GENERIC_WORD)
def test_a_clean_retry_worded_alike_settles_whose_the_generic_word_is(
    glossary, language, source, output, retry, expected
):
    check(glossary, language, source, output, expected, retry=retry)


def test_a_retry_that_rewords_the_sentence_leaves_the_generic_word_flagged(glossary):
    segment = check(
        glossary,
        "fa",
        "Iraqi Kurdistan held elections.",
        "اقلیم کردستان انتخابات برگزار کرد.",
        "{iraqi-kurdistan} انتخابات برگزار کرد.",
        retry="انتخابات پارلمانی روز یکشنبه در [[1]] با حضور ناظران برگزار شد.",
        marked=True,
    )
    assert any(p.code == "name-beside" and "اقلیم" in p.message for p in segment.problems)
