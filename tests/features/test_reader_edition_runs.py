"""A news digest translated from a reviewed memory, read as a reader of each edition reads it: a Latin phrase made
of names the glossary lacks is one left-to-right run in Arabic and Persian, a bare web address is written as it is
(no name put inside it, no 'English left'), guillemets around names pair, a rank before a currency code stays a
rank, a headline's measure takes the locale's decimal sign, and a note flagged for review is still a footnote."""

import re

import pytest
from desk_runs import published_markdown

from toolkit.localise import LRI, PDI

ARTICLE = """# Magnitude 5.8 quake shakes Malatya

Amrita Sen of Energy Aspects expects oil at $100, according to TankerTrackers.com.

The disaster agency AFAD posted the figures at [afad.gov.tr](https://www.afad.gov.tr).

Galatasaray beat Fenerbahce 2-1 on Sunday.

The country ranks among the Top 10 USD debtors.

More than 120 aftershocks followed.[^1]

[^1]: Figures from the Kandilli Observatory.
"""

REVIEWED = {
    "Magnitude 5.8 quake shakes Malatya": {
        "ru": "Землетрясение магнитудой 5.8 произошло в Малатье",
        "fa": "زمین‌لرزه‌ای به بزرگی 5.8 ملاطیه را لرزاند",
        "tr": "Malatya'da 5.8 büyüklüğünde deprem",
        "ar": "زلزال بقوة 5.8 درجة يهز ملاطية",
    },
    "Amrita Sen of Energy Aspects expects oil at $100, according to TankerTrackers.com.": {
        "ru": "Амрита Сен из Energy Aspects ждёт нефть по $100, по данным TankerTrackers.com.",
        "fa": "آمریتا سن از Energy Aspects به گزارش TankerTrackers.com انتظار نفت $100 را دارد.",
        "tr": "TankerTrackers.com'a göre Energy Aspects'ten Amrita Sen petrolde $100 bekliyor.",
        "ar": "تتوقع أمريتا سين من Energy Aspects النفط عند $100، وفق TankerTrackers.com.",
    },
    "The disaster agency AFAD posted the figures at afad.gov.tr.": {
        "ru": 'Агентство AFAD опубликовало данные на <bpt i="1" x="1" type="link">{#a1}</bpt>afad.gov.tr'
        '<ept i="1">{/a1}</ept>.',
        "fa": 'سازمان AFAD ارقام را در <bpt i="1" x="1" type="link">{#a1}</bpt>afad.gov.tr<ept i="1">{/a1}</ept>'
        " منتشر کرد.",
        "tr": 'AFAD verileri <bpt i="1" x="1" type="link">{#a1}</bpt>afad.gov.tr<ept i="1">{/a1}</ept>'
        " adresinde yayımladı.",
        "ar": 'نشرت وكالة AFAD الأرقام على <bpt i="1" x="1" type="link">{#a1}</bpt>afad.gov.tr<ept i="1">{/a1}</ept>.',
    },
    "Galatasaray beat Fenerbahce 2-1 on Sunday.": {
        "ru": "В воскресенье «Галатасарай» обыграл «Фенербахче» со счётом 2-1.",
        "fa": "گالاتاسرای روز یکشنبه فنرباغچه را 2-1 شکست داد.",
        "tr": "Galatasaray pazar günü Fenerbahçe'yi 2-1 yendi.",
        "ar": "فاز غلطة سراي على فنربخشة 2-1 يوم الأحد.",
    },
    "The country ranks among the Top 10 USD debtors.": {
        "ru": "Страна входит в Top 10 USD-должников.",
        "fa": "این کشور در میان Top 10 USD بدهکاران است.",
        "tr": "Ülke, Top 10 USD borçlusu arasında.",
        "ar": "يحتل البلد مكانا بين Top 10 USD من المدينين.",
    },
    "More than 120 aftershocks followed.[^1]": {
        "ru": "Последовали более 120 афтершоков.[^1]",
        "fa": "بیش از 120 پس‌لرزه رخ داد.[^1]",
        "tr": "Ardından 120'den fazla artçı sarsıntı oldu.[^1]",
        "ar": "وتلت الزلزال أكثر من 120 هزة ارتدادية.[^1]",
    },
    "[^1]: Figures from the Kandilli Observatory.": {
        "ru": "[^1]: Данные обсерватории Кандилли.",
        "fa": "[^1]: ارقام رصدخانه‌ی قندیلی.",
        "tr": "[^1]: Kandilli Rasathanesi verileri.",
        "ar": "[^1]: أرقام مرصد قنديلي.",
    },
}


@pytest.fixture
def published(workspace):
    """Every edition is published: no address or name kept in Latin letters is 'English left'."""
    return published_markdown(workspace, "digest", ARTICLE, REVIEWED)


@pytest.mark.parametrize("code", ["ar", "fa"])
def test_a_latin_phrase_of_names_the_glossary_lacks_is_one_left_to_right_run(published, code):
    assert f"{LRI}Energy Aspects{PDI}" in published[code]


@pytest.mark.parametrize("code", ["ar", "fa"])
def test_a_bare_web_address_is_one_run_written_as_it_is_with_no_name_inside(published, code):
    assert f"[{LRI}afad.gov.tr{PDI}](https://www.afad.gov.tr)" in published[code]
    assert f"{LRI}TankerTrackers.com{PDI}" in published[code]
    assert "AFAD.gov" not in published[code]


@pytest.mark.parametrize("code", ["ru", "tr"])
def test_a_bare_web_address_keeps_its_link_and_letters(published, code):
    assert "[afad.gov.tr](https://www.afad.gov.tr)" in published[code]
    assert "TankerTrackers.com" in published[code]


def test_guillemets_around_two_names_pair_in_russian(published):
    assert "«Галатасарай» обыграл «Фенербахче»" in published["ru"]


@pytest.mark.parametrize(
    ("code", "rank"), [("tr", "Top 10 USD"), ("fa", f"{LRI}Top ۱۰ USD{PDI}"), ("ru", "Top 10 USD")]
)
def test_a_rank_before_a_code_keeps_its_order(published, code, rank):
    assert rank in published[code]


@pytest.mark.parametrize(("code", "measure"), [("ru", "магнитудой 5,8"), ("tr", "5,8 büyüklüğünde"), ("fa", "۵٫۸")])
def test_a_headline_s_magnitude_takes_the_locale_s_decimal_sign(published, code, measure):
    title = next(line for line in published[code].splitlines() if line.startswith("# "))
    assert measure in title


@pytest.mark.parametrize("code", ["ru", "fa", "tr", "ar"])
def test_the_note_starts_its_line_with_its_label_whatever_marks_it(published, code):
    assert re.search(r"^\[\^1\]: ", published[code], re.MULTILINE), published[code]
    assert "[^1]" in published[code].split("\n[^1]: ")[0]  # the mark in the text finds it


def test_the_persian_side_by_side_raises_the_mark_in_persian_digits(published, workspace):
    cells = (workspace / "output" / "digest" / "digest.fa.md").read_text(encoding="utf-8")
    assert "<sup>۱</sup>" in cells and "<sup>1</sup>" in cells  # the translation's, and the English column's
