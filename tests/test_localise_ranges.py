"""A range of numbers as a reader of each edition expects it: the dash between its bounds is the locale's (CLDR's
interval of years: 2019–2021 in Russian and Arabic, an en dash without spaces), while what only looks like a range
(a score, a date, a telephone number, an ISBN, a model or code, a version) keeps the hyphen it was written with."""

import pytest

from toolkit.document import Piece
from toolkit.languages import language
from toolkit.localise import (
    INVISIBLE,
    LRI,
    NBSP,
    PDI,
    Localiser,
    english_numbers,
    keep_ranges_whole,
    range_dash,
    western_digits,
)


def localise(code, text, source):
    return "".join(p.text for p in Localiser(language(code)).localise([Piece(text)], source))


def test_the_dash_of_a_range_is_cldr_s_interval_of_years_or_the_translation_s_own():
    assert range_dash("ru") == "\u2013"
    assert range_dash("ar") == "\u2013"
    assert range_dash("fa") is None  # CLDR writes a word (y تا y): the translation's mark stays
    assert range_dash("tr") is None  # TDK's house style: a hyphen between a range's bounds


@pytest.mark.parametrize(
    ("source", "translation", "expected"),
    [
        ("The war of 1941-1945 ended.", "Война 1941-1945 годов окончилась.", "Война 1941–1945 годов окончилась."),
        ("In 2019-2021 prices fell.", "В 2019-2021 годах цены упали.", "В 2019–2021 годах цены упали."),
        ("The 2019-21 season was long.", "Сезон 2019-21 был долгим.", "Сезон 2019–21 был долгим."),
        ("The queue was 10-15 km long.", "Очередь длиной 10-15 км.", f"Очередь длиной 10–15{NBSP}км."),
        ("Volunteers aged 18-25 came.", "Пришли добровольцы 18-25 лет.", "Пришли добровольцы 18–25 лет."),
        ("Between 300-400 people came.", "Пришли 300-400 человек.", "Пришли 300–400 человек."),
        ("Costs rose 2-4% this year.", "Расходы выросли на 2-4%.", f"Расходы выросли на 2–4{NBSP}%."),
    ],
)
def test_a_russian_range_takes_an_en_dash_without_spaces(source, translation, expected):
    assert localise("ru", translation, source) == expected


@pytest.mark.parametrize(
    ("source", "translation"),
    [
        ("Galatasaray beat Fenerbahce 2-1 on Sunday.", "«Галатасарай» обыграл «Фенербахче» 2-1."),
        ("Spain lost 1-3 at home.", "Испания проиграла дома 1-3."),
        ("It was a 0-4 defeat.", "Это было поражение 0-4."),
        ("The match ended 2-2.", "Матч закончился 2-2."),
        ("The vote was held on 2024-03-05.", "Голосование прошло 2024-03-05."),
        ("Call 555-1234 for help.", "Звоните 555-1234."),
        ("Call (212) 555-0100 for help.", "Звоните (212) 555-0100."),
        ("Its ISBN is 978-3-16-148410-0.", "Его ISBN 978-3-16-148410-0."),
        ("A Boeing 737-800 landed.", "Приземлился Boeing 737-800."),
        ("The F-16 and the Su-35 flew.", "Летали F-16 и Су-35."),
        ("Flight 07-15 left late.", "Рейс 07-15 вылетел поздно."),
        ("It wrote 2021-2019 by mistake.", "Написано 2021-2019 по ошибке."),
    ],
)
def test_a_score_date_telephone_number_isbn_model_or_code_keeps_its_hyphen(source, translation):
    assert localise("ru", translation, source) == translation


@pytest.mark.parametrize("code", ["ru", "ar", "fa", "tr"])
@pytest.mark.parametrize("digits", [16, 5000])
def test_two_runs_of_digits_longer_than_any_quantity_are_a_code_that_keeps_its_hyphen(code, digits):
    """A pasted key or checksum (thousands of digits, a hyphen between two runs) is no range, and no error:
    a run past Python's limit for reading an integer stopped the article with an unexpected error."""
    code_text = "7" * digits + "-" + "3" * digits
    source = f"The key {code_text} was leaked."
    assert (code_text, "range") not in english_numbers(source)
    written = western_digits(localise(code, f"Key {code_text} leaked.", source).translate(INVISIBLE))
    assert code_text in written  # in the edition's digits, with the hyphen it had


def test_a_range_the_source_does_not_write_is_the_translator_s_own():
    assert localise("ru", "в 2019-2021 годах", "Between 2019 and 2021.") == "в 2019-2021 годах"


@pytest.mark.parametrize(
    ("code", "translation", "expected"),
    [
        (
            "ar",
            "ارتفعت الأسعار في 2019-2021 بنسبة 10-15%",
            f"ارتفعت الأسعار في {LRI}2019–2021{PDI} بنسبة {LRI}10–15%{PDI}",
        ),
        (
            "fa",
            "قیمت‌ها در 2019-2021 به میزان 10-15% بالا رفت",
            f"قیمت‌ها در {LRI}۲۰۱۹-۲۰۲۱{PDI} به میزان {LRI}۱۰-۱۵٪{PDI} بالا رفت",
        ),
        ("tr", "Fiyatlar 2019-2021 döneminde 10-15% arttı", "Fiyatlar 2019-2021 döneminde %10-15 arttı"),
    ],
)
def test_other_editions_write_the_dash_their_language_writes_and_a_range_stays_one_run_in_right_to_left_text(
    code, translation, expected
):
    assert localise(code, translation, "Prices rose 10-15% in 2019-2021.") == expected


def test_a_score_in_arabic_keeps_its_hyphen_while_a_range_beside_it_takes_the_dash():
    source = "Al Ahly won 2-1 after the 2019-2020 season."
    assert localise("ar", "فاز الأهلي 2-1 بعد موسم 2019-2020", source) == (
        f"فاز الأهلي {LRI}2-1{PDI} بعد موسم {LRI}2019–2020{PDI}"
    )


# a hang guard only (speed is measured in bench/, never in a timed test): read in linear time, these inputs
# take a fraction of a second
@pytest.mark.timeout(60)
@pytest.mark.parametrize(
    "hostile",
    ["10-15 " * 3400, "1-2-" * 5000, "Boeing 737-800 " * 1400, "2019-2021" * 2300, "won " * 4000 + "1-2 " * 1000],
)
def test_twenty_thousand_characters_of_spans_are_read_in_linear_time(hostile):
    text = hostile[:20_000]
    english_numbers(text)
    localised = localise("ru", text, text)
    assert sum(c.isdigit() for c in localised) == sum(c.isdigit() for c in text)  # every number kept whole


# --- a range and a bracketed number are kept on one line in the DOCX and HTML editions ---------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("в 2019–2021 годах", "в 2019–\u20602021 годах"),
        ("در ۲۰۱۹-۲۰۲۱ و ۲۰۲۴-۰۳-۰۵", "در ۲۰۱۹-\u2060۲۰۲۱ و ۲۰۲۴-\u2060۰۳-\u2060۰۵"),
        ("on 2026-11-26 at 09:14, score 2-1", "on 2026-11-26 at 09:14, score 2-1"),  # 0-9 and a hyphen never break
        ("Москва – столица", "Москва – столица"),  # a dash between words is no range
    ],
)
def test_a_word_joiner_keeps_a_range_whole_in_the_docx_and_html_editions(text, expected):
    assert keep_ranges_whole(text) == expected


@pytest.mark.parametrize(
    ("code", "translation", "source", "expected"),
    [
        ("ar", "قال المسؤول (1,200) إن", "He said (1,200).", f"قال المسؤول {LRI}(1,200){PDI} إن"),
        ("ar", "في الفترة (2019-2021)", "In (2019-2021).", f"في الفترة {LRI}(2019–2021){PDI}"),
        ("fa", "گزارش (12) صفحه", "A report (12).", f"گزارش {LRI}(۱۲){PDI} صفحه"),
        ("ar", "وكالة (AFP) قالت", "(AFP) said.", f"وكالة {LRI}(AFP){PDI} قالت"),
        ("ar", "نحو (12 صفحة)", "About (12 pages).", "نحو (12 صفحة)"),  # a bracket of Arabic words stays
    ],
)
def test_an_opening_bracket_is_one_left_to_right_run_with_the_number_or_latin_run_it_holds(
    code, translation, source, expected
):
    assert localise(code, translation, source) == expected


# a hang guard only (speed is measured in bench/, never in a timed test): read in linear time, these inputs
# take a fraction of a second
@pytest.mark.timeout(60)
@pytest.mark.parametrize("hostile", ["(" * 20_000, "(1" * 10_000, "(" + "1," * 10_000, "۱-" * 10_000, "1–" * 10_000])
def test_twenty_thousand_characters_of_brackets_and_dashes_are_read_in_linear_time(hostile):
    text = hostile[:20_000]
    kept = keep_ranges_whole(text)
    localised = localise("ar", text, text)
    assert sum(c.isdigit() for c in kept) == sum(c.isdigit() for c in localised) == sum(c.isdigit() for c in text)
