"""Runs a reader of an Arabic or Persian edition expects whole and in order, and what the web page does to keep them
on one line: a telephone number (+90 212 555 01 23, +7 (495) 123-45-67) is one left-to-right run, a season after
Latin letters (NBA 2023–24) is one run with them, a time zone written before its time (UTC 14:00) stays on the
time's line, and in the web page the numbers of an isolate are kept on one line by CSS, not by characters a reader
would copy. Turkish and Russian text is left as it was."""

import re

import pytest

from toolkit.document import Piece
from toolkit.languages import language
from toolkit.localise import INVISIBLE, LRI, NBSP, PDI, WORD_JOINER, Localiser, keep_runs_whole


def localise(code, text, source=""):
    return "".join(p.text for p in Localiser(language(code)).localise([Piece(text)], source))


def _isolates(text):
    return re.findall(f"{LRI}([^{LRI}{PDI}]*){PDI}", text)


# --- telephone numbers -----------------------------------------------------------------------------------------

PHONES = ["+90 212 555 01 23", "+7 (495) 123-45-67", "+44 (0)20 7946 0958", "(212) 555-0100", "(0212) 555 01 23"]
PERSIAN_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")


@pytest.mark.parametrize("phone", PHONES)
@pytest.mark.parametrize(
    ("code", "sentence"),
    [
        ("ar", "يمكن الاتصال بالمكتب على الرقم {} طوال اليوم."),
        ("ar", "وقال إن الرقم {} مخصص للصحفيين"),
        ("fa", "خبرنگاران می‌توانند با شماره {} تماس بگیرند."),
        ("fa", "شماره {} برای مردم است"),
    ],
)
def test_a_telephone_number_is_one_left_to_right_run(code, sentence, phone):
    localised = localise(code, sentence.format(phone))
    shown = phone.translate(PERSIAN_DIGITS) if code == "fa" else phone  # the edition's digits
    # isolated in parts, +7 and (495) and 123-45-67 took the line's direction between them and showed reversed
    assert shown in _isolates(localised)


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("ar", "في الفترة (2019) 2020-2021 تغيرت الأرقام"),  # a year in brackets is no area code
        ("ar", "وبلغ عدد القتلى (12) شخصا"),
        ("fa", "سال (۲۰۱۹) ۲۰۲۰-۲۰۲۱ بود"),
    ],
)
def test_numbers_in_brackets_that_are_no_telephone_number_keep_their_own_runs(code, text):
    localised = localise(code, text)
    assert not any(" " in run for run in _isolates(localised))


# --- a season after Latin letters -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "text", "run"),
    [
        ("ar", "انطلق موسم NBA 2023–24 أمس", "NBA 2023–24"),
        ("ar", "في موسم Premier League 2024–25 فاز الفريق", "Premier League 2024–25"),
        ("ar", "لقب Serie A 2022–23 ذهب إلى نابولي", "Serie A 2022–23"),
        ("fa", "فصل NBA 2023–24 آغاز شد", "NBA ۲۰۲۳–۲۴"),
        ("fa", "در فصل Premier League 2024–25 تیم برد", "Premier League ۲۰۲۴–۲۵"),
    ],
)
def test_a_season_after_latin_letters_is_one_run_with_them(code, text, run):
    # its end outside the isolate showed on the far side of the letters: 24–NBA 2023
    assert _isolates(localise(code, text)) == [run]


# --- a time zone before its time ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "pieces", "run"),
    [
        ("ar", ["تبدأ الجلسة الساعة UTC 14:00 غدا"], "UTC\u00a014:00"),
        ("ar", ["وصل الوفد GMT 09:30 صباحا"], "GMT\u00a009:30"),
        ("ar", ["أغلقت البورصة MSK 18:45 أمس"], "MSK\u00a018:45"),
        ("ar", ["تستمر الجلسة UTC 14:00-16:00 غدا"], "UTC\u00a014:00-16:00"),
        # the zone a name of its own (a provisional one, marked), its time in the next piece
        ("ar", ["وبدأت الساعة ", "UTC", " 14:00 يوم الأحد"], "UTC\u00a014:00"),
        ("fa", ["جلسه ساعت UTC ۱۴:۰۰ آغاز می‌شود"], "UTC\u00a0۱۴:۰۰"),
        ("fa", ["پرواز ساعت IRST 21:15 نشست"], "IRST\u00a0۲۱:۱۵"),
        ("fa", ["نشست ساعت ", "GMT", " 9:30 آغاز شد"], "GMT\u00a0۹:۳۰"),
    ],
)
def test_a_zone_before_its_time_is_one_run_with_it_joined_by_a_no_break_space(code, pieces, run):
    # with an ordinary space inside the isolate, a browser ended a line between them: UTC / ۱۴:۰۰
    localised = "".join(p.text for p in Localiser(language(code)).localise([Piece(text) for text in pieces]))
    assert _isolates(localised) == [run]


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("ar", "قال إن UTC 2024 معيار"),  # a year, no time
        ("ar", "نظام UTC هو المعيار"),
    ],
)
def test_a_zone_without_a_time_after_it_is_a_latin_run_as_before(code, text):
    assert NBSP not in localise(code, text)
    assert "UTC" in "".join(_isolates(localise(code, text)))


# --- the Turkish and Russian editions are left as they were -------------------------------------------------------


@pytest.mark.parametrize("code", ["tr", "ru"])
@pytest.mark.parametrize(
    "text",
    [
        "+7 (495) 123-45-67 numarasını arayın",
        "Сезон NBA 2023–24 начался",
        "Заседание в UTC 14:00 перенесли",
        "(212) 555-0100 ve +90 212 555 01 23",
        "ISBN 978-3-16-148410-0, 2024-03-01",
    ],
)
def test_latin_and_cyrillic_editions_are_untouched(code, text):
    assert localise(code, text) == text


# --- the web page keeps an isolate's numbers on one line by CSS -----------------------------------------------------


def _copied(html):
    """What a reader copies from the page: its text without tags (entities are none here)."""
    return re.sub(r"<[^>]*>", "", html)


@pytest.mark.parametrize(
    ("run", "kept"),
    [
        ("+90 212 555 01 23", "+90 212 555 01 23"),
        ("+7 (495) 123-45-67", "+7 (495) 123-45-67"),
        ("ISBN 978-3-16-148410-0", "978-3-16-148410-0"),
        ("2024-03-01", "2024-03-01"),
        ("NBA 2023–24", "2023–24"),
        ("۲۰۲۴-۰۳-۰۱", "۲۰۲۴-۰۳-۰۱"),
        ("+۹۸ ۲۱ ۶۶۴۱ ۲۳۴۵", "+۹۸ ۲۱ ۶۶۴۱ ۲۳۴۵"),
        ("10:30-12:00", "10:30-12:00"),
    ],
)
def test_the_web_page_keeps_an_isolate_s_numbers_on_one_line_and_copies_them_as_written(run, kept):
    html = f"<p>قال المسؤول {LRI}{run}{PDI} أمس</p>"
    page, spans = keep_runs_whole(html)
    assert spans
    assert f'<span class="nobr">{kept}</span>' in page
    # no word joiner or other character is added: the text copied is the edition's
    assert _copied(page) == _copied(html)
    assert WORD_JOINER not in page


def test_the_web_page_reads_isolates_across_elements_and_never_inside_a_tag():
    html = (
        f'<p><mark class="review" title="{LRI}2024-03-01{PDI}">x</mark> {LRI}<strong>iPad</strong> Pro '
        f"10.5-11{PDI} <!-- {LRI}1-2{PDI} --> 2019–2021</p>"
    )
    page, _ = keep_runs_whole(html)
    assert f'title="{LRI}2024-03-01{PDI}"' in page  # an attribute is never changed
    assert f"<!-- {LRI}1-2{PDI} -->" in page  # nor a comment
    assert '</strong> Pro <span class="nobr">10.5-11</span>' in page  # the isolate opened before the bold word
    assert f"2019–{WORD_JOINER}2021" in page  # a range outside an isolate keeps its word joiner


@pytest.mark.parametrize(
    "html",
    ["<p>в 2019–2021 годах</p>", "<p>+7 (495) 123-45-67, 2024-03-01</p>", "<p>Sezon 2023–24 başladı</p>"],
)
def test_a_page_without_isolates_keeps_what_it_had(html):
    from toolkit.localise import keep_ranges_whole

    page, spans = keep_runs_whole(html)
    assert (page, spans) == (keep_ranges_whole(html), False)
    assert page.translate(INVISIBLE) == html


# a hang guard only (speed is measured in bench/, never in a timed test): these take a fraction of a second
@pytest.mark.timeout(60)
@pytest.mark.parametrize(
    "hostile",
    ["+1 " * 7000, "(123) " * 4000, "UTC 1" * 4000, "NBA 2023–" * 2000, LRI + "+1 2" * 5000, f"{LRI}<b>" * 3000],
)
def test_twenty_thousand_characters_of_telephone_like_runs_are_read_in_linear_time(hostile):
    text = hostile[:20_000]
    page, _ = keep_runs_whole(text)
    localised = localise("ar", text, text)
    assert sum(c.isdigit() for c in page) == sum(c.isdigit() for c in localised) == sum(c.isdigit() for c in text)


# --- numbers that only look like a telephone number ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("ar", "تحسن المؤشر +5 10 15 نقطة على التوالي"),  # a signed number, then a list of numbers
        ("ar", "سجل الفريق +1 2 3 4 في الجولات"),
        ("ar", "ارتفع الرصيد +1 000 000 دولار"),  # money grouped by spaces
        ("ar", "الإحداثيات +33 44 55 شمالا"),
        ("ar", "بلغ العدد (100) 000 000 شخص"),  # a count in brackets: no area code starts with 1 or has three zeros
        ("ar", "وصل عدد الجرحى (150) 2000 300 حالة"),
        ("fa", "شاخص +۵ ۱۰ ۱۵ واحد بالا رفت"),
        ("fa", "تعداد (۱۲۰) ۴۵۰ ۳۰ نفر بود"),
    ],
)
def test_numbers_that_are_no_telephone_number_are_not_made_one_run(code, text):
    # a list, a sum or a count made one left-to-right run showed its numbers in the wrong order for the sentence
    assert not any(" " in run for run in _isolates(localise(code, text)))
    page, _ = keep_runs_whole(f"<p>{localise(code, text)}</p>")
    assert "nobr" not in page


@pytest.mark.parametrize(
    "phone",
    [
        "+33 1 23 45 67 89",
        "+1 212 555 0100",
        "+971 4 123 4567",
        "+20 2 2345 6789",
        "+98 21 6641 2345",
        "(495) 123-45-67",
    ],
)
def test_telephone_numbers_of_many_countries_stay_one_run(phone):
    assert _isolates(localise("ar", f"اتصل بالرقم {phone} الآن")) == [phone]


# --- a zone with its offset from UTC ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "text", "run"),
    [
        ("ar", "تبدأ القمة الساعة العاشرة بتوقيت GMT+3 غدا", "GMT+3"),
        ("ar", "يعمل الخادم على UTC+4 منذ سنوات", "UTC+4"),
        ("ar", "بتوقيت UTC\u22125 في نيويورك", "UTC\u22125"),
        ("fa", "ایران در منطقه زمانی UTC+03:30 است", "UTC+03:30"),
        ("fa", "ساعت GMT+4:30 را اعلام کرد", "GMT+4:30"),
    ],
)
def test_a_zone_and_its_offset_are_one_run(code, text, run):
    # the zone isolated alone left its offset outside, shown on the far side: 3+GMT
    from toolkit.localise import western_digits

    assert [western_digits(found) for found in _isolates(localise(code, text))] == [run]


# --- code in the web page is shown as written ---------------------------------------------------------------------


@pytest.mark.parametrize("isolate", ["", f"<p>قال {LRI}+90 212 555 01 23{PDI} أمس</p>"])
@pytest.mark.parametrize(
    "code",
    [
        '<pre dir="ltr"><code>years = range(2019–2021)&#10;page ۱-۲</code></pre>',
        "<p>run <code>seq 1–10</code> then</p>",
        f'<pre dir="ltr"><code>s = "{LRI}"  # 2024-03-01 10:30-12:00</code></pre>',  # a mark of its own in code
    ],
)
def test_the_web_page_never_changes_code_and_a_mark_inside_code_opens_no_isolate(code, isolate):
    page, _ = keep_runs_whole(isolate + code + "<p>في 2019–2021</p>")
    assert code in page  # no word joiner, no span inside code: a reader copies it as written
    assert "<p>في 2019–\u20602021</p>" in page  # the prose after it still keeps its range whole, outside any isolate
