"""Names in machine translation: a state's official long form the model wrote for the short name.

Where the source says "Russia", "Iraq", "Qatar", models often write the state's official long form: «روسيا
الاتحادية», «جمهورية العراق», «دولة قطر»; «فدراسیون روسیه», «جمهوری اسلامی ایران»; «Rusya Federasyonu»,
«Irak Cumhuriyeti'ne»; «Республика Ирак», «в Государстве Катар». The long form's words around the name are
taken into its slot, which takes the case or proclitic they carry, so the glossary's rendering stands alone
in the form the sentence needs; where a verb may agree with the long form's head noun (Arabic جمهورية,
Russian Республика), the sentence is flagged. Where the source gives a long form itself ("the Russian
Federation", "the Islamic Republic of Iran"), and where the words are the sentence's own (a president's
title, «حكومة العراق الاتحادية», "Iraq's federal government"), the model's words stay.
"""

from __future__ import annotations

import pytest
from test_placement import check

REPLACED = [
    # Arabic: the adjective after the name, and the head noun before it with its proclitic
    (
        "ar",
        "Households paid more after Russia raised its price.",
        "دفعت الأسر أكثر بعد أن رفعت روسيا الاتحادية سعره.",
        "دفعت الأسر أكثر بعد أن رفعت {russia} سعره.",
    ),
    (
        "ar",
        "Moscow said a convoy sent by Russia was stopped.",
        "قالت موسكو إن قافلة أرسلتها روسيا الاتحادية أوقفت.",
        "قالت {moscow} إن قافلة أرسلتها {russia} أوقفت.",
    ),
    (
        "ar",
        "Turkey and Russia signed the deal.",
        "وقعت تركيا وروسيا الاتحادية الاتفاق.",
        "وقعت {turkey} و{russia} الاتفاق.",
    ),
    (
        "ar",
        "Gas from Qatar reached Basra.",
        "وصل الغاز من دولة قطر إلى البصرة.",
        "وصل الغاز من {qatar} إلى البصرة.",
    ),
    (
        "ar",
        "Washington sent aid to Iraq.",
        "أرسلت واشنطن مساعدات لجمهورية العراق.",
        "أرسلت {washington} مساعدات {iraq:li}.",
    ),
    (
        "ar",
        "Talks were held in Iran.",
        "عقدت المحادثات في جمهورية إيران الإسلامية.",
        "عقدت المحادثات في {iran}.",
    ),
    # Persian: the head noun (and its adjective) before the name, the ezafe with it
    (
        "fa",
        "Russia raised the price of gas.",
        "فدراسیون روسیه قیمت گاز را افزایش داد.",
        "{russia} قیمت گاز را افزایش داد.",
    ),
    (
        "fa",
        "Iran rejected the offer from Washington.",
        "جمهوری اسلامی ایران پیشنهاد واشنگتن را رد کرد.",
        "{iran} پیشنهاد {washington} را رد کرد.",
    ),
    (
        "fa",
        "Qatar will ship gas to Iraq.",
        "قطر گاز را به جمهوری عراق می‌فرستد.",
        "{qatar} گاز را به {iraq} می‌فرستد.",
    ),
    # Turkish: the head noun after the name, its case on the name
    ("tr", "Russia raised the price.", "Rusya Federasyonu fiyatı artırdı.", "{russia} fiyatı artırdı."),
    (
        "tr",
        "Turkey buys gas from Russia.",
        "Türkiye, Rusya Federasyonu'ndan gaz alıyor.",
        "{turkey}, {russia:abl} gaz alıyor.",
    ),
    (
        "tr",
        "Qatar will send gas to Iraq.",
        "Katar, Irak Cumhuriyetine gaz gönderecek.",
        "{qatar}, {iraq:dat} gaz gönderecek.",
    ),
    (
        "tr",
        "Iran's gas exports fell.",
        "İran İslam Cumhuriyeti'nin gaz ihracatı düştü.",
        "{iran:gen} gaz ihracatı düştü.",
    ),
    (
        "tr",
        "Talks were held in Qatar.",
        "Görüşmeler Katar Devleti'nde yapıldı.",
        "Görüşmeler {qatar:loc} yapıldı.",
    ),
    # Russian: the head noun (and its adjective) before the name in the nominative; the head's case is the name's
    (
        "ru",
        "Gas from Qatar reached Basra.",
        "Газ из Государства Катар достиг Басры.",
        "Газ из {qatar:gen} достиг Басры.",
    ),
    ("ru", "Talks were held in Iraq.", "Переговоры прошли в Республике Ирак.", "Переговоры прошли в {iraq:prep}."),
    (
        "ru",
        "Washington sent aid to Iraq.",
        "Вашингтон направил помощь Республике Ирак.",
        "{washington} направил помощь {iraq:dat}.",
    ),
    (
        "ru",
        "Moscow signed a treaty with Iran.",
        "Москва подписала договор с Исламской Республикой Иран.",
        "{moscow} подписала договор с {iran:ins}.",
    ),
]


@pytest.mark.parametrize("language, source, output, expected", REPLACED)
def test_a_long_form_for_the_short_name_is_the_rendering_in_the_form_it_needs(
    glossary, language, source, output, expected
):
    check(glossary, language, source, output, expected)


# a verb may agree with the long form's head noun, not with the name: replaced, and the sentence flagged
AGREEMENT_FLAGGED = [
    ("ar", "Iraq signed the treaty.", "وقعت جمهورية العراق المعاهدة.", "وقعت {iraq} المعاهدة."),
    ("ar", "Qatar announced the deal.", "أعلنت دولة قطر الاتفاق.", "أعلنت {qatar} الاتفاق."),
    (
        "ru",
        "Iraq said it could not pay.",
        "Республика Ирак заявила, что не может платить.",
        "{iraq} заявила, что не может платить.",
    ),
    ("ru", "Qatar offered gas.", "Государство Катар предложило газ.", "{qatar} предложило газ."),
]


@pytest.mark.parametrize("language, source, output, expected", AGREEMENT_FLAGGED)
def test_a_long_forms_head_a_verb_may_agree_with_is_flagged(glossary, language, source, output, expected):
    check(glossary, language, source, output, expected, marked=True)


# the source's own long form, and the sentence's own words beside the name: as written
KEPT = [
    (
        "ar",
        "The Islamic Republic of Iran rejected the plan.",
        "رفضت جمهورية إيران الإسلامية الخطة.",
        "رفضت جمهورية {iran} الإسلامية الخطة.",
    ),
    ("ar", "The State of Qatar announced the deal.", "أعلنت دولة قطر الاتفاق.", "أعلنت دولة {qatar} الاتفاق."),
    ("ar", "Iraq's president arrived.", "وصل رئيس جمهورية العراق.", "وصل رئيس جمهورية {iraq}."),
    (
        "ar",
        "Only Iraq's federal government may sell crude.",
        "يحق لحكومة العراق الاتحادية وحدها بيع الخام.",
        "يحق لحكومة {iraq} الاتحادية وحدها بيع الخام.",
    ),
    (
        "fa",
        "The Islamic Republic of Iran rejected the plan.",
        "جمهوری اسلامی ایران طرح را رد کرد.",
        "جمهوری اسلامی {iran} طرح را رد کرد.",
    ),
    (
        "fa",
        "Iran's presidential election is in June.",
        "انتخابات ریاست جمهوری ایران در خرداد است.",
        "انتخابات ریاست جمهوری {iran} در خرداد است.",
    ),
    (
        "tr",
        "The Republic of Turkey was founded in 1923.",
        "Türkiye Cumhuriyeti 1923'te kuruldu.",
        "{turkey} Cumhuriyeti 1923'te kuruldu.",
    ),
    (
        "tr",
        "Iraq's state institutions are weak.",
        "Irak devletinin kurumları zayıf.",
        "{iraq} devletinin kurumları zayıf.",
    ),
    (
        "tr",
        "Erdogan said Turkey's republic would turn 100.",
        "Erdoğan, Türkiye'nin Cumhuriyeti'nin 100 yaşına gireceğini söyledi.",
        "{erdogan:short}, {turkey:gen} Cumhuriyeti'nin 100 yaşına gireceğini söyledi.",
    ),
    (
        "ar",
        "Qatar's minister of state for foreign affairs arrived.",
        "وصل وزير دولة قطر للشؤون الخارجية.",
        "وصل وزير دولة {qatar} للشؤون الخارجية.",
    ),
    (
        "ru",
        "The Republic of Iraq signed the treaty.",
        "Республика Ирак подписала договор.",
        "Республика {iraq} подписала договор.",
    ),
]


@pytest.mark.parametrize("language, source, output, expected", KEPT)
def test_the_sources_own_long_form_and_the_sentences_own_words_stay(glossary, language, source, output, expected):
    check(glossary, language, source, output, expected)
