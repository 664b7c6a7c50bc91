"""The model's own words for part of a name, left beside the placed rendering, go with the name.

Where the model wrote part of a name its own way and placement found the rest, the model's word beside
the rendering says part of the name a second time: the rendering's head noun again after it (Turkish
"yolcu uçağı uçak"), its first word before it with an ezafe the model wrote (Persian "جبهه‌ی جبهه
النصره"), or a transliteration of a word of the source mention the rendering translates ("Cebhet" for
"Jabhat" before "Nusra Cephesi"). It is removed with the name and the sentence is marked with a warning,
since it might have been a word the sentence needs. A word made from the name (İranlı, Suriyeli) and a
word that only looks alike stay, and so does a Turkish noun after the name that opens a compound of the
sentence (bölge ülkeleri, Mart ayında).
"""

from __future__ import annotations

import pytest
from test_placement import check, publish

LEFTOVERS = [
    # the rendering's head noun, written again by the model after it
    (
        "tr",
        "Hours later Flight 752 is downed near Tehran.",
        "Saatler sonra 752 sefer sayılı uçak Tahran yakınında düşürülüyor.",
        "Saatler sonra {flight-752} {tehran} yakınında düşürülüyor.",
    ),
    (
        "tr",
        "Flight 752 crashed near Tehran.",
        "752 sefer sayılı uçak Tahran yakınında düştü.",
        "{flight-752} {tehran} yakınında düştü.",
    ),
    # a transliteration of the mention's first word, which the rendering translates
    (
        "tr",
        "Jabhat al-Nusra rebranded in 2016.",
        "Cebhet el-Nusra 2016'da isim değiştirdi.",
        "{nusra-front} 2016'da isim değiştirdi.",
    ),
    (
        "tr",
        "Jabhat al-Nusra claimed the attack.",
        "Cebhet el-Nusra saldırıyı üstlendi.",
        "{nusra-front} saldırıyı üstlendi.",
    ),
    # transliterated with a consonant voiced otherwise (Cephet for Jabhat), and opening a parenthesis: the
    # variant is replaced whole, never its last words alone
    (
        "tr",
        "Jabhat al-Nusra claimed the attack.",
        "Cephet el-Nusra saldırıyı üstlendi.",
        "{nusra-front} saldırıyı üstlendi.",
    ),
    (
        "tr",
        "Police detained members of the al-Nusra Front (also known as Jabhat al-Nusra) in Erbil.",
        "Polis Erbil'de Nusra Cephesi (Cephet el-Nusra olarak da bilinir) üyelerini gözaltına aldı.",
        "Polis {erbil:loc} {nusra-front} ({nusra-front} olarak da bilinir) üyelerini gözaltına aldı.",
    ),
    (
        "tr",
        'Erdogan said the group "Jabhat al-Nusra" had attacked Idlib.',
        "Erdoğan, «Cebhet el-Nusra» örgütünün İdlib'e saldırdığını söyledi.",
        "{erdogan:short}, «{nusra-front}» örgütünün {idlib:dat} saldırdığını söyledi.",
    ),
    # hyphened to the name, with the Arabic article the model transliterated after an apostrophe
    (
        "tr",
        "Jabhat al-Nusra claimed the attack.",
        "Cebhetü'n-Nusra Cephesi saldırıyı üstlendi.",
        "{nusra-front} saldırıyı üstlendi.",
    ),
    # the rendering's first word with the ezafe the model put on it
    (
        "fa",
        "Jabhat al-Nusra rebranded in 2016.",
        "جبهه‌ی النصره در سال ۲۰۱۶ تغییر نام داد.",
        "{nusra-front} در سال ۲۰۱۶ تغییر نام داد.",
    ),
    (
        "fa",
        "Fighters of Jabhat al-Nusra left Idlib.",
        "شبه‌نظامیان جبهه‌ی جبهه النصره ادلب را ترک کردند.",
        "شبه‌نظامیان {nusra-front} {idlib} را ترک کردند.",
    ),
]


@pytest.mark.parametrize("language, source, output, expected", LEFTOVERS)
def test_the_models_word_for_part_of_the_name_goes_with_it_and_is_flagged(glossary, language, source, output, expected):
    segment = check(glossary, language, source, output, expected, marked=True)
    assert any(problem.code == "name-beside" and "removed" in problem.message for problem in segment.problems)


# the head noun written bare with a case suffix, after the rendering or as the run's last word: the case goes
# onto the name, whose compound head takes it after its possessive (yolcu uçağında, uçağının)
HEAD_NOUN_WITH_A_CASE = [
    (
        "Passengers were on Flight 752.",
        "Yolcular 752 sefer sayılı uçakta idi.",
        "Yolcular {flight-752:loc} idi.",
        True,
    ),
    (
        "No one survived Flight 752.",
        "752 sefer sayılı uçaktan kurtulan olmadı.",
        "{flight-752:abl} kurtulan olmadı.",
        True,
    ),
    (
        "The downing of Flight 752 shocked Ukraine.",
        "752 sefer sayılı uçağın düşürülmesi Ukrayna'yı şok etti.",
        "{flight-752:gen} düşürülmesi Ukrayna'yı şok etti.",
        False,
    ),
]


@pytest.mark.parametrize("source, output, expected, marked", HEAD_NOUN_WITH_A_CASE)
def test_a_turkish_head_noun_with_a_case_suffix_gives_the_name_its_case(glossary, source, output, expected, marked):
    check(glossary, "tr", source, output, expected, marked=marked)


def test_the_persian_leftover_goes_where_the_masked_retry_is_clean_too(glossary):
    check(
        glossary,
        "fa",
        "Jabhat al-Nusra rebranded in 2016; al-Qaeda called the split cosmetic.",
        "جبهه‌ی النصره در سال ۲۰۱۶ تغییر نام داد؛ al-Qaeda این جدایی را ظاهری خواند.",
        "{nusra-front} در سال ۲۰۱۶ تغییر نام داد؛ {al-qaeda} این جدایی را ظاهری خواند.",
        retry="[[۱]] در سال ۲۰۱۶ تغییر نام داد؛ [[۲]] این جدایی را ظاهری خواند.",
        marked=True,
    )


WORDS_THAT_STAY = [
    # an adjective made from a name, beside another name
    ("tr", "Turkey helped Syrian refugees.", "Türkiye Suriyeli mültecilere yardım etti.", "{turkey}"),
    ("tr", "Iranian officials met in Tehran.", "İranlı yetkililer Tahran'da bir araya geldi.", "{tehran:loc}"),
    # an ordinary word after a name that only shares its first letters
    ("ru", "Turkey helped Iranian refugees.", "Турция помогла иранским беженцам.", "{turkey}"),
    ("fa", "Iran's Supreme Leader spoke in Tehran.", "رهبر ایران در تهران سخنرانی کرد.", "{tehran}"),
]


@pytest.mark.parametrize("language, source, output, name", WORDS_THAT_STAY)
def test_a_word_made_from_a_name_or_only_alike_stays(glossary, language, source, output, name):
    segment, _ = publish(glossary, language, source, output)
    assert not any(problem.code == "name-beside" for problem in segment.problems)
    assert name in segment.code


# --- Persian: the word before a name keeps its ezafe ------------------------------------------------------

# A word joined by a ZWNJ to the word before it (the ezafe ی of عمده‌ی, the indefinite ای of نامه‌ای) is part
# of that word: never the first word of a name after it, though the name's rendering has a ی or an ای of
# its own (منطقه‌ی کاهش تنش, خامنه‌ای). The ezafe the name needs goes on the name.
EZAFE_BEFORE_A_NAME = [
    (
        "Forces hold most of the de-escalation zone.",
        "نیروها بخش عمده‌ی منطقه کاهش تنش را در اختیار دارند.",
        None,
        "نیروها بخش عمده‌ی {de-escalation-zone} را در اختیار دارند.",
    ),
    (
        "Forces hold most of the de-escalation zone.",
        "نیروها بخش عمده‌ی منطقه‌ی کاهش تنش را در اختیار دارند.",
        None,
        "نیروها بخش عمده‌ی {de-escalation-zone} را در اختیار دارند.",
    ),
    (
        "Two years after the 2018 Sochi memorandum, fighters still hold most of the de-escalation zone.",
        "دو سال پس از تفاهم‌نامه‌ی ۲۰۱۸ سوچی، شبه‌نظامیان همچنان بخش عمده‌ی منطقه کاهش تنش را در اختیار دارند.",
        "دو سال پس از تفاهم‌نامه‌ی ۲۰۱۸ [[۱]]، شبه‌نظامیان همچنان بخش عمده‌ی [[۲]] را در اختیار دارند.",
        "دو سال پس از تفاهم‌نامه‌ی ۲۰۱۸ {sochi}، شبه‌نظامیان همچنان بخش عمده‌ی {de-escalation-zone} را در اختیار دارند.",
    ),
    (
        "The text of the de-escalation zone agreement was published.",
        "متن توافق‌نامه‌ی منطقه کاهش تنش منتشر شد.",
        None,
        "متن توافق‌نامه‌ی {de-escalation-zone} منتشر شد.",
    ),
    (
        "In a letter, Rouhani praised Khamenei.",
        "روحانی در نامه‌ای خامنه‌ای را ستود.",
        None,
        "{rouhani:short} در نامه‌ای {khamenei:short} را ستود.",
    ),
]


@pytest.mark.parametrize("source, output, retry, expected", EZAFE_BEFORE_A_NAME)
def test_a_name_never_takes_the_ezafe_of_the_word_before_it(glossary, source, output, retry, expected):
    check(glossary, "fa", source, output, expected, retry=retry)


FIRST_NOUN_OF_A_COMPOUND_AFTER_THE_NAME = [
    # the word after the name is a compound's first noun: its head follows with the possessive
    (
        "The De-escalation Zone was backed by regional states.",
        "Gerginliği Azaltma Bölgesi bölge ülkeleri tarafından desteklendi.",
        "{de-escalation-zone} bölge ülkeleri tarafından desteklendi.",
    ),
    (
        "Shelling hit the de-escalation zone's regional hospitals, Fidan said.",
        "Fidan, Gerginliği Azaltma Bölgesi bölge hastanelerinin bombalandığını söyledi.",
        "{fidan:short}, {de-escalation-zone} bölge hastanelerinin bombalandığını söyledi.",
    ),
    (
        "The Kurdistan Regional Government building in Erbil was hit.",
        "Irak Kürt Bölgesel Yönetimi yönetim binası Erbil'de vuruldu.",
        "{iraqi-kurdistan} yönetim binası {erbil:loc} vuruldu.",
    ),
    # the head noun again in the common word the glossary knows it is mistaken for (cephe, "front"): a
    # rendering never holds its head twice, so the name ends at Cephesi and "cephe hattı" is the sentence's
    (
        "Fighters of al-Nusra Front held the front line near Idlib.",
        "Nusra Cephesi cephe hattını İdlib yakınlarında tuttu.",
        "{nusra-front} cephe hattını {idlib} yakınlarında tuttu.",
    ),
    (
        "Al-Nusra Front's front commanders fled Idlib.",
        "Nusra Cephesi cephe komutanları İdlib'den kaçtı.",
        "{nusra-front} cephe komutanları {idlib:abl} kaçtı.",
    ),
    # Mart has the consonants of "Merit" transliterated, but Mart ayında is "in the month of March"
    (
        "The Order of Merit was given in March.",
        "Liyakat Nişanı Mart ayında verildi.",
        "{order-of-merit} Mart ayında verildi.",
    ),
]


@pytest.mark.parametrize("source, output, expected", FIRST_NOUN_OF_A_COMPOUND_AFTER_THE_NAME)
def test_a_turkish_word_opening_a_compound_after_the_name_is_the_sentences(glossary, source, output, expected):
    check(glossary, "tr", source, output, expected)


def test_the_head_noun_again_before_a_verb_is_still_the_models_leftover(glossary):
    segment = check(
        glossary,
        "tr",
        "Flight 752 crashed near Tehran.",
        "752 sefer sayılı uçak düştü.",
        "{flight-752} düştü.",
        marked=True,
    )
    assert any(problem.code == "name-beside" for problem in segment.problems)
