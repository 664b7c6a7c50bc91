"""Names in machine translation: the mechanisms a second, independently written evaluation set showed
missing, each on new sentences of its own, in every language where it applies.

Each case is a realistic raw model output for a new sentence (and, where it matters, the model's answer
to the masked sentence); the whole published sentence is compared with the expected template, and
whether the editions mark the segment for review.
"""

from __future__ import annotations

import pytest
from test_placement import check, publish

from toolkit.qa.checks import marked_for_review

# --- Spelling: a foreign name's final "-a" written ا, ة or ه -------------------------------------

FINAL_A = [
    ("ar", "Syria rejected the Turkish offer.", "رفضت سورية العرض التركي.", "رفضت {syria} العرض التركي."),
    (
        "ar",
        "Talks on Hama resumed in Syria.",
        "استؤنفت المحادثات بشأن حماه في سورية.",
        "استؤنفت المحادثات بشأن {hama} في {syria}.",
    ),
    (
        "ar",
        "Aid reached Hama and Syria's north.",
        "وصلت المساعدات إلى حما وشمال سورية.",
        "وصلت المساعدات إلى {hama} وشمال {syria}.",
    ),
    ("fa", "The army returned to Hama.", "ارتش به حما بازگشت.", "ارتش به {hama} بازگشت."),
    ("fa", "Iran sent aid to Syria.", "ایران به سوریا کمک فرستاد.", "{iran} به {syria} کمک فرستاد."),
    ("fa", "Everyone in Hama fled.", "همه مردم حماه گریختند.", "همه مردم {hama} گریختند."),
    # only the final letters vary: صورة ("image", sounding like سورية) stays itself
    ("ar", "Syria's army moved quickly.", "تحرك جيش سورية بصورة سريعة.", "تحرك جيش {syria} بصورة سريعة."),
]


@pytest.mark.parametrize("language, source, output, expected", FINAL_A)
def test_a_final_a_written_alif_ta_marbuta_or_ha_is_the_same_name(glossary, language, source, output, expected):
    check(glossary, language, source, output, expected)


@pytest.mark.parametrize(
    "language, source, output, adjective",
    [
        ("ar", "Russia backs Syria.", "تدعم روسيا الحكومة السورية.", "السورية"),
        ("ar", "Turkey shelled Syria.", "قصف الجيش التركي المواقع السورية.", "السورية"),
        ("fa", "Russia backs Syria.", "روسیه از دولت سوری حمایت می کند.", "سوری"),
    ],
)
def test_an_adjective_made_from_a_name_ending_in_a_stays(glossary, language, source, output, adjective):
    segment, _ = publish(glossary, language, source, output)
    assert adjective in segment.text.split(" ") or adjective + "." in segment.text.split(" ")
    assert marked_for_review(segment)  # the mention itself is missing: flagged, never replaced silently


# --- Spans: words a model joins or splits, a word it puts inside a name ---------------------------

JOINED_OR_SPLIT = [
    ("ar", "Ali Abdullah Ayoub met Putin.", "التقى علي عبدالله أيوب ببوتين.", "التقى {ayoub} {putin:short+bi}."),
    ("ar", "Ali Abdullah Ayoub inspected the front.", "تفقد علي عبدالله ايوب الجبهة.", "تفقد {ayoub} الجبهة."),
    (
        "tr",
        "Turkey's role in the Middle East grew.",
        "Türkiye'nin Ortadoğu'daki rolü arttı.",
        "{turkey:gen} {middle-east:loc}ki rolü arttı.",
    ),
    ("tr", "Iran warned the Middle East.", "İran Ortadoğu'yu uyardı.", "{iran} {middle-east:acc} uyardı."),
    ("fa", "Ali Abdullah Ayoub arrived in Tehran.", "علی عبد الله ایوب وارد تهران شد.", "{ayoub} وارد {tehran} شد."),
    (
        "fa",
        "Iran received Ali Abdullah Ayoub.",
        "ایران از علی عبد الله ایوب استقبال کرد.",
        "{iran} از {ayoub} استقبال کرد.",
    ),
]


@pytest.mark.parametrize("language, source, output, expected", JOINED_OR_SPLIT)
def test_two_words_written_as_one_or_one_as_two_are_one_name(glossary, language, source, output, expected):
    check(glossary, language, source, output, expected)


INSIDE_A_NAME = [
    # a patronymic or a father's name the model adds
    (
        "ru",
        "Vladimir Putin spoke in Sochi.",
        "Владимир Владимирович Путин выступил в Сочи.",
        "{putin} выступил в {sochi}.",
    ),
    ("ar", "Bashar al-Assad spoke in Damascus.", "تحدث بشار حافظ الأسد في دمشق.", "تحدث {assad} في دمشق."),
    (
        "fa",
        "Vladimir Putin arrived in Tehran.",
        "ولادیمیر ولادیمیرویچ پوتین وارد تهران شد.",
        "{putin} وارد {tehran} شد.",
    ),
    (
        "tr",
        "Vladimir Putin met Erdogan.",
        "Vladimir Vladimiroviç Putin, Erdoğan ile görüştü.",
        "{putin}, {erdogan:short} ile görüştü.",
    ),
    # "number" put inside a numbered name
    (
        "ru",
        "Iran admitted it shot down Flight 752.",
        "Иран признал, что сбил рейс номер 752.",
        "{iran} признал, что сбил {flight-752:acc}.",
    ),
    (
        "ar",
        "Canada demanded answers about Flight 752.",
        "طالبت كندا بإجابات حول الرحلة رقم 752.",
        "طالبت كندا بإجابات حول {flight-752}.",
    ),
    (
        "fa",
        "Families of Flight 752 victims protested.",
        "خانواده های قربانیان پرواز شماره ۷۵۲ اعتراض کردند.",
        "خانواده های قربانیان {flight-752} اعتراض کردند.",
    ),
    # a word of the name spelled too far from the rendering to match alone
    ("ru", "Ali Abdullah Ayoub visited Moscow.", "Али Абдулла Айюб посетил Москву.", "{ayoub} посетил {moscow:acc}."),
    (
        "ru",
        "Ali Abdullah Ayoub met Hatami.",
        "Али Абдулла Аюб встретился с Хатами.",
        "{ayoub} встретился с {hatami:short}.",
    ),
]


@pytest.mark.parametrize("language, source, output, expected", INSIDE_A_NAME)
def test_a_word_the_model_put_inside_a_name_goes_with_it(glossary, language, source, output, expected):
    check(glossary, language, source, output, expected)


def test_words_between_two_different_names_are_not_taken_inside_either(glossary):
    check(
        glossary, "ru", "Putin met Erdogan.", "Путин встретил Эрдогана.", "{putin:short} встретил {erdogan:short+acc}."
    )
    check(
        glossary, "ar", "Ali Mamlouk met Ali Shamkhani.", "التقى علي مملوك علي شمخاني.", "التقى {mamlouk} {shamkhani}."
    )


COMMON_NOUN_BESIDE_THE_NAME = [
    (
        "tr",
        "Khamis flew to Moscow on Thursday.",
        "Hamis Perşembe günü Moskova'ya uçtu.",
        "{khamis:short} Perşembe günü {moscow:dat} uçtu.",
    ),
    (
        "ar",
        "Khamis arrived in Moscow on Thursday.",
        "وصل خميس يوم الخميس إلى موسكو.",
        "وصل {khamis:short} يوم الخميس إلى {moscow}.",
    ),
    (
        "fa",
        "Khamis reached Moscow on Thursday.",
        "خمیس پنجشنبه به مسکو رسید.",
        "{khamis:short} پنجشنبه به {moscow} رسید.",
    ),
]


@pytest.mark.parametrize("language, source, output, expected", COMMON_NOUN_BESIDE_THE_NAME)
def test_the_word_a_name_translates_as_stays_beside_the_name_itself(glossary, language, source, output, expected):
    check(glossary, language, source, output, expected)


# --- Turkish suffixes: derivational ones, the ones an editor writes, a compound's head ---------------

DERIVATIONAL = [
    ("tr", "Farmers from Idlib protested.", "İdlibli çiftçiler protesto etti.", "{idlib}li çiftçiler protesto etti."),
    (
        "tr",
        "Officials from Ankara arrived in Erbil.",
        "Ankaralı yetkililer Erbil'e geldi.",
        "{ankara}lı yetkililer {erbil:dat} geldi.",
    ),
    (
        "tr",
        "Turkey wants a Syria without Assad.",
        "Türkiye, Esadsız bir Suriye istiyor.",
        "{turkey}, {assad:short}sız bir {syria} istiyor.",
    ),
    # the name itself wins over a word derived from it
    (
        "tr",
        "Iran welcomed the Iranians in Erbil.",
        "İran, Erbil'deki İranlıları karşıladı.",
        "{iran}, {erbil:loc}ki İranlıları karşıladı.",
    ),
]


@pytest.mark.parametrize("language, source, output, expected", DERIVATIONAL)
def test_a_derivational_suffix_glued_to_a_name_leaves_it_in_the_nominative(
    glossary, language, source, output, expected
):
    check(glossary, language, source, output, expected)


VOWELS_OF_A_TRANSLITERATION = [
    (
        "tr",
        "Khamenei met Shamkhani.",
        "Hamenei, Şamhani ile görüştü.",
        "{khamenei:short}, {shamkhani:short} ile görüştü.",
    ),
    (
        "tr",
        "Muallem met Hatami in Tehran.",
        "Moallem, Tahran'da Hatemi ile görüştü.",
        "{muallem:short}, {tehran:loc} {hatami:short} ile görüştü.",
    ),
    (
        "tr",
        "Right after that Khamenei spoke.",
        "Hemen ardından Hamaney konuştu.",
        "Hemen ardından {khamenei:short} konuştu.",
    ),
]


@pytest.mark.parametrize("language, source, output, expected", VOWELS_OF_A_TRANSLITERATION)
def test_a_long_name_whose_vowels_alone_differ_is_the_name(glossary, language, source, output, expected):
    check(glossary, language, source, output, expected)


SUFFIXES_AN_EDITOR_WROTE = [
    (
        "tr",
        "Iran sent a delegation to the Kurdistan Region of Iraq.",
        "İran, Irak Kürdistan Bölgesi'ne bir heyet gönderdi.",
        "[[1]], [[2]]'ne bir heyet gönderdi.",
        "{iran}, {iraqi-kurdistan:dat} bir heyet gönderdi.",
    ),
    (
        "tr",
        "Fighters of the al-Nusra Front left Idlib.",
        "Cephe militanları İdlib'den ayrıldı.",
        "[[1]]'nin militanları [[2]]'den ayrıldı.",
        "{nusra-front:gen} militanları {idlib:abl} ayrıldı.",
    ),
    (
        "tr",
        "Officials of the Kurdistan Region of Iraq spoke.",
        "Irak'ın Kürt bölgesindeki yetkililer konuştu.",
        "[[1]]'ndeki yetkililer konuştu.",
        "{iraqi-kurdistan:loc}ki yetkililer konuştu.",
    ),
]


@pytest.mark.parametrize("language, source, output, retry, expected", SUFFIXES_AN_EDITOR_WROTE)
def test_a_placeholder_suffix_is_read_against_the_forms_the_glossary_writes(
    glossary, language, source, output, retry, expected
):
    check(glossary, language, source, output, expected, retry=retry)


def test_a_compound_missing_its_first_words_may_be_an_accusative_and_the_retry_says(glossary):
    # "752 sefer sayılı uçağı" lacks "PS" and "yolcu": uçağı reads as "uçak" + accusative as well
    segment, model = publish(
        glossary,
        "tr",
        "Canada investigated Flight 752.",
        "Kanada, 752 sefer sayılı uçağı soruşturdu.",
        retry="Kanada, [[1]]'nı soruşturdu.",
    )
    assert len(model.asked) == 2
    check(
        glossary,
        "tr",
        "Canada investigated Flight 752.",
        "Kanada, 752 sefer sayılı uçağı soruşturdu.",
        "Kanada, {flight-752:acc} soruşturdu.",
        retry="Kanada, [[1]]'nı soruşturdu.",
    )
    check(
        glossary,
        "tr",
        "Iran accused the United States.",
        "İran, Birleşik Devletleri suçladı.",
        "{iran}, {united-states:acc} suçladı.",
        retry="[[1]], [[2]]'ni suçladı.",
    )
    # no retry that says: the guess is flagged
    check(
        glossary,
        "tr",
        "Canada investigated Flight 752.",
        "Kanada, 752 sefer sayılı uçağı soruşturdu.",
        "Kanada, {flight-752} soruşturdu.",
        marked=True,
    )
    # the whole compound is no guess, and no retry is asked for
    segment, model = publish(
        glossary,
        "tr",
        "Canada released a report on Flight 752.",
        "Kanada, PS752 sefer sayılı yolcu uçağı hakkında rapor yayımladı.",
    )
    assert segment.text == "Kanada, PS752 sefer sayılı yolcu uçağı hakkında rapor yayımladı."
    assert len(model.asked) == 1 and not marked_for_review(segment)


# --- Retries: asked for a guessed form too, merged name by name ---------------------------------------


def test_a_guessed_form_asks_for_a_retry_whose_ending_settles_it(glossary):
    # the source says "at", not "in" (which alone would make it the place where: see test_placement_direction)
    check(
        glossary,
        "ru",
        "Kurdish leaders met at Erbil.",
        "Курдские лидеры встретились в Эрбиль.",
        "Курдские лидеры встретились в {erbil:prep}.",
        retry="Курдские лидеры встретились в [[1]]е.",
    )
    check(
        glossary,
        "ru",
        "Kurdish leaders met at Erbil.",
        "Курдские лидеры встретились в Эрбиль.",
        "Курдские лидеры встретились в {erbil}.",
        retry="Курдские лидеры встретились в [[1]].",
        marked=True,
    )  # a bare placeholder settles nothing: the model's form stays, flagged


def test_two_outputs_that_disagree_on_a_form_flag_it(glossary):
    # the plain output's wording is kept (the retry places no more names); the United States takes the retry's
    # accusative, and Qatar, dative in one output and accusative in the other, is flagged
    check(
        glossary,
        "tr",
        "Iran accused the United States and thanked Qatar.",
        "İran, Birleşik Devletleri suçladı ve Katar'a teşekkür etti.",
        "{iran}, {united-states:acc} suçladı ve {qatar:dat} teşekkür etti.",
        retry="[[1]], [[2]]'ni suçladı ve [[3]]'ı teşekkür etti.",
        marked=True,
    )


# --- Russian cases from the context: titles, verbs, possessors, places ------------------------------

TITLE_APPOSITION = [
    (
        "ru",
        "Erdogan met Syrian intelligence chief Ali Mamlouk in Ankara.",
        "Эрдоган встретился с главой сирийской разведки Али Мамлюк в Анкаре.",
        "{erdogan:short} встретился с главой сирийской разведки {mamlouk:ins} в {ankara:prep}.",
    ),
    (
        "ru",
        "The talks with Iranian Defence Minister Amir Hatami ended.",
        "Переговоры с министром обороны Ирана Амир Хатами завершились.",
        "Переговоры с министром обороны Ирана {hatami:ins} завершились.",
    ),
    (
        "ru",
        "A letter came from Syrian Foreign Minister Walid Muallem.",
        "Пришло письмо от министра иностранных дел Сирии Валид Муаллем.",
        "Пришло письмо от министра иностранных дел Сирии {muallem:gen}.",
    ),
    (
        "ru",
        "Syrian Defence Minister Ali Abdullah Ayoub said the army was ready.",
        "Министр обороны Сирии Али Абдалла Айюб заявил, что армия готова.",
        "Министр обороны Сирии {ayoub} заявил, что армия готова.",
    ),
]


@pytest.mark.parametrize("language, source, output, expected", TITLE_APPOSITION)
def test_a_persons_name_takes_the_case_of_its_title_across_the_titles_complement(
    glossary, language, source, output, expected
):
    check(glossary, language, source, output, expected)


def test_a_placeholder_after_a_title_and_its_complement_is_in_apposition(glossary):
    check(
        glossary,
        "ru",
        "Syrian intelligence chief Ali Mamlouk arrived in Moscow.",
        "Глава сирийской разведки прибыл в Москву.",
        "Глава сирийской разведки {mamlouk} прибыл в {moscow:acc}.",
        retry="Глава сирийской разведки [[1]] прибыл в [[2]].",
    )


VERBS = [
    (
        "ru",
        "Russia will supply Turkey with gas.",
        "Россия будет поставлять Турция газ.",
        "{russia} будет поставлять {turkey:dat} газ.",
    ),
    (
        "ru",
        "Washington continues to support Erdogan.",
        "Вашингтон продолжает поддерживать Эрдоган.",
        "{washington} продолжает поддерживать {erdogan:short+acc}.",
    ),
    (
        "ru",
        "Iran threatens to punish Washington.",
        "Иран угрожает наказать Вашингтон.",
        "{iran} угрожает наказать {washington:acc}.",
    ),
    # a singular verb may have the name as its subject after it: the model's nominative stays
    ("ru", "The plan was backed by Erdogan.", "План поддержал Эрдоган.", "План поддержал {erdogan:short}."),
    # unless a name before it in the clause is its subject already
    (
        "ru",
        "Putin called Erdogan on Monday.",
        "Путин позвонил Эрдоган в понедельник.",
        "{putin:short} позвонил {erdogan:short+dat} в понедельник.",
    ),
    ("ru", "Moscow supports Assad.", "Москва поддерживает Асад.", "{moscow} поддерживает {assad:short+acc}."),
    (
        "ru",
        "'We will respond,' Rouhani said.",
        "«Мы ответим», — заявил Роухани.",
        "«Мы ответим», — заявил {rouhani:short}.",
    ),
]


@pytest.mark.parametrize("language, source, output, expected", VERBS)
def test_a_verb_governs_the_name_right_after_it(glossary, language, source, output, expected):
    check(glossary, language, source, output, expected)


def test_a_verb_of_naming_puts_its_second_name_in_the_instrumental(glossary):
    check(
        glossary,
        "ru",
        "Supporters call Fidan the Wolf of Anatolia.",
        "Сторонники называют Фидан «анатолийским волком».",
        "Сторонники называют {fidan:short+acc} «{wolf-of-anatolia:ins}».",
        retry="Сторонники называют [[1]] «[[2]]».",
    )


def test_a_nominative_after_a_transitive_infinitive_the_lexicon_lacks_is_its_accusative_object(glossary):
    check(
        glossary,
        "ru",
        "Moscow wants to reassure Ankara.",
        "Москва хочет успокоить Анкара.",
        "{moscow} хочет успокоить {ankara:acc}.",
    )


POSSESSORS = [
    (
        "ru",
        "Putin's Russia and Erdogan's Turkey grew closer.",
        "Россия Путин и Турция Эрдоган сблизились.",
        "{russia} {putin:short+gen} и {turkey} {erdogan:short+gen} сблизились.",
        None,
    ),
    (
        "ru",
        "Qatar's emir arrived in Tehran.",
        "Катарский эмир прибыл в Тегеран.",
        "Эмир {qatar:gen} прибыл в {tehran:acc}.",
        "Эмир [[1]] прибыл в [[2]].",
    ),
    (
        "ru",
        "Iran's president welcomed Qatar's efforts.",
        "Президент Иран приветствовал усилия Катар.",
        "Президент {iran:gen} приветствовал усилия {qatar:gen}.",
        None,
    ),
    # no possessive in the source: a place right after a title is still its genitive complement
    (
        "ru",
        "The Emir of Qatar arrived in Tehran.",
        "Эмир Катар прибыл в Тегеран.",
        "Эмир {qatar:gen} прибыл в {tehran:acc}.",
        None,
    ),
]


@pytest.mark.parametrize("language, source, output, expected, retry", POSSESSORS)
def test_a_possessor_after_what_it_possesses_is_a_genitive(glossary, language, source, output, expected, retry):
    check(glossary, language, source, output, expected, retry=retry)


def test_a_place_after_a_generic_word_stays_in_apposition(glossary):
    # "провинции Идлиб" is how Russian names a province; a possessor there is no genitive by force, and
    # a nominative there is right: nothing to check
    check(
        glossary,
        "ru",
        "Fighting spread across Idlib's countryside.",
        "Бои охватили сельские районы провинции Идлиб.",
        "Бои охватили сельские районы провинции {idlib}.",
    )


# "near Baghdad airport": a city after a declined airport or port is its genitive complement, whatever case
# the facility is in; the model's nominative there is no apposition (аэропорта Багдада, в порту Латакии)
FACILITY_CITIES = [
    (
        "The general was killed near Baghdad airport.",
        "Генерал был убит возле аэропорта Багдад.",
        "Генерал был убит возле аэропорта {baghdad:gen}.",
    ),
    (
        "The plane landed at Erbil airport late on Monday.",
        "Самолет приземлился в аэропорту Эрбиль поздно вечером в понедельник.",
        "Самолет приземлился в аэропорту {erbil:gen} поздно вечером в понедельник.",
    ),
    (
        "Drones flew over Ankara airport.",
        "Над аэропортом Анкара пролетели беспилотники.",
        "Над аэропортом {ankara:gen} пролетели беспилотники.",
    ),
    (
        "Flights from Tehran airport were cancelled.",
        "Рейсы из аэропорта Тегеран были отменены.",
        "Рейсы из аэропорта {tehran:gen} были отменены.",
    ),
]


@pytest.mark.parametrize("source, output, expected", FACILITY_CITIES)
def test_a_city_after_a_declined_airport_is_its_genitive(glossary, source, output, expected):
    check(glossary, "ru", source, output, expected)


def test_a_name_after_an_airport_keeps_the_case_the_model_gave_it_where_it_is_no_city_of_it(glossary):
    # the subject of the verb after it: "У аэропорта Турция разместила ..." stays the subject
    check(
        glossary,
        "ru",
        "Turkey deployed air defences near the airport.",
        "У аэропорта Турция разместила системы ПВО.",
        "У аэропорта {turkey} разместила системы ПВО.",
    )
    # a person after an airport is no city of it
    check(
        glossary,
        "ru",
        "At the airport Erdogan met Putin.",
        "В аэропорту Эрдоган встретился с Путиным.",
        "В аэропорту {erdogan:short} встретился с {putin:short+ins}.",
    )


def test_a_comma_coordinates_names_only_where_the_model_wrote_no_case(glossary):
    check(
        glossary,
        "ru",
        "After talks in Ankara, Vladimir Putin flew home.",
        "После переговоров в Анкаре, Владимир Путин улетел домой.",
        "После переговоров в {ankara:prep}, {putin} улетел домой.",
    )
    check(
        glossary,
        "ru",
        "Talks with Russia, Iran and Turkey",
        "Переговоры с Россией, Iran и Турцией",
        "Переговоры с {russia:ins}, {iran:ins} и {turkey:ins}",
    )


PLACE_OR_DIRECTION = [
    (
        "ru",
        "American diplomats in Baghdad met the premier.",
        "Американские дипломаты в Багдад встретились с премьером.",
        "Американские дипломаты в {baghdad:prep} встретились с премьером.",
    ),
    (
        "ru",
        "Shamkhani is carrying a letter to Tehran.",
        "Шамхани везет письмо в Тегеран.",
        "{shamkhani:short} везет письмо в {tehran:acc}.",
    ),
    (
        "ru",
        "Russian investment in Iran grew.",
        "Российские инвестиции в Иран выросли.",
        "Российские инвестиции в {iran:acc} выросли.",
    ),
    ("ru", "The pipeline to Turkey opened.", "Газопровод в Турцию заработал.", "Газопровод в {turkey:acc} заработал."),
]


@pytest.mark.parametrize("language, source, output, expected", PLACE_OR_DIRECTION)
def test_v_after_a_noun_is_a_place_unless_something_moves(glossary, language, source, output, expected):
    check(glossary, language, source, output, expected)


def test_a_nominative_after_a_noun_in_sť_is_suspect(glossary):
    check(
        glossary,
        "ru",
        "Much of Syria lies in ruins.",
        "Большая часть Сирия лежит в руинах.",
        "Большая часть {syria} лежит в руинах.",
        marked=True,
    )


CALQUES = [
    (
        "ar",
        "Hatami said Iran would respond to the United States.",
        "قال حاتمي إن إيران سترد على أمريكا.",
        "قال {hatami:short} إن {iran} سترد على {united-states}.",
    ),
    (
        "ru",
        "Iran accused the US of the attack.",
        "Иран обвинил Америку в нападении.",
        "{iran} обвинил {united-states:short} в нападении.",
    ),
    (
        "ru",
        "Tension in the Middle East grew.",
        "Напряженность на Среднем Востоке выросла.",
        "Напряженность на {middle-east:prep} выросла.",
    ),
    (
        "ru",
        "Countries of the Middle East met in Doha.",
        "Страны Среднего Востока встретились в Дохе.",
        "Страны {middle-east:gen} встретились в Дохе.",
    ),
]


@pytest.mark.parametrize("language, source, output, expected", CALQUES)
def test_a_name_rendered_as_another_term_the_lexicon_knows_is_replaced_whole(
    glossary, language, source, output, expected
):
    check(glossary, language, source, output, expected)


# --- Persian ezafe: written with a hamza, or needed by what modifies the name -------------------------

EZAFE = [
    ("fa", "Aid reached war-torn Syria.", "کمک ها به سوریهٔ جنگ‌زده رسید.", "کمک ها به {syria:ez} جنگ‌زده رسید."),
    (
        "fa",
        "Putin's Russia and Erdogan's Turkey grew closer.",
        "روسیه پوتین و ترکیه اردوغان به هم نزدیک شدند.",
        "{russia:ez} {putin:short} و {turkey:ez} {erdogan:short} به هم نزدیک شدند.",
    ),
    (
        "fa",
        "Refugees fled to neighbouring Turkey.",
        "پناهجویان به ترکیه همسایه گریختند.",
        "پناهجویان به {turkey:ez} همسایه گریختند.",
    ),
    (
        "fa",
        "Millions live in war-torn Syria.",
        "میلیون‌ها نفر در سوریه جنگ‌زده زندگی می کنند.",
        "میلیون‌ها نفر در {syria:ez} جنگ‌زده زندگی می کنند.",
    ),
    # no modifier in the source, or none after the name: no ezafe
    ("fa", "Turkey announced a ceasefire.", "ترکیه آتش بس را اعلام کرد.", "{turkey} آتش بس را اعلام کرد."),
    (
        "fa",
        "US forces attacked war-torn Syria.",
        "نیروهای آمریکا به سوریه حمله کردند.",
        "نیروهای {united-states:short} به {syria} حمله کردند.",
    ),
]


@pytest.mark.parametrize("language, source, output, expected", EZAFE)
def test_a_persian_name_takes_the_ezafe_its_modifier_needs(glossary, language, source, output, expected):
    check(glossary, language, source, output, expected)


def test_a_name_the_model_lengthens_with_a_grandfathers_name_is_one_slot(glossary):
    check(
        glossary,
        "ar",
        "Tamim bin Hamad Al Thani arrived in Tehran.",
        "وصل تميم بن حمد بن خليفة آل ثاني إلى طهران.",
        "وصل {tamim} إلى {tehran}.",
    )
    check(
        glossary,
        "ru",
        "Tamim bin Hamad Al Thani arrived in Tehran.",
        "Тамим бен Хамад бен Халифа Аль Тани прибыл в Тегеран.",
        "{tamim} прибыл в {tehran:acc}.",
    )


@pytest.mark.timeout(60)  # the hang guard: the word before a name was read from each of its letters
@pytest.mark.parametrize(
    "language, output, end",
    [
        ("ru", "Переговоры {word} с Ираном завершились.", "завершились."),
        ("ar", "انتهت المحادثات {word} مع إيران.", "إيران."),
        ("fa", "مذاکرات {word} با ایران پایان یافت.", "پایان یافت."),
        ("tr", "Görüşmeler {word} İran ile sona erdi.", "sona erdi."),
    ],
)
def test_a_very_long_word_before_a_name_is_read_once(glossary, language, output, end):
    letter = {"ru": "а", "ar": "ب", "fa": "ب", "tr": "a"}[language]
    segment, _ = publish(glossary, language, "Talks with Iran ended.", output.format(word=letter * 100_000))
    assert "".join(piece.text for piece in segment.as_stored).endswith(end)
