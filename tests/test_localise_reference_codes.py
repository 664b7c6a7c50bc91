"""Reference codes in right-to-left editions: a court's file number (3 K 45/24), a document symbol (A/RES/77/1), a
standard (ISO 9001:2015) or a number after a numero word (Case No. 12/2024) is one left-to-right run, in 0-9 in every
edition. Isolated in parts, the number before a file number's letters stood on the far side (K 45/24 3), and a
Persian edition wrote half the code in Persian digits (K ۴۵/۲۴)."""

import pytest

from toolkit.document import Piece
from toolkit.languages import language
from toolkit.localise import LRI, PDI, Localiser, reference_codes
from toolkit.settings import Settings


def localise(code, pieces, source="", digits="cldr"):
    localiser = Localiser(language(code), digits=digits)
    return "".join(p.text for p in localiser.localise([Piece(text) for text in pieces], source))


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("registered as 3 K 45/24 on Monday", ["3 K 45/24"]),
        ("listed as 2 BvR 1234/20.", ["2 BvR 1234/20"]),
        ("the ruling 1 StR 123/21, and VI ZR 12/19", ["1 StR 123/21", "VI ZR 12/19"]),
        ("resolution A/RES/77/1 and report S/2024/123", ["A/RES/77/1", "S/2024/123"]),
        ("certified to ISO 9001:2015 and EN 1090-2", ["ISO 9001:2015", "EN 1090-2"]),
        ("Case No. 12/2024 and Az. 3 K 45/24", ["No. 12/2024", "Az. 3 K 45/24"]),
        ("cases C-123/22 and T-612/17, docket 1:21-cv-00123", ["C-123/22", "T-612/17", "1:21-cv-00123"]),
        ("under Regulation (EU) 2016/679 and ISO/IEC 27001:2022", ["Regulation (EU) 2016/679", "ISO/IEC 27001:2022"]),
        # no code: a measure, a count, a plain number after No., a date, a time
        ("15 km and 3 %, 10 billion", []),
        ("No. 10 Downing Street", []),
        ("on 3/4/2024 at 10:30 GMT", []),
        ("the 2024 UN report", []),
        # more standards, by the bodies that write them
        ("toys to EN 71-3, wiring to BS 7671:2018", ["EN 71-3", "BS 7671:2018"]),
        ("devices under IEC 60601-1 and DIN 18800-1", ["IEC 60601-1", "DIN 18800-1"]),
        # capitals before a score, a season, a time or a span of years are a side, a league, a zone, a body
        ("PSG won 2-1 and PSG 2-1 Lyon, CSKA 2:1 Zenit", []),
        ("AEK 1-1 PAOK in the NBA 2023-24 season", []),
        ("kick-off at UTC 14:00 and GMT 19:45", []),
        ("the EU 2021-2027 budget, OPEC 2024-2025 quotas", []),
        ("the IS 2014-2017 occupation of Mosul", []),
        # a month or a word before a slash and a number is no document's symbol
        ("the Jan/2024 figures and Covid/19 rules", []),
    ],
)
def test_what_a_reference_code_is(text, codes):
    assert [text[start:end] for start, end in reference_codes(text)] == codes


@pytest.mark.parametrize(
    ("code", "pieces", "expected"),
    [
        (
            "ar",
            ["سجلت المحكمة الطعن تحت الرقم 3 K 45/24 يوم الاثنين."],
            "سجلت المحكمة الطعن تحت الرقم {LRI}3 K 45/24{PDI} يوم الاثنين.",
        ),
        (
            "ar",
            ["أدرجت المحكمة الشكوى تحت الرقم 2 BvR 1234/20."],
            "أدرجت المحكمة الشكوى تحت الرقم {LRI}2 BvR 1234/20{PDI}.",
        ),
        ("ar", ["والملف هو Case No. 12/2024."], "والملف هو {LRI}Case No. 12/2024{PDI}."),
        ("ar", ["اعتمدت القرار A/RES/77/1 أمس"], "اعتمدت القرار {LRI}A/RES/77/1{PDI} أمس"),
        ("ar", ["تحمل شهادة ISO 9001:2015، كما قال"], "تحمل شهادة {LRI}ISO 9001:2015{PDI}، كما قال"),
        # Persian digits everywhere but in the code
        (
            "fa",
            ["دادگاه در 3 نوبت پرونده 3 K 45/24 را ثبت کرد."],
            "دادگاه در ۳ نوبت پرونده {LRI}3 K 45/24{PDI} را ثبت کرد.",
        ),
        ("fa", ["قطعنامه A/RES/77/1 در 2022 تصویب شد"], "قطعنامه {LRI}A/RES/77/1{PDI} در ۲۰۲۲ تصویب شد"),
        ("fa", ["پرونده Case No. 12/2024 است."], "پرونده {LRI}Case No. 12/2024{PDI} است."),
        ("fa", ["گواهی ISO 9001:2015 دارد"], "گواهی {LRI}ISO 9001:2015{PDI} دارد"),
        ("fa", ["پرونده C-123/22 در دیوان"], "پرونده {LRI}C-123/22{PDI} در دیوان"),
        ("fa", ["مقررات Regulation (EU) 2016/679 اجرا شد"], "مقررات {LRI}Regulation (EU) 2016/679{PDI} اجرا شد"),
        ("ar", ["الدعوى 1:21-cv-00123 أمام المحكمة"], "الدعوى {LRI}1:21-cv-00123{PDI} أمام المحكمة"),
        # the code's letters a piece of their own (a name not yet in the glossary): still one run in 0-9
        (
            "fa",
            ["با شماره 3 ", "K", " 45/24 ثبت کرد"],
            "با شماره {LRI}3 K 45/24{PDI} ثبت کرد",
        ),
        (
            "ar",
            ["تحت الرقم 2 ", "BvR", " 1234/20."],
            "تحت الرقم {LRI}2 BvR 1234/20{PDI}.",
        ),
    ],
)
def test_a_reference_code_is_one_left_to_right_run_in_western_digits(code, pieces, expected):
    assert localise(code, pieces) == expected.format(LRI=LRI, PDI=PDI)


@pytest.mark.parametrize(
    ("pieces", "expected"),
    [
        (["تیم PSG 2-1 برد و Real 3-1 باخت."], "تیم {LRI}PSG ۲-۱{PDI} برد و {LRI}Real ۳-۱{PDI} باخت."),
        (["در فصل NBA 2023-24 بازی کرد."], "در فصل {LRI}NBA ۲۰۲۳-۲۴{PDI} بازی کرد."),
        # a zone before its time is joined to it by a no-break space (test_localise_unbroken_runs.py)
        (["بازی ساعت UTC 14:00 شروع شد."], "بازی ساعت {LRI}UTC\u00a0۱۴:۰۰{PDI} شروع شد."),
        (["بودجه EU 2021-2027 تصویب شد."], "بودجه {LRI}EU ۲۰۲۱-۲۰۲۷{PDI} تصویب شد."),
        (["آمار Jan/2024 منتشر شد."], "آمار {LRI}Jan/۲۰۲۴{PDI} منتشر شد."),
    ],
)
def test_a_score_season_or_time_after_capitals_stays_in_persian_digits(pieces, expected):
    """A team, a league, a time zone or a body in Latin letters before a number is no code: the number is written
    in the edition's digits like every other, not in 0-9 (PSG 2-1 beside Real ۳-۱)."""
    assert localise("fa", pieces) == expected.format(LRI=LRI, PDI=PDI)


def test_arabic_indic_digits_leave_a_code_in_western_digits():
    assert localise("ar", ["القضية 3 K 45/24 في 2024"], digits="native") == f"القضية {LRI}3 K 45/24{PDI} في ٢٠٢٤"


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("tr", "Mahkeme dosyayı 3 K 45/24 numarasıyla kaydetti."),
        ("ru", "Суд зарегистрировал жалобу под номером 2 BvR 1234/20."),
        ("ru", "Резолюция A/RES/77/1 принята."),
    ],
)
def test_left_to_right_editions_write_a_code_as_it_is(code, text):
    assert localise(code, [text]) == text


def test_the_newsroom_setting_without_marks_adds_none():
    localiser = Localiser.for_language(language("ar"), Settings(direction_marks="none"))
    assert localiser.mark_ltr_runs("الرقم 3 K 45/24 أمس") == "الرقم 3 K 45/24 أمس"
