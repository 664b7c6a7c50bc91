"""Numbers joined by colons, points, slashes, dashes and spaces in right-to-left text: each is one left-to-right run
from its first digit to its last (a time range 10:30-12:00, a date range 12/03/2024-15/03/2024, a season 2023-2024,
a score 2-1, a telephone number, a version, a range of percentages), in Western or Persian digits. An isolate that
starts inside the run's first time (10:⁦30-12⁩:00) showed it as 00:30-12:10. A ratio (3:1) or a time alone (14:30)
needs no isolate: a colon between two digits keeps them in order."""

import pytest

from toolkit.document import Piece
from toolkit.languages import language
from toolkit.localise import LRI, NBSP, PDI, Localiser


def localise(code, text, source=""):
    return Localiser(language(code)).localise([Piece(text)], source)[0].text


@pytest.mark.parametrize(
    ("code", "text", "run"),
    [
        ("ar", "الاجتماع من 10:30-12:00 اليوم", "10:30-12:00"),
        ("ar", "يفتح المكتب 9:00–17:30 يوميا", "9:00–17:30"),
        ("ar", "الرحلات بين 23:45-01:15 ليلا", "23:45-01:15"),
        ("ar", "المعرض من 12/03/2024-15/03/2024 في دبي", "12/03/2024-15/03/2024"),
        ("ar", "نطاق العناوين 10.0.0.1-10.0.0.255 محجوب", "10.0.0.1-10.0.0.255"),
        ("ar", "ارتفعت العوائد 1.5-2.0% أمس", "1.5-2.0%"),
        ("ar", "انتهى موسم 2023-2024 بفوز كبير", "2023-2024"),
        ("ar", "فاز الفريق 2-1 على ضيفه", "2-1"),
        ("fa", "جلسه از ۱۰:۳۰-۱۲:۰۰ برگزار شد", "۱۰:۳۰-۱۲:۰۰"),
        ("fa", "ساعت کاری ۸:۰۰–۱۶:۳۰ است", "۸:۰۰–۱۶:۳۰"),
        ("fa", "نمایشگاه ۱۲/۰۳/۲۰۲۴-۱۵/۰۳/۲۰۲۴ برپاست", "۱۲/۰۳/۲۰۲۴-۱۵/۰۳/۲۰۲۴"),
        ("fa", "تماس با شماره +۹۸ ۲۱ ۵۵۵ ۱۲ ۳۴ ممکن است", "+۹۸ ۲۱ ۵۵۵ ۱۲ ۳۴"),
    ],
)
def test_a_number_run_is_one_isolate_from_its_first_digit(code, text, run):
    written = localise(code, text)
    assert f"{LRI}{run}{PDI}" in written
    assert written.count(LRI) == 1


@pytest.mark.parametrize(
    ("code", "text", "expected"),
    [
        ("ar", "بنسبة 3:1 لصالح", "بنسبة 3:1 لصالح"),
        ("ar", "حتى 14:30 أمس", "حتى 14:30 أمس"),
        ("fa", "نسبت ۳:۱ بود", "نسبت ۳:۱ بود"),
        # two numbers a space apart are two numbers, each read in the line's direction
        ("ar", "في 2024 15 شخصا", "في 2024 15 شخصا"),
    ],
)
def test_a_ratio_a_time_and_numbers_apart_need_no_isolate(code, text, expected):
    assert localise(code, text) == expected


@pytest.mark.parametrize(
    ("code", "text", "run", "after"),
    [
        ("ar", "نقلت الجلسة إلى 10:30 to 12:00 GMT أمس", "10:30 to 12:00", f"{NBSP}GMT"),
        ("ar", "في الفترة 2023 through 2025 قال", "2023 through 2025", ""),
        ("ar", "انتهت المباراة 2 vs 1 أمس", "2 vs 1", ""),
        ("fa", "جلسه به ۱۰:۳۰ to ۱۲:۰۰ GMT منتقل شد", "۱۰:۳۰ to ۱۲:۰۰", f"{NBSP}GMT"),
        ("fa", "از ۲۰۲۳-۲۰۲۴ until ۲۰۲۶ ادامه دارد", "۲۰۲۳-۲۰۲۴ until ۲۰۲۶", ""),
    ],
)
def test_a_range_a_translation_left_in_english_words_keeps_its_first_number(code, text, run, after):
    written = localise(code, text)
    assert f"{LRI}{run}{PDI}{after}" in written
    assert written.count(LRI) == 1


@pytest.mark.parametrize(
    ("code", "text", "run"),
    [
        # the word is no range's: the number before it stays out of the Latin run
        ("ar", "في 2024 Apple أطلقت", "Apple"),
        ("ar", "قال 3 to the press", "to the press"),
    ],
)
def test_only_a_word_of_ranges_before_a_number_takes_the_number_before_it(code, text, run):
    assert f" {LRI}{run}{PDI}" in localise(code, text)


@pytest.mark.parametrize(
    ("text", "source", "version"),
    [
        ("الإصدار v2.3.1 متاح", "Version v2.3.1 is out", "v2.3.1"),
        ("نسخه v2.3.1 منتشر شد", "Version v2.3.1 is out", "v2.3.1"),
        ("نسخه R2.0.14 منتشر شد", "R2.0.14 is out", "R2.0.14"),
    ],
)
def test_a_version_after_its_letter_is_one_code_in_western_digits(text, source, version):
    code = "fa" if "نسخه" in text else "ar"
    assert f"{LRI}{version}{PDI}" in localise(code, text, source)
